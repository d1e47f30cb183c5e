"""Issue 12, item 2: a protected journal moves with its key file, and a missing key
file is said as such, never taken for damage.

Settings ▸ Journal ▸ Move journal… on a protected journal, then a restart: the
journal opens with the passphrase and with the recovery code, its backups open too.
A kill at every step of a move leaves the journal whole where the move's commit
point says it is. A protected journal whose key file is missing is left untouched
and the sentence names the key file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from journal import domain as d
from journal.crypto import keys, protect
from journal.crypto.files import is_plain_sqlite
from journal.errors import JournalError
from journal.storage import Journal, cipher
from journal.storage.backup import list_backups, make_backup
from journal.storage.relocate import move_journal
from tests.reliability.lost_helpers import (
    FAST,
    PASSPHRASE,
    add_attacks,
    killed_at,
    notes,
    window_start,
)


def protected_journal(folder: Path) -> tuple[Path, str, list[str]]:
    path = folder / "journal.sqlite3"
    add_attacks(path, 15, "entry")
    make_backup(path)
    code = protect.enable(path, PASSPHRASE, params=FAST)
    assert code is not None
    return path, code.text, notes(path, PASSPHRASE)


def test_moving_a_protected_journal_takes_its_key_file_and_it_opens_after_a_restart(
    tmp_path: Path,
) -> None:
    path, code, before = protected_journal(tmp_path / "old")
    moved = move_journal(path, tmp_path / "new")
    assert keys.key_file_for(moved).exists() and not keys.key_file_for(path).exists()
    assert window_start(moved, PASSPHRASE) == before  # the next start
    assert window_start(moved, code) == before
    key = keys.data_key_for(moved, code)
    assert list_backups(moved)
    assert all(cipher.integrity_problem(b.path, key) is None for b in list_backups(moved))


def test_a_kill_at_every_step_of_a_move_leaves_the_journal_whole_where_it_was_recorded(
    tmp_path: Path,
) -> None:
    from journal.storage.relocate import move_journal as relocate

    path, code, before = protected_journal(tmp_path / "a")
    cipher.remember(keys.data_key_for(path, PASSPHRASE))
    pointer = tmp_path / "where"
    pointer.write_text(str(path))
    steps = 0
    while True:
        steps += 1
        current = Path(pointer.read_text())
        other = tmp_path / ("b" if current.parent.name == "a" else "a")

        def move(current: Path = current, other: Path = other) -> Path:
            return relocate(current, other, commit=lambda p: pointer.write_text(str(p)))

        completed = killed_at(steps, move)
        recorded = Path(pointer.read_text())
        assert window_start(recorded, PASSPHRASE) == before, f"killed at step {steps}"
        assert window_start(recorded, code) == before, f"killed at step {steps}"
        if completed:
            break
    assert steps > 5


def test_a_missing_key_file_leaves_the_journal_untouched_and_names_the_key_file(
    tmp_path: Path,
) -> None:
    path, _code, _before = protected_journal(tmp_path)
    keys.key_file_for(path).unlink()
    content = path.read_bytes()
    with pytest.raises(JournalError) as refused:
        Journal.open(path, lock=True, passphrase=PASSPHRASE)
    sentence = str(refused.value)
    assert "key file" in sentence and "journal.sqlite3.key" in sentence
    assert "damaged" not in sentence
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if ".damaged" in p.name) == []


def test_a_key_file_is_never_deleted_while_a_copy_kept_aside_needs_it(tmp_path: Path) -> None:
    """The issue's chain: a protected journal's kept-aside copy, and a plain journal
    in its place; opening that journal must not delete the key of the copy."""
    path, code, before = protected_journal(tmp_path)
    kept = path.with_name(path.name + ".before-restore-20261101-101010")
    path.rename(kept)
    with Journal.open(path, lock=True, start_empty=True) as journal:  # chosen, in words
        journal.visit_notes.save(d.VisitNote("a fresh start"))
    window_start(path)
    retired = [p for p in (tmp_path / "backups").iterdir() if p.name.endswith(".retired")]
    key_file = keys.key_file_for(path)
    found = key_file if key_file.exists() else retired[0]
    data_key = keys.parse(found.read_bytes()).unwrap(code)
    assert not is_plain_sqlite(kept)  # still encrypted: only the key opens it
    assert cipher.integrity_problem(kept, data_key) is None
    connection = cipher.connect(kept, data_key, read_only=True)
    try:
        kept_notes = sorted(str(r[0]) for r in connection.execute("SELECT note FROM attacks"))
    finally:
        connection.close()
    assert kept_notes == before
