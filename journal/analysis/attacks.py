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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.analysis.days import DEFAULT_RULES, DayRules, is_migraine_attack, touched_days


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
        return any(attack.is_open for attack in self.attacks)

    @property
    def pain(self) -> int:
        """Peak IHS pain (0-3) over its recorded attacks."""
        return max(attack.pain for attack in self.attacks)

    @property
    def aura(self) -> bool:
        return any(attack.aura for attack in self.attacks)

    def hours(self) -> float | None:
        """From the first start to the last end; None while still open."""
        if self.is_open:
            return None
        end = max(attack.end for attack in self.attacks if attack.end is not None)
        return (end - self.attacks[0].start).total_seconds() / 3600

    def touches(self, first: date, last: date) -> bool:
        return self.first_day <= last and self.last_day >= first


def episodes(attacks: Iterable[d.Attack], today: date) -> tuple[Episode, ...]:
    """Merge recorded attacks into counted attacks, in order of onset."""
    found: list[Episode] = []
    for attack in sorted(attacks, key=lambda a: a.start):
        first, last = touched_days(attack, today)
        if found and first <= found[-1].last_day + timedelta(days=1):
            previous = found[-1]
            found[-1] = Episode(
                (*previous.attacks, attack), previous.first_day, max(previous.last_day, last)
            )
        else:
            found.append(Episode((attack,), first, last))
    return tuple(found)


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
    """Counted attacks by peak pain: "none", "mild", "moderate", "severe"."""
    aura_attacks: int
    open_attacks: int


def attack_figures(
    found: Iterable[Episode], today: date, rules: DayRules = DEFAULT_RULES
) -> AttackFigures:
    """Counts, median duration, severity mix and aura attacks of counted attacks."""
    chosen = tuple(found)
    durations = [hours for episode in chosen if (hours := episode.hours()) is not None]
    mix = dict.fromkeys(d.PAIN_LABELS, 0)
    for episode in chosen:
        mix[d.PAIN_LABELS[max(0, min(3, episode.pain))]] += 1
    return AttackFigures(
        attacks=len(chosen),
        migraine_attacks=sum(
            1
            for episode in chosen
            if any(is_migraine_attack(a, today, rules) for a in episode.attacks)
        ),
        median_hours=round(statistics.median(durations), 1) if durations else None,
        severity_mix=mix,
        aura_attacks=sum(1 for episode in chosen if episode.aura),
        open_attacks=sum(1 for episode in chosen if episode.is_open),
    )
