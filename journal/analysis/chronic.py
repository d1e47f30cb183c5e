"""The chronic migraine pattern (ICHD-3 1.3; clinical-rules.md).

Headache on 15 or more days per month, with migraine on 8 or more of them, for more
than 3 months. How the journal reads it:
- a month is a calendar month; a month the span (or the diary) covers only partly
  is judged on its covered days scaled to the whole month, and only when at least
  MIN_JUDGED_DAYS are covered (a few days say nothing about a month);
- the pattern matches when 3 or more consecutive judged months each reach both
  thresholds (a diary of 3 months is how doctors judge it);
- with less than 84 days (3 x 28) of diary in the span the answer is None: not
  enough data. Days before the diary's first record are not data.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from journal.analysis.days import DayFacts
from journal.analysis.months import by_month
from journal.analysis.overuse import longest_streak

HEADACHE_DAYS = 15
MIGRAINE_DAYS = 8
MONTHS_NEEDED = 3
MIN_DATA_DAYS = 84
MIN_JUDGED_DAYS = 14

_headache = attrgetter("headache")
_migraine = attrgetter("migraine")


@dataclass(frozen=True)
class ChronicPattern:
    """Whether the diary matches the pattern (None: not enough data), and why."""

    matches: bool | None
    months_meeting: tuple[str, ...]
    """Judged months that reached both thresholds."""
    longest_streak: int
    data_days: int
    """Days of the span covered by the diary (from its first record to today)."""


def _month_days(key: str) -> int:
    year, month = (int(part) for part in key.split("-"))
    return calendar.monthrange(year, month)[1]


def chronic_pattern(
    facts: Mapping[date, DayFacts], first_recorded: date | None, today: date
) -> ChronicPattern:
    """Judge the chronic pattern on the per-day facts of a span."""
    if first_recorded is None:
        return ChronicPattern(None, (), 0, 0)
    ordered = sorted(facts)
    covered_days = ordered[bisect_left(ordered, first_recorded) : bisect_right(ordered, today)]
    covered = list(map(facts.__getitem__, covered_days))
    if len(covered) < MIN_DATA_DAYS:
        return ChronicPattern(None, (), 0, len(covered))
    months = by_month(covered)
    meeting = []
    for key, days in months.items():
        if len(days) < MIN_JUDGED_DAYS:
            continue
        # count * month length / covered days >= threshold, in whole numbers (exact)
        month_days, covered_count = _month_days(key), len(days)
        headache = sum(map(_headache, days)) * month_days
        migraine = sum(map(_migraine, days)) * month_days
        if headache >= HEADACHE_DAYS * covered_count and migraine >= MIGRAINE_DAYS * covered_count:
            meeting.append(key)
    streak = longest_streak(meeting)
    return ChronicPattern(streak >= MONTHS_NEEDED, tuple(meeting), streak, len(covered))
