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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from journal import domain as d
from journal.analysis.days import DayFacts
from journal.analysis.diary import Diary

LATE_AFTER = timedelta(days=2)
IMPORTED = "imported"
"""Stands for the creation time of a record known to be imported by its source."""


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


def _events(diary: Diary, first: date, last: date) -> Iterable[tuple[str, str, datetime]]:
    """(id, created, event moment) of every entry whose event day is in the span; the
    created time is IMPORTED for a record that names the app it was imported from."""
    for attack in diary.attacks:
        if first <= attack.start.date() <= last:
            yield attack.id, _created(attack), attack.end or attack.start
    for dose in diary.doses:
        if first <= dose.taken.date() <= last:
            yield dose.id, _created(dose), dose.taken
    days: Iterable[d.DayEntry | d.BleedingDay | d.DayRecord] = (
        *diary.day_entries,
        *diary.bleeding_days,
        *diary.day_records,
    )
    for record in days:
        if first <= record.day <= last:
            yield record.id, _created(record), _day_end(record.day)


def _created(record: object) -> str:
    if getattr(record, "source", ""):
        return IMPORTED
    return str(getattr(record, "created", ""))


def _has_entry(fact: DayFacts) -> bool:
    return bool(fact.attack_ids or fact.intake_classes or fact.checked_in or fact.bleeding)


def completeness(
    diary: Diary, facts: Mapping[date, DayFacts], first: date, last: date
) -> Completeness:
    """How the diary was kept over the counted days `facts` (first..last)."""
    late = imported = 0
    for record_id, created, event in _events(diary, first, last):
        if created == IMPORTED or is_imported(record_id):
            imported += 1
        elif made_late(created, event):
            late += 1
    noted = {record.day for record in diary.day_records}
    return Completeness(
        days=len(facts),
        days_with_entry=sum(1 for fact in facts.values() if _has_entry(fact) or fact.day in noted),
        late_entries=late,
        imported_entries=imported,
    )
