"""Attacks against the menstrual cycle (ICHD-3 appendix A1.1; clinical-rules.md).

- Only migraine attacks count (A1.1 names menstrual *migraine*): a counted attack
  (an `Episode`) is a migraine attack when one of its recorded attacks makes a
  migraine day by the day rules (`journal.analysis.days`, `DayRules`): criterion
  (a) pain features with symptoms, (b) aura of 5-60 min, or, without recorded pain
  features, its type ("migraine" or "aura only"); or when a migraine-specific acute
  drug (criterion (c): triptan, ergot, gepant, ditan) was taken for it: a dose linked
  to one of its attacks, or a dose linked to no attack taken on one of its days.
  "Headache" or "not sure" attacks without migraine features and without such a
  drug are left out of every count here (window, other times, unplaced, chart).
- An attack is placed by its onset day (the first day of a counted attack).
- The perimenstrual window of a cycle is its days -2, -1, +1, +2, +3.
- The cycles judged are those whose day 1 falls in the span; at least 3 are needed
  (else the pattern is INSUFFICIENT with the reason "cycles"). With no migraine
  attack in the span it is INSUFFICIENT too, with the reason "no migraine attacks",
  never "not menstrual".
- Pure menstrual pattern: attacks in the window in at least 2 of 3 consecutive
  cycles, and no attack at other times of the cycle. Menstrually related: the same,
  with attacks at other times too. Otherwise: not menstrual.
- "Other times" are the attack onsets in the span outside every window, from 2 days
  before the first recorded day 1 on, however long the cycle they fall in (an
  attack in the middle of a 100-day cycle excludes the pure pattern). Onsets before
  that have no cycle to be placed in (`unplaced_attacks`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.analysis.attacks import Episode
from journal.analysis.cycles import cycle_day, perimenstrual_window
from journal.analysis.days import DEFAULT_RULES, DayRules, acute_class, is_migraine_attack

CYCLES_NEEDED = 3
WINDOW_CYCLES_NEEDED = 2
PURE = "pure-menstrual"
RELATED = "menstrually-related"
NOT_MENSTRUAL = "not-menstrual"
INSUFFICIENT = "insufficient-data"
REASON_CYCLES = "cycles"
REASON_NO_ATTACKS = "no migraine attacks"


@dataclass(frozen=True)
class CycleWindow:
    """One cycle's day 1 and the migraine attacks starting in its -2..+3 window."""

    day1: date
    window_attacks: int


@dataclass(frozen=True)
class MenstrualAnalysis:
    cycles: int
    """Cycles (day 1s) in the span."""
    windows: tuple[CycleWindow, ...]
    window_attacks: int
    """Migraine attacks starting in the windows of the span's cycles."""
    other_attacks: int
    """Migraine attacks starting in the span outside every window (from 2 days before
    the first recorded day 1 on)."""
    unplaced_attacks: int
    """Migraine attacks in the span before any recorded cycle."""
    by_cycle_day: dict[int, int]
    """Migraine attack onsets in the span per cycle day (no day 0), for the chart."""
    pattern: str
    """PURE, RELATED, NOT_MENSTRUAL or INSUFFICIENT."""
    cycles_needed: int
    """How many more cycles must be recorded before a pattern can be named."""
    reason: str | None = None
    """Why the data are insufficient: REASON_CYCLES, REASON_NO_ATTACKS, or None."""


def _two_of_three(windows: Sequence[CycleWindow]) -> bool:
    hits = [window.window_attacks > 0 for window in windows]
    return any(
        sum(hits[i : i + CYCLES_NEEDED]) >= WINDOW_CYCLES_NEEDED
        for i in range(len(hits) - CYCLES_NEEDED + 1)
    )


def migraine_episodes(
    episodes: Iterable[Episode],
    today: date,
    *,
    doses: Iterable[d.Dose] = (),
    medications: Iterable[d.Medication] = (),
    rules: DayRules = DEFAULT_RULES,
) -> tuple[Episode, ...]:
    """The counted attacks that are migraine attacks (see the module docstring)."""
    specific = {
        medication.id
        for medication in medications
        if acute_class(medication) in rules.migraine_specific
    }
    treated_attacks: set[str] = set()
    treated_days: set[date] = set()
    for dose in doses:
        if dose.medication_id not in specific:
            continue
        if dose.attack_id is None:
            treated_days.add(dose.taken.date())
        else:
            treated_attacks.add(dose.attack_id)

    def is_migraine(episode: Episode) -> bool:
        if episode.labelled_migraine:
            return True
        for attack in episode.attacks:
            if attack.id in treated_attacks:
                return True
        if treated_days:
            first, last = episode.first_day.toordinal(), episode.last_day.toordinal()
            if not treated_days.isdisjoint(map(date.fromordinal, range(first, last + 1))):
                return True
        return any(is_migraine_attack(attack, today, rules) for attack in episode.attacks)

    return tuple(episode for episode in episodes if is_migraine(episode))


def menstrual_analysis(
    episodes: Iterable[Episode],
    starts: Sequence[date],
    first: date,
    last: date,
    *,
    today: date,
    doses: Iterable[d.Dose] = (),
    medications: Iterable[d.Medication] = (),
    rules: DayRules = DEFAULT_RULES,
) -> MenstrualAnalysis:
    """Place migraine attacks on the cycle and name the ICHD-3 pattern they match.

    `episodes` are counted attacks of any type: those that are not migraine attacks
    (by `rules`, `doses` and `medications`, see `migraine_episodes`) are left out.
    `starts` are every recorded day 1 (sorted, from the whole diary), so that
    attacks just before the span's first period still find their cycle.
    """
    chosen = migraine_episodes(episodes, today, doses=doses, medications=medications, rules=rules)
    onsets = Counter(episode.onset_day for episode in chosen)
    window_days: set[date] = set()
    windows = []
    for day1 in starts:
        days = perimenstrual_window(day1)
        window_days.update(days)
        if first <= day1 <= last:
            windows.append(CycleWindow(day1, sum(onsets.get(day, 0) for day in days)))
    by_cycle_day: Counter[int] = Counter()
    other = unplaced = attacks = 0
    placed_from = starts[0] - timedelta(days=2) if starts else None
    for day, count in onsets.items():
        if not first <= day <= last:
            continue
        attacks += count
        number = cycle_day(day, starts)
        if number is not None:
            by_cycle_day[number] += count
        if placed_from is None or day < placed_from:
            unplaced += count
        elif day not in window_days:
            other += count
    in_windows = sum(window.window_attacks for window in windows)
    reason: str | None = None
    if len(windows) < CYCLES_NEEDED:
        pattern, reason = INSUFFICIENT, REASON_CYCLES
    elif not attacks:
        pattern, reason = INSUFFICIENT, REASON_NO_ATTACKS
    elif _two_of_three(windows):
        pattern = RELATED if other else PURE
    else:
        pattern = NOT_MENSTRUAL
    return MenstrualAnalysis(
        cycles=len(windows),
        windows=tuple(windows),
        window_attacks=in_windows,
        other_attacks=other,
        unplaced_attacks=unplaced,
        by_cycle_day=dict(sorted(by_cycle_day.items())),
        pattern=pattern,
        cycles_needed=max(0, CYCLES_NEEDED - len(windows)),
        reason=reason,
    )
