"""Issue 12: the kill loop over `restore` and Settings ▸ Journal ▸ Move journal…
(`make soak`: at least 500 kills in all, reported with the other figures).

A worker restores backups over a protected journal forever, alternating between a
backup of the journal as it was and one of it as it is, and is SIGKILLed at a random
moment; then the journal must open (as the window opens it: writer lock, passphrase)
with exactly one of the two contents, every backup still good, the key file there.
Another worker moves the protected journal between two folders forever; after each
kill, the journal named by the move's commit record must open with the passphrase
and the recovery code, with every entry.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from journal.crypto import keys, protect
from journal.storage import cipher
from journal.storage.backup import is_good, list_backups, make_backup
from journal.storage.kept import kept_files
from tests.reliability.conftest import Zygote
from tests.reliability.lost_helpers import FAST, PASSPHRASE, add_attacks, notes

RESTORE_KILLS = 260
MOVE_KILLS = 260


def protected_with_two_backups(folder: Path) -> tuple[Path, str, dict[Path, list[str]]]:
    path = folder / "journal.sqlite3"
    add_attacks(path, 10, "before")
    older = make_backup(path)
    add_attacks(path, 5, "after")
    newer = make_backup(path)
    contents = {b.path: notes(b.path) for b in (older, newer)}  # read while plain
    assert contents[older.path] != contents[newer.path]
    code = protect.enable(path, PASSPHRASE, params=FAST)
    assert code is not None
    cipher.remember(keys.data_key_for(path, PASSPHRASE))
    assert sorted(b.path for b in list_backups(path)) == sorted(contents)
    return path, code.text, contents


@pytest.mark.soak
def test_soak_kills_during_restore_lose_nothing(
    zygote: Zygote, tmp_path: Path, figures: Counter[str]
) -> None:
    path, code, contents = protected_with_two_backups(tmp_path)
    sources = sorted(contents)
    rng = random.Random(12)
    restored = 0
    for number in range(RESTORE_KILLS):
        source = sources[number % 2]
        delay = 0.5 if number % 25 == 0 else rng.uniform(0.0, 0.15)
        lines = zygote.round(f"restore {path} {source} {PASSPHRASE}", delay, wait_for="ready")
        assert not [line for line in lines if line.startswith("error")], lines
        restored += sum(1 for line in lines if line == "ack restored")
        figures["kills"] += 1
        figures["kills_restore"] += 1
        found = notes(path, code if number % 10 == 0 else PASSPHRASE)  # as the window opens it
        if found not in contents.values():
            figures["lost"] += 1
        assert found in contents.values(), f"kill {number}"
        assert keys.key_file_for(path).exists()
        assert all(is_good(backup) for backup in sources), f"kill {number}"
        for kept in kept_files(path):  # links of the journal as it was: not the journal
            kept.unlink()
    figures["restores_completed"] += restored
    assert restored > 0


@pytest.mark.soak
def test_soak_kills_during_moves_lose_nothing(
    zygote: Zygote, tmp_path: Path, figures: Counter[str]
) -> None:
    path, code, _contents = protected_with_two_backups(tmp_path / "a")
    (tmp_path / "b").mkdir()
    expected = notes(path, PASSPHRASE)
    pointer = tmp_path / "where"
    pointer.write_text(str(path))
    rng = random.Random(21)
    moved = 0
    for number in range(MOVE_KILLS):
        command = f"move {pointer} {tmp_path / 'a'} {tmp_path / 'b'} {PASSPHRASE}"
        delay = 0.5 if number % 25 == 0 else rng.uniform(0.0, 0.15)
        lines = zygote.round(command, delay, wait_for="ready")
        assert not [line for line in lines if line.startswith("error")], lines
        moved += sum(1 for line in lines if line.startswith("ack moved"))
        figures["kills"] += 1
        figures["kills_move"] += 1
        current = Path(pointer.read_text())
        found = notes(current, code if number % 10 == 0 else PASSPHRASE)
        if found != expected:
            figures["lost"] += 1
        assert found == expected, f"kill {number}"
        assert keys.key_file_for(current).exists() and len(list_backups(current)) == 2
    figures["moves_completed"] += moved
    assert moved > 0
