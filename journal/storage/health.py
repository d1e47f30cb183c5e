"""The journal's health: the check at every open, `check`, and a guided `restore`
(journal.storage.restore).

At open the journal is read through a read-only connection (which can never write
or checkpoint into a damaged file) and checked with `PRAGMA quick_check`; after a
writer stopped without closing, the recovered log is checked in full with
`PRAGMA integrity_check` and against the journal's identity, which catches a
foreign -wal file. A missing -wal counts as damage only on positive evidence that
changes were lost with it (`log_lost`): a healthy journal is never moved aside.
A damaged journal is moved aside, never deleted, and the caller gets a
JournalDamaged naming the newest good backup and its age. A file that is not a
database at all (NotAJournal) and an encrypted journal whose key file is missing
(KeyFileMissing) are two other sentences, and neither renames anything.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from journal.errors import JournalMissing
from journal.i18n import _, moment_text
from journal.storage import backup as backups
from journal.storage import cipher
from journal.storage import lock as writer_lock
from journal.storage.errors import JournalDamaged, KeyFileMissing, NotAJournal, translated
from journal.storage.kept import SIDE_FILES, move_aside, side_file
from journal.storage.restore import RestoreResult, restore

__all__ = ["SIDE_FILES", "RestoreResult", "check", "restore", "side_file"]

WAL_HEADER_BYTES = 32
LOST_LOG = "its -wal file, which holds the latest changes, is missing"
# SQLite's wal-index (-shm) header: two equal 48-byte copies, then the checkpoint
# info; native byte order. https://sqlite.org/walformat.html#the_wal_index_file_format
WAL_INDEX_VERSION = 3007000
WAL_INDEX_HEADER_BYTES = 136


def find_problem(
    journal: Path, *, lock_free: bool, session: str, opened_as: str = ""
) -> str | None:
    """None if the journal looks healthy, else what is wrong with it. Reads only.

    `lock_free` says no other program is writing (so the -wal left beside the file
    is a leftover to verify, not a live writer's); `session` is what the lock file
    says about the last writer, `opened_as` the journal file's fingerprint it
    recorded with an open session (see journal.storage.lock).
    """
    if lock_free and session == writer_lock.SESSION_OPEN and log_lost(journal, opened_as):
        return LOST_LOG
    wal = side_file(journal, "-wal")
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
    except UnicodeDecodeError:  # SQLite's message quotes a damaged name: bytes, not text
        return "malformed database schema"
    if found != ["ok"]:
        return _plain(found)
    stored = backups.stored_identity(journal)
    if recovered and stored and identity != stored:
        return "its -wal file belongs to another journal"
    return None


def log_lost(journal: Path, opened_as: str) -> bool:
    """Whether changes a writer committed in its open session are gone with its -wal.

    A -wal also disappears without any loss: SQLite folds it into the file and
    deletes it (with the -shm) whenever the last program using the journal closes
    it, e.g. a reader that outlived a crashed window. So only positive evidence
    counts: the -shm index the writer left says its log held frames not yet copied
    into the file; or, with no index, the file is exactly as the writer recorded
    it before a committed change (`opened_as`), which no checkpoint of that change
    could leave it. Unsure means not lost: moving a healthy journal aside is the
    worse error, and a real loss still has the backups.
    """
    wal = side_file(journal, "-wal")
    if wal.exists():
        return False
    pending = unfolded_frames(side_file(journal, "-shm"))
    if pending is not None:
        lost = pending > 0
    else:
        lost = bool(opened_as) and writer_lock.journal_fingerprint(journal) == opened_as
    return lost and not wal.exists()  # a program that connected meanwhile began a new log


def unfolded_frames(shm: Path) -> int | None:
    """How many frames the -shm index says its log holds that are not yet copied
    into the journal file (None if there is no consistent index to read)."""
    try:
        with shm.open("rb") as stream:
            header = stream.read(WAL_INDEX_HEADER_BYTES)
    except OSError:
        return None
    if len(header) < WAL_INDEX_HEADER_BYTES or header[:48] != header[48:96]:
        return None  # no index, or its writer stopped halfway through updating it
    version, _, _, initialised = struct.unpack_from("=IIIB", header, 0)
    if version != WAL_INDEX_VERSION or not initialised:
        return None
    last_frame = int(struct.unpack_from("=I", header, 16)[0])
    backfilled = int(struct.unpack_from("=I", header, 96)[0])
    return max(last_frame - backfilled, 0)


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
        refuse_foreign(journal)
        if journal.stat().st_size == 0:
            if backups.list_backups(journal):
                return "the journal file is empty, though it has backups"
            return None  # a new journal that was never written to
        if guard is None:
            return find_problem(journal, lock_free=False, session="")
        return find_problem(
            journal, lock_free=True, session=guard.session(), opened_as=guard.opened_as()
        )


def refuse_foreign(journal: Path) -> None:
    """Raise NotAJournal for a file that is no database at all, KeyFileMissing for an
    encrypted journal whose key file is gone; neither renames or changes anything.
    Only what passes this and then fails SQLite's check is called damaged."""
    from journal.crypto import keys
    from journal.crypto.files import has_sqlite_pages, is_plain_sqlite, looks_encrypted

    if is_plain_sqlite(journal) or has_sqlite_pages(journal):
        return  # a journal; SQLite's check says whether it is damaged
    key_file = keys.key_file_for(journal)
    if key_file.exists():
        return  # protected: the passphrase opens it (a wrong key is said as such)
    if looks_encrypted(journal):
        raise KeyFileMissing(
            _(
                "The journal {name} is protected with a passphrase, but its key file "
                "{key_file} is missing from {parent}, so it cannot be opened; "
                "put the key file back beside the journal{key_copy_hint}. "
                "Nothing was changed."
            ).format(
                name=journal.name,
                key_file=key_file.name,
                parent=journal.parent,
                key_copy_hint=_key_copy_hint(journal),
            )
        )
    raise NotAJournal(
        _(
            "{journal} is not a Migraine Journal (it is not a database at all); "
            "it was not changed. Give the path of a journal file."
        ).format(journal=journal)
    )


def _key_copy_hint(journal: Path) -> str:
    copy = backups.key_copy(journal)
    return _(" (a copy of it is kept as {copy})").format(copy=copy) if copy.exists() else ""


def damaged(journal: Path, problem: str, guard: writer_lock.WriterLock | None) -> JournalDamaged:
    """Set the damaged journal aside (if no other window has it) and say what to do."""
    moved = move_aside(journal, "damaged", guard) if guard is not None else None
    good = backups.newest_good_backup(journal)
    age = good.age() if good is not None else None
    if moved is None:
        sentence = _(
            "The journal is damaged; close the other Migraine Journal window, then open it "
            "again to restore a backup."
        )
        return JournalDamaged(sentence, problem=problem, moved_to=None, backup=good, age=age)
    if good is None:
        sentence = _(
            "The journal is damaged and was kept aside as {name}; there is no backup to "
            "restore from."
        ).format(name=moved.name)
    else:
        sentence = _(
            "The journal is damaged and was kept aside as {name}; the newest good backup is "
            "{age} old ({when}) and can be restored."
        ).format(name=moved.name, age=age, when=moment_text(good.taken))
    return JournalDamaged(sentence, problem=problem, moved_to=moved, backup=good, age=age)


@dataclass(frozen=True)
class CheckResult:
    """What `check` found: the journal is fine, and the newest good backup."""

    journal: Path
    backup: backups.Backup | None

    def sentence(self) -> str:
        if self.backup is None:
            return _("{journal} passed the integrity check; it has no backup yet.").format(
                journal=self.journal
            )
        return _(
            "{journal} passed the integrity check; the newest good backup is {age} old."
        ).format(journal=self.journal, age=self.backup.age())


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
