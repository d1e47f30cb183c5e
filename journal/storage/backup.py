"""Verified, rotating backups in a `backups/` folder beside the journal.

A backup is made with SQLite's online backup API into a temporary file, synced to
disk, checked with `PRAGMA integrity_check`, and only then renamed into place, so
a backup that exists under its final name is always complete and good. Old
backups are pruned only after the new one is verified, by a pure rule that keeps
7 daily, 4 weekly and 12 monthly backups (and always the newest).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from journal.errors import StorageFailure
from journal.files import sync_file, sync_folder
from journal.i18n import _, ngettext
from journal.storage import cipher
from journal.storage.errors import translated

FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was taken (local time) and its size."""

    path: Path
    taken: datetime
    size: int

    def age(self, now: datetime | None = None) -> str:
        """How old the backup is, in words ("3 hours", "12 days")."""
        return describe_age((now or datetime.now().astimezone()) - self.taken)


def describe_age(age: timedelta) -> str:
    """A duration in the largest whole unit that fits ("2 days", "1 hour")."""
    seconds = max(0, int(age.total_seconds()))
    if seconds >= 86400:
        return ngettext("{n} day", "{n} days", seconds // 86400).format(n=seconds // 86400)
    if seconds >= 3600:
        return ngettext("{n} hour", "{n} hours", seconds // 3600).format(n=seconds // 3600)
    if seconds >= 60:
        return ngettext("{n} minute", "{n} minutes", seconds // 60).format(n=seconds // 60)
    return _("less than a minute")


def folder_for(journal: Path) -> Path:
    return Path(journal).parent / FOLDER


def _pattern(journal: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(Path(journal).stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite3$")


def list_backups(journal: Path) -> list[Backup]:
    """The journal's backups, newest first, with their dates and sizes."""
    folder, pattern = folder_for(journal), _pattern(journal)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match.group(1), STAMP).astimezone()
            number = int(match.group(2) or 1)  # journal-X-2 was made after journal-X
            found.append((taken, number, Backup(entry, taken, entry.stat().st_size)))
    return [backup for *_, backup in sorted(found, key=lambda f: f[:2], reverse=True)]


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to (or checkpoint into) `path` (through
    SQLCipher with the remembered key if the file is encrypted: journal.storage.cipher)."""
    return cipher.sqlite_connection(path, read_only=True)


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None if the database at `path` passes SQLite's check, else the first problem."""
    try:
        connection = read_only(path)
        try:
            rows = connection.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}(3)")
            found = [str(row[0]) for row in rows]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if found == ["ok"] else "; ".join(found)


def is_good(path: Path) -> bool:
    return Path(path).is_file() and integrity_problem(Path(path)) is None


def newest_good_backup(journal: Path) -> Backup | None:
    """The most recent backup that passes `integrity_check`, if any."""
    return next((b for b in list_backups(journal) if is_good(b.path)), None)


def make_backup(
    journal: Path, *, connection: sqlite3.Connection | None = None, now: datetime | None = None
) -> Backup:
    """Back the journal up (through `connection` if the caller has it open), verify
    the copy, rename it into place, then prune old backups. Returns the new backup."""
    journal = Path(journal)
    now = now or datetime.now().astimezone()
    folder = folder_for(journal)
    with translated():
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(f".{journal.stem}-*.tmp"):  # left by an interrupted backup
            stale.unlink(missing_ok=True)
        final = _free_name(folder, f"{journal.stem}-{now.strftime(STAMP)}")
        temporary = folder / f".{final.name}.tmp"
        try:
            _copy_into(journal, connection, temporary)
            problem = integrity_problem(temporary)
            if problem is not None:
                raise StorageFailure(
                    _(
                        "The backup could not be verified, so it was not kept; "
                        "the journal itself was not changed."
                    )
                )
            os.replace(temporary, final)
            sync_folder(folder)
        finally:
            temporary.unlink(missing_ok=True)
        made = Backup(final, now.replace(microsecond=0), final.stat().st_size)
        for old in backups_to_prune(list_backups(journal)):
            if old.path != final:
                old.path.unlink(missing_ok=True)
    return made


def _free_name(folder: Path, base: str) -> Path:
    candidate, number = folder / f"{base}.sqlite3", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}.sqlite3"
    return candidate


def _copy_into(journal: Path, connection: sqlite3.Connection | None, temporary: Path) -> None:
    source = connection or read_only(journal)
    target = cipher.new_copy(temporary, like=journal)  # encrypted like the journal
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        target.close()
        if connection is None:
            source.close()
    sync_file(temporary)


def backups_to_prune(
    backups: Sequence[Backup],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[Backup]:
    """The backups rotation removes: all but the newest of each of the last `daily`
    days, `weekly` ISO weeks and `monthly` months that have backups. The newest
    backup is always kept. Pure: decides, deletes nothing."""
    # stable: backups of the same second keep list_backups' newest-first order
    ordered = sorted(backups, key=lambda b: b.taken, reverse=True)
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ]
    kept: set[int] = {0} if ordered else set()
    for bucket_of, limit in rules:
        seen: list[Hashable] = []
        for index, backup in enumerate(ordered):
            bucket = bucket_of(backup.taken)
            if bucket not in seen and len(seen) < limit:
                seen.append(bucket)
                kept.add(index)
    return [b for i, b in enumerate(ordered) if i not in kept]


def fingerprint(path: Path) -> str:
    """A digest of the journal's content (row counts, newest change, small tables),
    to tell whether it changed since a backup. Reads only."""
    digest = hashlib.sha256()
    connection = read_only(path)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            columns = {str(row[1]) for row in connection.execute(f"PRAGMA table_info({quoted})")}
            if "updated" in columns:
                query = f"SELECT count(*), max(updated) FROM {quoted}"
            else:
                query = f"SELECT * FROM {quoted} ORDER BY 1"
            digest.update(table.encode())
            digest.update(repr(connection.execute(query).fetchall()).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def backup_if_changed(journal: Path, *, now: datetime | None = None) -> Backup | None:
    """Back up the journal if it changed since its newest backup (the app calls
    this at start and at quit). Returns the new backup, or None if none was needed."""
    journal = Path(journal)
    if not journal.exists():
        return None
    with translated():
        newest = next(iter(list_backups(journal)), None)
        if newest is not None and is_good(newest.path):
            try:
                if fingerprint(journal) == fingerprint(newest.path):
                    return None
            except sqlite3.DatabaseError:
                pass  # unreadable journal: make_backup below reports it
    return make_backup(journal, now=now)
