"""The whole diary in memory: every record type as a tuple, read once.

Analysis functions take a Diary rather than a Journal, so they stay pure, run on
hand-made diaries in tests and never touch SQL.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from operator import attrgetter

from journal import domain as d
from journal.storage import Journal

_day = attrgetter("day")


@dataclass(frozen=True)
class Diary:
    """Every record of one journal. Build test diaries directly: Diary(attacks=(...))."""

    attacks: tuple[d.Attack, ...] = ()
    doses: tuple[d.Dose, ...] = ()
    medications: tuple[d.Medication, ...] = ()
    factors: tuple[d.Factor, ...] = ()
    day_entries: tuple[d.DayEntry, ...] = ()
    bleeding_days: tuple[d.BleedingDay, ...] = ()
    day_records: tuple[d.DayRecord, ...] = ()
    phases: tuple[d.HormonalPhase, ...] = ()
    treatments: tuple[d.Treatment, ...] = ()
    sessions: tuple[d.TreatmentSession, ...] = ()
    side_effects: tuple[d.SideEffect, ...] = ()
    midas: tuple[d.MidasEntry, ...] = ()
    hit6: tuple[d.Hit6Entry, ...] = ()
    visit_notes: tuple[d.VisitNote, ...] = ()

    @cached_property
    def medications_by_id(self) -> dict[str, d.Medication]:
        return {medication.id: medication for medication in self.medications}

    @cached_property
    def first_recorded_day(self) -> date | None:
        """The earliest day with any diary record: where the diary's coverage starts.

        Days before it are unknown, not headache-free; rules that need a stretch of
        data (chronic pattern, treatment baselines) only count from here.
        """
        firsts = [
            min((attack.start.date() for attack in self.attacks), default=None),
            min((dose.taken.date() for dose in self.doses), default=None),
            min(map(_day, self.day_entries), default=None),
            min(map(_day, self.bleeding_days), default=None),
            min(map(_day, self.day_records), default=None),
        ]
        known = [day for day in firsts if day is not None]
        return min(known) if known else None


@contextmanager
def _no_collection_pauses() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while building many records.

    Reading a long diary makes some 100,000 objects, none of them in a reference
    cycle; the collector would pause again and again to scan them for cycles it
    cannot find. Reference counting still frees everything as usual.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_diary(journal: Journal) -> Diary:
    """Read every record of `journal` (through its repositories) into a Diary."""
    with _no_collection_pauses():
        return _read(journal)


def _read(journal: Journal) -> Diary:
    return Diary(
        attacks=tuple(journal.attacks.all()),
        doses=tuple(journal.doses.all()),
        medications=tuple(journal.medications.all()),
        factors=tuple(journal.factors.all()),
        day_entries=tuple(journal.day_entries.all()),
        bleeding_days=tuple(journal.bleeding_days.all()),
        day_records=tuple(journal.day_records.all()),
        phases=tuple(journal.phases.all()),
        treatments=tuple(journal.treatments.all()),
        sessions=tuple(journal.sessions.all()),
        side_effects=tuple(journal.side_effects.all()),
        midas=tuple(journal.midas.all()),
        hit6=tuple(journal.hit6.all()),
        visit_notes=tuple(journal.visit_notes.all()),
    )
