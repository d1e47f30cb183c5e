"""Hormonal phases in the span, estrogen-withdrawal markers and the aura safety note
(clinical-rules.md, "Menstrual cycle and hormonal phases").

- Estrogen-withdrawal headache (ICHD-3 8.3.3): after 3 weeks or more of daily
  estrogen, headache starting within 5 days of stopping. The journal marks the end of
  each estrogen phase of 21 days or more, with the 5 days after it.
- Migraine with aura is widely considered a contraindication for combined hormonal
  contraception: when the span holds an aura and a combined contraceptive phase, the
  report mentions both together. A note to show, never advice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d

ESTROGEN_WEEKS_DAYS = 21
WITHDRAWAL_DAYS = 5


@dataclass(frozen=True)
class WithdrawalMarker:
    """The end of an estrogen phase and the days a withdrawal headache may start."""

    phase: d.HormonalPhase
    stopped: date
    """The first day without estrogen (the day after the phase's end)."""
    until: date
    attack_onsets: int
    """Attacks starting from `stopped` to `until`."""


def phases_touching(
    phases: Iterable[d.HormonalPhase], first: date, last: date
) -> tuple[d.HormonalPhase, ...]:
    return tuple(
        phase
        for phase in sorted(phases, key=lambda p: p.start)
        if phase.start <= last and (phase.end is None or phase.end >= first)
    )


def withdrawal_markers(
    phases: Iterable[d.HormonalPhase], onsets: Iterable[date], first: date, last: date
) -> tuple[WithdrawalMarker, ...]:
    """A marker after each estrogen phase of 3 weeks or more that ended in the span."""
    onset_days = set(onsets)
    markers = []
    for phase in phases:
        if phase.kind not in d.ESTROGEN_PHASES or phase.end is None:
            continue
        if (phase.end - phase.start).days + 1 < ESTROGEN_WEEKS_DAYS:
            continue
        if not first <= phase.end <= last:
            continue
        stopped = phase.end + timedelta(days=1)
        until = phase.end + timedelta(days=WITHDRAWAL_DAYS)
        count = sum(1 for n in range(WITHDRAWAL_DAYS) if stopped + timedelta(n) in onset_days)
        markers.append(WithdrawalMarker(phase, stopped, until, count))
    return tuple(sorted(markers, key=lambda m: m.stopped))


def aura_with_combined_contraceptive(
    phases: Iterable[d.HormonalPhase], aura_days: Iterable[date], first: date, last: date
) -> bool:
    """Whether the span holds both an aura and a combined contraceptive phase."""
    combined = [
        p for p in phases_touching(phases, first, last) if p.kind in d.COMBINED_CONTRACEPTIVES
    ]
    return bool(combined) and any(first <= day <= last for day in aura_days)
