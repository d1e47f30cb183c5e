"""Logging a dose: medication, time, amount, attack and pains, checked as you type."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import (
    OFFSCREEN_POPUP,
    Medications,
    start_attack,
)
from ui.app.main_window import MainWindow
from ui.medication.dose_editor import DoseEditor
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def open_editor(
    qtbot: QtBot,
    journal: Journal,
    dose: d.Dose | None = None,
    attack: d.Attack | None = None,
    day: date | None = None,
) -> DoseEditor:
    editor = DoseEditor(Session(journal), dose, attack=attack, day=day)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def choose(editor: DoseEditor, medication: d.Medication) -> None:
    editor.medication.setCurrentIndex(editor._index_of(medication.id))


def listed_names(editor: DoseEditor) -> list[str]:
    return [editor.medication.itemText(i) for i in range(editor.medication.count())]


def test_a_fresh_form_names_no_problem_until_save_is_tried(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    assert editor.medication_problem.problem() == ""
    assert not editor.medication_problem.isVisible()
    assert editor.save_button.isEnabled(), "Save can be tried to learn what is missing"
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.isVisible()
    assert editor.medication_problem.problem() == "Choose the medication taken."
    assert editor.medication_problem.isVisible()
    assert not editor.save_button.isEnabled()
    assert journal.doses.all() == []


def test_going_back_to_no_medication_in_the_list_names_the_problem(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    choose(editor, medications.triptan)
    editor.medication.setCurrentIndex(0)
    assert editor.medication_problem.problem() == "", "a programmatic change is no touch"
    editor.medication.activated.emit(0)  # what picking "Choose a medication…" sends
    assert editor.medication_problem.problem() == "Choose the medication taken."
    assert not editor.save_button.isEnabled()


def test_opening_the_new_medication_form_names_no_problem(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    qtbot.mouseClick(editor.new_medication_button, LEFT)
    assert editor.new_medication.isVisible()
    assert not editor.medication_problem.isVisible()


@OFFSCREEN_POPUP
def test_choosing_a_medication_fills_its_usual_dose_and_saves(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    choose(editor, medications.triptan)
    assert editor.amount.text() == "50 mg"
    assert not editor.medication_problem.isVisible()
    qtbot.mouseClick(editor.pain_at_dose.button(2), LEFT)
    qtbot.keyClicks(editor.side_effects.line, "tight chest")
    qtbot.keyClicks(editor.note, "with water")
    qtbot.mouseClick(editor.save_button, LEFT)
    [dose] = journal.doses.all()
    assert (dose.medication_id, dose.amount, dose.pain_at_dose) == (
        medications.triptan.id,
        "50 mg",
        2,
    )
    assert (dose.pain_2h, dose.pain_24h, dose.attack_id) == (None, None, None)
    assert dose.side_effects == ("tight chest",)
    assert dose.note == "with water"
    assert editor.saved_dose == dose


def test_an_amount_the_user_typed_is_not_replaced_by_another_usual_dose(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    choose(editor, medications.triptan)
    editor.amount.setText("100 mg")
    choose(editor, medications.nsaid)
    assert editor.amount.text() == "100 mg"


def test_a_future_time_shows_the_reason_and_blocks_save(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    choose(editor, medications.nsaid)
    future = (d.local_now() + timedelta(hours=3)).replace(tzinfo=None)
    editor.taken.setDateTime(QDateTime(future))
    assert editor.taken_problem.problem() == "The time taken is in the future."
    assert not editor.save_button.isEnabled()
    assert editor.amount.text() == "400 mg"


@OFFSCREEN_POPUP
def test_a_new_medication_inline_gets_its_class_suggested_and_is_saved(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    qtbot.mouseClick(editor.new_medication_button, LEFT)
    form = editor.new_medication
    assert form.isVisible()
    qtbot.keyClicks(form.name, "Maxalt")
    assert form.medication().med_class is d.MedicationClass.TRIPTAN
    assert form.medication().use is d.Use.ACUTE
    qtbot.keyClicks(form.default_dose, "10 mg")
    qtbot.mouseClick(form.add_button, LEFT)

    added = next(m for m in journal.medications.all() if m.name == "Maxalt")
    assert (added.med_class, added.use, added.default_dose) == (
        d.MedicationClass.TRIPTAN,
        d.Use.ACUTE,
        "10 mg",
    )
    assert not form.isVisible()
    assert editor.medication.currentData() == added
    assert editor.amount.text() == "10 mg"
    qtbot.mouseClick(editor.save_button, LEFT)
    assert journal.doses.all()[0].medication_id == added.id


@OFFSCREEN_POPUP
def test_a_class_the_user_picks_wins_over_the_suggestion(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    form = editor.new_medication
    form.show()
    qtbot.keyClick(form.med_class, Qt.Key.Key_End)  # the last class: Other
    qtbot.keyClicks(form.name, "Sumatriptan spray")
    assert form.medication().med_class is d.MedicationClass.OTHER


@OFFSCREEN_POPUP
def test_a_new_medication_with_a_name_already_listed_is_refused(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = open_editor(qtbot, journal)
    form = editor.new_medication
    form.show()
    qtbot.keyClicks(form.name, "ibuprofen")
    assert form.name_problem.problem() == "“ibuprofen” is already in your medications."
    assert not form.add_button.isEnabled()
    assert len(journal.medications.all()) == 4


def test_retired_medications_appear_only_for_a_dose_that_used_one(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    assert "Naproxen (retired)" not in listed_names(open_editor(qtbot, journal))
    old = journal.doses.save(d.Dose(medications.retired.id, d.local_now() - timedelta(days=400)))
    editor = open_editor(qtbot, journal, old)
    assert editor.medication.currentText() == "Naproxen (retired)"
    assert editor.save_button.isEnabled()


def test_editing_a_dose_fills_in_pain_later_and_keeps_its_id(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal, minutes_ago=300)
    dose = operations.record_dose(
        journal,
        d.Dose(medications.triptan.id, attack.start, "50 mg", attack.id, pain_at_dose=3),
    )
    editor = open_editor(qtbot, journal, dose)
    assert editor.attack_link.currentData() == attack.id
    assert editor.pain_at_dose.value() == 3
    qtbot.mouseClick(editor.pain_2h.button(1), LEFT)
    qtbot.mouseClick(editor.pain_24h.button(0), LEFT)
    qtbot.mouseClick(editor.save_button, LEFT)
    [saved] = journal.doses.all()
    assert saved.id == dose.id
    assert saved.taken == dose.taken
    assert (saved.pain_at_dose, saved.pain_2h, saved.pain_24h) == (3, 1, 0)


def test_a_dose_for_an_attack_links_to_it_and_can_be_unlinked(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal)
    editor = open_editor(qtbot, journal, attack=attack)
    choose(editor, medications.nsaid)
    assert editor.attack_link.currentData() == attack.id
    editor.attack_link.setCurrentIndex(editor.attack_link.findData(None))
    editor.save()
    assert journal.doses.all()[0].attack_id is None


def test_a_dose_on_a_past_day_defaults_to_that_day(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    day = date.today() - timedelta(days=3)
    editor = open_editor(qtbot, journal, day=day)
    choose(editor, medications.nsaid)
    editor.save()
    assert journal.doses.all()[0].taken.date() == day


def test_log_dose_while_an_attack_is_going_on_is_for_that_attack(
    window: MainWindow, journal: Journal, medications: Medications, qtbot: QtBot
) -> None:
    """Issue 16: "Log dose…" during an attack defaulted to "Not for an attack"."""
    attack = start_attack(journal, minutes_ago=40)
    window.refresh()
    window.calendar.select_day(date.today())
    qtbot.mouseClick(window.day_view.add_dose_button, LEFT)
    editor = window.day_view.findChild(DoseEditor)
    assert isinstance(editor, DoseEditor)
    assert editor.attack_link.currentData() == attack.id
    assert not editor.attack_note.isVisible()
    choose(editor, medications.nsaid)
    qtbot.mouseClick(editor.save_button, LEFT)
    assert journal.doses.all()[0].attack_id == attack.id


def test_a_day_without_an_attack_going_on_offers_not_for_an_attack(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    day = date.today() - timedelta(days=3)
    start = datetime.combine(day, time(8)).astimezone()
    operations.save_attack(journal, d.Attack(start=start, end=start + timedelta(hours=2)))
    editor = open_editor(qtbot, journal, day=day)  # taken at midday, after it ended
    assert editor.attack_link.currentData() is None
    assert editor.attack_link.count() == 2  # still offered


def test_a_dose_taken_before_its_attack_started_gets_a_note_and_still_saves(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal, minutes_ago=30)
    editor = open_editor(qtbot, journal, attack=attack)
    choose(editor, medications.nsaid)
    assert not editor.attack_note.isVisible()
    two_hours_before = attack.start - timedelta(hours=2)
    height = editor.height()
    editor.taken.setDateTime(QDateTime(two_hours_before.replace(tzinfo=None)))
    assert editor.attack_note.isVisible()
    assert editor.attack_note.text().startswith("Taken before this attack started (")
    assert editor.save_button.isEnabled()  # a note, never a refusal
    qtbot.waitUntil(lambda: editor.height() > height)  # grown for the note, nothing cut
    editor.grab().save("/tmp/t1-dose-before-attack.png")
    editor.attack_link.setCurrentIndex(editor.attack_link.findData(None))
    assert not editor.attack_note.isVisible()
