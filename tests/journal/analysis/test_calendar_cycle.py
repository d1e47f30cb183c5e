"""Per-day cycle marks for the month calendar (clinical-rules.md, "Menstrual cycle")."""

from __future__ import annotations

from datetime import date, timedelta

from diary_builders import bleeding, period_run

from journal import domain as d
from journal.analysis.calendar_cycle import calendar_cycle_marks, predicted_period_days
from journal.analysis.cycles import periods

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def test_recorded_bleeding_days_carry_their_flow_and_day_1_is_marked() -> None:
    days = (
        d.BleedingDay(date(2026, 3, 10), d.Flow.HEAVY),
        d.BleedingDay(date(2026, 3, 11), d.Flow.LIGHT, withdrawal=True),
    )
    marks = calendar_cycle_marks(days, (), *MARCH)
    assert marks[date(2026, 3, 10)].flow is d.Flow.HEAVY
    assert marks[date(2026, 3, 10)].day1
    assert not marks[date(2026, 3, 11)].day1
    assert marks[date(2026, 3, 11)].withdrawal


def test_perimenstrual_window_covers_days_minus_2_to_plus_3_with_no_day_0() -> None:
    marks = calendar_cycle_marks(period_run(date(2026, 3, 10), 5), (), *MARCH)
    window = {day: mark.window_day for day, mark in marks.items() if mark.in_window}
    assert window == {
        date(2026, 3, 8): -2,
        date(2026, 3, 9): -1,
        date(2026, 3, 10): 1,
        date(2026, 3, 11): 2,
        date(2026, 3, 12): 3,
    }


def test_spotting_alone_shows_as_bleeding_but_opens_no_window() -> None:
    marks = calendar_cycle_marks(bleeding([date(2026, 3, 20)], d.Flow.SPOTTING), (), *MARCH)
    assert marks[date(2026, 3, 20)].flow is d.Flow.SPOTTING
    assert not any(mark.in_window or mark.day1 for mark in marks.values())


def test_no_prediction_before_one_complete_cycle() -> None:
    marks = calendar_cycle_marks(period_run(date(2026, 3, 2), 4), (), *MARCH)
    assert not any(mark.predicted for mark in marks.values())


def test_next_period_is_predicted_from_the_median_cycle_and_lasts_the_median_period() -> None:
    history = (
        period_run(date(2026, 1, 5), 4)
        + period_run(date(2026, 2, 2), 4)
        + period_run(date(2026, 3, 2), 4)
    )
    marks = calendar_cycle_marks(history, (), *MARCH)
    predicted = sorted(day for day, mark in marks.items() if mark.predicted)
    assert predicted == [date(2026, 3, 30), date(2026, 3, 31)]
    assert predicted_period_days(periods(history))[-1] == date(2026, 4, 2)


def test_a_recorded_day_is_never_shown_as_predicted() -> None:
    history = period_run(date(2026, 1, 5), 3) + period_run(date(2026, 2, 2), 3)
    history += (d.BleedingDay(date(2026, 3, 2)),)
    marks = calendar_cycle_marks(history, (), *MARCH)
    assert not marks[date(2026, 3, 2)].predicted
    assert marks[date(2026, 3, 30)].predicted


def test_hormonal_phases_mark_each_day_of_their_range_and_ongoing_phases_run_on() -> None:
    pill = d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CYCLIC, date(2026, 2, 1), date(2026, 3, 5))
    iud = d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2026, 3, 20))
    marks = calendar_cycle_marks((), (pill, iud), *MARCH)
    assert marks[date(2026, 3, 5)].phases == (d.PhaseKind.COMBINED_PILL_CYCLIC,)
    assert date(2026, 3, 6) not in marks
    assert marks[date(2026, 3, 31)].phases == (d.PhaseKind.HORMONAL_IUD,)


def test_days_outside_the_span_get_no_mark() -> None:
    marks = calendar_cycle_marks(period_run(date(2026, 2, 27), 5), (), *MARCH)
    assert min(marks) == MARCH[0]
    assert date(2026, 2, 27) - timedelta(days=1) not in marks
