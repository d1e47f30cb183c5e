"""The trend of a span: migraine days per 28 in its first half against its second.

A change of 20% or more either way is called "fewer" or "more"; less is "steady".
Spans shorter than 56 days (two 28-day months) have no trend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from journal.analysis.days import DayFacts
from journal.analysis.months import per_28

MIN_TREND_DAYS = 56
STEADY_CHANGE = 0.2


@dataclass(frozen=True)
class Trend:
    first_half_per_28: float
    second_half_per_28: float
    direction: str
    """"fewer", "more" or "steady" migraine days in the second half."""


def trend(facts: Mapping[date, DayFacts]) -> Trend | None:
    """Compare the two halves of the span's days (the middle day goes to neither)."""
    days = sorted(facts)
    if len(days) < MIN_TREND_DAYS:
        return None
    half = len(days) // 2
    earlier = sum(facts[day].migraine for day in days[:half])
    later = sum(facts[day].migraine for day in days[-half:])
    if later < earlier * (1 - STEADY_CHANGE):
        direction = "fewer"
    elif later > earlier * (1 + STEADY_CHANGE):
        direction = "more"
    else:
        direction = "steady"
    return Trend(per_28(earlier, half), per_28(later, half), direction)
