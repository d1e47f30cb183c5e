"""Clinically odd entries get a word, never silence: an attack overlapping another,
two different triptans within a day (the rules are journal.validation's)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import start_attack
from ui.attack.editor import AttackEditor
from ui.attack.screen import AttackScreen
from ui.kit.time_fields import set_time
from ui.medication.dose_editor import DoseEditor
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def _triptans(journal: Journal) -> tuple[d.Medication, d.Medication]:
    save = journal.medications.save
    return (
        save(d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, default_dose="50 mg")),
        save(d.Medication("Rizatriptan", d.MedicationClass.TRIPTAN, default_dose="10 mg")),
    )


def test_an_open_attack_overlapping_another_gets_a_note_but_saves(
    qtbot: QtBot, journal: Journal
) -> None:
    day = date.today() - timedelta(days=1)
    start = datetime(day.year, day.month, day.day, 9, 0).astimezone()
    operations.save_attack(journal, d.Attack(start=start, end=start + timedelta(hours=6), pain=2))
    editor = AttackEditor(Session(journal), None, day=day)
    qtbot.addWidget(editor)
    editor.show()
    set_time(editor.start, start + timedelta(hours=2))
    editor.still_going.setChecked(True)
    editor.pain.pick(3)
    assert editor.overlap_note.isVisible()
    assert "This overlaps the attack of" in editor.overlap_note.text()
    assert editor.save_button.isEnabled()
    set_time(editor.start, start + timedelta(hours=7))
    editor.still_going.setChecked(False)
    set_time(editor.end, start + timedelta(hours=8))
    assert not editor.overlap_note.isVisible()


def test_an_attack_added_while_another_is_open_names_the_open_one(
    qtbot: QtBot, journal: Journal
) -> None:
    start_attack(journal, minutes_ago=120)
    editor = AttackEditor(Session(journal), None, day=date.today())
    qtbot.addWidget(editor)
    editor.show()
    set_time(editor.start, d.local_now() - timedelta(minutes=30))
    editor.pain.pick(2)
    assert "still going on" in editor.overlap_note.text()


def test_a_second_triptan_within_a_day_gets_a_note_in_the_dose_editor(
    qtbot: QtBot, journal: Journal
) -> None:
    suma, riza = _triptans(journal)
    attack = start_attack(journal, minutes_ago=150)
    operations.record_dose(journal, d.Dose(suma.id, attack.start, "50 mg", attack.id, 3))
    editor = DoseEditor(Session(journal), None, attack=attack)
    qtbot.addWidget(editor)
    editor.show()
    editor.medication.setCurrentIndex(editor._index_of(riza.id))
    assert editor.medication_note.isVisible()
    assert editor.medication_note.text().startswith("Sumatriptan was taken at")
    editor.medication.setCurrentIndex(editor._index_of(suma.id))
    assert not editor.medication_note.isVisible()


def test_a_second_triptan_tapped_on_the_attack_screen_gets_a_note(
    qtbot: QtBot, journal: Journal
) -> None:
    suma, riza = _triptans(journal)
    attack = start_attack(journal, minutes_ago=150)
    operations.record_dose(
        journal, d.Dose(suma.id, attack.start + timedelta(minutes=5), "50 mg", attack.id, 3)
    )
    screen = AttackScreen(Session(journal), attack)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.medication.medication_buttons[riza.id], LEFT)
    assert len(journal.doses.for_attack(attack.id)) == 2  # recorded: a note, not a refusal
    assert screen.medication.notice.isVisible()
    assert "Two different triptans within 24 hours" in screen.medication.notice.text()
