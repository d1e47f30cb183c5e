"""Issue 12, item 1: `restore` never leaves no journal.

A kill at every file-system step of a restore, a full disk, and `restore --from`
the journal itself each leave either the old journal or the restored one, complete;
the window's next start then finds every entry, and its start backup prunes no
good backup. On a protected journal the same holds with the passphrase and with
the recovery code, and the key file survives.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from journal.cli import main
from journal.crypto import keys, protect
from journal.errors import JournalError
from journal.storage import cipher, health
from journal.storage.backup import is_good, list_backups, make_backup
from tests.reliability.lost_helpers import (
    FAST,
    PASSPHRASE,
    add_attacks,
    killed_at,
    notes,
    window_start,
)


def journal_and_backup(folder: Path) -> tuple[Path, Path, list[str], list[str]]:
    """A journal whose backup holds 12 attacks and which itself holds 20."""
    path = folder / "journal.sqlite3"
    add_attacks(path, 12, "old")
    backed_up = notes(path)
    made = make_backup(path)
    add_attacks(path, 8, "new")
    return path, made.path, backed_up, notes(path)


def test_a_kill_at_every_step_of_a_restore_leaves_a_whole_journal_and_every_backup(
    tmp_path: Path,
) -> None:
    path, chosen, backed_up, current = journal_and_backup(tmp_path)
    steps = 0
    while True:
        steps += 1
        completed = killed_at(steps, lambda: health.restore(path, chosen))
        assert window_start(path) in (current, backed_up), f"killed at step {steps}"
        assert chosen.exists() and is_good(chosen), f"the backup went at step {steps}"
        if completed:
            break
        if window_start(path) == backed_up:  # the restore happened: start again from here
            add_attacks(path, 0, "")
    assert steps > 3
    assert window_start(path) == backed_up


def test_a_kill_at_every_step_of_restoring_a_protected_journal_keeps_it_openable(
    tmp_path: Path,
) -> None:
    path, chosen, backed_up, current = journal_and_backup(tmp_path)
    code = protect.enable(path, PASSPHRASE, params=FAST)
    assert code is not None
    cipher.remember(keys.data_key_for(path, PASSPHRASE))
    (chosen,) = [b.path for b in list_backups(path)]
    steps = 0
    while not killed_at(steps := steps + 1, lambda: health.restore(path, chosen)):
        assert keys.key_file_for(path).exists(), f"the key file went at step {steps}"
        assert window_start(path, PASSPHRASE) in (current, backed_up), f"step {steps}"
        assert window_start(path, code.text) in (current, backed_up), f"step {steps}"
    assert window_start(path, code.text) == backed_up


def test_a_full_disk_during_a_restore_leaves_the_journal_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, chosen, _backed_up, current = journal_and_backup(tmp_path)

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", no_space)
    with pytest.raises(JournalError, match="disk is full"):
        health.restore(path, chosen)
    monkeypatch.undo()
    assert path.exists()
    assert window_start(path) == current
    assert is_good(chosen)


def test_restoring_from_the_journal_itself_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _chosen, _backed_up, current = journal_and_backup(tmp_path)
    before = path.read_bytes()
    assert main(["restore", "--db", str(path), "--from", str(path)]) == 1
    error = capsys.readouterr().err
    assert "journal itself" in error and "Traceback" not in error
    assert path.read_bytes() == before
    assert window_start(path) == current


def test_no_empty_journal_is_made_where_backups_are_and_no_good_backup_is_pruned(
    tmp_path: Path,
) -> None:
    """The journal file went missing (as a restore on today's main could leave it):
    the next start refuses to make an empty journal, so its start backup cannot
    rotate the good backup of the same day away; restoring gets everything back."""
    path, chosen, backed_up, _current = journal_and_backup(tmp_path)
    path.unlink()
    with pytest.raises(JournalError, match="No empty journal was made"):
        window_start(path)
    assert not path.exists()
    assert chosen.exists() and is_good(chosen)
    health.restore(path, None)
    assert window_start(path) == backed_up


def test_a_backup_of_an_empty_journal_never_prunes_the_last_backup_with_records(
    tmp_path: Path,
) -> None:
    """A person chose to start an empty journal after the file was lost: the empty
    journal's backups rotate as usual, but the newest backup holding records stays,
    even once it is no longer the newest of its day."""
    from datetime import datetime, timedelta

    from journal.storage import Journal

    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 12, "old")
    backed_up = notes(path)
    day = datetime(2026, 10, 1, 9, 0).astimezone()
    holding = make_backup(path, now=day)
    path.unlink()
    Journal.open(path, start_empty=True).close()
    for hours in (1, 2, *range(24, 24 * 12, 24)):  # the same day, then a backup a day
        make_backup(path, now=day + timedelta(hours=hours))
    assert holding.path.exists() and notes(holding.path) == backed_up
