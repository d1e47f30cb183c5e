"""Settings ▸ Journal ▸ Move journal…: the journal moves with its key file, its
copies kept aside and its backups, and survives a kill at any moment
(journal.storage.relocate). The new place is remembered for the next start at the
move's commit point, before anything old is removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from journal.storage import relocate


def move_journal(
    journal: Path, folder: Path, *, commit: Callable[[Path], None] | None = None
) -> Path:
    """Move the (closed) journal and everything of it into `folder`; returns the
    journal's new path (`commit` records it before anything old is removed)."""
    return relocate.move_journal(journal, folder, commit=commit)
