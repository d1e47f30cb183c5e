"""Demo menstrual cycles: regular natural cycles of 26-31 days, and a combined-pill
phase (21 active days, 7 pill-free) with withdrawal bleeds, then natural cycles again.

The perimenstrual window (-2..+3 around each day 1, no day 0) is returned too, so the
attack model can raise the attack chance there.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.demo.support import Ids, Span, day_stamp
from journal.i18n import _

_NATURAL_FLOWS = (
    (d.Flow.HEAVY, d.Flow.MEDIUM),
    (d.Flow.HEAVY, d.Flow.HEAVY, d.Flow.MEDIUM),
    (d.Flow.MEDIUM,),
    (d.Flow.LIGHT, d.Flow.MEDIUM),
    (d.Flow.LIGHT,),
    (d.Flow.SPOTTING,),
)
_WITHDRAWAL_FLOWS = (d.Flow.MEDIUM, d.Flow.LIGHT, d.Flow.LIGHT, d.Flow.SPOTTING)
PACK_DAYS, ACTIVE_PILLS = 28, 21


@dataclass(frozen=True)
class Cycles:
    bleeding: list[d.BleedingDay]
    pill: d.HormonalPhase | None
    day_ones: list[date]
    window: frozenset[date]
    """Days -2, -1, +1, +2, +3 around every day 1 (day 1 is +1)."""


def _bleed(
    rng: random.Random, ids: Ids, day_one: date, withdrawal: bool, span: Span
) -> list[d.BleedingDay]:
    if withdrawal:
        flows = list(_WITHDRAWAL_FLOWS[: rng.choice((3, 4))])
    else:
        flows = [rng.choice(options) for options in _NATURAL_FLOWS[: rng.choice((4, 5, 5, 6))]]
    days = []
    for offset, flow in enumerate(flows):
        day = day_one + timedelta(days=offset)
        if span.first <= day <= span.last:
            made = day_stamp(day, 8)
            days.append(d.BleedingDay(day, flow, withdrawal, ids(), made, made))
    return days


def make_cycles(rng: random.Random, ids: Ids, span: Span, *, pill: tuple[date, date]) -> Cycles:
    """Cycles over the span; the pill is started on the first day 1 on or after
    pill[0] and taken in whole packs until about pill[1]."""
    starts: list[tuple[date, bool]] = []
    day_one = span.first - timedelta(days=rng.randint(0, 27))
    pill_start: date | None = None
    pill_end: date | None = None
    while day_one <= span.end + timedelta(days=3):
        if pill_start is None and pill[0] <= day_one < pill[1]:
            pill_start = day_one
            pack = day_one
            while pack + timedelta(days=PACK_DAYS) <= pill[1]:
                starts.append((pack, pack != pill_start))
                pack += timedelta(days=PACK_DAYS)
            starts.append((pack, pack != pill_start))
            pill_end = pack + timedelta(days=ACTIVE_PILLS - 1)
            # The last withdrawal bleed, then a longer first natural cycle.
            last_bleed = pill_end + timedelta(days=rng.choice((2, 3)))
            starts.append((last_bleed, True))
            day_one = last_bleed + timedelta(days=rng.randint(30, 38))
            continue
        starts.append((day_one, False))
        day_one += timedelta(days=round(rng.triangular(26, 31, 28)))
    # Inside the pill phase a withdrawal bleed starts 2-3 days into the pill-free week.
    day_ones: list[date] = []
    bleeding: list[d.BleedingDay] = []
    for planned, withdrawal in starts:
        start = planned
        if withdrawal and pill_end is not None and planned <= pill_end:
            start = planned - timedelta(days=PACK_DAYS - ACTIVE_PILLS - rng.choice((2, 3)))
        day_ones.append(start)
        bleeding.extend(_bleed(rng, ids, start, withdrawal, span))
    window = frozenset(
        day_one + timedelta(days=offset) for day_one in day_ones for offset in range(-2, 3)
    )
    phase = None
    if pill_start is not None and pill_end is not None:
        phase = d.HormonalPhase(
            d.PhaseKind.COMBINED_PILL_CYCLIC,
            pill_start,
            min(pill_end, span.last),
            _("21 days on, 7 days off"),
            ids(),
            day_stamp(pill_start, 20),
            day_stamp(min(pill_end, span.last), 20),
        )
    return Cycles(bleeding, phase, day_ones, window)
