"""Pain two hours after a dose: one tap answers, "Ask me later" leaves it open."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.changes import Change, changes
from journal.errors import JournalLocked
from journal.storage import Journal
from tests.ui.conftest_attack import ErrorBoxes, add_medications, start_attack
from ui.kit import feedback
from ui.medication.follow_up import PainFollowUpDialog
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dose(journal: Journal) -> d.Dose:
    """Sumatriptan 50 mg taken with severe pain two hours ago, not yet rated."""
    triptan = add_medications(journal).triptan
    attack = start_attack(journal, minutes_ago=150)
    taken = d.local_now() - timedelta(hours=2, minutes=5)
    return operations.record_dose(journal, d.Dose(triptan.id, taken, "50 mg", attack.id, 3))


def open_dialog(qtbot: QtBot, journal: Journal, dose: d.Dose) -> PainFollowUpDialog:
    dialog = PainFollowUpDialog(Session(journal), dose)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_question_names_the_medication_amount_and_time(
    qtbot: QtBot, journal: Journal, dose: d.Dose
) -> None:
    dialog = open_dialog(qtbot, journal, dose)
    assert dialog.windowTitle() == "How is your pain now?"
    assert dialog.question.text() == f"(2 hours after Sumatriptan 50 mg at {dose.taken:%H:%M})"


def test_clicking_a_pain_saves_it_as_pain_at_2_hours_and_closes(
    qtbot: QtBot, journal: Journal, dose: d.Dose
) -> None:
    dialog = open_dialog(qtbot, journal, dose)
    qtbot.mouseClick(dialog.pain.button(1), LEFT)
    saved = journal.doses.get(dose.id)
    assert (saved.pain_at_dose, saved.pain_2h) == (3, 1)
    assert not saved.awaits_2h_rating
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert operations.doses_due_for_follow_up(journal, d.local_now()) == []


def test_key_0_answers_pain_free(qtbot: QtBot, journal: Journal, dose: d.Dose) -> None:
    dialog = open_dialog(qtbot, journal, dose)
    qtbot.keyClick(dialog.later_button, Qt.Key.Key_Tab)  # the person turns to it
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_0)
    assert journal.doses.get(dose.id).pain_2h == 0


def test_ask_me_later_leaves_the_dose_waiting_for_its_rating(
    qtbot: QtBot, journal: Journal, dose: d.Dose
) -> None:
    dialog = open_dialog(qtbot, journal, dose)
    qtbot.mouseClick(dialog.later_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert journal.doses.get(dose.id).pain_2h is None
    assert [x.id for x in operations.doses_due_for_follow_up(journal, d.local_now())] == [dose.id]


def test_a_failed_save_is_shown_and_the_question_stays(
    qtbot: QtBot, journal: Journal, dose: d.Dose, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = ErrorBoxes()
    monkeypatch.setattr(feedback.QMessageBox, "warning", boxes)

    @changes(Change.DOSES)
    def locked(*_args: object, **_kwargs: object) -> d.Dose:
        raise JournalLocked("Another program is using the journal.")

    monkeypatch.setattr(operations, "rate_dose", locked)
    dialog = open_dialog(qtbot, journal, dose)
    qtbot.mouseClick(dialog.pain.button(2), LEFT)
    assert boxes.shown == ["Another program is using the journal."]
    assert dialog.isVisible()


def test_the_question_is_asked_in_low_light(qtbot: QtBot, journal: Journal, dose: d.Dose) -> None:
    dialog = open_dialog(qtbot, journal, dose)
    assert dialog.palette().color(QPalette.ColorRole.Window).lightness() < 40
    assert all(button.height() >= 56 for button in dialog.pain.buttons())


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_stray_key_on_opening_chooses_no_pain(
    qtbot: QtBot, journal: Journal, dose: d.Dose, key: Qt.Key
) -> None:
    dialog = open_dialog(qtbot, journal, dose)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget()
    assert focused is not None and focused not in dialog.pain.buttons()
    assert not any(button.isChecked() for button in dialog.pain.buttons())
    qtbot.keyClick(focused, key)
    assert journal.doses.get(dose.id).pain_2h is None
    assert dialog.isVisible()
    qtbot.keyClick(focused, Qt.Key.Key_Tab)  # the person turns to the question
    qtbot.keyClick(focused, Qt.Key.Key_2)
    assert journal.doses.get(dose.id).pain_2h == 2
