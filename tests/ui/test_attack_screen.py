"""The attack screen: every tap is saved at once, for someone in pain."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.changes import Change, changes
from journal.errors import JournalLocked
from journal.storage import Journal
from tests.ui.conftest_attack import (
    ErrorBoxes,
    Medications,
    start_attack,
)
from ui.attack.screen import AttackScreen, minutes_ago
from ui.kit import feedback
from ui.medication.dose_editor import DoseEditor
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> ErrorBoxes:
    boxes = ErrorBoxes()
    monkeypatch.setattr(feedback.QMessageBox, "warning", boxes)
    return boxes


def open_screen(qtbot: QtBot, journal: Journal, attack: d.Attack) -> AttackScreen:
    screen = AttackScreen(Session(journal), attack)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def stored(journal: Journal, attack: d.Attack) -> d.Attack:
    return journal.attacks.get(attack.id)


def test_started_line_says_when_and_how_long_ago(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal, minutes_ago=35)
    screen = open_screen(qtbot, journal, attack)
    assert screen.started_label.text() == f"Started {attack.start:%H:%M} (35 min ago)"


def test_minutes_ago_reads_naturally() -> None:
    start = d.local_now()
    assert minutes_ago(start, start) == "just now"
    assert minutes_ago(start, start + timedelta(minutes=35)) == "35 min ago"
    assert minutes_ago(start, start + timedelta(minutes=130)) == "2 h 10 min ago"
    assert minutes_ago(start, start + timedelta(hours=3)) == "3 h ago"
    assert minutes_ago(start, start + timedelta(days=3)) == "3 days ago"


def test_picking_pain_saves_it_at_once(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.pain.button(2), LEFT)
    assert stored(journal, attack).pain == 2
    assert stored(journal, attack).is_open


def test_keys_0_to_3_set_the_pain(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.keyClick(screen.done_button, Qt.Key.Key_3)
    assert stored(journal, attack).pain == 3
    assert screen.pain.value() == 3


def test_lower_pain_after_a_dose_keeps_the_peak(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.pain.button(3), LEFT)
    qtbot.mouseClick(screen.medication.medication_buttons[medications.triptan.id], LEFT)
    qtbot.mouseClick(screen.pain.button(1), LEFT)
    assert stored(journal, attack).pain == 3


def test_a_mistaken_pain_can_be_corrected_before_any_dose(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.pain.button(3), LEFT)
    qtbot.mouseClick(screen.pain.button(2), LEFT)
    assert stored(journal, attack).pain == 2


def test_symptom_toggles_save_the_ichd_symptoms(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.symptom_buttons[d.Symptom.NAUSEA], LEFT)
    qtbot.mouseClick(screen.symptom_buttons[d.Symptom.PHOTOPHOBIA], LEFT)
    qtbot.mouseClick(screen.symptom_buttons[d.Symptom.PHONOPHOBIA], LEFT)
    assert set(stored(journal, attack).symptoms) == {"nausea", "photophobia", "phonophobia"}
    qtbot.mouseClick(screen.symptom_buttons[d.Symptom.NAUSEA], LEFT)
    assert set(stored(journal, attack).symptoms) == {"photophobia", "phonophobia"}
    assert screen.symptom_buttons[d.Symptom.PHOTOPHOBIA].text() == "✓  Light sensitivity"


def test_aura_toggle_saves_an_aura_symptom_of_that_type(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.aura_buttons[d.AuraType.VISUAL], LEFT)
    assert stored(journal, attack).aura == (d.AuraSymptom(d.AuraType.VISUAL, None),)
    qtbot.mouseClick(screen.aura_buttons[d.AuraType.VISUAL], LEFT)
    assert stored(journal, attack).aura == ()


def test_reopened_screen_shows_what_was_saved(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal, pain=2, symptoms=("vomiting",))
    screen = open_screen(qtbot, journal, attack)
    assert screen.pain.value() == 2
    assert screen.symptom_buttons[d.Symptom.VOMITING].isChecked()
    assert not screen.symptom_buttons[d.Symptom.NAUSEA].isChecked()


def test_medication_button_records_a_dose_with_the_pain_now(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.pain.button(2), LEFT)
    before = d.local_now()
    qtbot.mouseClick(screen.medication.medication_buttons[medications.triptan.id], LEFT)
    [dose] = journal.doses.for_attack(attack.id)
    assert dose.medication_id == medications.triptan.id
    assert dose.amount == "50 mg"
    assert dose.pain_at_dose == 2
    assert dose.pain_2h is None
    assert before <= dose.taken <= d.local_now()
    assert "Sumatriptan 50 mg at" in screen.medication.taken_label.text()


def test_only_active_acute_medications_get_a_button(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    screen = open_screen(qtbot, journal, start_attack(journal))
    assert set(screen.medication.medication_buttons) == {
        medications.triptan.id,
        medications.nsaid.id,
    }


def test_undo_last_dose_removes_the_dose_just_recorded(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.medication.medication_buttons[medications.nsaid.id], LEFT)
    assert screen.medication.undo_button.isVisible()
    qtbot.mouseClick(screen.medication.undo_button, LEFT)
    assert journal.doses.for_attack(attack.id) == []
    assert not screen.medication.undo_button.isVisible()
    assert screen.medication.taken_label.text() == ""


def test_other_medication_opens_the_dose_editor_for_this_attack(
    qtbot: QtBot, journal: Journal, medications: Medications, monkeypatch: pytest.MonkeyPatch
) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.pain.button(3), LEFT)

    def choose_preventive_and_save(editor: DoseEditor) -> int:
        editor.medication.setCurrentIndex(editor._index_of(medications.preventive.id))
        editor.save()
        return int(editor.result())

    monkeypatch.setattr(DoseEditor, "exec", choose_preventive_and_save)
    qtbot.mouseClick(screen.medication.other_button, LEFT)
    [dose] = journal.doses.for_attack(attack.id)
    assert dose.medication_id == medications.preventive.id
    assert dose.pain_at_dose == 3


def test_done_for_now_keeps_the_attack_open_and_closes(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.pain.button(1), LEFT)
    qtbot.mouseClick(screen.done_button, LEFT)
    assert screen.result() == QDialog.DialogCode.Accepted
    assert not screen.ended
    assert stored(journal, attack).is_open
    assert stored(journal, attack).pain == 1


def test_escape_means_done_for_now(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert stored(journal, attack).is_open


def test_attack_is_over_ends_it_now(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    with qtbot.waitSignal(screen.attack_changed):
        qtbot.mouseClick(screen.over_button, LEFT)
    ended = stored(journal, attack)
    assert ended.end is not None
    assert abs(ended.end - d.local_now()) < timedelta(minutes=1)
    assert screen.ended


def test_a_failed_save_is_shown_kept_and_retried_on_done(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, errors: ErrorBoxes
) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    real_save = operations.save_attack

    @changes(Change.ATTACKS)
    def locked(*_args: object, **_kwargs: object) -> d.Attack:
        raise JournalLocked("Another program is using the journal; try again in a moment.")

    monkeypatch.setattr(operations, "save_attack", locked)
    qtbot.mouseClick(screen.pain.button(3), LEFT)
    assert errors.shown == ["Another program is using the journal; try again in a moment."]
    assert screen.pain.value() == 3
    qtbot.mouseClick(screen.done_button, LEFT)
    assert screen.isVisible()
    monkeypatch.setattr(operations, "save_attack", real_save)
    qtbot.mouseClick(screen.done_button, LEFT)
    assert not screen.isVisible()
    assert stored(journal, attack).pain == 3


def test_screen_is_dark_even_in_a_light_application(qtbot: QtBot, journal: Journal) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QPalette(app.palette())
    light = QPalette(original)
    light.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Button, QColor("#f0f0f0"))
    app.setPalette(light)
    try:
        screen = open_screen(qtbot, journal, start_attack(journal))
        assert screen.palette().color(QPalette.ColorRole.Window).lightness() < 40
        image = screen.grab().toImage()
        assert image.pixelColor(5, 5).lightness() < 40
        done = screen.done_button.geometry()
        assert image.pixelColor(done.left() + 12, done.center().y()).lightness() < 80
    finally:
        app.setPalette(original)


def test_every_button_is_a_large_target_with_a_name(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    screen = open_screen(qtbot, journal, start_attack(journal))
    screen.adjustSize()
    for button in screen.findChildren(QPushButton):
        if button is screen.medication.undo_button:
            continue
        assert button.height() >= 56, button.text()
        assert button.text() or button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_attack_now_chooses_no_type_and_nothing_is_chosen_on_the_screen(
    qtbot: QtBot, journal: Journal
) -> None:
    """The app never chooses a type for the patient: "type not given" until they do."""
    attack = start_attack(journal)
    assert attack.type == d.AttackType.NOT_GIVEN
    screen = open_screen(qtbot, journal, attack)
    assert not any(button.isChecked() for button in screen.type_buttons.values())
    assert not any(button.isChecked() for button in screen.feature_buttons.values())
    assert [b.text() for b in screen.type_buttons.values()] == ["Migraine", "Headache", "Not sure"]
    assert [b.text() for b in screen.feature_buttons.values()] == [
        "On one side",
        "Throbbing",
        "Worse when moving",
    ]


def test_attack_screen_type_is_one_at_most_and_a_second_tap_takes_it_back(
    qtbot: QtBot, journal: Journal
) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    migraine = screen.type_buttons[d.AttackType.MIGRAINE]
    headache = screen.type_buttons[d.AttackType.HEADACHE]
    qtbot.mouseClick(migraine, LEFT)
    assert stored(journal, attack).type == d.AttackType.MIGRAINE
    qtbot.mouseClick(headache, LEFT)
    assert stored(journal, attack).type == d.AttackType.HEADACHE
    assert (migraine.isChecked(), headache.isChecked()) == (False, True)
    assert migraine.text() == "Migraine" and headache.text() == "✓  Headache"
    qtbot.mouseClick(headache, LEFT)
    assert stored(journal, attack).type == d.AttackType.NOT_GIVEN
    assert not any(button.isChecked() for button in screen.type_buttons.values())


def test_attack_screen_pain_features_are_saved_at_each_tap(qtbot: QtBot, journal: Journal) -> None:
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    qtbot.mouseClick(screen.feature_buttons["unilateral"], LEFT)
    qtbot.mouseClick(screen.feature_buttons["pulsating"], LEFT)
    saved = stored(journal, attack)
    assert (saved.unilateral, saved.pulsating, saved.worse_with_activity) == (True, True, False)
    qtbot.mouseClick(screen.feature_buttons["unilateral"], LEFT)
    assert stored(journal, attack).unilateral is False


def test_attack_screen_shows_the_type_and_features_already_recorded(
    qtbot: QtBot, journal: Journal
) -> None:
    attack = start_attack(journal, type=d.AttackType.MIGRAINE, worse_with_activity=True)
    screen = open_screen(qtbot, journal, attack)
    assert screen.type_buttons[d.AttackType.MIGRAINE].isChecked()
    assert screen.feature_buttons["worse_with_activity"].isChecked()


def test_attack_screen_type_and_feature_targets_are_as_large_as_the_symptoms(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = open_screen(qtbot, journal, start_attack(journal))
    symptom_height = next(iter(screen.symptom_buttons.values())).height()
    for button in (*screen.type_buttons.values(), *screen.feature_buttons.values()):
        assert button.height() == symptom_height >= 56


def test_attack_screen_title_words_the_chosen_type(qtbot: QtBot, journal: Journal) -> None:
    """An attack the patient has not called migraine is never titled "Migraine attack":
    the title follows the type chosen, "Attack" while none is."""
    attack = start_attack(journal)
    screen = open_screen(qtbot, journal, attack)
    assert (screen.title.text(), screen.windowTitle()) == ("Attack", "Attack")
    qtbot.mouseClick(screen.type_buttons[d.AttackType.MIGRAINE], LEFT)
    assert (screen.title.text(), screen.windowTitle()) == ("Migraine attack", "Migraine attack")
    qtbot.mouseClick(screen.type_buttons[d.AttackType.HEADACHE], LEFT)
    assert screen.title.text() == "Headache attack"
    qtbot.mouseClick(screen.type_buttons[d.AttackType.NOT_SURE], LEFT)
    assert screen.title.text() == "Attack (not sure what kind)"
    qtbot.mouseClick(screen.type_buttons[d.AttackType.NOT_SURE], LEFT)
    assert screen.title.text() == "Attack"
    aura = start_attack(journal, minutes_ago=5, type=d.AttackType.AURA_ONLY)
    assert open_screen(qtbot, journal, aura).title.text() == "Aura"
