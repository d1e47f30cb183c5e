"""Calendar months and per-28-day rates (clinical-rules.md, "Months")."""

from __future__ import annotations

from datetime import date

from diary_builders import FULL_MIGRAINE, IBUPROFEN, MEDICATIONS, TRIPTAN, attack, dose

from journal import domain as d
from journal.analysis.attacks import episodes
from journal.analysis.days import classify_days
from journal.analysis.diary import Diary
from journal.analysis.months import calendar_months, per_28, tally


def test_per_28_rate_scales_days_to_a_28_day_month() -> None:
    assert per_28(4, 28) == 4.0
    assert per_28(7, 56) == 3.5
    assert per_28(10, 91) == 3.08
    assert per_28(3, 0) == 0.0


def test_month_figures_split_a_midnight_attack_across_months() -> None:
    diary = Diary(
        attacks=(attack(date(2026, 1, 31), 10, hour=22, **FULL_MIGRAINE),),
        doses=(dose(TRIPTAN, date(2026, 1, 31), 23), dose(IBUPROFEN, date(2026, 2, 1), 3)),
        medications=MEDICATIONS,
    )
    facts = classify_days(diary, date(2026, 1, 15), date(2026, 2, 14), date(2026, 3, 1))
    months = calendar_months(facts, episodes(diary.attacks, date(2026, 3, 1)))
    assert [m.month for m in months] == ["2026-01", "2026-02"]
    january, february = months
    assert (january.tally.days, february.tally.days) == (17, 14)
    assert (january.tally.migraine_days, february.tally.migraine_days) == (1, 1)
    assert january.tally.acute_medication_days == {d.MedicationClass.TRIPTAN: 1}
    assert february.tally.acute_medication_days == {d.MedicationClass.SIMPLE_ANALGESIC: 1}
    assert (january.attacks, february.attacks) == (1, 0)  # counted at its onset
    assert not january.complete and not february.complete


def test_tally_counts_days_with_two_classes_in_both() -> None:
    diary = Diary(
        doses=(dose(TRIPTAN, date(2026, 3, 2)), dose(IBUPROFEN, date(2026, 3, 2))),
        medications=MEDICATIONS,
    )
    facts = classify_days(diary, date(2026, 3, 1), date(2026, 3, 28), date(2026, 4, 1))
    totals = tally(facts.values())
    assert totals.acute_medication_days == {
        d.MedicationClass.TRIPTAN: 1,
        d.MedicationClass.SIMPLE_ANALGESIC: 1,
    }
    assert totals.any_acute_medication_days == 1
    assert totals.migraine_days_per_28 == 1.0
    assert calendar_months(facts)[0].complete is False
    full = classify_days(diary, date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 1))
    assert calendar_months(full)[0].complete
