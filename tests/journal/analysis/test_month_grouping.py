"""Grouping per-day facts by calendar month (journal.analysis.months.by_month)."""

from __future__ import annotations

from datetime import date, timedelta

from journal.analysis.days import DayFacts
from journal.analysis.months import by_month, tally


def facts_for(days: list[date]) -> list[DayFacts]:
    return [DayFacts(day, migraine=day.day % 2 == 0) for day in days]


def test_months_split_at_month_and_year_ends_even_with_days_missing() -> None:
    days = [date(2025, 11, 30) + timedelta(days=n) for n in range(70) if n % 9 != 4]
    grouped = by_month(facts_for(days))
    assert list(grouped) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    for key, found in grouped.items():
        assert all(f"{fact.day:%Y-%m}" == key for fact in found)
    assert [fact.day for found in grouped.values() for fact in found] == days


def test_facts_out_of_date_order_still_group_by_their_month() -> None:
    days = [date(2026, 1, 31), date(2026, 2, 1), date(2026, 1, 2), date(2026, 2, 3)]
    grouped = by_month(facts_for(days))
    assert {key: [fact.day for fact in found] for key, found in grouped.items()} == {
        "2026-01": [date(2026, 1, 31), date(2026, 1, 2)],
        "2026-02": [date(2026, 2, 1), date(2026, 2, 3)],
    }


def test_a_month_tally_counts_the_days_of_its_group() -> None:
    days = [date(2026, 3, 1) + timedelta(days=n) for n in range(45)]
    march = by_month(facts_for(days))["2026-03"]
    counted = tally(march)
    assert (counted.days, counted.migraine_days) == (31, 15)
    assert counted.acute_medication_days == {}
