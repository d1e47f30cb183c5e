"""The chronic migraine pattern (ICHD-3 1.3; clinical-rules.md).

Headache on 15 or more days per month for more than 3 months, and on 8 or more days
per month the headache had migraine features. How the journal reads it:
- a month is a complete calendar month, never a part month scaled up: the months
  judged are those the diary covers from their first day to their last;
- a month qualifies with 15 or more headache days and 8 or more days that count
  towards migraine (`DayFacts.chronic_migraine`: criteria (a) or (b), or the
  patient's label (c) on a day a triptan or ergot relieved the pain; days by
  migraine-specific medication alone (d) do not count);
- "more than 3 months" is 4 or more consecutive qualifying months. The pattern is
  judged at the end of the span: the run of qualifying months reaching back from the
  span's last complete month, using the diary before the span too;
- True when that run is 4 or longer; None when it is shorter only because the diary
  has no earlier month (`months_more_needed` says how many more will tell); False
  otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter

from journal.analysis.days import DayFacts
from journal.analysis.months import by_month, in_date_order, month_key

HEADACHE_DAYS = 15
MIGRAINE_DAYS = 8
MONTHS_NEEDED = 4
"""More than 3 months."""

_headache = attrgetter("headache")
_chronic_migraine = attrgetter("chronic_migraine")


@dataclass(frozen=True)
class ChronicPattern:
    """Whether the diary matches the pattern (None: the diary is too short), and why."""

    matches: bool | None
    months: int
    """The length of the run of qualifying months it was judged on."""
    months_meeting: tuple[str, ...]
    """The qualifying months of that run ("YYYY-MM", oldest first)."""
    last_month: str | None
    """The complete month the run reaches back from (None: no complete month)."""

    @property
    def months_more_needed(self) -> int:
        """How many more qualifying months would make the run long enough."""
        return max(0, MONTHS_NEEDED - self.months)


def qualifying_month(days: list[DayFacts]) -> bool:
    """15 or more headache days, 8 or more of them counting towards migraine."""
    headache: int = sum(map(_headache, days))
    migraine: int = sum(map(_chronic_migraine, days))
    return headache >= HEADACHE_DAYS and migraine >= MIGRAINE_DAYS


def last_complete_month(last: date) -> str:
    """The latest calendar month whose last day is on or before `last`."""
    following = last + timedelta(days=1)
    if following.day == 1:
        return month_key(last)
    return month_key(last.replace(day=1) - timedelta(days=1))


def _previous(key: str) -> str:
    year, month = (int(part) for part in key.split("-"))
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def chronic_pattern(
    facts: Mapping[date, DayFacts], first_recorded: date | None, last: date
) -> ChronicPattern:
    """Judge the pattern at `last` (the span's last counted day) on per-day facts
    that reach back as far as the diary (`first_recorded`, its first recorded day)."""
    if first_recorded is None:
        return ChronicPattern(None, 0, (), None)
    months = by_month([fact for fact in in_date_order(facts) if fact.day <= last])
    end = last_complete_month(last)
    first_covered = month_key(first_recorded)
    if first_recorded.day != 1:  # the diary's first month is only partly covered
        first_covered = month_key(first_recorded.replace(day=28) + timedelta(days=4))
    meeting: list[str] = []
    key = end
    while key >= first_covered and key in months and qualifying_month(months[key]):
        meeting.append(key)
        key = _previous(key)
    run = len(meeting)
    if run >= MONTHS_NEEDED:
        matches: bool | None = True
    elif key < first_covered:
        matches = None  # cut short only by the start of the diary
    else:
        matches = False
    return ChronicPattern(matches, run, tuple(reversed(meeting)), end)
