"""The chronic migraine pattern (ICHD-3 1.3; clinical-rules.md, revised: more than 3
complete calendar months, C3 triptan/ergot relief for label-only days)."""

from __future__ import annotations

from datetime import date, timedelta

from diary_builders import FULL_MIGRAINE, MEDICATIONS, TRIPTAN, attack, days_from, dose

from journal import domain as d
from journal.analysis.chronic import ChronicPattern, chronic_pattern
from journal.analysis.days import classify_days
from journal.analysis.diary import Diary

MONTHS = tuple(date(2026, m, 1) for m in range(1, 7))  # January to June 2026
TODAY = date(2026, 7, 15)


def month_attacks(first: date, headache: int, migraine: int) -> list[d.Attack]:
    """`migraine` days meeting the ICHD-3 features, then plain headache days."""
    return [
        attack(day, 3, **FULL_MIGRAINE)
        if n < migraine
        else attack(day, 3, kind=d.AttackType.HEADACHE)
        for n, day in enumerate(days_from(first, headache))
    ]


def months_of(count: int, headache: int = 15, migraine: int = 8) -> list[d.Attack]:
    return [a for month in MONTHS[:count] for a in month_attacks(month, headache, migraine)]


def judge(
    attacks: list[d.Attack],
    last: date,
    *,
    doses: tuple[d.Dose, ...] = (),
    diary_from: date = MONTHS[0],
) -> ChronicPattern:
    diary = Diary(
        attacks=tuple(attacks),
        doses=doses,
        medications=MEDICATIONS,
        day_entries=(d.DayEntry(diary_from),),
    )
    facts = classify_days(diary, diary.first_recorded_day or diary_from, TODAY, TODAY)
    return chronic_pattern(facts, diary.first_recorded_day, last)


def test_chronic_pattern_needs_more_than_3_months_4_qualifying_months_match() -> None:
    result = judge(months_of(4), last=date(2026, 4, 30))
    assert result.matches is True
    assert result.months == 4
    assert result.months_meeting == ("2026-01", "2026-02", "2026-03", "2026-04")


def test_chronic_pattern_3_qualifying_months_of_a_longer_diary_do_not_match() -> None:
    """Departure 1: 3 months were enough before; ICHD-3 1.3 says more than 3."""
    attacks = [*month_attacks(MONTHS[0], 5, 2), *months_of(4)[15 * 1 :]]  # Jan low, Feb-Apr
    result = judge(attacks, last=date(2026, 4, 30))
    assert result.months == 3
    assert result.matches is False


def test_chronic_pattern_3_months_cut_short_by_the_diary_start_is_unknown() -> None:
    result = judge(months_of(3), last=date(2026, 3, 31))
    assert result.matches is None
    assert (result.months, result.months_more_needed) == (3, 1)


def test_chronic_pattern_84_day_span_never_matches_on_a_scaled_part_month() -> None:
    """Departure 1: a part month of 14+ days was scaled up; an 84-day span said true."""
    first = date(2026, 1, 8)
    attacks = [attack(day, 3, **FULL_MIGRAINE) for day in days_from(first, 84)]
    result = judge(attacks, last=first + timedelta(days=83), diary_from=first)
    assert result.matches is None  # January is a part month: Feb and Mar are 2 months
    assert result.months_meeting == ("2026-02", "2026-03")


def test_chronic_pattern_is_judged_on_complete_calendar_months_only() -> None:
    # Five qualifying months, judged in mid-June: June is not complete, May is the last.
    result = judge(months_of(6), last=date(2026, 6, 20))
    assert result.last_month == "2026-05"
    assert result.months == 5 and result.matches is True


def test_chronic_pattern_run_may_reach_before_the_span() -> None:
    """The span may be only the last month: the months before it are diary too."""
    result = judge(months_of(5), last=date(2026, 5, 31))
    assert result.matches is True and result.months == 5


def test_chronic_pattern_is_false_when_the_month_before_the_run_does_not_qualify() -> None:
    attacks = [*month_attacks(MONTHS[0], 15, 7), *months_of(4)[15:]]  # Jan has 7 migraine days
    result = judge(attacks, last=date(2026, 4, 30))
    assert result.months == 3 and result.matches is False


def test_chronic_pattern_14_headache_days_a_month_does_not_qualify() -> None:
    assert judge(months_of(5, headache=14), last=date(2026, 5, 31)).matches is False


def test_chronic_pattern_triptan_days_alone_do_not_count_towards_the_8() -> None:
    """Departure 1: every triptan day counted; 1.3 C3 asks for relief of a migraine."""
    attacks, doses = [], []
    for month in MONTHS[:4]:
        for n, day in enumerate(days_from(month, 15)):
            attacks.append(attack(day, 3, kind=d.AttackType.HEADACHE, pain=2))
            if n < 8:
                doses.append(dose(TRIPTAN, day, pain_at_dose=2, pain_2h=0))
    result = judge(attacks, last=date(2026, 4, 30), doses=tuple(doses))
    assert result.matches is False


def test_chronic_pattern_label_days_count_where_a_triptan_relieved_the_pain() -> None:
    def month(first: date, relieved: bool) -> tuple[list[d.Attack], list[d.Dose]]:
        days = days_from(first, 15)
        attacks = [attack(day, 3, pain=2) for day in days]  # typed migraine: label only
        after = 1 if relieved else 2
        doses = [dose(TRIPTAN, day, pain_at_dose=2, pain_2h=after) for day in days[:8]]
        return attacks, doses

    for relieved, expected in ((True, True), (False, False)):
        attacks, doses = [], []
        for first in MONTHS[:4]:
            found_attacks, found_doses = month(first, relieved)
            attacks += found_attacks
            doses += found_doses
        result = judge(attacks, last=date(2026, 4, 30), doses=tuple(doses))
        assert result.matches is expected


def test_chronic_pattern_without_any_diary_is_unknown() -> None:
    assert chronic_pattern({}, None, TODAY).matches is None
