"""Keyboard only (issue 19): log an attack with its pain and a dose, fill a
check-in, make a report and change a setting with key presses alone. An event
filter on the application fails the test on any mouse event, so nothing here can
pass by clicking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from tests.ui.conftest_attack import Medications
from ui.app.main_window import MainWindow
from ui.kit import settings_store, theme

MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}


class NoMouse(QObject):
    """Counts every mouse click the application receives."""

    def __init__(self) -> None:
        super().__init__()
        self.clicks = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.clicks += 1
        return False


@pytest.fixture(autouse=True)
def no_mouse(qapp: QApplication) -> Iterator[None]:
    watcher = NoMouse()
    qapp.installEventFilter(watcher)
    settings_store.forget_preferences()
    yield
    qapp.removeEventFilter(watcher)
    theme.save_theme(theme.Theme.SYSTEM)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    settings_store.forget_preferences()
    assert watcher.clicks == 0, "a keyboard-only test received a mouse click"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(
    qtbot: QtBot, code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(focused(), code, modifier)
    QApplication.processEvents()


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], limit: int = 80) -> QWidget:
    """Press Tab until the focused widget is the one wanted (as a person would)."""
    for _ in range(limit):
        if wanted(focused()):
            return focused()
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; stopped on {focused()!r}")


def active_dialog(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog
        )
    )
    return dialog


@pytest.fixture
def ready(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def test_log_an_attack_with_its_pain_and_a_dose(
    qtbot: QtBot, medications: Medications, ready: MainWindow, journal: Journal
) -> None:
    from ui.attack.screen import AttackScreen

    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Entry > Attack now
    screen = active_dialog(qtbot, AttackScreen)
    assert isinstance(screen, AttackScreen)
    pains = screen.pain.buttons()
    tab_to(qtbot, lambda widget: widget in pains)
    key(qtbot, Qt.Key.Key_2)
    doses = list(screen.medication.medication_buttons.values())
    assert doses, "the attack screen offers the acute medications"
    tab_to(qtbot, lambda widget: widget in doses)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Escape)  # done for now
    qtbot.waitUntil(lambda: ready.dialog is None)  # closed
    (attack,) = journal.attacks.all()
    assert attack.pain == 2 and attack.is_open
    (dose,) = journal.doses.all()
    assert dose.attack_id == attack.id and dose.pain_at_dose == 2


def test_fill_a_check_in(qtbot: QtBot, ready: MainWindow, journal: Journal) -> None:
    """A level (stress 2), a yes/no (alcohol: no), an amount (6 h of sleep) and a
    note, typed into the check-in column and saved with Alt+S."""
    panel = ready.checkin_column.checkin
    factors = {f.key: f for f in journal.factors.all()}
    stress, alcohol, sleep = (panel.editor(factors[k].name) for k in ("stress", "alcohol", "sleep"))
    tab_to(qtbot, lambda widget: widget is stress)
    key(qtbot, Qt.Key.Key_2)
    tab_to(qtbot, lambda widget: widget is sleep or sleep.isAncestorOf(widget))
    QTest.keyClicks(focused(), "6")
    tab_to(qtbot, lambda widget: widget is alcohol)
    key(qtbot, Qt.Key.Key_N)
    tab_to(qtbot, lambda widget: widget is panel.note)
    QTest.keyClicks(focused(), "Slept badly")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save
    qtbot.waitUntil(lambda: bool(journal.day_entries.between(date.today(), date.today())))
    (entry,) = journal.day_entries.between(date.today(), date.today())
    assert entry.note == "Slept badly"
    assert entry.value_of(factors["stress"].id) == 2
    assert entry.value_of(factors["alcohol"].id) == 0
    assert entry.value_of(factors["sleep"].id) == 6


def test_make_a_report(
    qtbot: QtBot,
    ready: MainWindow,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from ui.report.dialog import ReportDialog

    target = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "PDF (*.pdf)"))
    )
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # File > Print report
    active_dialog(qtbot, ReportDialog)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save PDF…
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ready.dialog is None)  # closed


def test_change_a_setting(qtbot: QtBot, ready: MainWindow) -> None:
    from ui.settings.dialog import SettingsDialog

    key(qtbot, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # File > Settings
    dialog = active_dialog(qtbot, SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    box = dialog.appearance_page.theme_box
    for _ in range(dialog.tabs.count()):
        if dialog.tabs.currentWidget() is dialog.appearance_page:
            break
        key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # next page
    tab_to(qtbot, lambda widget: widget is box)
    assert isinstance(focused(), QComboBox)
    while box.currentData() != theme.Theme.HIGH_CONTRAST.value:
        key(qtbot, Qt.Key.Key_Down)
    assert theme.saved_theme() is theme.Theme.HIGH_CONTRAST
    assert ready.theme_actions[theme.Theme.HIGH_CONTRAST].isChecked()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
