"""Journal.open, backups, checks and the command line on an encrypted journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from crypto_helpers import (
    FAST,
    MARKER,
    files_containing,
    make_journal,
    plain_digest,
    snapshot,
)

from journal import domain as d
from journal.cli import main
from journal.crypto import cli_verbs, keys, protect
from journal.storage import Journal, backup, health
from journal.storage import lock as writer_lock


@pytest.fixture
def path(tmp_path: Path) -> Path:
    journal = tmp_path / "journal.sqlite3"
    make_journal(journal)
    return journal


@pytest.fixture
def code(path: Path) -> keys.RecoveryCode:
    found = protect.enable(path, "secret", params=FAST)
    assert found is not None
    return found


def test_encrypted_journal_opens_with_its_passphrase_and_writes_stay_encrypted(
    path: Path, code: keys.RecoveryCode
) -> None:
    with Journal.open(path, lock=True, passphrase="secret") as journal:
        assert any(MARKER in n.text for n in journal.visit_notes.all())
        journal.visit_notes.save(d.VisitNote(f"while open {MARKER}"))
        assert (path.parent / "journal.sqlite3-wal").stat().st_size > 0
        assert files_containing(path.parent, MARKER) == []
        backup.make_backup(path, connection=journal._db.conn)
    assert files_containing(path.parent, MARKER) == []
    assert backup.backup_if_changed(path) is None or files_containing(path.parent, MARKER) == []


def test_recovery_code_opens_the_journal(path: Path, code: keys.RecoveryCode) -> None:
    with Journal.open(path, passphrase=code.text) as journal:
        assert any(MARKER in n.text for n in journal.visit_notes.all())


@pytest.mark.parametrize("given", [None, "wrong"])
def test_no_or_a_wrong_passphrase_says_so_and_changes_no_file(
    path: Path, code: keys.RecoveryCode, given: str | None
) -> None:
    (path.parent / "journal.sqlite3.lock").touch()
    before = snapshot(path.parent)
    with pytest.raises((keys.PassphraseNeeded, keys.WrongPassphrase), match="passphrase"):
        Journal.open(path, lock=True, passphrase=given)
    assert snapshot(path.parent) == before


def test_the_check_at_open_reads_an_encrypted_journal_and_keeps_it_in_place(
    path: Path, code: keys.RecoveryCode
) -> None:
    writer_lock.acquire(path).mark(writer_lock.SESSION_OPEN)  # as after a crash
    with Journal.open(path, passphrase="secret") as journal:
        assert journal.visit_notes.count() > 0
    assert not list(path.parent.glob("*.damaged-*"))
    assert health.check(path).sentence()


def test_backups_left_plain_by_an_interrupted_enable_are_encrypted_at_open(path: Path) -> None:
    plain_backup = next((path.parent / "backups").glob("*.sqlite3")).read_bytes()
    protect.enable(path, "secret", params=FAST)
    next((path.parent / "backups").glob("*.sqlite3")).write_bytes(plain_backup)
    assert files_containing(path.parent, MARKER) != []
    Journal.open(path, passphrase="secret").close()
    assert files_containing(path.parent, MARKER) == []


def test_an_interrupted_enable_leaves_a_plain_journal_that_opens_without_passphrase(
    path: Path,
) -> None:
    before = plain_digest(path)
    keys.write(path, keys.seal(keys.new_data_key(), "secret", params=FAST))
    path.with_name(".journal.sqlite3.encrypting").write_bytes(b"x" * 4096)
    with Journal.open(path) as journal:
        assert journal.visit_notes.count() > 0
    assert not keys.key_file_for(path).exists()
    assert plain_digest(path) == before


def test_command_line_verbs_work_on_an_encrypted_journal_with_the_variable(
    path: Path,
    code: keys.RecoveryCode,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = path.parent / "out.json"
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["export", "--db", str(path), "-o", str(out)]) == 1
    assert cli_verbs.PASSPHRASE_VARIABLE in capsys.readouterr().err
    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "secret")
    assert main(["export", "--db", str(path), "-o", str(out)]) == 0
    assert MARKER in out.read_text()
    out.unlink()
    assert main(["backup", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0
    assert files_containing(path.parent, MARKER) == []
    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "wrong")
    assert main(["summary", "--db", str(path)]) == 1
    assert "does not open" in capsys.readouterr().err


def test_restoring_a_backup_of_an_encrypted_journal_keeps_it_encrypted(
    path: Path, code: keys.RecoveryCode
) -> None:
    with Journal.open(path, lock=True, passphrase="secret") as journal:
        before = journal.visit_notes.count()
        backup.make_backup(path, connection=journal._db.conn)
        journal.visit_notes.save(d.VisitNote("after the backup"))
    result = health.restore(path)
    assert result.kept is not None
    assert keys.key_file_for(path).exists()
    with Journal.open(path, passphrase="secret") as journal:
        assert journal.visit_notes.count() == before
    assert files_containing(path.parent, MARKER) == []


def test_restore_from_the_command_line_reads_encrypted_backups_after_damage(
    path: Path, code: keys.RecoveryCode, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(path, passphrase="secret") as journal:
        count = journal.visit_notes.count()
    path.rename(path.with_name("journal.sqlite3.damaged-test"))  # as the check at open does
    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "secret")
    assert main(["restore", "--db", str(path)]) == 0
    with Journal.open(path, passphrase="secret") as journal:
        assert journal.visit_notes.count() == count


def test_wipe_removes_the_key_file_too(path: Path, code: keys.RecoveryCode) -> None:
    from journal.storage.wipe import files_to_wipe

    assert keys.key_file_for(path) in files_to_wipe(path)


def test_protect_verb_is_part_of_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    make_journal(path, notes=1)
    monkeypatch.setenv(cli_verbs.NEW_PASSPHRASE_VARIABLE, "typed")
    assert main(["protect", "--db", str(path), "on"]) == 0
    assert protect.is_protected(path)
    assert "Recovery code" in capsys.readouterr().out
    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "typed")
    assert main(["summary", "--db", str(path), "--json"]) == 0
