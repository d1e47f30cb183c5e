"""Days with headache or migraine without times (imported from apps that record per
day): deleting one, and putting it back. They count like attacks in every view, so
their changes are declared as attack changes."""

from __future__ import annotations

from journal import domain as d
from journal.changes import Change, changes
from journal.errors import NotFound
from journal.i18n import _
from journal.storage import Journal


@changes(Change.ATTACKS)
def delete_day_record(journal: Journal, record_id: str) -> d.DayRecord:
    with journal.atomic():
        record = journal.day_records.get(record_id)
        journal.day_records.delete(record_id)
    return record


@changes(Change.ATTACKS)
def undo_delete_day_record(journal: Journal, deleted: d.DayRecord) -> d.DayRecord:
    """Put a deleted day record back as it was."""
    with journal.atomic():
        if journal.day_records.find(deleted.id) is not None:
            raise NotFound(_("The day with headache or migraine is already back in the journal."))
        journal.day_records.insert_exact([deleted])
        return journal.day_records.get(deleted.id)
