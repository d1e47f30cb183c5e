"""Counting attacks (clinical-rules.md, "Attack counting").

Headache that returns soon after an attack may be a relapse of it. The default
counts a new attack only after a whole headache-free calendar day: recorded attacks
with no whole calendar day free of attacks between them merge into one counted
attack (an `Episode`). An attack ending Monday 23:00 and one starting Tuesday 06:00
are one attack; one ending Monday and one starting Wednesday are two (Tuesday was
free). An attack spanning midnight is one attack, counted on each day it touches.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import cast

from journal import domain as d
from journal.analysis.days import DEFAULT_RULES, DayRules, is_migraine_attack, touched_days

ONE_DAY = timedelta(days=1)
NOT_RECORDED = "not recorded"
"""The severity-mix key of attacks whose 0-3 pain was never recorded."""
_start: Callable[[d.Attack], datetime] = attrgetter("start")
_end: Callable[[d.Attack], datetime | None] = attrgetter("end")
_pain: Callable[[d.Attack], int | None] = attrgetter("pain")
_aura: Callable[[d.Attack], tuple[d.AuraSymptom, ...]] = attrgetter("aura")


@dataclass(frozen=True)
class Episode:
    """One counted attack: one or more recorded attacks with no free day between."""

    attacks: tuple[d.Attack, ...]
    first_day: date
    last_day: date

    @property
    def start(self) -> d.Attack:
        return self.attacks[0]

    @property
    def onset_day(self) -> date:
        return self.first_day

    @property
    def is_open(self) -> bool:
        return None in map(_end, self.attacks)

    @property
    def pain(self) -> int | None:
        """Peak IHS pain (0-3) over its attacks; None when none has its pain recorded."""
        recorded = [pain for pain in map(_pain, self.attacks) if pain is not None]
        return max(recorded) if recorded else None

    @property
    def aura(self) -> bool:
        return any(map(_aura, self.attacks))

    def hours(self) -> float | None:
        """From the first start to the last end; None while still open."""
        ends = list(map(_end, self.attacks))
        if None in ends:
            return None
        end = max(cast(list[datetime], ends))
        return (end - self.attacks[0].start).total_seconds() / 3600

    def touches(self, first: date, last: date) -> bool:
        return self.first_day <= last and self.last_day >= first


def episodes(attacks: Iterable[d.Attack], today: date) -> tuple[Episode, ...]:
    """Merge recorded attacks into counted attacks, in order of onset."""
    merged: list[tuple[list[d.Attack], date, date]] = []
    for attack in sorted(attacks, key=_start):
        first, last = touched_days(attack, today)
        if merged and first <= merged[-1][2] + ONE_DAY:
            recorded, onset, until = merged[-1]
            recorded.append(attack)
            merged[-1] = (recorded, onset, max(until, last))
        else:
            merged.append(([attack], first, last))
    return tuple(Episode(tuple(recorded), first, last) for recorded, first, last in merged)


def touching(found: Iterable[Episode], first: date, last: date) -> tuple[Episode, ...]:
    """The counted attacks that touch any day of the span (each counted once)."""
    return tuple(episode for episode in found if episode.touches(first, last))


@dataclass(frozen=True)
class AttackFigures:
    """The headline attack figures of a span."""

    attacks: int
    migraine_attacks: int
    median_hours: float | None
    """Median duration of the finished counted attacks, in hours (None with none)."""
    severity_mix: dict[str, int]
    """Counted attacks by peak pain: "none", "mild", "moderate", "severe", and
    "not recorded" (no pain chosen, or imported from an app with a 0-10 scale)."""
    aura_attacks: int
    open_attacks: int


def attack_figures(
    found: Iterable[Episode], today: date, rules: DayRules = DEFAULT_RULES
) -> AttackFigures:
    """Counts, median duration, severity mix and aura attacks of counted attacks."""
    chosen = tuple(found)
    durations: list[float] = []
    mix = dict.fromkeys((*d.PAIN_LABELS, NOT_RECORDED), 0)
    migraine = aura = still_open = 0
    for episode in chosen:
        hours = episode.hours()
        if hours is None:
            still_open += 1
        else:
            durations.append(hours)
        peak = episode.pain
        mix[NOT_RECORDED if peak is None else d.PAIN_LABELS[max(0, min(3, peak))]] += 1
        aura += episode.aura
        migraine += any(is_migraine_attack(a, today, rules) for a in episode.attacks)
    return AttackFigures(
        attacks=len(chosen),
        migraine_attacks=migraine,
        median_hours=round(statistics.median(durations), 1) if durations else None,
        severity_mix=mix,
        aura_attacks=aura,
        open_attacks=still_open,
    )
