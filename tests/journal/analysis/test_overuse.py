"""Medication overuse thresholds (ICHD-3 8.2; clinical-rules.md)."""

from __future__ import annotations

from datetime import date

from diary_builders import (
    CODEINE,
    IBUPROFEN,
    MEDICATIONS,
    METOCLOPRAMIDE,
    PARACETAMOL,
    RIMEGEPANT,
    TRIPTAN,
    days_from,
    dose,
)

from journal import domain as d
from journal.analysis.days import classify_days
from journal.analysis.diary import Diary
from journal.analysis.overuse import OveruseFinding, longest_streak, overuse, overuse_one_or_more

MARCH = date(2026, 3, 1)


def findings(
    *doses: d.Dose, first: date = MARCH, last: date = date(2026, 3, 31)
) -> dict[str, OveruseFinding]:
    diary = Diary(doses=doses, medications=MEDICATIONS)
    facts = classify_days(diary, first, last, date(2026, 12, 31))
    return {finding.med_class: finding for finding in overuse(facts)}


def doses_on(medication: d.Medication, days: int, first: date = MARCH) -> list[d.Dose]:
    return [dose(medication, day) for day in days_from(first, days)]


def test_triptan_on_exactly_10_days_reaches_the_threshold() -> None:
    found = findings(*doses_on(TRIPTAN, 10))
    assert found["triptan"].months == ("2026-03",)
    assert found["triptan"].threshold == 10
    assert found["triptan"].days_by_month == {"2026-03": 10}


def test_triptan_on_9_days_does_not() -> None:
    assert findings(*doses_on(TRIPTAN, 9)) == {}


def test_overuse_counts_days_not_doses() -> None:
    twice_a_day = [dose(TRIPTAN, day, hour) for day in days_from(MARCH, 9) for hour in (8, 20)]
    assert findings(*twice_a_day) == {}


def test_opioid_on_10_days_reaches_the_threshold() -> None:
    assert findings(*doses_on(CODEINE, 10))["opioid"].months == ("2026-03",)


def test_simple_analgesic_on_exactly_15_days_reaches_the_threshold() -> None:
    found = findings(*doses_on(IBUPROFEN, 15))
    assert found["simple_analgesic"].threshold == 15
    assert found["simple_analgesic"].months == ("2026-03",)


def test_simple_analgesic_on_14_days_does_not() -> None:
    assert findings(*doses_on(IBUPROFEN, 14)) == {}


def test_paracetamol_and_nsaids_are_one_class_counted_together() -> None:
    found = findings(*doses_on(IBUPROFEN, 8), *doses_on(PARACETAMOL, 7, first=date(2026, 3, 9)))
    assert found["simple_analgesic"].days_by_month == {"2026-03": 15}


def test_several_classes_none_overused_alone_reach_10_combined_days() -> None:
    found = findings(*doses_on(TRIPTAN, 6), *doses_on(IBUPROFEN, 4, first=date(2026, 3, 20)))
    assert list(found) == ["several_classes"]
    assert found["several_classes"].threshold == 10
    assert found["several_classes"].days_by_month == {"2026-03": 10}


def test_several_classes_on_9_combined_days_do_not() -> None:
    assert findings(*doses_on(TRIPTAN, 5), *doses_on(IBUPROFEN, 4, date(2026, 3, 20))) == {}


def test_several_classes_on_the_same_day_count_once() -> None:
    same_days = [*doses_on(TRIPTAN, 9), *doses_on(IBUPROFEN, 9)]
    assert findings(*same_days) == {}


def test_a_class_overused_alone_is_reported_alone_not_as_several_classes() -> None:
    found = findings(*doses_on(TRIPTAN, 10), *doses_on(IBUPROFEN, 5, date(2026, 3, 20)))
    assert list(found) == ["triptan"]


def test_simple_analgesic_alone_on_12_days_is_not_several_classes() -> None:
    assert findings(*doses_on(IBUPROFEN, 12)) == {}


def test_gepants_and_antiemetics_are_not_counted_towards_overuse() -> None:
    assert findings(*doses_on(RIMEGEPANT, 20), *doses_on(METOCLOPRAMIDE, 20)) == {}
    mixed = findings(*doses_on(RIMEGEPANT, 20), *doses_on(TRIPTAN, 9))
    assert mixed == {}


def test_overuse_months_and_their_consecutive_streak() -> None:
    months = [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 5, 1)]
    doses = [x for first in months for x in doses_on(TRIPTAN, 10, first)]
    found = findings(*doses, first=date(2026, 1, 1), last=date(2026, 5, 31))["triptan"]
    assert found.months == ("2026-01", "2026-02", "2026-03", "2026-05")
    assert found.longest_streak == 3
    assert not found.sustained  # ICHD-3 asks for more than 3 months


def test_overuse_for_more_than_3_consecutive_months_is_sustained() -> None:
    months = [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    doses = [x for first in months for x in doses_on(TRIPTAN, 10, first)]
    found = findings(*doses, first=date(2025, 11, 1), last=date(2026, 2, 28))["triptan"]
    assert found.longest_streak == 4 and found.sustained


def test_longest_streak_crosses_the_new_year() -> None:
    assert longest_streak(["2025-12", "2026-01", "2026-03"]) == 2
    assert longest_streak([]) == 0


FROVATRIPTAN = d.Medication(
    "Frovatriptan", d.MedicationClass.TRIPTAN, d.Use.PREVENTIVE, id="frovatriptan"
)


def test_overuse_counts_every_intake_whatever_the_medication_is_marked() -> None:
    """Departure 5: frovatriptan as short-term prevention on 6 days plus sumatriptan on
    5 days are 11 triptan days."""
    prevention = [d.Dose(FROVATRIPTAN.id, dose(TRIPTAN, day).taken) for day in days_from(MARCH, 6)]
    acute = doses_on(TRIPTAN, 5, first=date(2026, 3, 10))
    diary = Diary(doses=(*prevention, *acute), medications=(*MEDICATIONS, FROVATRIPTAN))
    facts = classify_days(diary, MARCH, date(2026, 3, 31), date(2026, 12, 31))
    found = {finding.med_class: finding for finding in overuse(facts)}
    assert found["triptan"].days_by_month == {"2026-03": 11}


def test_overuse_one_or_more_streak_counts_months_at_any_level_whichever_classes() -> None:
    """Departure 5: four consecutive months at an overuse level with different classes
    are "more than 3 months" (ICHD-3 8.2 B, "one or more drugs")."""
    months = [date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)]
    doses = [
        *doses_on(TRIPTAN, 10, months[0]),
        *doses_on(CODEINE, 10, months[1]),
        *doses_on(IBUPROFEN, 15, months[2]),
        *doses_on(TRIPTAN, 5, months[3]),
        *doses_on(CODEINE, 5, date(2026, 6, 10)),  # several classes together: 10 days
    ]
    diary = Diary(doses=tuple(doses), medications=MEDICATIONS)
    facts = classify_days(diary, months[0], date(2026, 6, 30), date(2026, 12, 31))
    per_class = {finding.med_class: finding for finding in overuse(facts)}
    assert not any(finding.sustained for finding in per_class.values())
    level = overuse_one_or_more(facts)
    assert level is not None
    assert level.months == ("2026-03", "2026-04", "2026-05", "2026-06")
    assert (level.longest_streak, level.sustained) == (4, True)
    assert level.threshold is None


def test_overuse_one_or_more_is_not_sustained_after_3_months() -> None:
    doses = [
        *doses_on(TRIPTAN, 10, date(2026, 3, 1)),
        *doses_on(CODEINE, 10, date(2026, 4, 1)),
        *doses_on(IBUPROFEN, 15, date(2026, 5, 1)),
        *doses_on(IBUPROFEN, 12, date(2026, 6, 1)),  # one class under 15: no level
    ]
    diary = Diary(doses=tuple(doses), medications=MEDICATIONS)
    facts = classify_days(diary, date(2026, 3, 1), date(2026, 6, 30), date(2026, 12, 31))
    level = overuse_one_or_more(facts)
    assert level is not None and level.months == ("2026-03", "2026-04", "2026-05")
    assert level.sustained is False


def test_overuse_one_or_more_is_none_without_any_month_at_a_level() -> None:
    diary = Diary(doses=tuple(doses_on(TRIPTAN, 9)), medications=MEDICATIONS)
    facts = classify_days(diary, MARCH, date(2026, 3, 31), date(2026, 12, 31))
    assert overuse_one_or_more(facts) is None
