"""Copies of the journal kept aside, never deleted by the app on its own: a damaged
journal moved aside at open (`<name>.damaged-STAMP`) and the journal as it was
before a restore (`<name>.before-restore-STAMP`), each with its -wal/-shm if any.

They are offered in the restore dialog, counted as evidence that a journal existed
(so no empty journal is made in its place without asking), encrypted when
protection is turned on (journal.crypto.protect), and removed by "Delete all my data".
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.files import link_or_copy, sync_folder
from journal.storage import lock as writer_lock
from journal.storage.errors import translated

SIDE_FILES = ("-wal", "-shm")
LABELS = ("damaged", "before-restore")
STAMP = "%Y%m%d-%H%M%S"


def side_file(journal: Path, suffix: str) -> Path:
    return journal.with_name(journal.name + suffix)


@dataclass(frozen=True)
class KeptCopy:
    """One copy kept aside: where, why ("damaged" or "before-restore"), when, size."""

    path: Path
    label: str
    taken: datetime
    size: int


def _pattern(journal: Path) -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in LABELS)
    return re.compile(rf"^{re.escape(journal.name)}\.({labels})-(\d{{8}}-\d{{6}})(?:-(\d+))?$")


def kept_copies(journal: Path) -> list[KeptCopy]:
    """The journal's kept-aside copies (not their -wal/-shm), newest first."""
    journal = Path(journal)
    pattern = _pattern(journal)
    found = []
    try:
        entries = list(journal.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match.group(2), STAMP).astimezone()
            number = int(match.group(3) or 1)
            kept = KeptCopy(entry, match.group(1), taken, entry.stat().st_size)
            found.append((taken, number, kept))
    return [kept for *_, kept in sorted(found, key=lambda f: f[:2], reverse=True)]


def kept_files(journal: Path) -> list[Path]:
    """Every file of every kept-aside copy, with their -wal/-shm."""
    return [
        side_file(kept.path, suffix)
        for kept in kept_copies(journal)
        for suffix in ("", *SIDE_FILES)
        if side_file(kept.path, suffix).exists()
    ]


def free_name(journal: Path, label: str) -> Path:
    stamp = datetime.now().strftime(STAMP)
    target = journal.with_name(f"{journal.name}.{label}-{stamp}")
    number = 1
    while any(side_file(target, s).exists() for s in ("", *SIDE_FILES)):
        number += 1
        target = journal.with_name(f"{journal.name}.{label}-{stamp}-{number}")
    return target


def move_aside(journal: Path, label: str, guard: writer_lock.WriterLock) -> Path:
    """Rename the journal and its -wal/-shm to `<name>.<label>-YYYYMMDD-HHMMSS`,
    never deleting anything. Returns the new name of the journal file."""
    target = free_name(journal, label)
    with translated():
        for suffix in ("", *SIDE_FILES):
            source = side_file(journal, suffix)
            if source.exists():
                os.replace(source, side_file(target, suffix))
        sync_folder(journal.parent)
        guard.mark(writer_lock.SESSION_CLEAN)  # there is no writer's log left to expect
    return target


def keep_copy(journal: Path, label: str) -> Path:
    """A kept-aside copy of the (closed, single-file) journal, the journal itself
    staying in place: a hard link where the file system has them (instant, no
    space), else a synced copy. Returns the copy's path."""
    target = free_name(journal, label)
    with translated():
        link_or_copy(journal, target)
        sync_folder(journal.parent)
    return target


def fold_log(journal: Path) -> None:
    """Fold the journal's -wal into the file; SQLite removes the -wal and -shm when
    this, the only connection, closes. A journal that cannot be read keeps its log."""
    if not side_file(journal, "-wal").exists():
        return
    from journal.storage import cipher

    try:
        connection = cipher.sqlite_connection(journal)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return
