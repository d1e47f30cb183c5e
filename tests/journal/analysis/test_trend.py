"""The trend of a span: migraine days in its first half against its second half."""

from __future__ import annotations

from datetime import date

from diary_builders import days_from

from journal.analysis.days import DayFacts
from journal.analysis.trend import trend


def facts(days: int, migraine_first: int, migraine_second: int) -> dict[date, DayFacts]:
    all_days = days_from(date(2026, 1, 1), days)
    half = days // 2
    migraine = set(all_days[:migraine_first]) | set(all_days[half : half + migraine_second])
    return {day: DayFacts(day, migraine=day in migraine) for day in all_days}


def test_twenty_percent_fewer_migraine_days_is_a_falling_trend() -> None:
    found = trend(facts(56, 10, 7))
    assert found is not None
    assert (found.first_half_per_28, found.second_half_per_28) == (10.0, 7.0)
    assert found.direction == "fewer"


def test_small_changes_are_steady_and_rises_are_more() -> None:
    steady = trend(facts(56, 10, 9))
    assert steady is not None and steady.direction == "steady"
    rising = trend(facts(56, 5, 7))
    assert rising is not None and rising.direction == "more"


def test_spans_under_56_days_have_no_trend() -> None:
    assert trend(facts(55, 10, 1)) is None
