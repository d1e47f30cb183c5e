"""Starting the app: naming, theme, opening the journal or refusing it in one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window, run_app
from ui.kit import theme


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    """The application palette outlives a test: put the system look back."""
    yield
    theme.save_theme(theme.Theme.SYSTEM)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)


def test_the_application_is_named_for_its_settings_and_has_an_icon(qapp: QApplication) -> None:
    app = application([])
    assert app is qapp
    assert app.organizationName() == "migraine-journal"
    assert app.applicationName() == "Migraine Journal"
    assert not app.windowIcon().isNull()


def test_a_journal_that_cannot_be_opened_is_explained_in_one_sentence_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("the journal's folder is a plain file")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert run_app(not_a_folder / "journal.sqlite3", ["migraine-journal"]) == 1
    (sentence,) = shown
    assert sentence.endswith(".") and "\n" not in sentence
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert [w for w in windows if id(w) not in before] == []  # no window was opened


def test_the_window_menus_open_settings_and_the_about_box(window: MainWindow, qtbot: QtBot) -> None:
    from ui.app.about import AboutDialog
    from ui.settings.dialog import SettingsDialog

    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    window.settings_action.trigger()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.isVisible()
    settings.reject()
    window.show_about()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    about.reject()


def test_run_app_shows_the_main_window_over_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    seen: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_app(tmp_path / "new.sqlite3", ["migraine-journal"]) == 0
    (window,) = seen
    qtbot.addWidget(window)
    assert (tmp_path / "new.sqlite3").exists()
    assert window.views.tabText(0) == "Diary"
    assert window.journal.holds_writer_lock is False  # closed and let go when the app ended


def test_dark_mode_darkens_the_palette_and_is_remembered(
    window: MainWindow, qapp: QApplication
) -> None:
    window.theme_actions[theme.Theme.DARK].trigger()
    assert theme.is_dark(qapp.palette())
    assert theme.saved_theme() is theme.Theme.DARK
    window.theme_actions[theme.Theme.LIGHT].trigger()
    assert not theme.is_dark(qapp.palette())
    assert theme.saved_theme() is theme.Theme.LIGHT


def test_the_saved_theme_is_applied_at_start(qapp: QApplication) -> None:
    theme.save_theme(theme.Theme.DARK)
    application([])
    assert theme.is_dark(qapp.palette())


def test_following_the_system_again_restores_the_platform_palette(qapp: QApplication) -> None:
    original = qapp.palette().color(qapp.palette().ColorRole.Window)
    theme.apply_theme(qapp, theme.Theme.DARK)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    assert qapp.palette().color(qapp.palette().ColorRole.Window) == original


def test_create_main_window_builds_the_window_without_showing_it(
    journal: Journal, qtbot: QtBot
) -> None:
    window = create_main_window(journal)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and not window.isVisible()


def test_every_tool_button_in_the_window_has_a_tooltip_and_an_accessible_name(
    window: MainWindow,
) -> None:
    from PySide6.QtWidgets import QToolButton

    buttons = [
        b
        for b in window.findChildren(QToolButton)
        if b.isVisibleTo(window) and not b.objectName().startswith("qt_")
    ]
    assert buttons
    for button in buttons:
        assert button.toolTip(), button.text()
        assert button.accessibleName(), button.text()
