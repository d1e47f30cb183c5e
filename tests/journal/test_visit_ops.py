"""MIDAS and HIT-6 entries with their ranges, and questions for the next visit."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import ValidationError
from journal.storage import Journal

TODAY = date(2026, 11, 24)


def midas(**changes: Any) -> d.MidasEntry:
    values: dict[str, Any] = {
        "day": TODAY,
        "missed_work": 2,
        "reduced_work": 3,
        "missed_household": 4,
        "reduced_household": 1,
        "missed_social": 2,
        "headache_days": 20,
        "average_pain": 6,
    }
    return d.MidasEntry(**{**values, **changes})


def test_a_midas_entry_is_saved_with_its_score(journal: Journal) -> None:
    saved = ops.save_midas(journal, midas(), today=TODAY)
    assert journal.midas.all() == [saved]
    assert saved.score == 12


def test_midas_counts_of_0_and_90_days_are_accepted(journal: Journal) -> None:
    edge = midas(missed_work=90, reduced_work=0, headache_days=0, average_pain=0)
    assert ops.save_midas(journal, edge, today=TODAY).score == 97


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"missed_work": 91}, "missed_work", "Enter a whole number of days from 0 to 90."),
        ({"missed_social": -1}, "missed_social", "Enter a whole number of days from 0 to 90."),
        (
            {"reduced_household": 2.5},
            "reduced_household",
            "Enter a whole number of days from 0 to 90.",
        ),
        ({"headache_days": 100}, "headache_days", "Enter a whole number of days from 0 to 90."),
        ({"average_pain": 11}, "average_pain", "Average pain is a whole number from 0 to 10."),
        ({"day": date(2026, 11, 25)}, "day", "The day is in the future."),
        (
            {"missed_work": 60, "reduced_work": 40},
            "reduced_work",
            "Days missed and days of halved work or school together cannot exceed 90.",
        ),
    ],
)
def test_a_bad_midas_entry_is_refused_in_words_and_not_saved(
    journal: Journal, changes: dict[str, Any], field: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        ops.save_midas(journal, midas(**changes), today=TODAY)
    assert raised.value.problems == {field: reason}
    assert journal.midas.count() == 0


def test_midas_items_a_and_b_may_be_left_out(journal: Journal) -> None:
    saved = ops.save_midas(journal, midas(headache_days=None, average_pain=None), today=TODAY)
    assert journal.midas.get(saved.id).average_pain is None


def test_deleting_a_midas_entry_returns_it(journal: Journal) -> None:
    saved = ops.save_midas(journal, midas(), today=TODAY)
    assert ops.delete_midas(journal, saved.id) == saved
    assert journal.midas.count() == 0


@pytest.mark.parametrize("total", [36, 56, 78])
def test_a_hit6_total_from_36_to_78_is_saved(journal: Journal, total: int) -> None:
    saved = ops.save_hit6(journal, d.Hit6Entry(TODAY, total), today=TODAY)
    assert journal.hit6.all() == [saved]


@pytest.mark.parametrize("total", [35, 79, 0])
def test_a_hit6_total_outside_36_to_78_is_refused_in_words(journal: Journal, total: int) -> None:
    with pytest.raises(ValidationError) as raised:
        ops.save_hit6(journal, d.Hit6Entry(TODAY, total), today=TODAY)
    assert raised.value.problems == {"total": "A HIT-6 total is a whole number from 36 to 78."}
    assert journal.hit6.count() == 0


def test_a_hit6_total_for_a_future_day_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="in the future"):
        ops.save_hit6(journal, d.Hit6Entry(date(2026, 12, 1), 60), today=TODAY)


def test_deleting_a_hit6_entry_returns_it(journal: Journal) -> None:
    saved = ops.save_hit6(journal, d.Hit6Entry(TODAY, 60), today=TODAY)
    assert ops.delete_hit6(journal, saved.id) == saved
    assert journal.hit6.count() == 0


def test_a_visit_note_is_kept_until_marked_done(journal: Journal) -> None:
    note = ops.add_visit_note(journal, "  Is the pill safe with aura? ")
    assert note.text == "Is the pill safe with aura?"
    assert ops.open_visit_notes(journal) == [note]
    done = ops.mark_visit_note_done(journal, note.id)
    assert ops.open_visit_notes(journal) == []
    assert journal.visit_notes.all() == [done] and done.done
    reopened = ops.mark_visit_note_done(journal, note.id, done=False)
    assert ops.open_visit_notes(journal) == [reopened]


def test_a_visit_note_can_be_edited_and_deleted(journal: Journal) -> None:
    note = ops.add_visit_note(journal, "Ask about")
    edited = ops.edit_visit_note(journal, note.id, "Ask about magnesium")
    assert journal.visit_notes.get(note.id).text == "Ask about magnesium"
    assert ops.delete_visit_note(journal, note.id) == edited
    assert journal.visit_notes.count() == 0


def test_an_empty_visit_note_is_refused_and_an_edit_to_empty_keeps_the_text(
    journal: Journal,
) -> None:
    with pytest.raises(ValidationError, match="The note is empty"):
        ops.add_visit_note(journal, "   ")
    note = ops.add_visit_note(journal, "Keep me")
    with pytest.raises(ValidationError, match="The note is empty"):
        ops.edit_visit_note(journal, note.id, "")
    assert journal.visit_notes.all() == [note]
