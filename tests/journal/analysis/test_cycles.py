"""Cycles from bleeding days: clinical-rules.md, "Menstrual cycle and hormonal phases"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from diary_builders import bleeding, days_from, period_run

from journal import domain as d
from journal.analysis import cycles as c


def test_consecutive_bleeding_days_make_one_period_starting_on_day_1() -> None:
    found = c.periods(period_run(date(2026, 3, 4), 5))
    assert [(p.start, p.last) for p in found] == [(date(2026, 3, 4), date(2026, 3, 8))]


def test_one_dry_day_inside_a_period_does_not_split_it() -> None:
    days = [date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 7)]
    assert c.period_starts(bleeding(days)) == (date(2026, 3, 4),)


def test_two_dry_days_start_a_new_period() -> None:
    days = [date(2026, 3, 4), date(2026, 3, 7)]
    assert c.period_starts(bleeding(days)) == (date(2026, 3, 4), date(2026, 3, 7))


def test_spotting_before_the_flow_is_not_day_1() -> None:
    days = (
        *bleeding([date(2026, 3, 2), date(2026, 3, 3)], d.Flow.SPOTTING),
        *period_run(date(2026, 3, 4), 4),
    )
    assert c.period_starts(days) == (date(2026, 3, 4),)


def test_spotting_alone_between_periods_is_not_a_period() -> None:
    days = (*period_run(date(2026, 3, 1)), *bleeding([date(2026, 3, 15)], d.Flow.SPOTTING))
    assert c.period_starts(days) == (date(2026, 3, 1),)


def test_withdrawal_bleed_counts_as_menstruation() -> None:
    days = tuple(
        d.BleedingDay(day, d.Flow.LIGHT, withdrawal=True) for day in days_from(date(2026, 1, 8), 3)
    )
    found = c.periods(days)
    assert [p.start for p in found] == [date(2026, 1, 8)]
    assert found[0].withdrawal


def test_no_cycle_day_0_the_day_before_day_1_is_minus_1() -> None:
    day1 = date(2026, 3, 10)
    assert c.relative_day(date(2026, 3, 10), day1) == 1
    assert c.relative_day(date(2026, 3, 9), day1) == -1
    assert c.relative_day(date(2026, 3, 8), day1) == -2
    assert c.relative_day(date(2026, 3, 12), day1) == 3
    assert c.day_of_cycle(day1, -1) == date(2026, 3, 9)
    assert c.day_of_cycle(day1, 1) == day1
    with pytest.raises(ValueError):
        c.day_of_cycle(day1, 0)


def test_cycle_day_counts_to_the_nearest_day_1() -> None:
    starts = (date(2026, 3, 1), date(2026, 3, 29))  # a 28-day cycle
    assert c.cycle_day(date(2026, 3, 1), starts) == 1
    assert c.cycle_day(date(2026, 3, 14), starts) == 14  # closer to the earlier day 1
    assert c.cycle_day(date(2026, 3, 15), starts) == -14  # closer to the next one
    assert c.cycle_day(date(2026, 3, 28), starts) == -1
    assert c.cycle_day(date(2026, 2, 27), starts) == -2  # before the first day 1
    assert c.cycle_day(date(2026, 4, 3), starts) == 6  # after the last day 1


def test_cycle_day_is_unknown_far_from_any_day_1() -> None:
    starts = (date(2026, 3, 1),)
    assert c.cycle_day(date(2026, 4, 14), starts) == 45
    assert c.cycle_day(date(2026, 4, 15), starts) is None
    assert c.cycle_day(date(2025, 12, 1), starts) is None
    assert c.cycle_day(date(2026, 3, 1), ()) is None


def test_perimenstrual_window_is_days_minus_2_to_plus_3_without_day_0() -> None:
    window = c.perimenstrual_window(date(2026, 3, 10))
    assert window == tuple(days_from(date(2026, 3, 8), 5))
    assert [c.relative_day(day, date(2026, 3, 10)) for day in window] == [-2, -1, 1, 2, 3]


def test_cycle_length_runs_from_day_1_to_next_day_1() -> None:
    starts = (date(2026, 1, 1), date(2026, 1, 29), date(2026, 3, 5))
    assert c.cycle_lengths(starts) == (28, 35)


def test_cycles_outside_21_to_45_days_are_flagged_unusual_not_dropped() -> None:
    starts = (date(2026, 1, 1), date(2026, 1, 21), date(2026, 2, 11), date(2026, 3, 28))
    found = c.cycles(starts)
    assert [(cycle.length, cycle.unusual) for cycle in found] == [
        (20, True),
        (21, False),
        (45, False),
    ]
    longer = c.cycles((date(2026, 1, 1), date(2026, 2, 16)))
    assert longer[0].length == 46 and longer[0].unusual


def test_next_period_is_last_day_1_plus_median_of_last_6_cycles() -> None:
    lengths = [60, 60, 26, 27, 28, 29, 30, 31]  # the two 60s are older than the last 6
    starts = [date(2026, 1, 1)]
    for length in lengths:
        starts.append(starts[-1] + timedelta(days=length))
    assert c.predict_next_period(starts) == starts[-1] + timedelta(days=29)  # 28.5 -> 29


def test_next_period_median_of_even_count_rounds_half_up() -> None:
    starts = (date(2026, 1, 1), date(2026, 1, 28), date(2026, 2, 25))  # 27 and 28
    assert c.predict_next_period(starts) == date(2026, 3, 25)  # + 28 (27.5 rounded up)


def test_no_prediction_without_a_complete_cycle() -> None:
    assert c.predict_next_period((date(2026, 1, 1),)) is None
    assert c.predict_next_period(()) is None


def _starts_with_lengths(lengths: list[int]) -> tuple[d.BleedingDay, ...]:
    day = date(2024, 1, 1)
    days: list[d.BleedingDay] = [*period_run(day, 3)]
    for length in lengths:
        day = date.fromordinal(day.toordinal() + length)
        days.extend(period_run(day, 3))
    return tuple(days)


def test_perimenopause_early_transition_when_lengths_differ_by_7_persistently() -> None:
    bleeds = _starts_with_lengths([28, 36, 27, 28, 29])
    assert (
        c.perimenopause_hint(c.periods(bleeds), date(2024, 6, 20))
        == c.MenopauseStage.EARLY_TRANSITION
    )


def test_one_variable_cycle_is_not_persistent() -> None:
    bleeds = _starts_with_lengths([28, 28, 35, 35, 35])
    assert c.perimenopause_hint(c.periods(bleeds), date(2024, 6, 20)) == c.MenopauseStage.NONE


def test_perimenopause_late_transition_after_60_days_without_a_period() -> None:
    bleeds = _starts_with_lengths([28, 28, 61, 28])
    last = max(b.day for b in bleeds)
    assert c.perimenopause_hint(c.periods(bleeds), last) == c.MenopauseStage.LATE_TRANSITION
    regular = _starts_with_lengths([28, 28, 28])
    regular_last = max(b.day for b in regular)
    assert c.perimenopause_hint(c.periods(regular), regular_last) == c.MenopauseStage.NONE
    sixty_days_later = date.fromordinal(regular_last.toordinal() + 60)
    assert (
        c.perimenopause_hint(c.periods(regular), sixty_days_later)
        == c.MenopauseStage.LATE_TRANSITION
    )


def test_menopause_hint_after_12_months_without_a_period() -> None:
    bleeds = _starts_with_lengths([28])
    last = max(b.day for b in bleeds)
    assert c.perimenopause_hint(c.periods(bleeds), date.fromordinal(last.toordinal() + 364)) == (
        c.MenopauseStage.LATE_TRANSITION
    )
    assert c.perimenopause_hint(c.periods(bleeds), date.fromordinal(last.toordinal() + 365)) == (
        c.MenopauseStage.MENOPAUSE
    )
