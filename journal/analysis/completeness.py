"""How the diary was kept (clinical-rules.md, "What the doctor's summary holds").

Paper diaries are often filled in afterwards (Stone et al., BMJ 2002): a doctor trusts
a diary that says how it was kept. Over the span:
- `days_with_entry`: days with any entry or check-in (an attack touching the day, a
  dose, a check-in, a bleeding day, a day-level headache or migraine record) out of
  the span's `days`;
- `late_entries`: entries (attacks, doses, check-ins, bleeding days) made more than 2
  days after the event, read from each record's created time (an attack's event is
  its end, or its start when it has none; a day's event is the end of that day);
- `imported_entries`: entries imported from another app's file. They are named as
  imported, never as late. The importers of other apps' files give their records
  name-based (version 5) UUIDs (journal/exchange/foreign.py) where the app gives
  random (version 4) ones, so an imported record is known by its id, and records
  imported since the journal kept it also name their source app.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter

from journal.analysis.days import DayFacts
from journal.analysis.diary import Diary

LATE_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class Completeness:
    days: int
    days_with_entry: int
    late_entries: int
    imported_entries: int


def is_imported(record_id: str) -> bool:
    """Whether the record came from another app's file (a version 5 UUID)."""
    return len(record_id) == 36 and record_id[14] == "5"


def made_late(created: str, event: datetime) -> bool:
    """Whether a record created at `created` (UTC ISO stamp) was made more than 2 days
    after `event`; an unknown creation time is never late."""
    if not created:
        return False
    try:
        made = datetime.fromisoformat(created)
    except ValueError:
        return False
    if made.tzinfo is None:
        made = made.replace(tzinfo=UTC)
    if event.tzinfo is None:
        event = event.replace(tzinfo=UTC)
    return made - event > LATE_AFTER


def _day_end(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=UTC)


ON_TIME, LATE, FROM_IMPORT = 0, 1, 2


def _kind(record_id: str, source: str, created: str, day: date, event: datetime | None) -> int:
    """ON_TIME, LATE or FROM_IMPORT for one entry whose event falls on `day` (`event`
    None: the end of that day)."""
    if source or is_imported(record_id):
        return FROM_IMPORT
    # Fast path: made by the end of the event's own (UTC) day is never 2 days late.
    if not created or created[:10] <= day.isoformat():
        return ON_TIME
    return LATE if made_late(created, event or _day_end(day)) else ON_TIME


@dataclass(frozen=True)
class EntryIndex:
    """Every entry of a diary by its event day, with how it was made: worked out once
    per diary, so that each span only counts (a 20-year diary has 10,000 entries)."""

    days: tuple[date, ...]
    """Event days, sorted."""
    kinds: tuple[int, ...]
    """ON_TIME, LATE or FROM_IMPORT, in the same order."""
    noted_days: frozenset[date]
    """Days with a day-level headache or migraine record."""


def entry_index(diary: Diary) -> EntryIndex:
    """Index the entries of `diary`: attacks (their end, or start), doses, check-ins,
    bleeding days and day-level records (the end of their day)."""
    found: list[tuple[date, int]] = []
    for attack in diary.attacks:
        day = attack.start.date()
        event = attack.end or attack.start
        found.append((day, _kind(attack.id, attack.source, attack.created, day, event)))
    for dose in diary.doses:
        day = dose.taken.date()
        found.append((day, _kind(dose.id, dose.source, dose.created, day, dose.taken)))
    for entry in diary.day_entries:
        found.append((entry.day, _kind(entry.id, "", entry.created, entry.day, None)))
    for bleeding in diary.bleeding_days:
        kind = _kind(bleeding.id, bleeding.source, bleeding.created, bleeding.day, None)
        found.append((bleeding.day, kind))
    for record in diary.day_records:
        found.append(
            (record.day, _kind(record.id, record.source, record.created, record.day, None))
        )
    found.sort(key=itemgetter(0))
    return EntryIndex(
        days=tuple(map(itemgetter(0), found)),
        kinds=tuple(map(itemgetter(1), found)),
        noted_days=frozenset(record.day for record in diary.day_records),
    )


def _has_entry(fact: DayFacts) -> bool:
    return bool(fact.attack_ids or fact.intake_classes or fact.checked_in or fact.bleeding)


def completeness(
    diary: Diary | EntryIndex, facts: Mapping[date, DayFacts], first: date, last: date
) -> Completeness:
    """How the diary was kept over the counted days `facts` (first..last); give the
    diary's `entry_index` when summarizing many spans of one diary."""
    index = diary if isinstance(diary, EntryIndex) else entry_index(diary)
    low, high = bisect_left(index.days, first), bisect_right(index.days, last)
    kinds = Counter(index.kinds[low:high])
    noted = index.noted_days
    return Completeness(
        days=len(facts),
        days_with_entry=sum(1 for fact in facts.values() if _has_entry(fact) or fact.day in noted),
        late_entries=kinds[LATE],
        imported_entries=kinds[FROM_IMPORT],
    )
