"""Usable by everyone (issue 19): a walk over the main window, every tab, the
attack screen and every dialog fails on an unnamed Tab stop, an icon-only button
without a tooltip, a mnemonic that does nothing or is used twice, a Tab order going
backwards on screen, and text under 4.5:1 or a focus colour under 3:1 — in the
light, dark, system and high-contrast looks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from tests.ui import accessibility_walk as walk
from tests.ui import dialog_catalogue as catalogue
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.insights.charts.common import ChartCard
from ui.kit import settings_store, theme, translations

LOOKS = (theme.Theme.LIGHT, theme.Theme.DARK, theme.Theme.SYSTEM, theme.Theme.HIGH_CONTRAST)


@pytest.fixture(autouse=True)
def system_look_afterwards(qapp: QApplication) -> Iterator[None]:
    settings_store.forget_preferences()
    yield
    theme.save_theme(theme.Theme.SYSTEM)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    settings_store.forget_preferences()


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The main window over a year of demo records (tests/ui/conftest.py)."""
    return demo_window


def check(qtbot: QtBot, screen: QWidget) -> list[str]:
    """Shown and active (a label's Alt+key reaches only the active window, and the
    walk presses each one)."""
    if not screen.isVisible():
        screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitActive(screen)
    QApplication.processEvents()
    return walk.all_problems(screen)


def dump(problems: list[str]) -> str:
    return "\n".join(problems)


def tabs_of(window: MainWindow) -> Iterator[str]:
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        QApplication.processEvents()
        yield window.views.tabText(index)


@pytest.mark.parametrize("look", LOOKS)
def test_main_window_and_every_tab(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, look: theme.Theme
) -> None:
    theme.apply_theme(qapp, look)
    problems = walk.palette_problems(qapp.palette(), look.value)
    for tab in tabs_of(window):
        checks = walk.all_problems(window)
        problems += [f"[{tab}] {p}" for p in checks]
    assert not problems, dump(problems)


def test_insights_tables_pass_the_walk_too(qtbot: QtBot, window: MainWindow) -> None:
    """With every chart shown as a table: named, reachable, readable."""
    window.views.setCurrentIndex(1)
    QApplication.processEvents()
    view = window.views.currentWidget()
    cards = view.findChildren(ChartCard)
    assert len(cards) == 5
    for card in cards:
        if card.table_button.isEnabled():
            card.table_button.click()
    QApplication.processEvents()
    assert not walk.all_problems(window), dump(walk.all_problems(window))


def _walk_dialogs(
    qtbot: QtBot, window: MainWindow, folder: Path, look: Callable[[QWidget], list[str]]
) -> tuple[list[str], set[type[QDialog]]]:
    """Open every dialog of the catalogue (each page of one with tabs) and every
    message box the app shows, and run `look` over each; the problems found and the
    dialog classes walked."""
    problems = []
    walked: set[type[QDialog]] = set()
    for name, make in catalogue.dialogs(window, folder).items():
        dialog = make()
        walked.add(type(dialog))
        qtbot.addWidget(dialog)
        check(qtbot, dialog)
        for page in catalogue.pages(dialog):
            problems += [f"{name} [{page}] {p}" for p in look(dialog)]
        dialog.close()
    for name, (show, kind) in catalogue.message_boxes(window).items():
        seen = catalogue.walk_modal(show, lambda box: [type(box).__name__, *look(box)])
        assert seen[:1] == [kind.__name__], f"{name}: {kind.__name__} never showed"
        problems += [f"{name} {p}" for p in seen[1:]]
    return problems, walked


def test_every_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The attack screen and every dialog (each page of the settings) and message
    box, in the system look: names, tooltips, mnemonics, Tab order, text contrast."""
    problems, _walked = _walk_dialogs(qtbot, window, tmp_path, walk.all_problems)
    assert not problems, dump(problems)


def test_every_dialog_class_of_ui_is_walked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A dialog added to ui/ without a place in the catalogue fails here."""
    walked = {type(make()) for make in catalogue.dialogs(window, tmp_path).values()}
    missing = {kind.__qualname__ for kind in catalogue.dialog_classes() - walked}
    assert not missing, f"not in tests/ui/dialog_catalogue.py: {sorted(missing)}"
    for dialog in window.findChildren(QDialog):
        dialog.close()


@pytest.mark.parametrize("look", LOOKS[:2] + LOOKS[3:])
def test_every_dialog_is_readable_in_every_look(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, look: theme.Theme, tmp_path: Path
) -> None:
    """Text on what it stands on, measured from the painted dialog, in the light,
    dark and high-contrast looks (the system look is walked above)."""
    theme.apply_theme(qapp, look)
    problems, _walked = _walk_dialogs(qtbot, window, tmp_path, walk.widget_colour_problems)
    assert not problems, dump(problems)


LANGUAGES = {
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_mnemonic_works_and_is_unique_in_each_language(
    qtbot: QtBot, qapp: QApplication, demo: Journal, tmp_path: Path, language: str
) -> None:
    """In German and French too: every Alt key reaches a widget that takes focus, and
    no key is used twice in the main window, a tab or a dialog."""
    application([])
    try:
        assert translations.install(qapp, LANGUAGES[language])
        main = create_main_window(demo)
        qtbot.addWidget(main)
        main.resize(1024, 700)
        main.show()
        qtbot.waitExposed(main)
        problems = []
        for tab in tabs_of(main):
            problems += [f"[{tab}] {p}" for p in walk.mnemonic_problems(main)]
        more, _walked = _walk_dialogs(qtbot, main, tmp_path, walk.mnemonic_problems)
        problems += more
        for dialog in main.findChildren(QDialog):
            dialog.close()
    finally:
        translations.install(qapp)
    assert not problems, dump(problems)


def test_the_dark_high_contrast_look_passes_the_walk(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """High contrast on a dark system (white on black, yellow focus): the window,
    every tab and every dialog, with the same checks as the light one."""
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    theme.apply_theme(qapp, theme.Theme.HIGH_CONTRAST)
    assert theme.is_dark(qapp.palette())
    problems = walk.palette_problems(qapp.palette(), "high contrast, dark")
    for tab in tabs_of(window):
        problems += [f"[{tab}] {p}" for p in walk.all_problems(window)]
    more, _walked = _walk_dialogs(qtbot, window, tmp_path, walk.widget_colour_problems)
    problems += more
    monkeypatch.undo()
    assert not problems, dump(problems)


def test_forms_open_where_the_person_types(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The record forms (a course, a session, a side effect, MIDAS, HIT-6) opened on
    Save, which is made before their rows; delete-all on its file list: each now
    opens on its first field."""
    from ui.kit.record_dialog import RecordDialog
    from ui.settings.privacy import DeleteAllDialog

    makers = catalogue.dialogs(window, tmp_path)
    names = ("course", "new course", "treatment session", "side effect", "midas", "hit-6")
    for name in (*names, "delete all"):
        dialog = makers[name]()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        if isinstance(dialog, DeleteAllDialog):
            wanted: QWidget | None = dialog.word
        else:
            assert isinstance(dialog, RecordDialog)
            wanted = dialog.first_field()
        assert wanted is not None
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wanted)  # noqa: B023
        dialog.close()


QUESTION_FIRST = {"PainFollowUpDialog"}
"""Dialogs whose question holds the focus on purpose (a focus stop with the
question as its name): a stray Enter or Space on a pain would answer "0, None" and
flatter the pain-freedom rate; Tab reaches the pains and keys 0-3 answer anywhere."""


def focus_problem(dialog: QDialog) -> str | None:
    """What is wrong with where focus starts in `dialog`: it must start where the
    person acts (an editable field, a choice, a list to pick from, the document to
    read, or the primary action), never on a read-only field, a label, the page tabs
    or a way out (Cancel) while there is something to do."""
    focused = QApplication.focusWidget()
    if focused is None or focused.window() is not dialog:
        return "no focus in the dialog"
    described = f"{type(focused).__name__} {focused.accessibleName()!r}"
    read_only = getattr(focused, "isReadOnly", None)
    if isinstance(focused, QTextBrowser):
        return None  # the document the dialog shows: keys scroll it, Tab reaches its links
    if isinstance(focused, QTabBar):
        return None  # the page choice of a dialog of pages (the settings): arrows pick one
    if isinstance(focused, QLabel) and type(dialog).__name__ in QUESTION_FIRST:
        return None
    if isinstance(focused, QLabel) or (read_only is not None and read_only()):
        return f"starts on {described}"
    box = focused.parent()
    if isinstance(focused, QPushButton) and isinstance(box, QDialogButtonBox):
        role = box.buttonRole(focused)
        if role == QDialogButtonBox.ButtonRole.RejectRole and len(box.buttons()) > 1:
            return f"starts on the way out, {described}"
    return None


def test_focus_starts_where_the_person_acts_in_every_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Every dialog of the catalogue opens with focus on what the person does there
    first (issue 19): the import dialog on "Choose file…", not its read-only path."""
    problems = []
    for name, make in catalogue.dialogs(window, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        QApplication.processEvents()
        problem = focus_problem(dialog)
        if problem:
            problems.append(f"{name}: {problem}")
        dialog.close()
    assert not problems, dump(problems)


def test_the_walk_fails_on_a_label_whose_buddy_only_passes_focus_on(qtbot: QtBot) -> None:
    """A label naming a wrapper that has a focus proxy but takes no focus itself:
    Qt's label ignores such a buddy (it does not look through the proxy), so Alt+B
    did nothing in the report dialog while the walk, following the proxy, passed it.
    The walk now fails on it, by its policy and by pressing the key; the wrapper
    that passes focus on (ui.kit.focus) passes."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout

    from ui.kit.focus import pass_focus

    form_window = QDialog()
    qtbot.addWidget(form_window)
    form = QFormLayout(form_window)
    name = QLineEdit(form_window)
    wrapper = QWidget(form_window)
    field = QLineEdit(wrapper)
    QVBoxLayout(wrapper).addWidget(field)
    wrapper.setFocusProxy(field)
    form.addRow("&Name", name)
    form.addRow("Date of &birth", wrapper)
    for widget in (name, field):
        widget.setAccessibleName("x")
    check(qtbot, form_window)
    assert walk.mnemonic_problems(form_window) == [
        "Alt+B does nothing: QLabel# 'Date of &birth' in QDialog"
    ]
    pass_focus(wrapper, field)
    name.setFocus()
    assert walk.mnemonic_problems(form_window) == []
    qtbot.keyClick(name, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is field
