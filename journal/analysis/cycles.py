"""Menstrual cycles from recorded bleeding days (clinical-rules.md, "Menstrual cycle").

- A period is a run of bleeding days; one day without bleeding inside the run does
  not split it (PERIOD_GAP_DAYS). Withdrawal bleeds (pill break, cyclical HRT) count
  as menstruation. A run of spotting only is not a period: spotting between periods
  does not start a cycle.
- Cycle day 1 is the first day of bleeding (the first day of the run with more than
  spotting). There is no day 0: the day before day 1 is day -1.
- Cycle length runs from one day 1 to the next; lengths outside 21-45 days are
  flagged as unusual, never dropped.
- The next period is predicted as the last day 1 + the median of up to the last 6
  cycle lengths; it is a prediction, not a fact.
- Perimenopause hints follow STRAW+10 (see `perimenopause_hint`).
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from journal import domain as d

PERIOD_GAP_DAYS = 2
"""Bleeding days at most this many days apart belong to one period (one dry day)."""
USUAL_CYCLE_DAYS = (21, 45)
"""Cycle lengths inside this range (inclusive) are not flagged as unusual."""
PREDICTION_CYCLES = 6
NEAREST_DAY1_LIMIT = 45
"""`cycle_day` relates a day to a day 1 at most this many days away."""
WINDOW_BEFORE, WINDOW_AFTER = 2, 3
"""The perimenstrual window (ICHD-3 A1.1): days -2, -1, +1, +2, +3."""


@dataclass(frozen=True)
class Period:
    """One period: its day 1, its last bleeding day, and its recorded days."""

    start: date
    last: date
    days: tuple[date, ...]
    withdrawal: bool = False
    """True when any of its days was recorded as a withdrawal bleed."""


@dataclass(frozen=True)
class Cycle:
    """From one day 1 to the day before the next day 1."""

    start: date
    next_start: date

    @property
    def length(self) -> int:
        return (self.next_start - self.start).days

    @property
    def unusual(self) -> bool:
        low, high = USUAL_CYCLE_DAYS
        return not low <= self.length <= high


def is_period_flow(bleeding: d.BleedingDay) -> bool:
    """Whether a recorded bleeding day is menstruation: any flow but spotting, and
    not bleeding the person marked as between periods. Spotting alone starts no
    cycle (it still belongs to a period it lies inside)."""
    return bleeding.flow is not d.Flow.SPOTTING and not bleeding.intermenstrual


def periods(bleeding_days: Iterable[d.BleedingDay]) -> tuple[Period, ...]:
    """Group bleeding days into periods, in date order (bleeding between periods
    is no part of one)."""
    by_day = {bleeding.day: bleeding for bleeding in bleeding_days if not bleeding.intermenstrual}
    runs: list[list[d.BleedingDay]] = []
    for day in sorted(by_day):
        if runs and (day - runs[-1][-1].day).days <= PERIOD_GAP_DAYS:
            runs[-1].append(by_day[day])
        else:
            runs.append([by_day[day]])
    found = []
    for run in runs:
        flowing = [b for b in run if is_period_flow(b)]
        if not flowing:
            continue
        found.append(
            Period(
                start=flowing[0].day,
                last=run[-1].day,
                days=tuple(b.day for b in run),
                withdrawal=any(b.withdrawal for b in run),
            )
        )
    return tuple(found)


def period_starts(bleeding_days: Iterable[d.BleedingDay]) -> tuple[date, ...]:
    """Every cycle day 1, in date order."""
    return tuple(period.start for period in periods(bleeding_days))


def relative_day(day: date, day1: date) -> int:
    """`day` counted from `day1` with no day 0: day1 is 1, the day before is -1."""
    offset = (day - day1).days
    return offset + 1 if offset >= 0 else offset


def day_of_cycle(day1: date, number: int) -> date:
    """The date of cycle day `number` (never 0) relative to `day1`."""
    if number == 0:
        raise ValueError("There is no cycle day 0.")
    return day1 + timedelta(days=number - 1 if number > 0 else number)


def cycle_day(day: date, starts: Sequence[date]) -> int | None:
    """The cycle day of `day` relative to the nearest day 1 (no day 0).

    Days closer to the next day 1 count down to it (-1 is the day before); other
    days count up from the previous day 1 (ties count up). A day more than
    NEAREST_DAY1_LIMIT days from any day 1 has no cycle day (None). `starts` must be
    sorted, as `period_starts` returns them.
    """
    index = bisect.bisect_right(starts, day)
    previous = starts[index - 1] if index > 0 else None
    following = starts[index] if index < len(starts) else None
    up = relative_day(day, previous) if previous is not None else None
    down = relative_day(day, following) if following is not None else None
    if up is not None and up > NEAREST_DAY1_LIMIT:
        up = None
    if down is not None and -down > NEAREST_DAY1_LIMIT:
        down = None
    if up is not None and down is not None:
        return up if up <= -down else down
    return up if up is not None else down


def perimenstrual_window(day1: date) -> tuple[date, ...]:
    """The five days of the window around `day1`: days -2, -1, +1, +2, +3."""
    return tuple(day1 + timedelta(days=offset) for offset in range(-WINDOW_BEFORE, WINDOW_AFTER))


def cycles(starts: Sequence[date]) -> tuple[Cycle, ...]:
    """The complete cycles between consecutive day 1s."""
    return tuple(Cycle(a, b) for a, b in itertools.pairwise(starts))


def cycle_lengths(starts: Sequence[date]) -> tuple[int, ...]:
    return tuple(cycle.length for cycle in cycles(starts))


def predict_next_period(starts: Sequence[date]) -> date | None:
    """Last day 1 + the median of up to the last 6 cycle lengths (None with no cycle).

    A median of an even count is rounded half up to whole days.
    """
    lengths = cycle_lengths(starts)[-PREDICTION_CYCLES:]
    if not lengths:
        return None
    median = statistics.median(lengths)
    return starts[-1] + timedelta(days=int(median + 0.5))


class MenopauseStage(StrEnum):
    """STRAW+10 hints; worded as hints to discuss, never a diagnosis."""

    NONE = "none"
    EARLY_TRANSITION = "early-transition"
    LATE_TRANSITION = "late-transition"
    MENOPAUSE = "menopause"


VARIABLE_CYCLE_DIFFERENCE = 7
PERSISTENCE_CYCLES = 10
AMENORRHEA_LATE_DAYS = 60
AMENORRHEA_MENOPAUSE_DAYS = 365


def perimenopause_hint(found: Sequence[Period], today: date) -> MenopauseStage:
    """The STRAW+10 stage the recorded bleeding pattern hints at.

    - menopause: 12 months (365 days) or more since the last bleeding day;
    - late transition: a gap of 60 days or more between periods among the last 10
      cycles, or since the last period;
    - early transition: consecutive cycle lengths differing by 7 days or more at
      least twice within the last 10 cycles ("persistent", as STRAW+10 defines it);
    - none otherwise (also with no periods recorded).
    `found` are the periods of the whole diary (from `periods`). Hormonal treatment makes
      bleeding patterns meaningless for this; the caller decides whether to show it.
    """
    if not found:
        return MenopauseStage.NONE
    since_last = (today - found[-1].last).days
    if since_last >= AMENORRHEA_MENOPAUSE_DAYS:
        return MenopauseStage.MENOPAUSE
    lengths = cycle_lengths([period.start for period in found])[-PERSISTENCE_CYCLES:]
    if since_last >= AMENORRHEA_LATE_DAYS or any(
        length >= AMENORRHEA_LATE_DAYS for length in lengths
    ):
        return MenopauseStage.LATE_TRANSITION
    differing = sum(
        1
        for earlier, later in itertools.pairwise(lengths)
        if abs(later - earlier) >= VARIABLE_CYCLE_DIFFERENCE
    )
    if differing >= 2:
        return MenopauseStage.EARLY_TRANSITION
    return MenopauseStage.NONE
