"""Turning protection on and off and changing the passphrase, on real files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from crypto_helpers import (
    FAST,
    MARKER,
    encrypted_digest,
    every_file,
    files_containing,
    make_journal,
    plain_digest,
    snapshot,
    state_of,
)

from journal import domain as d
from journal.crypto import keys, protect
from journal.errors import JournalError, JournalLocked
from journal.storage import Journal, cipher, protection
from journal.storage import lock as writer_lock


@pytest.fixture
def path(tmp_path: Path) -> Path:
    journal = tmp_path / "journal.sqlite3"
    make_journal(journal)
    return journal


def test_marker_is_absent_from_journal_wal_backups_and_temporary_files_once_protected(
    path: Path,
) -> None:
    folder = path.parent
    before = plain_digest(path)
    assert files_containing(folder, MARKER)  # journal and backup, before
    code = protect.enable(path, "secret", params=FAST)
    assert code is not None
    assert files_containing(folder, MARKER) == []
    key = keys.data_key_for(path, "secret")
    assert encrypted_digest(path, key) == before
    # While the encrypted journal is open and writing, its -wal is encrypted too.
    journal = Journal(cipher.connect(path, key), path)
    journal._prepare()
    journal.visit_notes.save(d.VisitNote(f"second {MARKER}"))
    assert (folder / "journal.sqlite3-wal").stat().st_size > 0
    assert files_containing(folder, MARKER) == []
    journal.close()
    backups = list((folder / "backups").glob("*.sqlite3"))
    assert backups and all(MARKER.encode() not in b.read_bytes() for b in backups)
    assert all(cipher.integrity_problem(b, key) is None for b in backups)
    assert not [p for p in every_file(folder) if p.name.startswith(".")]


def test_recovery_code_opens_the_journal_and_can_turn_protection_off(path: Path) -> None:
    before = plain_digest(path)
    code = protect.enable(path, "secret", params=FAST)
    assert code is not None
    assert state_of(path, (code.text,)) == ("encrypted", code.text, before)
    protect.disable(path, code.text.lower())
    assert state_of(path, ()) == ("plain", None, before)


@pytest.mark.parametrize("operation", ["disable", "change"])
def test_a_wrong_passphrase_changes_no_file_at_all(path: Path, operation: str) -> None:
    protect.enable(path, "secret", params=FAST)
    before = snapshot(path.parent)
    with pytest.raises(keys.WrongPassphrase, match="nothing was changed"):
        if operation == "disable":
            protect.disable(path, "Secret")
        else:
            protect.change(path, "Secret", "new", params=FAST)
    after = snapshot(path.parent)
    lock = str(writer_lock.lock_path(path))
    after.pop(lock, None), before.pop(lock, None)  # the lock file is taken, not changed
    assert after == before


def test_passphrase_change_rewraps_only_the_key_file(path: Path) -> None:
    protect.enable(path, "old", params=FAST)
    data_key = keys.data_key_for(path, "old")
    journal_bytes, key_bytes = path.read_bytes(), keys.key_file_for(path).read_bytes()
    backups = {b: b.read_bytes() for b in (path.parent / "backups").glob("*.sqlite3")}
    protect.change(path, "old", "new", params=FAST)
    assert path.read_bytes() == journal_bytes
    assert {b: b.read_bytes() for b in (path.parent / "backups").glob("*.sqlite3")} == backups
    assert keys.key_file_for(path).read_bytes() != key_bytes
    # The copy kept with the backups follows the key file (it opens the same backups).
    assert (path.parent / "backups" / "journal.sqlite3.key").read_bytes() == (
        keys.key_file_for(path).read_bytes()
    )
    assert keys.data_key_for(path, "new") == data_key
    with pytest.raises(keys.WrongPassphrase):
        keys.data_key_for(path, "old")


def test_turning_protection_off_restores_a_plain_journal_and_plain_backups(path: Path) -> None:
    before = plain_digest(path)
    protect.enable(path, "secret", params=FAST)
    protect.disable(path, "secret")
    assert not keys.key_file_for(path).exists()
    assert plain_digest(path) == before
    for backup in (path.parent / "backups").glob("*.sqlite3"):
        assert sqlite3.connect(backup).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = Journal.open(path)
    assert any(MARKER in n.text for n in reopened.visit_notes.all())
    reopened.close()


def test_enabling_twice_or_disabling_a_plain_journal_says_so(path: Path) -> None:
    with pytest.raises(JournalError, match="not protected"):
        protect.disable(path, "x")
    with pytest.raises(JournalError, match="not protected"):
        protect.change(path, "x", "y")
    with pytest.raises(JournalError, match="cannot be empty"):
        protect.enable(path, "")
    protect.enable(path, "secret", params=FAST)
    with pytest.raises(JournalError, match="already protected"):
        protect.enable(path, "secret", params=FAST)


def test_protection_is_refused_while_the_journal_is_open_for_writing(path: Path) -> None:
    journal = Journal.open(path, lock=True)
    try:
        with pytest.raises(JournalLocked):
            protect.enable(path, "secret", params=FAST)
    finally:
        journal.close()
    assert not protect.is_protected(path) and not keys.key_file_for(path).exists()


def test_leftovers_of_an_interrupted_enable_are_cleaned_and_the_plain_journal_kept(
    path: Path,
) -> None:
    before = plain_digest(path)
    keys.write(path, keys.seal(keys.new_data_key(), "secret", params=FAST))
    leftover = path.with_name(".journal.sqlite3.encrypting")
    leftover.write_bytes(os.urandom(4096))
    half_written_key = path.with_name(".journal.sqlite3.key.abc123.tmp")
    half_written_key.write_bytes(b"{")
    protect.finish_interrupted(path)
    assert not leftover.exists() and not keys.key_file_for(path).exists()
    assert not half_written_key.exists()
    assert plain_digest(path) == before


def test_plain_backups_left_by_an_interruption_are_encrypted_at_the_next_chance(
    path: Path,
) -> None:
    plain_backup = next((path.parent / "backups").glob("*.sqlite3")).read_bytes()
    protect.enable(path, "secret", params=FAST)
    backup = next((path.parent / "backups").glob("*.sqlite3"))
    backup.write_bytes(plain_backup)  # as if killed before the backups were encrypted
    key = keys.data_key_for(path, "secret")
    assert protect.encrypt_backups(path, key) == 1
    assert MARKER.encode() not in backup.read_bytes()
    assert cipher.integrity_problem(backup, key) is None


def test_the_temporary_copies_made_while_enabling_hold_no_plain_text(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    switch = protect._switch

    def scan_then_switch(copy: Path, journal: Path) -> None:
        temporary = [p for p in every_file(path.parent) if p.name.startswith(".")]
        assert copy in temporary
        assert [p for p in temporary if MARKER.encode() in p.read_bytes()] == []
        seen.extend(temporary)
        switch(copy, journal)

    recrypt = protection.recrypt_backup

    def scan_backup_copy(backup: Path, key: bytes | None, new_key: bytes | None) -> None:
        original = protection.verified_copy

        def copy_and_scan(source: Path, k: bytes | None, copy: Path, nk: bytes | None) -> None:
            original(source, k, copy, nk)
            assert MARKER.encode() not in copy.read_bytes()
            seen.append(copy)

        monkeypatch.setattr(protection, "verified_copy", copy_and_scan)
        try:
            recrypt(backup, key, new_key)
        finally:
            monkeypatch.setattr(protection, "verified_copy", original)

    monkeypatch.setattr(protect, "_switch", scan_then_switch)
    monkeypatch.setattr(protection, "recrypt_backup", scan_backup_copy)
    protect.enable(path, "secret", params=FAST)
    assert any(p.name == ".journal.sqlite3.encrypting" for p in seen)
    assert any(p.name.endswith(".crypt.tmp") for p in seen)
    assert files_containing(path.parent, MARKER) == []
