"""Undo never brings back or overwrites what changed since it was offered; the
clinically odd entries (overlapping attacks, two triptans, an impossible HIT-6
total) are noticed by journal/ rules."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import NotFound, ValidationError
from journal.storage import Journal
from journal.validation import other_triptan, overlapping_attacks
from journal.validation_records import HIT6_TOTALS, hit6_problems

UTC1 = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC1)


def _triptan(journal: Journal, name: str) -> d.Medication:
    return ops.save_medication(
        journal, d.Medication(name, med_class=d.MedicationClass.TRIPTAN, use=d.Use.ACUTE)
    )


def test_reopening_an_ended_attack_undoes_the_end(journal: Journal) -> None:
    started = ops.start_attack(journal, NOW - timedelta(hours=1), now=NOW)
    ended = ops.end_attack(journal, started.id, NOW)
    reopened = ops.reopen_attack(journal, ended)
    assert reopened.end is None and journal.attacks.open_attacks() == [reopened]


def test_reopening_refuses_an_attack_deleted_since(journal: Journal) -> None:
    started = ops.start_attack(journal, NOW - timedelta(hours=1), now=NOW)
    ended = ops.end_attack(journal, started.id, NOW)
    ops.delete_attack(journal, started.id)
    with pytest.raises(NotFound, match="changed or deleted"):
        ops.reopen_attack(journal, ended)
    assert journal.attacks.count() == 0


def test_reopening_refuses_an_attack_changed_since_even_within_the_second(
    journal: Journal,
) -> None:
    started = ops.start_attack(journal, NOW - timedelta(hours=1), now=NOW)
    ended = ops.end_attack(journal, started.id, NOW)
    ops.save_attack(journal, dataclasses.replace(ended, pain=3), now=NOW)
    with pytest.raises(NotFound):
        ops.reopen_attack(journal, ended)
    assert journal.attacks.get(started.id).end == NOW


def test_undoing_a_deleted_attack_keeps_a_rating_added_since(journal: Journal) -> None:
    medication = _triptan(journal, "Sumatriptan")
    attack = ops.start_attack(journal, NOW - timedelta(hours=3), now=NOW)
    dose = ops.record_dose(
        journal, d.Dose(medication.id, NOW - timedelta(hours=2), "", attack.id, 3), now=NOW
    )
    deleted = ops.delete_attack(journal, attack.id)
    ops.rate_dose(journal, dose.id, pain_2h=1)
    ops.undo_delete_attack(journal, deleted)
    back = journal.doses.get(dose.id)
    assert (back.attack_id, back.pain_2h) == (attack.id, 1)
    with pytest.raises(NotFound, match="already back"):
        ops.undo_delete_attack(journal, deleted)


def test_undoing_a_deleted_dose_whose_attack_went_since_keeps_it_alone(
    journal: Journal,
) -> None:
    medication = _triptan(journal, "Sumatriptan")
    attack = ops.start_attack(journal, NOW - timedelta(hours=3), now=NOW)
    dose = ops.record_dose(journal, d.Dose(medication.id, NOW, "", attack.id, 3), now=NOW)
    ops.delete_dose(journal, dose.id)
    ops.delete_attack(journal, attack.id)
    back = ops.undo_delete_dose(journal, dose)
    assert back.attack_id is None and back.medication_id == medication.id
    with pytest.raises(NotFound):
        ops.undo_delete_dose(journal, dose)


def test_undoing_a_recorded_dose_refuses_once_it_was_rated(journal: Journal) -> None:
    medication = _triptan(journal, "Sumatriptan")
    attack = ops.start_attack(journal, NOW - timedelta(hours=3), now=NOW)
    dose = ops.record_dose(journal, d.Dose(medication.id, NOW, "", attack.id, 3), now=NOW)
    ops.rate_dose(journal, dose.id, pain_2h=0)
    with pytest.raises(NotFound, match="kept as it is"):
        ops.undo_record_dose(journal, dose)
    assert journal.doses.get(dose.id).pain_2h == 0
    fresh = ops.record_dose(journal, d.Dose(medication.id, NOW, "", attack.id, 2), now=NOW)
    ops.undo_record_dose(journal, fresh)
    assert journal.doses.find(fresh.id) is None


def test_an_open_attack_overlapping_another_is_found() -> None:
    earlier = d.Attack(start=NOW - timedelta(hours=5), end=NOW - timedelta(hours=1))
    later = d.Attack(start=NOW + timedelta(hours=1), end=NOW + timedelta(hours=2))
    open_one = d.Attack(start=NOW - timedelta(hours=2))
    assert overlapping_attacks(open_one, [earlier, later, open_one], NOW) == [earlier]
    apart = d.Attack(start=NOW - timedelta(minutes=30))
    assert overlapping_attacks(apart, [earlier], NOW) == []
    start_only = d.Attack(start=NOW - timedelta(hours=9), end_unknown=True)
    assert overlapping_attacks(start_only, [earlier], NOW) == []


def test_a_different_triptan_within_24_hours_is_found(journal: Journal) -> None:
    suma, riza = _triptan(journal, "Sumatriptan"), _triptan(journal, "Rizatriptan")
    ibu = ops.save_medication(
        journal,
        d.Medication("Ibuprofen", med_class=d.MedicationClass.SIMPLE_ANALGESIC, use=d.Use.ACUTE),
    )
    by_id = {m.id: m for m in (suma, riza, ibu)}
    first = d.Dose(suma.id, NOW - timedelta(hours=2))
    second = d.Dose(riza.id, NOW)
    assert other_triptan(second, [first], by_id) == first
    assert other_triptan(d.Dose(suma.id, NOW), [first], by_id) is None  # same triptan again
    assert other_triptan(d.Dose(ibu.id, NOW), [first], by_id) is None
    assert other_triptan(d.Dose(riza.id, NOW + timedelta(hours=23)), [first], by_id) is None


def test_hit6_totals_are_the_sums_of_six_answers() -> None:
    assert min(HIT6_TOTALS) == 36 and max(HIT6_TOTALS) == 78
    assert {37, 39, 77}.isdisjoint(HIT6_TOTALS) and {38, 40, 76, 78} <= HIT6_TOTALS


@pytest.mark.parametrize("total", [37, 39, 77])
def test_an_impossible_hit6_total_is_refused_in_words(journal: Journal, total: int) -> None:
    problems = hit6_problems(d.Hit6Entry(date(2026, 11, 1), total), date(2026, 11, 24))
    assert problems["total"].startswith(f"No set of HIT-6 answers adds up to {total}")
    with pytest.raises(ValidationError):
        ops.save_hit6(journal, d.Hit6Entry(date(2026, 11, 1), total), today=date(2026, 11, 24))
    assert journal.hit6.count() == 0
