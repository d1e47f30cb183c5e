"""Demo daily life: the default factors, what each day brought, and the check-ins
(about 85% of days) that record it.

Exposures are drawn for every day, recorded or not, because they drive the attack
model: poor sleep (under 6 h), high stress and alcohol on one day raise the next
day's attack chance; a weather change raises the same day's.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date

from journal import domain as d
from journal.demo.support import Ids, Span, day_stamp
from journal.i18n import N_, _
from journal.operations.days import DEFAULT_FACTORS

CHECK_IN_RATE = 0.85
NOTHING_OF_NOTE_RATE = 0.04
POOR_SLEEP_HOURS = 6.0
_NOTES = (
    N_("Long day at work."),
    N_("Deadline tomorrow."),
    N_("Family visit."),
    N_("Quiet day."),
    N_("Late night out."),
    N_("Neck stiff after the drive."),
)


@dataclass(frozen=True)
class Exposure:
    """What one day brought. Sleep is the night before the day, in hours."""

    day: date
    sleep: float
    stress: int
    water: int
    caffeine: int
    alcohol: bool
    skipped_meal: bool
    screen: float
    weather: bool
    travel: bool
    exercise: bool

    def by_factor(self) -> dict[str, float]:
        """Values by default factor key, as a check-in stores them."""
        return {
            "stress": float(self.stress),
            "sleep": self.sleep,
            "water": float(self.water),
            "caffeine": float(self.caffeine),
            "alcohol": float(self.alcohol),
            "skipped_meal": float(self.skipped_meal),
            "screen_time": self.screen,
            "weather_change": float(self.weather),
            "travel": float(self.travel),
            "intense_exercise": float(self.exercise),
        }


def make_factors(ids: Ids, first: date) -> list[d.Factor]:
    made = day_stamp(first, 9)
    return [
        dataclasses.replace(spec.factor(n), id=ids(), created=made, updated=made)
        for n, spec in enumerate(DEFAULT_FACTORS)
    ]


def _half_hours(value: float, low: float, high: float) -> float:
    return min(high, max(low, round(value * 2) / 2))


def make_exposures(rng: random.Random, span: Span) -> list[Exposure]:
    exposures = []
    for day in span.each_day():
        weekend = day.weekday() >= 5
        if rng.random() < 0.16:
            sleep = _half_hours(rng.uniform(4.0, 5.8), 3.5, 5.5)
        else:
            sleep = _half_hours(rng.gauss(7.6 if weekend else 7.1, 0.7), 6.0, 10.0)
        stress_weights = (0.45, 0.35, 0.15, 0.05) if weekend else (0.2, 0.38, 0.28, 0.14)
        exposures.append(
            Exposure(
                day=day,
                sleep=sleep,
                stress=rng.choices((0, 1, 2, 3), weights=stress_weights)[0],
                water=rng.randint(3, 9),
                caffeine=rng.choices((0, 1, 2, 3, 4), weights=(1, 3, 4, 2, 1))[0],
                alcohol=rng.random() < (0.35 if day.weekday() >= 4 else 0.08),
                skipped_meal=rng.random() < 0.1,
                screen=_half_hours(rng.gauss(4.0 if weekend else 7.0, 1.5), 0.5, 14.0),
                weather=rng.random() < 0.15,
                travel=rng.random() < 0.04,
                exercise=rng.random() < 0.22,
            )
        )
    return exposures


def make_check_ins(
    rng: random.Random, ids: Ids, exposures: list[Exposure], factors: list[d.Factor]
) -> list[d.DayEntry]:
    """Check-ins on about 85% of days; a few say "nothing of note" (no values)."""
    ids_by_key = {factor.key: factor.id for factor in factors}
    entries = []
    for exposure in exposures:
        if rng.random() >= CHECK_IN_RATE:
            continue
        values: tuple[d.FactorValue, ...] = ()
        if rng.random() >= NOTHING_OF_NOTE_RATE:
            skipped = {"water", "screen_time"} if rng.random() < 0.05 else set()
            values = tuple(
                d.FactorValue(ids_by_key[key], value)
                for key, value in exposure.by_factor().items()
                if key not in skipped
            )
        note = _(rng.choice(_NOTES)) if rng.random() < 0.05 else ""
        made = day_stamp(exposure.day, 21, 30)
        entries.append(d.DayEntry(exposure.day, values, note, ids(), made, made))
    return entries


def exposure_effect(before: Exposure | None, today: Exposure) -> float:
    """How much the day before (and today's weather) multiply today's attack chance."""
    effect = 1.3 if today.weather else 1.0
    if before is None:
        return effect
    if before.sleep < POOR_SLEEP_HOURS:
        effect *= 2.2
    effect *= (1.0, 1.0, 1.8, 2.4)[before.stress]
    if before.alcohol:
        effect *= 1.4
    return effect
