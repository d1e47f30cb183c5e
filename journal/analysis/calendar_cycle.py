"""What the month calendar shows of the menstrual cycle, day by day.

The rules are those of journal.analysis.cycles (periods, day 1, the perimenstrual
window -2..+3, the next period predicted from the median cycle length); this module
only lays them out per calendar day for a span, so the calendar draws and never
decides.

- Recorded bleeding days carry their flow and withdrawal flag; day 1s are marked.
- The perimenstrual window surrounds every recorded day 1 (days -2, -1, 1, 2, 3).
- The predicted next period starts on `cycles.predict_next_period` and lasts as
  long as the median of up to the last 6 recorded periods (a display choice: the
  prediction's day 1 is the rule, its length only draws it). Predicted days never
  hide a recorded one.
- Hormonal phases touching a day are listed for the phase band.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.analysis import cycles
from journal.analysis.hormones import phases_touching


@dataclass(frozen=True)
class CycleDayMark:
    """The cycle facts of one calendar day."""

    flow: d.Flow | None = None
    """The recorded flow, None on a day without recorded bleeding."""
    withdrawal: bool = False
    day1: bool = False
    predicted: bool = False
    """A day of the predicted next period: a prediction, not a record."""
    window_day: int | None = None
    """The day's place in a perimenstrual window (-2, -1, 1, 2, 3), else None."""
    phases: tuple[d.PhaseKind, ...] = ()
    period_day: int | None = None
    """The day's place in its period (1 on day 1), on a bleeding day of a period."""

    @property
    def in_window(self) -> bool:
        return self.window_day is not None

    @property
    def bleeding(self) -> bool:
        return self.flow is not None


def predicted_period_days(found: tuple[cycles.Period, ...]) -> tuple[date, ...]:
    """The days of the predicted next period (empty without a complete cycle)."""
    day1 = cycles.predict_next_period([period.start for period in found])
    if day1 is None:
        return ()
    lengths = [(p.last - p.start).days + 1 for p in found[-cycles.PREDICTION_CYCLES :]]
    length = max(1, int(statistics.median(lengths) + 0.5))
    return tuple(day1 + timedelta(days=offset) for offset in range(length))


def calendar_cycle_marks(
    bleeding_days: Iterable[d.BleedingDay],
    phases: Iterable[d.HormonalPhase],
    first: date,
    last: date,
) -> dict[date, CycleDayMark]:
    """The cycle mark of every day first..last that has any; `bleeding_days` must be
    the whole diary's (day 1s and the prediction depend on days outside the span)."""
    recorded = {bleeding.day: bleeding for bleeding in bleeding_days}
    found = cycles.periods(recorded.values())
    starts = {period.start for period in found}
    period_days = {day: (day - period.start).days + 1 for period in found for day in period.days}
    window: dict[date, int] = {}
    for day1 in sorted(starts):
        for day in cycles.perimenstrual_window(day1):
            window.setdefault(day, cycles.relative_day(day, day1))
    predicted = {day for day in predicted_period_days(found) if day not in recorded}
    touching = phases_touching(phases, first, last)
    marks: dict[date, CycleDayMark] = {}
    day = first
    while day <= last:
        bleeding = recorded.get(day)
        kinds = tuple(
            phase.kind
            for phase in touching
            if phase.start <= day and (phase.end is None or day <= phase.end)
        )
        mark = CycleDayMark(
            flow=bleeding.flow if bleeding else None,
            withdrawal=bool(bleeding and bleeding.withdrawal),
            day1=day in starts,
            predicted=day in predicted,
            window_day=window.get(day),
            phases=kinds,
            period_day=period_days.get(day) if bleeding else None,
        )
        if mark != CycleDayMark():
            marks[day] = mark
        day += timedelta(days=1)
    return marks
