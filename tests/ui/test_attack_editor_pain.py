"""The attack editor's pain: never a silent 0, gentle notes, and the chosen pain scale."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.attack.editor import AttackEditor
from ui.kit.settings_store import PainScale, save_pain_scale
from ui.kit.time_fields import set_time
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def _editor(qtbot: QtBot, journal: Journal, attack: d.Attack | None = None) -> AttackEditor:
    editor = AttackEditor(Session(journal), attack, day=date.today() - timedelta(days=3))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _past(journal: Journal, pain: int, hours: int = 4) -> d.Attack:
    start = (d.local_now() - timedelta(days=10)).replace(second=0, microsecond=0)
    return operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=hours), pain=pain)
    )


def test_a_new_attack_starts_with_no_pain_chosen_and_is_not_saved_until_one_is(
    qtbot: QtBot, journal: Journal
) -> None:
    editor = _editor(qtbot, journal)
    assert editor.pain.value() is None
    assert not editor.pain_problem.isVisible()  # nothing red before anything is touched
    qtbot.mouseClick(editor.save_button, LEFT)
    assert journal.attacks.all() == []
    assert editor.pain_problem.problem() == "Choose how bad the pain was (0 if there was none)"
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.pain.button(0), LEFT)
    assert editor.save_button.isEnabled() and not editor.pain_problem.isVisible()
    qtbot.mouseClick(editor.save_button, LEFT)
    (saved,) = journal.attacks.all()
    assert saved.pain == 0


def test_editing_an_attack_shows_its_stored_pain_even_when_it_is_none(
    qtbot: QtBot, journal: Journal
) -> None:
    editor = _editor(qtbot, journal, _past(journal, pain=0))
    assert editor.pain.value() == 0
    assert editor.save_button.isEnabled()


@pytest.mark.parametrize(("pain", "nrs"), [(0, 8), (1, 10), (3, 1)])
def test_a_0_10_rating_far_from_the_0_3_pain_gets_a_gentle_note_but_saves(
    qtbot: QtBot, journal: Journal, pain: int, nrs: int
) -> None:
    save_pain_scale(PainScale.WITH_NUMERIC)
    editor = _editor(qtbot, journal, _past(journal, pain=pain))
    editor.pain_nrs.setValue(nrs)
    assert editor.nrs_note.isVisible() and "second look" in editor.nrs_note.text()
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, LEFT)
    (saved,) = journal.attacks.all()
    assert (saved.pain, saved.pain_nrs) == (pain, nrs)


def test_a_0_10_rating_that_fits_the_0_3_pain_gets_no_note(qtbot: QtBot, journal: Journal) -> None:
    save_pain_scale(PainScale.WITH_NUMERIC)
    editor = _editor(qtbot, journal, _past(journal, pain=2))
    editor.pain_nrs.setValue(5)
    assert not editor.nrs_note.isVisible()


def test_an_attack_longer_than_3_days_gets_a_note_next_to_the_end_but_saves(
    qtbot: QtBot, journal: Journal
) -> None:
    attack = _past(journal, pain=2)
    editor = _editor(qtbot, journal, attack)
    assert not editor.end_note.isVisible()
    set_time(editor.end, attack.start + timedelta(hours=80))
    assert editor.end_note.isVisible()
    assert "longer than 3 days — is the end right?" in editor.end_note.text()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert journal.attacks.get(attack.id).end == attack.start + timedelta(hours=80)


def test_the_0_3_only_pain_scale_hides_the_0_10_field(qtbot: QtBot, journal: Journal) -> None:
    save_pain_scale(PainScale.MILD_TO_SEVERE)
    assert not _editor(qtbot, journal).pain_nrs.isVisible()
    save_pain_scale(PainScale.WITH_NUMERIC)
    assert _editor(qtbot, journal).pain_nrs.isVisible()


def _unrecorded(journal: Journal, nrs: int | None) -> d.Attack:
    """An attack saved without a 0-3 pain (imported from a 0-10 app, or "Attack now")."""
    start = (d.local_now() - timedelta(days=10)).replace(second=0, microsecond=0)
    attack = d.Attack(start=start, end=start + timedelta(hours=4), pain=None, pain_nrs=nrs)
    return journal.attacks.save(attack)


def test_an_imported_attack_says_its_pain_was_not_recorded_with_its_0_10_rating(
    qtbot: QtBot, journal: Journal
) -> None:
    """clinical-rules: never invent or convert a value the patient did not give; the
    0-10 rating shows as given, in its own field even while Settings hide the 0-10
    field for new attacks (so it can be corrected)."""
    save_pain_scale(PainScale.MILD_TO_SEVERE)
    editor = _editor(qtbot, journal, _unrecorded(journal, nrs=7))
    assert editor.pain.value() is None
    assert editor.pain_nrs.isVisible() and editor.pain_nrs.value() == 7
    assert editor.pain_hint.isVisible()
    assert editor.pain_hint.text() == "Pain not recorded (rated 7/10 in the app it came from)"
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, LEFT)
    (saved,) = journal.attacks.all()
    assert (saved.pain, saved.pain_nrs) == (None, 7)


def test_an_attack_without_any_pain_says_not_recorded_until_one_is_chosen(
    qtbot: QtBot, journal: Journal
) -> None:
    editor = _editor(qtbot, journal, _unrecorded(journal, nrs=None))
    assert editor.pain_hint.isVisible() and editor.pain_hint.text() == "Pain not recorded"
    qtbot.mouseClick(editor.pain.button(2), LEFT)
    assert not editor.pain_hint.isVisible()


def test_a_new_attack_or_a_recorded_pain_shows_no_not_recorded_hint(
    qtbot: QtBot, journal: Journal
) -> None:
    assert not _editor(qtbot, journal).pain_hint.isVisible()
    assert not _editor(qtbot, journal, _past(journal, pain=0)).pain_hint.isVisible()


def test_a_stored_0_10_rating_can_be_corrected_when_the_0_3_pain_changes(
    qtbot: QtBot, journal: Journal
) -> None:
    save_pain_scale(PainScale.MILD_TO_SEVERE)
    start = (d.local_now() - timedelta(days=10)).replace(second=0, microsecond=0)
    attack = operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=4), pain=3, pain_nrs=8)
    )
    editor = _editor(qtbot, journal, attack)
    assert editor.pain_nrs.isVisible() and editor.pain_nrs.value() == 8
    qtbot.mouseClick(editor.pain.button(2), LEFT)
    assert editor.nrs_note.isVisible() and "8/10 was rated with the earlier pain" in (
        editor.nrs_note.text()
    )
    editor.pain_nrs.setValue(editor.pain_nrs.minimum())  # "not rated"
    assert not editor.nrs_note.isVisible()
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = journal.attacks.get(attack.id)
    assert (saved.pain, saved.pain_nrs) == (2, None)


def test_without_a_rating_the_0_10_field_follows_the_setting(
    qtbot: QtBot, journal: Journal
) -> None:
    save_pain_scale(PainScale.MILD_TO_SEVERE)
    editor = _editor(qtbot, journal, _past(journal, pain=2))
    assert not editor.pain_nrs.isVisible()
