"""The journal file: opening it safely, its transactions, and its record tables.

This package is the only place that talks SQL. It sets the connection up once at
open (foreign keys, WAL, synchronous=FULL, secure_delete), upgrades the schema with
named migrations, refuses a journal written by a newer version before writing
anything, and turns SQLite's errors into the sentences of journal.errors.

Every open of a journal file is checked first (journal.storage.health): a damaged
file is moved aside and reported, never written into. A backup is taken before a
schema upgrade. `Journal.open(path, lock=True)` also takes the single-writer lock
(journal.storage.lock) for the journal's lifetime; the window and the writing
command-line verbs open it that way.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from journal import domain as d
from journal.crypto import keys
from journal.errors import JournalCorrupt, JournalMissing, JournalReadOnly, JournalTooNew
from journal.files import make_private, private_folder
from journal.i18n import _
from journal.storage import backup, belongings, capture, cipher, health, protection
from journal.storage import lock as writer_lock
from journal.storage.connection import Connection
from journal.storage.errors import translated
from journal.storage.repository import Repository, TableSpec
from journal.storage.spans import AttackRepository, DayRepository, DoseRepository
from journal.storage.versions import APPLICATION_ID, MIGRATION_NAMES, MIGRATION_SET

BUSY_TIMEOUT_MS = 5000


class Journal:
    """An open journal. Use `Journal.open(path)` or `Journal.in_memory()`."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = Connection(connection)
        self.path = path
        self._lock: writer_lock.WriterLock | None = None
        self.medications = Repository(
            self, TableSpec("medications", d.Medication, "name COLLATE NOCASE")
        )
        self.attacks = AttackRepository(self, TableSpec("attacks", d.Attack, "start, id"))
        self.doses = DoseRepository(self, TableSpec("doses", d.Dose, "taken, id"))
        self.factors = Repository(
            self,
            TableSpec("factors", d.Factor, "position, name", d.factor_shown, d.factor_stored),
        )
        self.day_entries = DayRepository(self, TableSpec("day_entries", d.DayEntry, "day"))
        self.bleeding_days = DayRepository(self, TableSpec("bleeding_days", d.BleedingDay, "day"))
        self.day_records = DayRepository(self, TableSpec("day_records", d.DayRecord, "day, id"))
        self.phases = Repository(self, TableSpec("hormonal_phases", d.HormonalPhase, "start, id"))
        self.treatments = Repository(self, TableSpec("treatments", d.Treatment, "start, id"))
        self.sessions = Repository(
            self, TableSpec("treatment_sessions", d.TreatmentSession, '"when", id')
        )
        self.side_effects = Repository(self, TableSpec("side_effects", d.SideEffect, "day, id"))
        self.midas = Repository(self, TableSpec("midas_entries", d.MidasEntry, "day, id"))
        self.hit6 = Repository(self, TableSpec("hit6_entries", d.Hit6Entry, "day, id"))
        self.visit_notes = Repository(self, TableSpec("visit_notes", d.VisitNote, "created, id"))

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        lock: bool = False,
        passphrase: str | None = None,
        start_empty: bool = False,
    ) -> Journal:
        """Open (and create or upgrade) the journal at `path`, after checking it.

        With `lock=True` the single-writer lock is held until `close()`; a journal
        another window holds raises JournalLocked. A damaged journal raises
        JournalDamaged (a JournalCorrupt) naming the newest good backup. A journal
        protected with a passphrase (journal.crypto) needs `passphrase` (or its
        recovery code): none raises PassphraseNeeded, a wrong one WrongPassphrase,
        and neither changes any file.

        The path is resolved to the real file here, once (journal.paths.real_path).
        Where there is no journal but its backups, copies kept aside or key file are,
        no empty journal is made unless the person chose to (`start_empty`):
        JournalGone says what is there. A journal in a folder that cannot be written
        to is opened read-only (without `lock`): reading, summaries, exports and
        reports still work.
        """
        from journal.paths import real_path

        path = real_path(path)
        if not path.exists():
            if not create:
                raise JournalMissing.at(path)
            if not start_empty:
                belongings.refuse_to_replace(path)
        elif not lock and not create and not _writable(path):
            return cls._open_read_only(path, passphrase)
        with translated():
            if create and not path.parent.exists():
                private_folder(path.parent)
            held = writer_lock.acquire(path) if lock else None
        try:
            journal = cls._open_checked(path, held, passphrase)
        except BaseException:
            if held is not None:
                held.release()
            raise
        journal._lock = held
        return journal

    @classmethod
    def _open_checked(
        cls, path: Path, held: writer_lock.WriterLock | None, passphrase: str | None = None
    ) -> Journal:
        """Check the file, then connect. While no other program writes, we hold the
        lock for the check, so a damaged file may be moved aside safely."""
        guard = held or _try_lock(path)
        try:
            key = _unlock(path, guard, passphrase)
            if path.exists():
                health.check_at_open(path, guard)
            existed = path.exists() and path.stat().st_size > 0
            with translated():
                connection = cipher.sqlite_connection(path)  # plain or encrypted
                make_private(path)  # before SQLite writes: its -wal/-shm take this mode
                try:
                    journal = cls(connection, path)
                    journal._prepare(existed=existed)
                    if guard is not None:
                        journal._settle(guard)
                        if key is not None:  # finish what an interrupted enable left plain
                            protection.encrypt_backups(path, key)
                        belongings.make_private(path)
                except BaseException:
                    connection.close()
                    raise
            return journal
        finally:
            if guard is not None and guard is not held:
                guard.release()

    @classmethod
    def _open_read_only(cls, path: Path, passphrase: str | None) -> Journal:
        """The journal in a folder nobody can write to: opened immutable (no program
        can change it there, and SQLite could not make its -shm), checked, never
        written. A journal that still needs an upgrade says so."""
        _unlock(path, None, passphrase)
        from journal.storage.health import refuse_foreign

        with translated():
            refuse_foreign(path)
            connection = cipher.sqlite_connection(path, read_only=True, immutable=True)
            try:
                journal = cls(connection, path)
                conn = journal._db.conn
                journal._refuse_foreign_or_newer()
                found = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
                if found != ["ok"]:
                    raise JournalCorrupt(
                        _(
                            "The journal is damaged; its folder is read-only, so it was left "
                            "as it is. Copy it to a folder you can write to and open it there."
                        )
                    )
                if journal.applied_migrations() != list(MIGRATION_NAMES):
                    raise JournalReadOnly(
                        _(
                            "This journal must be upgraded before it can be read, and its "
                            "folder is read-only; open it once where it can be written to."
                        )
                    )
                conn.execute("PRAGMA query_only = 1")
            except BaseException:
                connection.close()
                raise
        return journal

    def _settle(self, guard: writer_lock.WriterLock) -> None:
        """After a writer stopped without closing, its verified log is folded into the
        file. A writer's session is marked open at its first change (atomic)."""
        if guard.session() == writer_lock.SESSION_OPEN:
            self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            guard.mark(writer_lock.SESSION_CLEAN)

    @classmethod
    def in_memory(cls) -> Journal:
        """A throwaway journal for tests and previews."""
        journal = cls(sqlite3.connect(":memory:"), None)
        journal._prepare()
        return journal

    def _prepare(self, *, existed: bool = False) -> None:
        conn = self._db.conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._refuse_foreign_or_newer()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        if self.path is not None:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if self.applied_migrations() != list(MIGRATION_NAMES):
            from journal.storage.schema import apply_pending  # loads sqlite-utils

            if not self._db.table_names():
                # Marked first, so a file interrupted while being created is still ours.
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            elif existed and self.path is not None:
                backup.make_backup(self.path, connection=conn)  # before upgrading
            apply_pending(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if self.path is not None and not self.pragma("user_version"):
            # The journal's identity: a -wal file of another journal can be told apart.
            identity = int.from_bytes(os.urandom(4), "big") % (2**31 - 1) + 1
            conn.execute(f"PRAGMA user_version = {identity}")

    def _refuse_foreign_or_newer(self) -> None:
        """Read-only checks: the file is a journal of a version this app knows."""
        tables = set(self._db.table_names())
        application_id = self._db.conn.execute("PRAGMA application_id").fetchone()[0]
        if tables and application_id != APPLICATION_ID:
            raise JournalCorrupt(
                _("This file is a database, but not a Migraine Journal; it was not changed.")
            )
        applied = set(self.applied_migrations())
        unknown = applied - set(self.known_migrations())
        if unknown:
            raise JournalTooNew(
                _(
                    "This journal was saved by a newer version of Migraine Journal; "
                    "please update the app to open it (the file was not changed)."
                )
            )

    @staticmethod
    def known_migrations() -> list[str]:
        return list(MIGRATION_NAMES)

    def applied_migrations(self) -> list[str]:
        return self._db.applied_migrations(MIGRATION_SET)

    def migration_applied_at(self, name: str) -> str | None:
        """When this journal went through the named migration (sqlite-utils' UTC
        stamp), or None if it has not."""
        found = self.rows(
            "SELECT applied_at FROM _sqlite_migrations WHERE migration_set = ? AND name = ?",
            (MIGRATION_SET, name),
        )
        return str(found[0]["applied_at"]) if found else None

    def earliest_entry_created(self) -> str | None:
        """The earliest creation stamp of an attack or a dose (None without any)."""
        found = self.rows(
            "SELECT MIN(created) AS created FROM (SELECT created FROM attacks WHERE created != '' "
            "UNION ALL SELECT created FROM doses WHERE created != '')",
            (),
        )
        value = found[0]["created"] if found else None
        return str(value) if value else None

    def pragma(self, name: str) -> Any:
        return self._db.conn.execute(f"PRAGMA {name}").fetchone()[0]

    @property
    def holds_writer_lock(self) -> bool:
        return self._lock is not None and self._lock.held

    def close(self) -> None:
        """Close the journal. A writer folds its log into the file first and records
        a clean close, then lets go of the writer lock."""
        held, self._lock = self._lock, None
        try:
            if held is not None:
                try:
                    self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                    held.mark(writer_lock.SESSION_CLEAN)
                except (sqlite3.Error, OSError):
                    pass  # the next open verifies the log instead
        finally:
            self._db.close()
            if held is not None:
                held.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- SQL, for the storage package only -----------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (or a savepoint inside the caller's transaction). The
        changes it captured get their clock readings before it commits."""
        outermost = not self._db.conn.in_transaction
        with writer_lock.session_write(self._lock, self._db.conn), translated(), self._db.atomic():
            yield
            if outermost:
                capture.stamp_pending(self)

    def rows(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        with translated():
            return self._db.query(sql, params)

    def tuples(self, sql: str, params: Sequence[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The column names and the rows as plain tuples: the fast path for reading
        many records (no dict per row)."""
        with translated():
            cursor = self._db.conn.execute(sql, params)
            return [column[0] for column in cursor.description], cursor.fetchall()

    def run(self, sql: str, params: Sequence[Any]) -> None:
        with translated():
            self._db.execute(sql, params)

    def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with translated():
            self._db.conn.executemany(sql, rows)

    # -- journal-level settings ---------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        found = self.rows("SELECT value FROM settings WHERE key = ?", (key,))
        return str(found[0]["value"]) if found else default

    def settings(self) -> dict[str, str]:
        """Every journal-level setting (for export)."""
        rows = self.rows("SELECT key, value FROM settings ORDER BY key", ())
        return {str(row["key"]): str(row["value"]) for row in rows}

    def set_setting(self, key: str, value: str) -> None:
        with self.atomic():
            self.run(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _unlock(
    path: Path, guard: writer_lock.WriterLock | None, passphrase: str | None
) -> bytes | None:
    """The data key of an encrypted journal (remembered for its backups and checks),
    None for a plain one. While no other program writes, the leftovers of an
    interrupted `protect` are cleaned up first (journal.crypto.protect)."""
    if guard is not None:
        protection.finish_interrupted(path)
    if not protection.is_protected(path):
        return None
    if passphrase is None:
        raise keys.PassphraseNeeded(
            _("This journal is protected with a passphrase; type it to open the journal.")
        )
    key = keys.data_key_for(path, passphrase)
    if not cipher.key_opens(path, key):
        raise keys.KeyFileDamaged(
            _(
                "The key file {key_file} does not open the journal {name} "
                "(it belongs to another journal, or the journal file is damaged); "
                "nothing was changed. Put the journal's own key file beside it, or restore a "
                "backup."
            ).format(key_file=keys.key_file_for(path).name, name=path.name)
        )
    cipher.remember(key)
    return key


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)


def _try_lock(path: Path) -> writer_lock.WriterLock | None:
    """The writer lock for a moment, if free and the folder lets us make the lock file."""
    try:
        return writer_lock.try_acquire(path)
    except OSError:
        return None
