"""Shared helpers for the encryption tests: fast key-derivation parameters, a filled
journal on disk, and a digest of every record to compare states exactly."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from journal import domain as d
from journal.crypto import keys, protect
from journal.crypto.files import is_plain_sqlite
from journal.storage import Journal, cipher

FAST = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # tests only
MARKER = "ZEBRA-MARKER-7731"


def make_journal(path: Path, *, notes: int = 40) -> None:
    """A journal with several record types, the marker in a note and one backup."""
    from journal.storage import backup

    journal = Journal.open(path)
    try:
        journal.visit_notes.save(d.VisitNote(f"Ask about {MARKER} please"))
        for number in range(notes):
            journal.visit_notes.save(d.VisitNote(f"note {number} {'x' * 200}"))
        journal.medications.save(
            d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, d.Use.ACUTE, "50 mg")
        )
        journal.set_setting("cycle_tracking", "on")
    finally:
        journal.close()
    backup.make_backup(path)


def digest(connection: Any) -> str:
    """Every row of every table, in a stable order, hashed."""
    found = hashlib.sha256()
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    for table in tables:
        rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
        found.update(table.encode())
        found.update(repr(sorted(repr(row) for row in rows)).encode())
    return found.hexdigest()


def plain_digest(path: Path) -> str:
    connection = sqlite3.connect(str(path))
    try:
        return digest(connection)
    finally:
        connection.close()


def encrypted_digest(path: Path, key: bytes) -> str:
    connection = cipher.connect(path, key)
    try:
        return digest(connection)
    finally:
        connection.close()


def state_of(path: Path, secrets: tuple[str, ...]) -> tuple[str, str | None, str]:
    """How the journal opens now, as the app would: ("plain", None, digest) or
    ("encrypted", the secret that opened it, digest)."""
    protect.finish_interrupted(path)
    leftovers = [p.name for p in every_file(path.parent) if p.name.startswith(".")]
    assert leftovers == [], f"temporary files left: {leftovers}"
    if not protect.is_protected(path):
        assert not keys.key_file_for(path).exists()
        _check_backups(path, None)
        return "plain", None, plain_digest(path)
    for secret in secrets:
        try:
            key = keys.data_key_for(path, secret)
        except keys.WrongPassphrase:
            continue
        _check_backups(path, key)
        return "encrypted", secret, encrypted_digest(path, key)
    raise AssertionError("no passphrase opens the journal")


def _check_backups(path: Path, key: bytes | None) -> None:
    """Every backup opens: plain, or with the journal's key."""
    for backup in (path.parent / "backups").glob("*.sqlite3"):
        if is_plain_sqlite(backup):
            assert cipher.integrity_problem(backup, None) is None, backup.name
        else:
            assert key is not None, f"{backup.name} is encrypted beside a plain journal"
            assert cipher.integrity_problem(backup, key) is None, backup.name


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def files_containing(folder: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in every_file(folder) if needle in p.read_bytes()]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time (ns)."""
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in every_file(folder)}
