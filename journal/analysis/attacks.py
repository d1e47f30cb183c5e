"""Counting attacks (clinical-rules.md, "Attack counting").

Headache that returns soon after an attack may be a relapse of it. The default
counts a new attack only after a whole headache-free calendar day: recorded attacks
with no whole calendar day free of attacks between them merge into one counted
attack (an `Episode`). An attack ending Monday 23:00 and one starting Tuesday 06:00
are one attack; one ending Monday and one starting Wednesday are two (Tuesday was
free). An attack spanning midnight is one attack, counted on each day it touches.
A day record (headache or migraine on a day, no times) counts the same way: one
attack on its day, merged with attacks or day records on the days next to it; its
duration is unknown, so an episode of day records alone has no duration.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import cast

from journal import domain as d
from journal.analysis.attack_days import touched_days
from journal.analysis.days import DEFAULT_RULES, DayRules, is_migraine_attack

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
    day_records: tuple[d.DayRecord, ...] = ()
    """Day records (no times) merged into this counted attack."""

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
        recorded += [r.pain for r in self.day_records if r.pain is not None]
        return max(recorded) if recorded else None

    @property
    def aura(self) -> bool:
        return any(map(_aura, self.attacks)) or any(r.aura for r in self.day_records)

    @property
    def labelled_migraine(self) -> bool:
        """Whether a day record in it says migraine (the patient's label)."""
        return any(r.kind == d.DayRecordKind.MIGRAINE for r in self.day_records)

    def hours(self) -> float | None:
        """From the first start to the last end; None while still open, or when
        only day records (hours unknown) make it up."""
        ends = list(map(_end, self.attacks))
        if not ends or None in ends:
            return None
        end = max(cast(list[datetime], ends))
        return (end - self.attacks[0].start).total_seconds() / 3600

    def touches(self, first: date, last: date) -> bool:
        return self.first_day <= last and self.last_day >= first


def episodes(
    attacks: Iterable[d.Attack], today: date, day_records: Iterable[d.DayRecord] = ()
) -> tuple[Episode, ...]:
    """Merge recorded attacks and day records into counted attacks, in order of onset."""
    spans: list[tuple[date, date, d.Attack | d.DayRecord]] = [
        (*touched_days(attack, today), attack) for attack in sorted(attacks, key=_start)
    ]
    if day_records:
        records: list[tuple[date, date, d.Attack | d.DayRecord]] = [
            (record.day, record.day, record) for record in day_records
        ]
        spans = sorted(spans + records, key=_first_day)  # stable: attacks keep their order
    merged: list[tuple[list[d.Attack | d.DayRecord], date, date]] = []
    for first, last, item in spans:
        if merged and first <= merged[-1][2] + ONE_DAY:
            recorded, onset, until = merged[-1]
            recorded.append(item)
            merged[-1] = (recorded, onset, max(until, last))
        else:
            merged.append(([item], first, last))
    return tuple(_episode(recorded, first, last) for recorded, first, last in merged)


def _first_day(span: tuple[date, date, object]) -> date:
    return span[0]


def _episode(items: list[d.Attack | d.DayRecord], first: date, last: date) -> Episode:
    found = tuple(item for item in items if isinstance(item, d.Attack))
    if len(found) == len(items):
        return Episode(found, first, last)
    records = tuple(item for item in items if isinstance(item, d.DayRecord))
    return Episode(found, first, last, records)


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
    aura_without_headache: int = 0
    """Of the "none" (peak pain 0) attacks, those with aura: a typical aura without
    headache (ICHD-3 1.2.1.2), which clinical-rules.md counts as a migraine and a
    headache day (the Leiden definition)."""


def attack_figures(
    found: Iterable[Episode], today: date, rules: DayRules = DEFAULT_RULES
) -> AttackFigures:
    """Counts, median duration, severity mix and aura attacks of counted attacks."""
    chosen = tuple(found)
    durations: list[float] = []
    mix = dict.fromkeys((*d.PAIN_LABELS, NOT_RECORDED), 0)
    migraine = aura = still_open = aura_only = 0
    for episode in chosen:
        hours = episode.hours()
        if episode.is_open:
            still_open += 1
        elif hours is not None:
            durations.append(hours)
        peak = episode.pain
        mix[NOT_RECORDED if peak is None else d.PAIN_LABELS[max(0, min(3, peak))]] += 1
        aura += episode.aura
        aura_only += peak == 0 and episode.aura
        migraine += episode.labelled_migraine or any(
            is_migraine_attack(a, today, rules) for a in episode.attacks
        )
    return AttackFigures(
        attacks=len(chosen),
        migraine_attacks=migraine,
        median_hours=round(statistics.median(durations), 1) if durations else None,
        severity_mix=mix,
        aura_attacks=aura,
        open_attacks=still_open,
        aura_without_headache=aura_only,
    )
