"""The journal's health: the check at every open, `check`, and a guided `restore`.

At open the journal is read through a read-only connection (which can never write
or checkpoint into a damaged file) and checked with `PRAGMA quick_check`; after a
writer stopped without closing, the recovered log is checked in full with
`PRAGMA integrity_check` and against the journal's identity, which catches a
missing or foreign -wal file. A damaged journal is moved aside, never deleted,
and the caller gets a JournalDamaged naming the newest good backup and its age.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.errors import JournalCorrupt, JournalMissing
from journal.files import sync_file, sync_folder
from journal.storage import backup as backups
from journal.storage import cipher
from journal.storage import lock as writer_lock
from journal.storage.errors import JournalDamaged, translated

SIDE_FILES = ("-wal", "-shm")
WAL_HEADER_BYTES = 32


def side_file(journal: Path, suffix: str) -> Path:
    return journal.with_name(journal.name + suffix)


def stored_identity(journal: Path) -> int:
    """The identity written in the main file's header (0 if it has none yet)."""
    with journal.open("rb") as stream:
        header = stream.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return 0
    return int.from_bytes(header[60:64], "big")


def find_problem(journal: Path, *, lock_free: bool, session: str) -> str | None:
    """None if the journal looks healthy, else what is wrong with it. Reads only.

    `lock_free` says no other program is writing (so the -wal left beside the file
    is a leftover to verify, not a live writer's); `session` is what the lock file
    says about the last writer.
    """
    wal = side_file(journal, "-wal")
    lost_log = lock_free and session == writer_lock.SESSION_OPEN and not wal.exists()
    if lost_log and not _checkpointed_since_session_start(journal):
        return "its -wal file, which holds the latest changes, is missing"
    recovered = lock_free and wal.exists() and wal.stat().st_size > WAL_HEADER_BYTES
    try:
        found, identity = _checked(journal, "integrity_check" if recovered else "quick_check")
    except sqlite3.DatabaseError as error:
        name = getattr(error, "sqlite_errorname", "") or ""
        if isinstance(error, sqlite3.OperationalError) and not name.startswith(
            ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        ):
            raise  # busy, unreadable, an I/O error: not damage (translated by the caller)
        return str(error)
    if found != ["ok"]:
        return _plain(found)
    stored = stored_identity(journal)
    if recovered and stored and identity != stored:
        return "its -wal file belongs to another journal"
    return None


def _checkpointed_since_session_start(journal: Path) -> bool:
    """Whether the journal file changed after the last writer marked its session
    open. If it did, a checkpoint (its own, or another SQLite program's after the
    crash) folded the log into the file, and a missing -wal is not proof of loss;
    if it did not, every change of that session was in the -wal that is gone."""
    started = writer_lock.lock_path(journal).stat().st_mtime_ns
    return journal.stat().st_mtime_ns > started


def _checked(journal: Path, check: str) -> tuple[list[str], int]:
    """Run the check; also read the identity the journal shows through its log."""
    try:
        connection = backups.read_only(journal)
        return _run(connection, check)
    except sqlite3.OperationalError as error:
        name = getattr(error, "sqlite_errorname", "") or ""
        if not name.startswith("SQLITE_READONLY"):
            raise
    # An interrupted rollback-mode write left a hot journal, which only a writable
    # connection may roll back (that is SQLite's own recovery); it runs no writes.
    connection = cipher.sqlite_connection(journal)
    connection.execute("PRAGMA query_only = 1")
    return _run(connection, check)


def _run(connection: sqlite3.Connection, check: str) -> tuple[list[str], int]:
    try:
        found = [str(row[0]) for row in connection.execute(f"PRAGMA {check}(3)")]
        identity = int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()
    return found, identity


def _plain(found: list[str]) -> str:
    lines = [line for text in found for line in text.splitlines() if not line.startswith("***")]
    return "; ".join(lines)


def check_at_open(journal: Path, guard: writer_lock.WriterLock | None) -> None:
    """Raise JournalDamaged (after moving the file aside if we may) when damaged."""
    problem = _problem_of(journal, guard)
    if problem is not None:
        raise damaged(journal, problem, guard)


def _problem_of(journal: Path, guard: writer_lock.WriterLock | None) -> str | None:
    with translated():
        if journal.stat().st_size == 0:
            if backups.list_backups(journal):
                return "the journal file is empty, though it has backups"
            return None  # a new journal that was never written to
        session = guard.session() if guard is not None else ""
        return find_problem(journal, lock_free=guard is not None, session=session)


def damaged(journal: Path, problem: str, guard: writer_lock.WriterLock | None) -> JournalDamaged:
    """Set the damaged journal aside (if no other window has it) and say what to do."""
    moved = move_aside(journal, "damaged", guard) if guard is not None else None
    good = backups.newest_good_backup(journal)
    age = good.age() if good is not None else None
    if moved is None:
        first = (
            "The journal is damaged; close the other Migraine Journal window, then open it again"
        )
        return JournalDamaged(
            first + " to restore a backup.", problem=problem, moved_to=None, backup=good, age=age
        )
    first = f"The journal is damaged and was kept aside as {moved.name}"
    if good is None:
        rest = "; there is no backup to restore from."
    else:
        when = f"{good.taken:%Y-%m-%d %H:%M}"
        rest = f"; the newest good backup is {age} old ({when}) and can be restored."
    return JournalDamaged(first + rest, problem=problem, moved_to=moved, backup=good, age=age)


def move_aside(journal: Path, label: str, guard: writer_lock.WriterLock) -> Path:
    """Rename the journal and its -wal/-shm to `<name>.<label>-YYYYMMDD-HHMMSS`,
    never deleting anything. Returns the new name of the journal file."""
    stamp = datetime.now().strftime(backups.STAMP)
    target = journal.with_name(f"{journal.name}.{label}-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = journal.with_name(f"{journal.name}.{label}-{stamp}-{number}")
    with translated():
        for suffix in ("", *SIDE_FILES):
            source = side_file(journal, suffix)
            if source.exists():
                os.replace(source, side_file(target, suffix))
        sync_folder(journal.parent)
        guard.mark(writer_lock.SESSION_CLEAN)  # there is no writer's log left to expect
    return target


@dataclass(frozen=True)
class CheckResult:
    """What `check` found: the journal is fine, and the newest good backup."""

    journal: Path
    backup: backups.Backup | None

    def sentence(self) -> str:
        if self.backup is None:
            return f"{self.journal} passed the integrity check; it has no backup yet."
        return (
            f"{self.journal} passed the integrity check; the newest good backup is "
            f"{self.backup.age()} old."
        )


def check(journal: Path) -> CheckResult:
    """The full `integrity_check`, headless. A damaged journal is moved aside and
    JournalDamaged raised, as at open."""
    journal = Path(journal)
    if not journal.exists():
        raise JournalMissing.at(journal)
    with translated():
        guard = writer_lock.try_acquire(journal)
    try:
        problem = _problem_of(journal, guard)
        if problem is None and journal.stat().st_size:
            problem = backups.integrity_problem(journal)
        if problem is not None:
            raise damaged(journal, problem, guard)
    finally:
        if guard is not None:
            guard.release()
    return CheckResult(journal, backups.newest_good_backup(journal))


@dataclass(frozen=True)
class RestoreResult:
    """What `restore` did: the backup it put in place and where the old file went."""

    backup: Path
    kept: Path | None

    def sentence(self) -> str:
        kept = f"; the previous file was kept as {self.kept.name}" if self.kept else ""
        return f"Restored the journal from {self.backup.name}{kept}."


def restore(
    journal: Path, backup: Path | None = None, *, guard: writer_lock.WriterLock | None = None
) -> RestoreResult:
    """Put a backup in place of the journal (the newest good one unless `backup` is
    given), keeping the current file aside first. Takes the writer lock unless the
    caller passes the one it holds."""
    journal = Path(journal)
    if backup is None:
        newest = backups.newest_good_backup(journal)
        if newest is None:
            raise JournalMissing("There is no good backup of this journal to restore.")
        backup = newest.path
    backup = Path(backup)
    if not backup.is_file():
        raise JournalMissing(f"There is no backup at {backup}.")
    if not backups.is_good(backup):
        raise JournalCorrupt(f"The backup {backup.name} is damaged too; choose another one.")
    with translated():
        held = guard or writer_lock.acquire(journal)
    try:
        kept = None
        if any(side_file(journal, s).exists() for s in ("", *SIDE_FILES)):
            kept = move_aside(journal, "before-restore", held)
        temporary = journal.with_name(f".{journal.name}.restoring")
        with translated():
            try:
                shutil.copyfile(backup, temporary)
                sync_file(temporary)
                os.replace(temporary, journal)
            finally:
                temporary.unlink(missing_ok=True)
            sync_folder(journal.parent)
            held.mark(writer_lock.SESSION_CLEAN)
    finally:
        if guard is None:
            held.release()
    return RestoreResult(backup, kept)
