"""The trigger screen (clinical-rules.md, "Trigger screen"): association, never cause.

For each tracked factor, over the check-in days of the span:
- a day "with" the factor: yes/no value above 0; level (0-3) value 2 or more; amount
  above the user's own median for that factor over the span's check-in days (a
  check-in without the amount counts as 0, so for alcohol any drink is "above" a
  median of 0, while for sleep it means "more sleep than usual");
- a day "without": any other check-in day (a check-in without the factor means it
  was absent). Days with no check-in count on neither side;
- a day is "followed by an attack" when an attack starts that day or the next (the
  caller passes the onsets of counted attacks, so a relapse is not a new attack);
- rate = followed days / days on that side; ratio = rate with / rate without (None
  when a side has no days or the rate without is 0; 0.0 when no attack followed a
  day with the factor, which readers word "no attacks followed", never "0.00x");
- low_data when either side rests on too little: days or attacks, i.e. fewer than
  10 days, or fewer than 5 days followed by an attack, on either side. A ratio of
  1 attack against 2 says nothing, however many days it spans.
The figures say that attacks were associated with a factor, never that it causes them.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress, repeat
from operator import lt

from journal import domain as d
from journal.i18n import _, number_text

LOW_DATA_DAYS = 10
LOW_DATA_ATTACKS = 5
"""Fewer days followed by an attack than this, on either side, is low data."""
LEVEL_PRESENT = 2


@dataclass(frozen=True)
class FactorAssociation:
    """How often attacks followed days with a factor, against days without it."""

    factor: str
    factor_id: str
    kind: d.FactorKind
    condition: str
    """How "with" was read, in words ("yes", "level 2 or more", "above 7 h")."""
    days_with: int
    followed_with: int
    """Days with the factor on which or after which an attack started."""
    days_without: int
    followed_without: int
    low_data: bool

    @property
    def attack_rate_with(self) -> float | None:
        return round(self.followed_with / self.days_with, 4) if self.days_with else None

    @property
    def attack_rate_without(self) -> float | None:
        if not self.days_without:
            return None
        return round(self.followed_without / self.days_without, 4)

    @property
    def ratio(self) -> float | None:
        if not self.days_with or not self.days_without or not self.followed_without:
            return None
        rate_with = self.followed_with / self.days_with
        return round(rate_with / (self.followed_without / self.days_without), 2)


def _presence(factor: d.Factor, recorded: list[float], unrecorded: int) -> tuple[float, str]:
    """The value a day must exceed to count as "with", and its wording."""
    if factor.kind == d.FactorKind.LEVEL:
        return LEVEL_PRESENT - 0.5, _("level {level} or more").format(level=LEVEL_PRESENT)
    if factor.kind == d.FactorKind.AMOUNT:
        median = statistics.median([0.0] * unrecorded + recorded) if recorded else 0.0
        amount = number_text(median, 2) + (f" {factor.unit}" if factor.unit else "")
        return median, _("above {amount} (your median)").format(amount=amount)
    return 0.0, _("yes")


def trigger_screen(
    factors: Iterable[d.Factor],
    entries: Iterable[d.DayEntry],
    attack_onsets: Iterable[date],
    first: date,
    last: date,
) -> tuple[FactorAssociation, ...]:
    """The association of each recorded factor with attacks in the span.

    Each check-in value is visited once per factor it belongs to, so a 20-year diary
    with tens of thousands of factor marks stays fast.
    """
    onsets = set(attack_onsets)
    followed_days = onsets | {onset - timedelta(days=1) for onset in onsets}
    followed: dict[date, bool] = {}
    values: dict[str, dict[date, float]] = {}
    for entry in entries:
        day = entry.day
        if day < first or day > last:
            continue
        followed[day] = day in followed_days
        for factor_value in entry.values:
            try:
                values[factor_value.factor_id][day] = factor_value.value
            except KeyError:
                values[factor_value.factor_id] = {day: factor_value.value}
    checked = len(followed)
    followed_total = sum(followed.values())
    found = []
    for factor in factors:
        recorded = values.get(factor.id)
        if not recorded:
            continue
        amounts = list(recorded.values()) if factor.kind == d.FactorKind.AMOUNT else []
        above, condition = _presence(factor, amounts, checked - len(recorded))
        # value > above, for every recorded day (the comparisons run in C)
        with_days = list(compress(recorded, map(lt, repeat(above), recorded.values())))
        followed_with = sum(map(followed.__getitem__, with_days))
        days_without = checked - len(with_days)
        found.append(
            FactorAssociation(
                factor=factor.name,
                factor_id=factor.id,
                kind=factor.kind,
                condition=condition,
                days_with=len(with_days),
                followed_with=followed_with,
                days_without=days_without,
                followed_without=followed_total - followed_with,
                low_data=min(len(with_days), days_without) < LOW_DATA_DAYS
                or min(followed_with, followed_total - followed_with) < LOW_DATA_ATTACKS,
            )
        )
    return tuple(found)
