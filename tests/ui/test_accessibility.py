"""Usable by everyone (issue 19): a walk over the main window, every tab, the
attack screen and every dialog fails on an unnamed Tab stop, an icon-only button
without a tooltip, a mnemonic that does nothing or is used twice, a Tab order going
backwards on screen, and text under 4.5:1 or a focus colour under 3:1 — in the
light, dark, system and high-contrast looks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.demo import write_demo
from journal.storage import Journal
from tests.ui import accessibility_walk as walk
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.insights.charts.common import ChartCard
from ui.kit import settings_store, theme
from ui.session import Session

LOOKS = (theme.Theme.LIGHT, theme.Theme.DARK, theme.Theme.SYSTEM, theme.Theme.HIGH_CONTRAST)


@pytest.fixture(autouse=True)
def system_look_afterwards(qapp: QApplication) -> Iterator[None]:
    settings_store.forget_preferences()
    yield
    theme.save_theme(theme.Theme.SYSTEM)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    settings_store.forget_preferences()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of demo records (every kind of record), written once for the module."""
    path = tmp_path_factory.mktemp("demo") / "j.sqlite3"
    with Journal.open(path) as journal:
        write_demo(journal, months=12, seed=1)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Journal]:
    copy = tmp_path / "j.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    opened = Journal.open(copy)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, demo: Journal) -> Iterator[MainWindow]:
    application([])
    main = create_main_window(demo)
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for dialog in main.findChildren(QDialog):
        dialog.close()


def check(qtbot: QtBot, screen: QWidget) -> list[str]:
    if not screen.isVisible():
        screen.show()
    qtbot.waitExposed(screen)
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


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    from ui.app.about import AboutDialog
    from ui.app.startup import WindowSession
    from ui.attack.editor import AttackEditor
    from ui.attack.screen import AttackScreen
    from ui.checkin.factors_dialog import FactorsDialog
    from ui.cycle.dialogs import PeriodDayDialog
    from ui.cycle.phases_dialog import PhasesDialog
    from ui.exchange.import_dialog import ImportDialog
    from ui.medication.dose_editor import DoseEditor
    from ui.medication.follow_up import PainFollowUpDialog
    from ui.medication.medications_dialog import MedicationsDialog
    from ui.report.dialog import ReportDialog
    from ui.settings.dialog import SettingsDialog
    from ui.settings.passphrase_dialog import (
        NewPassphraseDialog,
        PassphraseDialog,
        RecoveryCodeDialog,
    )
    from ui.treatments.dialogs import CourseDialog
    from ui.visit.questionnaires import Hit6Dialog, MidasDialog

    session: Session = window.session
    journal = window.journal

    def attack_screen() -> QDialog:
        attack = operations.start_attack(journal, d.local_now() - timedelta(minutes=30))
        return AttackScreen(session, attack, window)

    def dose_editor() -> QDialog:
        attack = journal.attacks.touching(date.today() - timedelta(days=60), date.today())[-1]
        return DoseEditor(session, None, window, attack=attack)

    def follow_up() -> QDialog:
        dose = journal.doses.between(date.today() - timedelta(days=60), date.today())[-1]
        return PainFollowUpDialog(session, dose, window)

    return {
        "attack screen": attack_screen,
        "attack editor": lambda: AttackEditor(session, None, window, day=date.today()),
        "dose editor": dose_editor,
        "follow-up": follow_up,
        "medications": lambda: MedicationsDialog(session, window),
        "report": lambda: ReportDialog(session, window),
        "settings": lambda: SettingsDialog(
            window.journal_file or WindowSession(journal, window), window
        ),
        "about": lambda: AboutDialog(window),
        "new passphrase": lambda: NewPassphraseDialog(window, export=lambda: None),
        "passphrase": lambda: PassphraseDialog(lambda _secret: None, window),
        "recovery code": lambda: RecoveryCodeDialog("ABCD-EFGH", window),
        "factors": lambda: FactorsDialog(session, window),
        "import": lambda: ImportDialog(session, window),
        "course": lambda: CourseDialog(session, None, window),
        "midas": lambda: MidasDialog(session, window),
        "hit-6": lambda: Hit6Dialog(session, window),
        "phases": lambda: PhasesDialog(session, window),
        "period day": lambda: PeriodDayDialog(session, date.today(), window),
    }


def pages(dialog: QDialog) -> Iterator[str]:
    """Each page of a dialog with tabs (the settings), or the dialog as it is."""
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        yield ""
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield tabs.tabText(index)


def test_every_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """The attack screen and every dialog (each page of the settings), in the
    system look: names, tooltips, mnemonics, Tab order, text contrast."""
    problems = []
    for name, make in _dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        check(qtbot, dialog)
        for page in pages(dialog):
            problems += [f"{name} [{page}] {p}" for p in walk.all_problems(dialog)]
        dialog.close()
    assert not problems, dump(problems)


@pytest.mark.parametrize("look", LOOKS[:2] + LOOKS[3:])
def test_every_dialog_is_readable_in_every_look(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, look: theme.Theme
) -> None:
    """Text on what it stands on, measured from the painted dialog, in the light,
    dark and high-contrast looks (the system look is walked above)."""
    theme.apply_theme(qapp, look)
    problems = []
    for name, make in _dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        check(qtbot, dialog)
        for page in pages(dialog):
            problems += [f"{name} [{page}] {p}" for p in walk.widget_colour_problems(dialog)]
        dialog.close()
    assert not problems, dump(problems)
