"""Connections to an encrypted journal through SQLCipher (the sqlcipher3 package);
the SQL of journal.crypto (which holds the keys and the on/off procedure) lives here.

A connection is opened with the raw 256-bit data key (`PRAGMA key = "x'…'"`), so
no key derivation runs inside SQLCipher (Argon2id already ran in journal.crypto.keys).
SQLCipher encrypts every page of the file and of its -wal.

sqlcipher3's exception classes are its own, not the standard sqlite3 ones, so
`human_error` maps them by their SQLite error name to the same sentences as plain
SQLite (journal.storage.errors), and `translated()` re-raises them as such.
sqlite-utils works over these connections for every path the journal uses
(Migrations, atomic, query, execute, executemany); tests/journal/crypto checks it.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from journal.crypto.files import is_plain_sqlite
from journal.errors import JournalError
from journal.storage.errors import _BY_CODE
from journal.storage.errors import human_error as plain_human_error


def _sqlcipher() -> Any:
    """The sqlcipher3 module, loaded on first use: a plain journal never needs it."""
    import sqlcipher3

    return sqlcipher3


def _cipher_errors() -> tuple[type[Exception], ...]:
    """SQLCipher's error class; none while sqlcipher3 was never loaded."""
    loaded = sys.modules.get("sqlcipher3")
    return (loaded.Error,) if loaded is not None else ()


def _key_literal(key: bytes) -> str:
    return f"x'{key.hex()}'"


def connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    """A sqlcipher3 connection to the journal at `path`, encrypted with `key` (None:
    a plain file, read through SQLCipher so it can be exported). The key is checked
    by reading the schema; a mismatch raises the human error for a file that is not
    a journal. `read_only` connections can never write to or checkpoint the file."""
    with translated():
        return _connect(path, key, read_only=read_only)


def journal_connection(
    path: Path, key: bytes | None, *, read_only: bool = False, immutable: bool = False
) -> Any:
    """Like `connect`, wrapped so that its errors (also this one's) are the standard
    sqlite3 ones (journal.storage.cipher_compat): for the storage package and sqlite-utils."""
    from journal.storage.cipher_compat import Connection, stdlib_errors

    with stdlib_errors():
        return Connection(_connect(path, key, read_only=read_only, immutable=immutable))


def _read_only_uri(path: Path, immutable: bool) -> str:
    return f"file:{quote(str(path))}?mode=ro{'&immutable=1' if immutable else ''}"


def _connect(path: Path, key: bytes | None, *, read_only: bool, immutable: bool = False) -> Any:
    if read_only:
        connection = _sqlcipher().connect(
            _read_only_uri(path, immutable), uri=True, check_same_thread=False
        )
    else:
        connection = _sqlcipher().connect(str(path), check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        if key is not None:
            connection.execute(f'PRAGMA key = "{_key_literal(key)}"').fetchall()
        connection.execute("PRAGMA temp_store = MEMORY").fetchall()
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def export(source: Any, target: Path, key: bytes | None) -> None:
    """Copy the whole database behind `source` into a new file `target`, encrypted
    with `key` (or plain if None), with the header values sqlcipher_export leaves out
    (application_id, user_version). `target` must not exist yet."""
    with translated():
        source.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), _key_or_empty(key)))
        try:
            # The caller syncs the finished copy once; a sync per statement is slow.
            source.execute("PRAGMA target.synchronous = OFF").fetchall()
            source.execute("SELECT sqlcipher_export('target')").fetchall()
            for pragma in ("application_id", "user_version"):
                value = int(source.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                source.execute(f"PRAGMA target.{pragma} = {value}")
        finally:
            source.execute("DETACH DATABASE target")


def _key_or_empty(key: bytes | None) -> str:
    return "" if key is None else _key_literal(key)


def row_counts(connection: Any) -> dict[str, int]:
    """Every table's row count, to verify a copy holds every record."""
    with translated():
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: int(
                connection.execute(
                    f'SELECT count(*) FROM "{table.replace(chr(34), 2 * chr(34))}"'
                ).fetchone()[0]
            )
            for table in tables
        }


def integrity_problem(path: Path, key: bytes | None) -> str | None:
    """None if the (encrypted) database at `path` passes integrity_check, else why not."""
    try:
        connection = connect(path, key, read_only=True)
        try:
            found = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(3)")]
        finally:
            connection.close()
    except JournalError as error:
        return str(error)
    return None if found == ["ok"] else "; ".join(found)


def backup_into(source: Any, target: Path, key: bytes) -> None:
    """SQLite's online backup of the encrypted journal behind `source` into a new
    file `target`, encrypted with the same key (for journal.storage.backup)."""
    copy = connect(target, key)
    try:
        with translated():
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        copy.close()


def human_error(error: BaseException) -> JournalError | None:
    """The sentence for a SQLCipher error, the same as for plain SQLite's; None if
    the error is not one of SQLCipher's (or is a bug, like a syntax error)."""
    if not isinstance(error, _cipher_errors()):
        return None
    name = str(getattr(error, "sqlite_errorname", "") or "")
    primary = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    found = _BY_CODE.get(primary)
    return None if found is None else type(found)(str(found))


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise SQLCipher's (and SQLite's and the disk's) errors as JournalError."""
    try:
        yield
    except Exception as error:
        if not isinstance(error, (sqlite3.Error, OSError, *_cipher_errors())):
            raise
        human = human_error(error)
        if human is None and not isinstance(error, _cipher_errors()):
            human = plain_human_error(error)
        if human is None:
            raise
        raise human from error


def checkpoint(connection: Any) -> None:
    """Fold the -wal into the main file and empty it."""
    with translated():
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def verified_copy(source: Path, key: bytes | None, copy: Path, new_key: bytes | None) -> bool:
    """Write the whole database at `source` (under `key`) into the new file `copy`
    (under `new_key`; None: plain), and check that the copy opens, passes quick_check
    and has the same row counts. False (and no copy left) if it does not."""
    connection = connect(source, key)
    try:
        checkpoint(connection)
        expected = row_counts(connection)
        export(connection, copy, new_key)
    finally:
        connection.close()
    written = connect(copy, new_key)
    try:
        found = row_counts(written)
        with translated():
            check = [str(row[0]) for row in written.execute("PRAGMA quick_check")]
    finally:
        written.close()
    return found == expected and check == ["ok"]


# -- the storage package's door: plain or encrypted, by the file's own header ------

_KNOWN_KEYS: list[bytes] = []


def remember(key: bytes) -> None:
    """Keep a data key for this process, so backups, checks and restores of the
    encrypted journal it opened can read their files (the key lives in memory
    anyway while the journal is open)."""
    if key not in _KNOWN_KEYS:
        _KNOWN_KEYS.append(key)


def key_opens(path: Path, key: bytes) -> bool:
    """Whether `key` opens the encrypted file at `path` (reads only)."""
    try:
        _connect(path, key, read_only=True).close()
    except _sqlcipher().DatabaseError:
        return False
    return True


def key_for(path: Path) -> bytes | None:
    """The remembered key that opens the encrypted file at `path`; None for a plain,
    empty or missing file, and for one no remembered key opens (damaged, or not a
    database at all), which plain sqlite3 then reports as such."""
    if is_plain_sqlite(path):
        return None
    return next((key for key in _KNOWN_KEYS if key_opens(path, key)), None)


def sqlite_connection(
    path: Path, *, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A connection to the journal (or backup) at `path` for the storage package:
    the standard sqlite3 one for a plain file, else a SQLCipher one with the
    remembered key whose errors are sqlite3's (cipher_compat). `immutable` (read
    only) is for a file in a folder nobody can write to."""
    key = key_for(path)
    if key is None:
        if read_only:
            return sqlite3.connect(_read_only_uri(path, immutable), uri=True)
        return sqlite3.connect(str(path), check_same_thread=False)
    connection: sqlite3.Connection = journal_connection(
        path, key, read_only=read_only, immutable=immutable
    )
    return connection


def new_copy(target: Path, like: Path) -> sqlite3.Connection:
    """A new database file `target` for a backup of `like`: encrypted with the same
    key if `like` is encrypted, else plain."""
    key = key_for(like)
    if key is None:
        return sqlite3.connect(str(target))
    connection: sqlite3.Connection = journal_connection(target, key)
    return connection
