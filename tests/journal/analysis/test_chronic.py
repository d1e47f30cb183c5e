"""The chronic migraine pattern (ICHD-3 1.3; clinical-rules.md)."""

from __future__ import annotations

from datetime import date

from diary_builders import FULL_MIGRAINE, attack, days_from

from journal import domain as d
from journal.analysis.chronic import ChronicPattern, chronic_pattern
from journal.analysis.days import classify_days
from journal.analysis.diary import Diary

FIRST, LAST = date(2026, 1, 1), date(2026, 3, 31)
TODAY = date(2026, 4, 1)


def month_attacks(first: date, headache: int, migraine: int) -> list[d.Attack]:
    """`migraine` migraine days, then plain headache days, from the month's first day."""
    days = days_from(first, headache)
    return [
        attack(day, 3, **FULL_MIGRAINE)
        if n < migraine
        else attack(day, 3, kind=d.AttackType.HEADACHE)
        for n, day in enumerate(days)
    ]


def judge(attacks: list[d.Attack], first: date = FIRST, last: date = LAST) -> ChronicPattern:
    diary = Diary(attacks=tuple(attacks), day_entries=(d.DayEntry(first),))
    facts = classify_days(diary, first, last, TODAY)
    return chronic_pattern(facts, diary.first_recorded_day, TODAY)


def three_months(headache: int, migraine: int) -> list[d.Attack]:
    return [
        a
        for month in (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))
        for a in month_attacks(month, headache, migraine)
    ]


def test_15_headache_days_with_8_migraine_days_for_3_months_matches() -> None:
    result = judge(three_months(15, 8))
    assert result.matches is True
    assert result.months_meeting == ("2026-01", "2026-02", "2026-03")


def test_14_headache_days_a_month_does_not_match() -> None:
    assert judge(three_months(14, 8)).matches is False


def test_7_migraine_days_a_month_does_not_match() -> None:
    assert judge(three_months(15, 7)).matches is False


def test_one_month_below_breaks_the_3_month_run() -> None:
    attacks = [
        *month_attacks(date(2026, 1, 1), 15, 8),
        *month_attacks(date(2026, 2, 1), 10, 8),
        *month_attacks(date(2026, 3, 1), 15, 8),
    ]
    result = judge(attacks)
    assert result.matches is False
    assert result.longest_streak == 1


def test_under_3_months_of_data_gives_no_answer() -> None:
    short = judge(three_months(20, 10), first=date(2026, 1, 1), last=date(2026, 3, 24))
    assert short.matches is None  # 83 days
    assert judge(three_months(20, 10), last=date(2026, 3, 25)).matches is True  # 84 days


def test_days_before_the_first_diary_record_are_not_data() -> None:
    diary = Diary(attacks=tuple(three_months(20, 10)))
    facts = classify_days(diary, date(2025, 10, 1), LAST, TODAY)
    result = chronic_pattern(facts, diary.first_recorded_day, TODAY)
    assert result.data_days == 90
    assert result.matches is True
    later = chronic_pattern(facts, date(2026, 1, 15), TODAY)
    assert later.matches is None


def test_partly_covered_month_is_judged_on_its_share() -> None:
    # 12 headache days (7 migraine) in the first 24 days of a 30-day month scale to
    # 15 (8.75) a month; 11 scale to 13.75.
    today = date(2026, 4, 24)
    feb_march = [
        *month_attacks(date(2026, 2, 1), 15, 8),
        *month_attacks(date(2026, 3, 1), 15, 8),
    ]
    for april_days, expected in ((12, True), (11, False)):
        diary = Diary(attacks=(*feb_march, *month_attacks(date(2026, 4, 1), april_days, 7)))
        facts = classify_days(diary, date(2026, 1, 29), today, today)
        result = chronic_pattern(facts, date(2026, 1, 1), today)
        assert result.matches is expected
        assert ("2026-04" in result.months_meeting) is expected
        assert "2026-01" not in result.months_meeting  # 3 days say nothing of January
