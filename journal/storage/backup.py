"""Verified, rotating backups in a `backups/` folder beside the journal.

Each journal's backups carry the journal's whole file name
(`journal.sqlite3-20261207-031500.sqlite3`), so two journals in one folder that
share a stem (`journal.sqlite3`, `journal.db`) never share, prune or restore each
other's backups. Older backups named by the stem alone (`journal-20261207-031500.sqlite3`)
still count when their header carries the journal's identity, or when no other
journal in the folder shares the stem. A protected journal's key file is kept
beside its backups (`<name>.key`): the backups cannot be opened without it.

A backup is made with SQLite's online backup API into a temporary file, synced to
disk, checked with `PRAGMA integrity_check`, and only then renamed into place, so
a backup that exists under its final name is always complete and good. Old
backups are pruned only after the new one is verified, by a pure rule that keeps
every backup of the last 24 hours, 7 daily, 4 weekly and 12 monthly backups (and
always the newest), and never the
newest backup that holds records while a newer one is empty (a backup of a new or
emptied journal must not rotate the last good one away). Backups are 0600 in a
0700 folder.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from journal.errors import StorageFailure
from journal.files import make_private, private_folder, sync_file, sync_folder, write_atomically
from journal.i18n import _, ngettext
from journal.storage import cipher
from journal.storage.errors import translated

FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_RECENT_HOURS = 24


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


def key_copy(journal: Path) -> Path:
    """Where the copy of a protected journal's key file is kept with its backups."""
    return folder_for(journal) / f"{Path(journal).name}.key"


def _pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(prefix)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite3$")


def stored_identity(path: Path) -> int:
    """The identity a plain journal (or backup) has in its header: 0 if it has none,
    or if the file is encrypted, missing or not SQLite."""
    try:
        with Path(path).open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return 0
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return 0
    return int.from_bytes(header[60:64], "big")


def _stem_is_shared(journal: Path) -> bool:
    """Whether another journal-like file in the folder has the same stem."""
    journal = Path(journal)
    try:
        siblings = list(journal.parent.glob(f"{glob.escape(journal.stem)}.*"))
    except OSError:
        return False
    return any(
        p.name != journal.name and p.stem == journal.stem and len(p.suffixes) == 1 and p.is_file()
        for p in siblings
    )


def _legacy_is_ours(backup: Path, shared: bool, identity: int) -> bool:
    found = stored_identity(backup)
    if identity and found:
        return found == identity
    return not shared


def list_backups(journal: Path) -> list[Backup]:
    """The journal's backups, newest first, with their dates and sizes."""
    journal = Path(journal)
    folder = folder_for(journal)
    if not folder.is_dir():
        return []
    own, legacy = _pattern(journal.name), _pattern(journal.stem)
    shared: bool | None = None
    identity = stored_identity(journal)
    found = []
    for entry in folder.iterdir():
        match = own.match(entry.name)
        if match is None and journal.stem != journal.name:
            match = legacy.match(entry.name)
            if match is not None:
                shared = _stem_is_shared(journal) if shared is None else shared
                if not _legacy_is_ours(entry, shared, identity):
                    continue
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
        private_folder(folder)
        for stale in folder.glob(f".{glob.escape(journal.name)}-*.tmp"):  # an interrupted backup
            stale.unlink(missing_ok=True)
        final = _free_name(folder, f"{journal.name}-{now.strftime(STAMP)}")
        temporary = folder / f".{final.name}.tmp"
        try:
            _copy_into(journal, connection, temporary)
            make_private(temporary)
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
        keep_key_with_backups(journal)
        existing = list_backups(journal)
        last_with_data = _newest_with_records(existing)
        for old in backups_to_prune(existing, now=now):
            if old.path not in (final, last_with_data):
                old.path.unlink(missing_ok=True)
    return made


RECORD_TABLES = ("attacks", "doses", "medications", "day_entries", "bleeding_days", "treatments")


def holds_records(path: Path) -> bool:
    """Whether the backup at `path` holds any record (unreadable counts as yes:
    a backup is only ever given up on evidence)."""
    try:
        connection = read_only(path)
        try:
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            return any(
                connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
                for table in RECORD_TABLES
                if table in tables
            )
        finally:
            connection.close()
    except sqlite3.Error:
        return True


def _newest_with_records(found: Sequence[Backup]) -> Path | None:
    """The newest backup that holds records (looking no further once one does)."""
    return next((b.path for b in found if holds_records(b.path)), None)


def keep_key_with_backups(journal: Path) -> None:
    """Beside the backups of a protected journal, keep the copy of its key file that
    opens them (refreshed when the key file changed, e.g. a new passphrase)."""
    from journal.crypto import keys

    key_file = keys.key_file_for(journal)
    copy = key_copy(journal)
    try:
        content = key_file.read_bytes()
    except FileNotFoundError:
        return
    if not copy.exists() or copy.read_bytes() != content:
        private_folder(copy.parent)
        write_atomically(copy, content)


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
    now: datetime | None = None,
) -> list[Backup]:
    """The backups rotation removes: all but the newest of each of the last `daily`
    days, `weekly` ISO weeks and `monthly` months that have backups, except that
    every backup of the 24 hours before `now` stays (a start backup after an
    interrupted restore must not rotate away the backup being restored). The
    newest backup is always kept. Pure: decides, deletes nothing."""
    # stable: backups of the same second keep list_backups' newest-first order
    ordered = sorted(backups, key=lambda b: b.taken, reverse=True)
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ]
    kept: set[int] = {0} if ordered else set()
    # The last day's backups all stay: one may be about to be restored.
    recent = (now or datetime.now().astimezone()) - timedelta(hours=KEEP_RECENT_HOURS)
    kept.update(i for i, backup in enumerate(ordered) if backup.taken >= recent)
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
    import hashlib  # not at every start: the start backup runs after the window shows

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
