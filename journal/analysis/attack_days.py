"""Which calendar days an attack is on: the one definition the month calendar, the
summary and the doctor's PDF all count by (clinical-rules.md: an attack is on every
local day it touches; one that ends at midnight is not on the day that starts then).

Kept apart from journal.analysis.days (the day rules) so the calendar can place an
attack without loading the summary's machinery at start-up.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from journal import domain as d

MIDNIGHT = time(0, 0)


def touched_days(attack: d.Attack, today: date) -> tuple[date, date]:
    """The first and last calendar day an attack touches (open: until today; end
    unknown: its start day only)."""
    first = attack.start.date()
    if attack.end is None:
        return (first, first) if attack.end_unknown else (first, max(first, today))
    last = attack.end.date()
    if last > first and attack.end.time() == MIDNIGHT:
        last -= timedelta(days=1)
    return first, max(first, last)


def days_touched(attack: d.Attack, today: date) -> list[date]:
    """Every calendar day the attack is on, in order (see `touched_days`)."""
    first, last = touched_days(attack, today)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def open_until(attack: d.Attack, today: date) -> datetime:
    """How far an open attack has lasted so far: until now when `today` is the
    current day (one started a minute ago has lasted a minute, and is no headache
    day until it reaches the hour), else until the end of `today` (a report of an
    earlier day counts the whole of it)."""
    now = d.local_now()
    if now.date() == today:
        return max(now, attack.start)
    return datetime.combine(today + timedelta(days=1), MIDNIGHT, tzinfo=attack.start.tzinfo)
