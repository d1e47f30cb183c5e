"""MIDAS and HIT-6 entries, and the patient's questions for the next visit.

MIDAS counts days over the last 3 months; HIT-6 is only the total the user got
elsewhere (its items are copyrighted and not embedded). Notes for the visit stay
until the user marks them done.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from journal import domain as d
from journal.changes import Change, changes, reads
from journal.storage import Journal
from journal.validation import require
from journal.validation_records import hit6_problems, midas_problems, visit_note_problems


@changes(Change.QUESTIONNAIRES)
def save_midas(journal: Journal, entry: d.MidasEntry, *, today: date | None = None) -> d.MidasEntry:
    """Add or change a MIDAS entry: whole days 0-90 per count, item B 0-10."""
    require(midas_problems(entry, today or d.local_now().date()))
    return journal.midas.save(entry)


@changes(Change.QUESTIONNAIRES)
def delete_midas(journal: Journal, entry_id: str) -> d.MidasEntry:
    with journal.atomic():
        entry = journal.midas.get(entry_id)
        journal.midas.delete(entry_id)
    return entry


@changes(Change.QUESTIONNAIRES)
def save_hit6(journal: Journal, entry: d.Hit6Entry, *, today: date | None = None) -> d.Hit6Entry:
    """Add or change a HIT-6 total (36-78)."""
    require(hit6_problems(entry, today or d.local_now().date()))
    return journal.hit6.save(entry)


@changes(Change.QUESTIONNAIRES)
def delete_hit6(journal: Journal, entry_id: str) -> d.Hit6Entry:
    with journal.atomic():
        entry = journal.hit6.get(entry_id)
        journal.hit6.delete(entry_id)
    return entry


@changes(Change.VISIT_NOTES)
def add_visit_note(journal: Journal, text: str) -> d.VisitNote:
    note = d.VisitNote(text.strip())
    require(visit_note_problems(note))
    return journal.visit_notes.save(note)


@changes(Change.VISIT_NOTES)
def edit_visit_note(journal: Journal, note_id: str, text: str) -> d.VisitNote:
    with journal.atomic():
        note = dataclasses.replace(journal.visit_notes.get(note_id), text=text.strip())
        require(visit_note_problems(note))
        return journal.visit_notes.save(note)


@changes(Change.VISIT_NOTES)
def mark_visit_note_done(journal: Journal, note_id: str, done: bool = True) -> d.VisitNote:
    """Mark a question as dealt with (or open again); it is kept either way."""
    with journal.atomic():
        note = journal.visit_notes.get(note_id)
        return journal.visit_notes.save(dataclasses.replace(note, done=done))


@changes(Change.VISIT_NOTES)
def delete_visit_note(journal: Journal, note_id: str) -> d.VisitNote:
    with journal.atomic():
        note = journal.visit_notes.get(note_id)
        journal.visit_notes.delete(note_id)
    return note


@reads
def open_visit_notes(journal: Journal) -> list[d.VisitNote]:
    """The questions not yet marked done, oldest first."""
    return [note for note in journal.visit_notes.all() if not note.done]
