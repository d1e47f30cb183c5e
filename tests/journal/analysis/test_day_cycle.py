"""The cycle facts of one day: spotting is not menstruation, and the cycle day is
counted from the nearest day 1 by journal.analysis.cycles' rules (issue 13)."""

from __future__ import annotations

from datetime import date, timedelta

from journal import domain as d
from journal.analysis.cycles import is_period_flow, periods
from journal.analysis.day_cycle import DAY1_SEARCH, day_cycle
from journal.storage import Journal

DAY1 = date(2026, 3, 2)


def test_spotting_and_bleeding_between_periods_are_not_menstruation() -> None:
    assert is_period_flow(d.BleedingDay(DAY1, d.Flow.LIGHT))
    assert not is_period_flow(d.BleedingDay(DAY1, d.Flow.SPOTTING))
    assert not is_period_flow(d.BleedingDay(DAY1, d.Flow.HEAVY, intermenstrual=True))
    assert periods([d.BleedingDay(DAY1, d.Flow.SPOTTING)]) == ()


def test_a_day_of_the_period_says_its_flow_and_cycle_day(journal: Journal) -> None:
    for offset, flow in enumerate((d.Flow.SPOTTING, d.Flow.HEAVY, d.Flow.MEDIUM)):
        journal.bleeding_days.save(
            d.BleedingDay(DAY1 - timedelta(days=1) + timedelta(offset), flow)
        )
    spotting = day_cycle(journal, DAY1 - timedelta(days=1))
    assert spotting.bleeding is not None and not spotting.menstruation
    assert spotting.cycle_day == -1, "spotting before the flow is the day before day 1"
    heavy = day_cycle(journal, DAY1)
    assert heavy.menstruation and heavy.cycle_day == 1
    assert day_cycle(journal, DAY1 + timedelta(days=20)).cycle_day == 21
    assert day_cycle(journal, DAY1 + timedelta(days=20)).bleeding is None


def test_a_day_far_from_any_period_has_no_cycle_day(journal: Journal) -> None:
    journal.bleeding_days.save(d.BleedingDay(DAY1))
    assert day_cycle(journal, DAY1 + DAY1_SEARCH).cycle_day is None
    assert day_cycle(journal, DAY1 + timedelta(days=44)).cycle_day == 45


def test_the_phases_of_the_day_are_named(journal: Journal) -> None:
    phase = journal.phases.save(d.HormonalPhase(d.PhaseKind.HRT_CONTINUOUS, DAY1))
    assert day_cycle(journal, DAY1 + timedelta(days=100)).phases == (phase,)
    assert day_cycle(journal, DAY1 - timedelta(days=1)).phases == ()
