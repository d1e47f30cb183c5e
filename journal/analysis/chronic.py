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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from journal.analysis.days import DayFacts
from journal.analysis.months import by_month
from journal.analysis.overuse import longest_streak

HEADACHE_DAYS = 15
MIGRAINE_DAYS = 8
MONTHS_NEEDED = 3
MIN_DATA_DAYS = 84
MIN_JUDGED_DAYS = 14


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
    covered = [fact for day, fact in facts.items() if first_recorded <= day <= today]
    if len(covered) < MIN_DATA_DAYS:
        return ChronicPattern(None, (), 0, len(covered))
    months = by_month(sorted(covered))
    meeting = []
    for key, days in months.items():
        if len(days) < MIN_JUDGED_DAYS:
            continue
        scale = Fraction(_month_days(key), len(days))
        headache = sum(fact.headache for fact in days) * scale
        migraine = sum(fact.migraine for fact in days) * scale
        if headache >= HEADACHE_DAYS and migraine >= MIGRAINE_DAYS:
            meeting.append(key)
    streak = longest_streak(meeting)
    return ChronicPattern(streak >= MONTHS_NEEDED, tuple(meeting), streak, len(covered))
