"""The 2-hour question never takes keys the person did not direct at it (issue 16:
it opened while Water was being typed, took the keyboard, and a "2" meant for
Water recorded the pain at 2 hours)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import add_medications, start_attack
from tests.ui.conftest_recording import TAB, focused, press
from ui.app.main_window import MainWindow
from ui.kit.form_widgets import AmountSpin
from ui.medication.follow_up import PainFollowUpDialog
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def due_dose(journal: Journal) -> d.Dose:
    """Sumatriptan taken two hours ago for an attack, waiting for its 2-hour pain."""
    triptan = add_medications(journal).triptan
    attack = start_attack(journal, minutes_ago=150)
    taken = d.local_now() - timedelta(hours=2, minutes=5)
    return operations.record_dose(journal, d.Dose(triptan.id, taken, "50 mg", attack.id, 3))


@pytest.fixture
def dose(journal: Journal) -> d.Dose:
    return due_dose(journal)


def open_active(qtbot: QtBot, journal: Journal, dose: d.Dose) -> PainFollowUpDialog:
    dialog = PainFollowUpDialog(Session(journal), dose)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def type_in_window(window: MainWindow, text: str) -> None:
    """Type as the keyboard does: through the window to the field with the focus."""
    handle = window.windowHandle()
    for char in text:
        QTest.keyClick(handle, char)


def water_field(qtbot: QtBot, window: MainWindow) -> AmountSpin:
    """The check-in's Water field, clicked into as the person would."""
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitActive(window)
    panel = window.checkin_column.checkin
    water = next(w for w in panel.findChildren(AmountSpin) if "Water" in w.accessibleName())
    window.checkin_column.area.ensureWidgetVisible(water)
    water.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(water.hasFocus)
    water.selectAll()
    return water


def test_digits_typed_in_the_check_in_never_answer_the_question(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    water = water_field(qtbot, window)
    type_in_window(window, "1")
    assert window.follow_up.dialog is None
    dose = due_dose(journal)  # a dose falls due while Water is being typed
    window.follow_up.check()
    qtbot.wait(50)
    type_in_window(window, "2")
    assert focused() is water or water.isAncestorOf(focused())
    assert water.lineEdit().text().startswith("12")
    assert journal.doses.get(dose.id).pain_2h is None


def test_the_question_waits_for_a_pause_and_then_opens_without_the_keyboard(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    water = water_field(qtbot, window)
    type_in_window(window, "1")
    watch = window.follow_up
    assert watch.dialog is None
    dose = due_dose(journal)  # a dose falls due while Water is being typed
    watch.check()
    assert watch.dialog is None  # not while the person types
    typed_at = watch.keyboard_clock()
    watch.keyboard_clock = lambda: typed_at + 11  # they stopped typing
    watch.check()
    dialog = watch.dialog
    assert isinstance(dialog, PainFollowUpDialog) and dialog.isVisible()
    assert not dialog.isModal()  # the window still takes the keys
    qtbot.wait(50)
    type_in_window(window, "3")  # they carry on in Water
    assert water.lineEdit().text().startswith("13")
    assert journal.doses.get(dose.id).pain_2h is None
    qtbot.mouseClick(dialog.pain.button(2), LEFT)  # answered when they turn to it
    assert journal.doses.get(dose.id).pain_2h == 2


def test_its_answer_keys_act_only_once_the_person_turned_to_it(
    qtbot: QtBot, journal: Journal, dose: d.Dose
) -> None:
    dialog = open_active(qtbot, journal, dose)  # a window manager may activate it
    press(qtbot, "2")
    assert journal.doses.get(dose.id).pain_2h is None
    assert dialog.hint.isVisible()  # it says how to answer
    press(qtbot, [TAB])
    press(qtbot, "2")
    assert journal.doses.get(dose.id).pain_2h == 2


def test_the_question_is_never_painted_as_selected_text(
    qtbot: QtBot, journal: Journal, dose: d.Dose
) -> None:
    dialog = open_active(qtbot, journal, dose)
    title = dialog.findChild(QLabel, "title")
    assert QApplication.focusWidget() is title
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # meant for a field
    assert not title.hasSelectedText()
