"""SQLCipher connections: the journal's storage paths work over them, and their
errors read as the same sentences as plain SQLite's."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from crypto_helpers import MARKER

from journal import domain as d
from journal.crypto import keys
from journal.errors import JournalCorrupt, JournalError, JournalLocked, JournalReadOnly
from journal.storage import Journal, cipher
from journal.storage.cipher_compat import as_stdlib
from journal.storage.errors import ConflictingEntry, human_error


def _encrypted_journal(path: Path, key: bytes) -> Journal:
    connection = cipher.journal_connection(path, key)
    journal = Journal(connection, path)
    journal._prepare()
    return journal


def test_every_storage_path_works_over_a_sqlcipher_connection(
    tmp_path: Path, fill: Callable[[Journal], None]
) -> None:
    path, key = tmp_path / "journal.sqlite3", keys.new_data_key()
    journal = _encrypted_journal(path, key)  # Migrations create the schema
    assert journal.applied_migrations() == Journal.known_migrations()
    fill(journal)  # execute, query, atomic through every repository
    with journal.atomic():
        journal.visit_notes.save(d.VisitNote("outer"))
        with pytest.raises(RuntimeError), journal.atomic():  # a savepoint, rolled back
            journal.visit_notes.save(d.VisitNote("inner"))
            raise RuntimeError("undo the inner one")
    notes = {n.text for n in journal.visit_notes.all()}
    assert "outer" in notes and "inner" not in notes
    journal.run_many("INSERT INTO settings (key, value) VALUES (?, ?)", [("a", "1"), ("b", "2")])
    assert journal.setting("b") == "2"
    expected = {n.id for n in journal.visit_notes.all()}
    journal.close()
    reopened = _encrypted_journal(path, key)
    assert {n.id for n in reopened.visit_notes.all()} == expected
    assert reopened.pragma("journal_mode") == "wal"
    reopened.close()


def test_encrypted_journal_and_its_wal_hold_no_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = _encrypted_journal(path, keys.new_data_key())
    journal.visit_notes.save(d.VisitNote(MARKER))
    wal = tmp_path / "journal.sqlite3-wal"
    assert wal.stat().st_size > 0
    for file in tmp_path.iterdir():
        assert MARKER.encode() not in file.read_bytes(), file.name
    journal.close()


def test_a_wrong_data_key_reads_as_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    cipher.connect(path, keys.new_data_key()).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(JournalCorrupt, match="not a journal"):
        cipher.connect(path, keys.new_data_key())


def test_backup_of_an_encrypted_journal_is_encrypted_with_the_same_key(tmp_path: Path) -> None:
    key = keys.new_data_key()
    journal = _encrypted_journal(tmp_path / "journal.sqlite3", key)
    journal.visit_notes.save(d.VisitNote(MARKER))
    copy = tmp_path / "copy.sqlite3"
    cipher.backup_into(journal._db.conn, copy, key)
    journal.close()
    assert MARKER.encode() not in copy.read_bytes()
    assert cipher.integrity_problem(copy, key) is None
    assert cipher.integrity_problem(copy, keys.new_data_key()) is not None
    reading = cipher.connect(copy, key)
    assert reading.execute("SELECT text FROM visit_notes").fetchall() == [(MARKER,)]
    reading.close()


# -- errors: each failure is produced by both modules and must read the same ------


def _duplicate(module: Any, path: Path) -> None:
    connection = module.connect(str(path))
    connection.execute("CREATE TABLE t (id TEXT PRIMARY KEY)")
    connection.execute("INSERT INTO t VALUES ('a')")
    connection.execute("INSERT INTO t VALUES ('a')")


def _read_only_write(module: Any, path: Path) -> None:
    module.connect(str(path)).execute("CREATE TABLE t (x)").connection.close()
    module.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")


def _missing_folder(module: Any, path: Path) -> None:
    module.connect(str(path.parent / "missing" / "j.sqlite3")).execute("CREATE TABLE t (x)")


def _busy(module: Any, path: Path) -> None:
    first = module.connect(str(path), timeout=0)
    first.execute("CREATE TABLE t (x)")
    first.commit()
    first.execute("BEGIN IMMEDIATE")
    second = module.connect(str(path), timeout=0)
    second.execute("BEGIN IMMEDIATE")


def _not_a_database(module: Any, path: Path) -> None:
    path.write_bytes(b"this is a text file, not a database at all" * 200)
    module.connect(str(path)).execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (_duplicate, ConflictingEntry),
        (_read_only_write, JournalReadOnly),
        (_missing_folder, JournalReadOnly),
        (_busy, JournalLocked),
        (_not_a_database, JournalCorrupt),
    ],
)
def test_sqlcipher_errors_read_as_the_same_sentences_as_sqlite_errors(
    tmp_path: Path, failure: Callable[[Any, Path], None], expected: type[JournalError]
) -> None:
    (tmp_path / "plain").mkdir()
    (tmp_path / "cipher").mkdir()
    with pytest.raises(sqlite3.Error) as plain:
        failure(sqlite3, tmp_path / "plain" / "j.sqlite3")
    with pytest.raises(sqlcipher3.Error) as ciphered:
        failure(sqlcipher3, tmp_path / "cipher" / "j.sqlite3")
    from_plain, from_cipher = human_error(plain.value), cipher.human_error(ciphered.value)
    assert type(from_cipher) is type(from_plain) is expected
    assert str(from_cipher) == str(from_plain)
    with pytest.raises(expected), cipher.translated():
        raise ciphered.value
    assert type(human_error(as_stdlib(ciphered.value))) is expected


def test_storage_errors_over_an_encrypted_journal_are_the_plain_sentences(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    key = keys.new_data_key()
    journal = Journal(cipher.journal_connection(path, key), path)
    journal._prepare()
    note = journal.visit_notes.save(d.VisitNote("once"))
    with pytest.raises(ConflictingEntry, match="clashes"):
        journal.visit_notes.insert_exact([note])
    with pytest.raises(sqlite3.OperationalError):  # a bug stays a bug, as with sqlite3
        journal.rows("SELEKT 1", ())
    journal.close()
    with pytest.raises(sqlite3.DatabaseError) as wrong:
        cipher.journal_connection(path, keys.new_data_key())
    assert type(human_error(wrong.value)) is JournalCorrupt


def test_a_sqlcipher_bug_like_a_syntax_error_is_not_disguised(tmp_path: Path) -> None:
    connection = cipher.connect(tmp_path / "j.sqlite3", keys.new_data_key())
    with pytest.raises(sqlcipher3.OperationalError), cipher.translated():
        connection.execute("SELEKT 1")
    connection.close()


def test_storage_connections_follow_the_file_plain_or_encrypted_with_a_known_key(
    tmp_path: Path,
) -> None:
    plain, secret = tmp_path / "plain.sqlite3", tmp_path / "secret.sqlite3"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    key = keys.new_data_key()
    cipher.connect(secret, key).execute("CREATE TABLE t (x)").connection.close()
    assert cipher.key_for(plain) is None
    assert isinstance(cipher.sqlite_connection(plain, read_only=True), sqlite3.Connection)
    if key in cipher._KNOWN_KEYS:
        cipher._KNOWN_KEYS.remove(key)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):  # key not given
        cipher.sqlite_connection(secret, read_only=True).execute("SELECT * FROM t")
    cipher.remember(key)
    reading = cipher.sqlite_connection(secret, read_only=True)
    assert reading.execute("SELECT count(*) FROM t").fetchone() == (0,)
    with pytest.raises(sqlite3.OperationalError):  # read-only, as sqlite3 says it
        reading.execute("INSERT INTO t VALUES (1)")
    copy = cipher.new_copy(tmp_path / "copy.sqlite3", like=secret)
    reading.backup(copy)
    copy.close()
    reading.close()
    assert cipher.key_for(tmp_path / "copy.sqlite3") == key
