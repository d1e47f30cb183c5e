"""The cycle facts of one day, as the diary's day view says them: the bleeding
recorded on it (menstruation, or spotting), its cycle day, and the hormonal phases
it falls in. The rules are journal.analysis.cycles' (which bleeding is a period,
how a cycle day is counted); this only reads the records around the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.analysis.cycles import NEAREST_DAY1_LIMIT, cycle_day, is_period_flow, period_starts
from journal.analysis.hormones import phases_touching
from journal.storage import Journal

DAY1_SEARCH = timedelta(days=2 * NEAREST_DAY1_LIMIT)
"""Bleeding days read on each side of the day: a day 1 counts up to
NEAREST_DAY1_LIMIT days away, and its whole period must be read to find it."""


@dataclass(frozen=True)
class DayCycle:
    """What the cycle says about one day."""

    bleeding: d.BleedingDay | None
    """The bleeding recorded on the day, if any."""
    menstruation: bool
    """The bleeding counts as menstruation (`is_period_flow`), not spotting."""
    cycle_day: int | None
    """The day counted from the nearest day 1 (no day 0), None too far from any."""
    phases: tuple[d.HormonalPhase, ...]


def day_cycle(journal: Journal, day: date) -> DayCycle:
    """The cycle facts of `day` from the journal's bleeding days and phases."""
    bleeding = journal.bleeding_days.on(day)
    nearby = journal.bleeding_days.between(day - DAY1_SEARCH, day + DAY1_SEARCH)
    return DayCycle(
        bleeding=bleeding,
        menstruation=bleeding is not None and is_period_flow(bleeding),
        cycle_day=cycle_day(day, period_starts(nearby)),
        phases=phases_touching(journal.phases.all(), day, day),
    )
