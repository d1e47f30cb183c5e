"""The full attack editor: every field saved, reasons shown as you type, nothing lost."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.changes import Change, changes
from journal.errors import DiskFull
from journal.storage import Journal
from tests.ui.conftest_attack import (
    OFFSCREEN_POPUP,
    ErrorBoxes,
    Medications,
    start_attack,
)
from ui.attack import doses as attack_doses
from ui.attack.editor import AttackEditor
from ui.kit import feedback
from ui.medication.dose_editor import DoseEditor
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> ErrorBoxes:
    boxes = ErrorBoxes()
    monkeypatch.setattr(feedback.QMessageBox, "warning", boxes)
    return boxes


def open_editor(
    qtbot: QtBot, journal: Journal, attack: d.Attack | None, day: date | None = None
) -> AttackEditor:
    editor = AttackEditor(Session(journal), attack, day=day)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def set_time(edit: QWidget, moment: datetime) -> None:
    edit.setDateTime(QDateTime(moment.replace(tzinfo=None)))  # type: ignore[attr-defined]


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


@OFFSCREEN_POPUP
def test_editing_every_field_and_saving_stores_them_all(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    editor = open_editor(qtbot, journal, attack)
    day = date.today() - timedelta(days=2)
    set_time(editor.start, local(day, 10, 15))
    editor.still_going.setChecked(False)
    set_time(editor.end, local(day, 16, 45))
    editor.type.setCurrentIndex(editor.type.findData(d.AttackType.HEADACHE))
    qtbot.mouseClick(editor.pain.button(3), LEFT)
    editor.pain_nrs.setValue(7)
    for box in (editor.features.unilateral, editor.features.pulsating):
        qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    editor.features.worse_with_activity.setChecked(True)
    editor.symptoms.boxes[d.Symptom.NAUSEA].setChecked(True)
    editor.symptoms.boxes[d.Symptom.PHONOPHOBIA].setChecked(True)
    qtbot.keyClicks(editor.symptoms.other.line, "dizziness")
    qtbot.keyClick(editor.symptoms.other.line, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.aura.add_button, LEFT)
    row = editor.aura.rows[0]
    row.type.setCurrentIndex(row.type.findData(d.AuraType.SENSORY))
    row.minutes.setValue(25)
    editor.locations.boxes[d.PainLocation.LEFT].setChecked(True)
    editor.locations.boxes[d.PainLocation.BEHIND_EYE].setChecked(True)
    qtbot.keyClicks(editor.activities.line, "work,")
    qtbot.keyClicks(editor.triggers.line, "red wine")  # typed, not yet committed
    qtbot.keyClicks(editor.note, "Lay down in the dark.")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, LEFT)

    saved = journal.attacks.get(attack.id)
    assert (saved.start, saved.end) == (local(day, 10, 15), local(day, 16, 45))
    assert saved.type is d.AttackType.HEADACHE
    assert (saved.pain, saved.pain_nrs) == (3, 7)
    assert saved.unilateral and saved.pulsating and saved.worse_with_activity
    assert saved.symptoms == ("nausea", "phonophobia", "dizziness")
    assert saved.aura == (d.AuraSymptom(d.AuraType.SENSORY, 25),)
    assert saved.locations == ("left", "behind_eye")
    assert saved.activities == ("work",)
    assert saved.suspected_triggers == ("red wine",)
    assert saved.note == "Lay down in the dark."
    assert editor.saved_attack == saved
    assert not editor.isVisible()


def test_the_editor_shows_what_the_attack_holds(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(
        journal,
        pain=2,
        pain_nrs=6,
        pulsating=True,
        symptoms=("photophobia", "neck stiffness"),
        aura=(d.AuraSymptom(d.AuraType.VISUAL, 30),),
        suspected_triggers=("stress",),
        note="Bright office",
    )
    editor = open_editor(qtbot, journal, attack)
    assert editor.pain.value() == 2
    assert editor.pain_nrs.value() == 6
    assert editor.features.pulsating.isChecked()
    assert not editor.features.unilateral.isChecked()
    assert editor.symptoms.boxes[d.Symptom.PHOTOPHOBIA].isChecked()
    assert editor.symptoms.other.tags() == ("neck stiffness",)
    assert editor.aura.aura() == (d.AuraSymptom(d.AuraType.VISUAL, 30),)
    assert editor.triggers.tags() == ("stress",)
    assert editor.note.toPlainText() == "Bright office"
    assert editor.still_going.isChecked()
    assert editor.attack() == attack


def test_end_before_start_shows_the_reason_blocks_save_and_keeps_what_was_typed(
    qtbot: QtBot, journal: Journal
) -> None:
    attack = start_attack(journal, minutes_ago=120)
    editor = open_editor(qtbot, journal, attack)
    qtbot.keyClicks(editor.note, "Keep this note")
    editor.still_going.setChecked(False)
    set_time(editor.end, attack.start - timedelta(hours=1))
    assert editor.end_problem.isVisible()
    assert editor.end_problem.problem() == "The end is before the start."
    assert not editor.save_button.isEnabled()
    assert editor.note.toPlainText() == "Keep this note"
    assert editor.attack().end == (attack.start - timedelta(hours=1)).replace(second=0)
    assert journal.attacks.get(attack.id).is_open

    set_time(editor.end, attack.start + timedelta(minutes=90))
    assert not editor.end_problem.isVisible()
    assert editor.save_button.isEnabled()


def test_future_start_shows_the_reason_next_to_the_start(qtbot: QtBot, journal: Journal) -> None:
    editor = open_editor(qtbot, journal, None)
    editor.still_going.setChecked(True)
    set_time(editor.start, d.local_now() + timedelta(days=1))
    assert editor.start_problem.problem() == "The start is in the future."
    assert not editor.save_button.isEnabled()
    assert not editor.end_problem.isVisible()
    assert journal.attacks.all() == []


def test_still_going_on_saves_an_open_attack(qtbot: QtBot, journal: Journal) -> None:
    editor = open_editor(qtbot, journal, None)
    editor.still_going.setChecked(True)
    assert not editor.end.isEnabled()
    qtbot.mouseClick(editor.pain.button(1), LEFT)
    qtbot.mouseClick(editor.save_button, LEFT)
    [saved] = journal.attacks.all()
    assert saved.is_open
    assert saved.pain == 1


def test_a_new_attack_on_a_past_day_starts_that_day_and_is_over(
    qtbot: QtBot, journal: Journal
) -> None:
    day = date.today() - timedelta(days=5)
    editor = open_editor(qtbot, journal, None, day=day)
    assert not editor.still_going.isChecked()
    qtbot.mouseClick(editor.pain.button(2), LEFT)
    qtbot.mouseClick(editor.save_button, LEFT)
    [saved] = journal.attacks.all()
    assert saved.start.date() == day
    assert saved.end is not None
    assert saved.end > saved.start


def test_a_storage_error_keeps_the_dialog_open_with_everything_typed(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, errors: ErrorBoxes
) -> None:
    attack = start_attack(journal)
    editor = open_editor(qtbot, journal, attack)
    qtbot.keyClicks(editor.triggers.line, "cheese")
    qtbot.mouseClick(editor.pain.button(2), LEFT)

    @changes(Change.ATTACKS)
    def disk_full(*_args: object, **_kwargs: object) -> d.Attack:
        raise DiskFull("The disk is full, so the entry was not saved.")

    monkeypatch.setattr(operations, "save_attack", disk_full)
    qtbot.mouseClick(editor.save_button, LEFT)
    assert errors.shown == ["The disk is full, so the entry was not saved."]
    assert editor.isVisible()
    assert editor.triggers.tags() == ("cheese",)
    assert editor.pain.value() == 2
    assert journal.attacks.get(attack.id).pain is None  # nothing saved: still not chosen


def test_adding_a_dose_to_a_new_attack_saves_the_attack_first(
    qtbot: QtBot, journal: Journal, medications: Medications, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, journal, None)
    qtbot.mouseClick(editor.pain.button(3), LEFT)

    def take_triptan(dose_editor: DoseEditor) -> int:
        dose_editor.medication.setCurrentIndex(dose_editor._index_of(medications.triptan.id))
        dose_editor.pain_at_dose.pick(3)
        dose_editor.save()
        return int(dose_editor.result())

    monkeypatch.setattr(DoseEditor, "exec", take_triptan)
    qtbot.mouseClick(editor.doses.add_button, LEFT)
    [attack] = journal.attacks.all()
    [dose] = journal.doses.for_attack(attack.id)
    assert (dose.medication_id, dose.amount, dose.pain_at_dose) == (
        medications.triptan.id,
        "50 mg",
        3,
    )
    assert attack.pain == 3
    assert "Sumatriptan 50 mg" in editor.doses.list.item(0).text()
    assert editor.windowTitle() == "Edit attack"


def test_removing_a_dose_asks_and_deletes_it(
    qtbot: QtBot, journal: Journal, medications: Medications, monkeypatch: pytest.MonkeyPatch
) -> None:
    attack = start_attack(journal)
    dose = operations.record_dose(
        journal, d.Dose(medications.nsaid.id, d.local_now(), "400 mg", attack.id, 2)
    )
    editor = open_editor(qtbot, journal, attack)
    monkeypatch.setattr(attack_doses, "confirm", lambda *_args: True)
    editor.doses.list.setCurrentRow(0)
    qtbot.mouseClick(editor.doses.remove_button, LEFT)
    assert journal.doses.find(dose.id) is None
    assert not editor.doses.remove_button.isEnabled()


def test_trigger_suggestions_come_from_factors_and_earlier_attacks(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.factors.save(d.Factor("Short sleep"))
    journal.factors.save(d.Factor("Old habit", hidden=True))
    start_attack(journal, minutes_ago=3000, suspected_triggers=("red wine",))
    editor = open_editor(qtbot, journal, None)
    completer = editor.triggers.line.completer()
    assert completer is not None
    model = completer.model()
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert names == {"Short sleep", "red wine"}


def test_a_stored_location_this_version_does_not_list_is_kept(
    qtbot: QtBot, journal: Journal
) -> None:
    attack = start_attack(journal, locations=("jaw", "left"))
    editor = open_editor(qtbot, journal, attack)
    editor.locations.boxes[d.PainLocation.LEFT].setChecked(False)
    qtbot.mouseClick(editor.save_button, LEFT)
    assert journal.attacks.get(attack.id).locations == ("jaw",)


def test_every_field_is_reachable_with_tab(qtbot: QtBot, journal: Journal) -> None:
    editor = open_editor(qtbot, journal, start_attack(journal))
    editor.still_going.setChecked(False)
    reachable: list[QWidget] = []
    widget = editor.start
    for _ in range(200):
        reachable.append(widget)
        widget = widget.nextInFocusChain()
    expected = [
        editor.start,
        editor.end,
        editor.still_going,
        editor.type,
        editor.pain.button(0),
        editor.pain_nrs,
        editor.features.unilateral,
        editor.symptoms.boxes[d.Symptom.NAUSEA],
        editor.symptoms.other.line,
        editor.note,
        editor.aura.add_button,
        editor.locations.boxes[d.PainLocation.NECK],
        editor.activities.line,
        editor.triggers.line,
        editor.doses.add_button,
        editor.save_button,
    ]
    for field in expected:
        assert field in reachable
        assert field.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_an_attack_saved_without_a_pain_can_be_edited_and_keeps_it_unrecorded(
    qtbot: QtBot, journal: Journal
) -> None:
    """An attack imported from a 0-10 app, or never rated on the attack screen,
    shows no pain chosen (not "0 none") and saves other changes as it is."""
    attack = operations.save_attack(
        journal,
        d.Attack(
            start=d.local_now() - timedelta(days=1, hours=5), end=d.local_now() - timedelta(days=1)
        ),
    )
    editor = open_editor(qtbot, journal, attack)
    assert editor.pain.value() is None
    assert editor.save_button.isEnabled()
    editor.note.setPlainText("Imported from my old app")
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = journal.attacks.get(attack.id)
    assert saved.pain is None and saved.note == "Imported from my old app"


def test_a_new_attack_still_asks_for_its_pain(qtbot: QtBot, journal: Journal) -> None:
    editor = open_editor(qtbot, journal, None, day=d.local_now().date() - timedelta(days=2))
    assert editor.pain.value() is None and not editor.pain_problem.isVisible()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert journal.attacks.all() == [] and editor.pain_problem.isVisible()
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.pain.button(1), LEFT)
    assert editor.save_button.isEnabled()


def test_add_attack_today_records_one_that_is_over_not_one_going_on(
    qtbot: QtBot, journal: Journal
) -> None:
    editor = open_editor(qtbot, journal, None, day=date.today())
    assert not editor.still_going.isChecked()
    attack = editor.attack()
    assert attack.end is not None and attack.start < attack.end <= d.local_now()
    assert attack.start.date() == date.today()


def test_an_attack_with_only_a_start_says_its_end_is_missing_and_stays_so(
    qtbot: QtBot, journal: Journal
) -> None:
    """clinical-rules.md: an attack with only a start (imported with an empty end) is
    not "still going on"; the editor says the end is missing and keeps it so."""
    start = local(date(2026, 3, 2), 8)
    only_start = journal.attacks.save(d.Attack(start=start, end_unknown=True, pain=2))
    editor = open_editor(qtbot, journal, only_start)
    assert not editor.still_going.isChecked()
    assert editor.end_note.isVisible()
    assert "end was not recorded" in editor.end_note.text()
    editor.note.setPlainText("after the meeting")
    editor.save()
    kept = journal.attacks.get(only_start.id)
    assert (kept.end, kept.end_unknown, kept.note) == (None, True, "after the meeting")
    again = open_editor(qtbot, journal, kept)
    set_time(again.end, start + timedelta(hours=5))
    assert not again.end_note.isVisible()
    again.save()
    ended = journal.attacks.get(only_start.id)
    assert (ended.end, ended.end_unknown) == (start + timedelta(hours=5), False)
