"""Every Undo in the window refuses, or goes away, once its record changed or went;
Undo bars do not outlive their day or tab; Ctrl+Z undoes what the bar offers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import ErrorBoxes, Medications, start_attack
from ui.app.main_window import MainWindow
from ui.attack.screen import AttackScreen
from ui.kit import feedback
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> ErrorBoxes:
    boxes = ErrorBoxes()
    monkeypatch.setattr(feedback.QMessageBox, "warning", boxes)
    return boxes


def _past_attack(journal: Journal, day: date) -> d.Attack:
    start = datetime(day.year, day.month, day.day, 9, 0).astimezone()
    return operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=3), pain=2)
    )


def _ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))


def test_the_banner_undo_disappears_once_the_attack_was_deleted(
    window: MainWindow, journal: Journal, qtbot: QtBot, errors: ErrorBoxes
) -> None:
    attack = start_attack(journal, minutes_ago=40)
    window.refresh()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    assert window.banner.undo_button.isVisible()
    window.calendar.select_day(attack.start.date())
    window.day_view.delete_selected()  # the person deletes the attack meanwhile
    assert journal.attacks.find(attack.id) is None
    assert not window.banner.undo_button.isVisible()
    assert not window.undo_action.text().endswith("end of the attack")
    window.undo.undo()
    assert journal.attacks.open_attacks() == []


def test_a_stale_banner_undo_is_refused_in_words_and_changes_nothing(
    window: MainWindow, journal: Journal, qtbot: QtBot, errors: ErrorBoxes
) -> None:
    attack = start_attack(journal, minutes_ago=40)
    window.refresh()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    operations.delete_attack(journal, attack.id)  # elsewhere: no refresh of the window
    qtbot.mouseClick(window.banner.undo_button, LEFT)
    assert journal.attacks.count() == 0
    assert errors.shown and "changed or deleted" in errors.shown[0]
    assert not window.banner.undo_button.isVisible()


def test_ctrl_z_undoes_the_end_of_the_attack(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    attack = start_attack(journal, minutes_ago=40)
    window.refresh()
    assert not window.undo_action.isEnabled()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    assert window.undo_action.isEnabled()
    _ctrl_z(qtbot, window)
    assert journal.attacks.get(attack.id).end is None
    assert window.banner.end_button.isVisible()


def test_ctrl_z_puts_back_the_deleted_entry(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    day = date.today() - timedelta(days=2)
    attack = _past_attack(journal, day)
    window.calendar.select_day(day)
    qtbot.mouseClick(window.day_view.delete_button, LEFT)
    assert window.undo_action.text() == "&Undo: Attack deleted."
    _ctrl_z(qtbot, window)
    assert journal.attacks.get(attack.id).pain == 2
    assert not window.day_view.undo_bar.isVisible() and not window.undo_action.isEnabled()


def test_the_undo_bar_goes_with_another_day_month_or_tab(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    day = date.today() - timedelta(days=2)
    _past_attack(journal, day)
    window.calendar.select_day(day)
    qtbot.mouseClick(window.day_view.delete_button, LEFT)
    assert window.day_view.undo_bar.isVisible()
    window.calendar.select_day(day - timedelta(days=40))
    assert not window.day_view.undo_bar.isVisible() and not window.undo_action.isEnabled()

    again = _past_attack(journal, day)
    window.calendar.select_day(day)
    qtbot.mouseClick(window.day_view.delete_button, LEFT)
    assert window.day_view.undo_bar.isVisible()
    window.views.setCurrentIndex(1)
    window.views.setCurrentIndex(0)
    assert not window.day_view.undo_bar.isVisible()
    window.undo.undo()
    assert journal.attacks.find(again.id) is None


def test_undo_of_a_deleted_dose_keeps_it_when_its_attack_went_since(
    window: MainWindow, journal: Journal, qtbot: QtBot, medications: Medications
) -> None:
    day = date.today() - timedelta(days=2)
    attack = _past_attack(journal, day)
    dose = operations.record_dose(
        journal, d.Dose(medications.nsaid.id, attack.start + timedelta(hours=1), "", attack.id)
    )
    window.calendar.select_day(day)
    window.day_view.list.setCurrentIndex(window.day_view.model.index(1, 0))
    qtbot.mouseClick(window.day_view.delete_button, LEFT)
    assert journal.doses.find(dose.id) is None
    operations.delete_attack(journal, attack.id)
    qtbot.mouseClick(window.day_view.undo_button, LEFT)
    back = journal.doses.get(dose.id)
    assert back.attack_id is None and back.medication_id == medications.nsaid.id


def test_undo_last_dose_keeps_a_dose_rated_since(
    qtbot: QtBot, journal: Journal, medications: Medications, errors: ErrorBoxes
) -> None:
    attack = start_attack(journal)
    screen = AttackScreen(Session(journal), attack)
    qtbot.addWidget(screen)
    screen.show()
    screen.set_pain(3)
    qtbot.mouseClick(screen.medication.medication_buttons[medications.nsaid.id], LEFT)
    (dose,) = journal.doses.for_attack(attack.id)
    operations.rate_dose(journal, dose.id, pain_2h=1)  # the 2-hour question, meanwhile
    qtbot.mouseClick(screen.medication.undo_button, LEFT)
    assert journal.doses.get(dose.id).pain_2h == 1
    assert errors.shown and "kept as it is" in errors.shown[0]
    assert not screen.medication.undo_button.isVisible()


def test_ctrl_z_on_the_attack_screen_undoes_the_last_dose(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal)
    screen = AttackScreen(Session(journal), attack)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.medication.medication_buttons[medications.nsaid.id], LEFT)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keySequence(screen, QKeySequence(QKeySequence.StandardKey.Undo))
    assert journal.doses.for_attack(attack.id) == []
