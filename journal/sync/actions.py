"""What the window does with syncing, as actions its session runs: each declares
what it may change (journal.changes) and its result says what it did, so the
views reload after a merge through the same signal as after a local edit, and
only the views whose records came in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal.changes import Change, changes, reads, said
from journal.storage import Journal
from journal.storage import sync_device as store
from journal.sync import status

if TYPE_CHECKING:  # loaded at the first merge, not when the window starts
    from journal.sync import joining, merge

TABLE_CHANGES: dict[str, Change] = {
    "medications": Change.MEDICATIONS,
    "attacks": Change.ATTACKS,
    "doses": Change.DOSES,
    "factors": Change.FACTORS,
    "day_entries": Change.DAYS,
    "day_records": Change.DAYS | Change.ATTACKS,
    "bleeding_days": Change.PERIODS,
    "hormonal_phases": Change.PHASES,
    "treatments": Change.TREATMENTS,
    "treatment_sessions": Change.TREATMENTS,
    "side_effects": Change.TREATMENTS,
    "midas_entries": Change.QUESTIONNAIRES,
    "hit6_entries": Change.QUESTIONNAIRES,
    "visit_notes": Change.VISIT_NOTES,
    "settings": Change.CYCLE_TRACKING | Change.FACTORS | Change.TREATMENTS,
}
"""The kinds of records a merge touched, by table (a test checks every captured
table is here)."""
EVERYTHING_SYNCED = Change.EVERYTHING | Change.SYNC
LostValue = store.LostValue
"""A value that lost to a change made on another computer (the window lists them)."""


def _touched(tables: dict[str, int]) -> Change:
    found = Change.SYNC
    for table in tables:
        found |= TABLE_CHANGES.get(table, Change.EVERYTHING)
    return found


@changes(EVERYTHING_SYNCED)
def merge_now(journal: Journal) -> merge.SyncReport:
    """Write this computer's changes to the folder and apply the others'."""
    from journal.sync import merge

    report = merge.sync(journal)
    said(report, _touched(report.applied.records))
    return report


@changes(Change.SYNC)
def publish_now(journal: Journal) -> merge.SyncReport:
    """Write this computer's new changes to the folder (after a local edit)."""
    from journal.sync import merge

    report = merge.publish(journal)
    said(report, Change.SYNC)
    return report


@changes(EVERYTHING_SYNCED)
def join_folder(journal: Journal, folder: Path, secret: str | None = None) -> joining.Joined:
    """Start syncing through `folder` (see journal.sync.joining.join)."""
    from journal.sync import joining

    joined = joining.join(journal, folder, secret=secret)
    said(joined, _touched(joined.report.applied.records))
    return joined


@changes(Change.SYNC)
def leave_folder(journal: Journal) -> None:
    from journal.sync import joining

    joining.leave(journal)


@changes(Change.SYNC)
def rename_computer(journal: Journal, name: str) -> None:
    store.rename_device(journal, name)


@dataclass
class TakenBack:
    lost: store.LostValue


@changes(EVERYTHING_SYNCED)
def take_back(journal: Journal, lost_id: int) -> TakenBack:
    """Put a value that lost on both computers back (it then wins everywhere)."""
    chosen = next(item for item in store.lost_values(journal) if item.id == lost_id)
    store.take_back(journal, chosen)
    taken = TakenBack(chosen)
    said(taken, _touched({chosen.table: 1}))
    return taken


@changes(Change.SYNC)
def dismiss(journal: Journal, lost_id: int) -> None:
    """Keep the value as it is and take the lost one off the list."""
    with journal.atomic():
        store.set_lost_status(journal, lost_id, "dismissed")


@reads
def current_status(journal: Journal) -> status.SyncStatus:
    return status.status(journal)


@reads
def lost_values(journal: Journal) -> list[store.LostValue]:
    return store.lost_values(journal)


@reads
def this_computer(journal: Journal) -> store.Device:
    return store.device(journal)


@reads
def record_values(journal: Journal, table: str, record_id: str) -> dict[str, object]:
    return store.record_values(journal, table, record_id)
