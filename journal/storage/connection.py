"""The journal's SQLite connection: statements, transactions and savepoints.

A thin layer over a DB-API connection (the standard sqlite3 one, or SQLCipher's
through cipher_compat) with the same transaction rules as sqlite-utils: a write
outside a transaction commits at once, `atomic()` nests as savepoints, and a
failed statement never leaves a half-open transaction behind. sqlite-utils itself
is only loaded to apply schema migrations (journal.storage.schema): importing it
costs more than the rest of opening a journal, and the window opens on every start.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations
_TRANSACTION_CONTROL = {"BEGIN", "SAVEPOINT", "RELEASE", "COMMIT", "END", "ROLLBACK"}


class Connection:
    """Statements on one open database; `conn` is the DB-API connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows of a SELECT as dicts keyed by column name."""
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement; outside a transaction a write is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, params)
        except BaseException:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None  # rows still to be read: not yet
            and sql.lstrip().split(None, 1)[0].upper() not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction, or a savepoint inside the one already open."""
        if self.conn.in_transaction:
            savepoint = f"journal_{os.urandom(8).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [str(row[0]) for row in rows.fetchall()]

    def applied_migrations(self, migration_set: str) -> list[str]:
        """Names of the migrations of `migration_set` applied, in order (read only)."""
        if MIGRATIONS_TABLE not in self.table_names():
            return []
        rows = self.conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            (migration_set,),
        )
        return [str(row[0]) for row in rows.fetchall()]

    def close(self) -> None:
        self.conn.close()
