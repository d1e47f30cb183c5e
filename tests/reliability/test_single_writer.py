"""One writer: a second window and writing commands are refused while the journal
is held, in one plain sentence; the lock goes with its holder, even after a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from journal.cli import main
from journal.errors import JournalLocked
from journal.storage import Journal
from journal.storage.lock import is_locked
from journal.storage.wipe import files_to_wipe, wipe

LOCKED = "open in another Migraine Journal window"


def test_a_second_writer_is_refused_while_the_first_holds_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, lock=True) as first:
        assert first.holds_writer_lock and is_locked(path)
        with pytest.raises(JournalLocked, match=LOCKED):
            Journal.open(path, lock=True)
        with Journal.open(path) as reader:  # reading (export, summary) is still fine
            assert reader.attacks.count() == 0
    assert not is_locked(path)
    Journal.open(path, lock=True).close()


def test_a_writer_in_another_process_is_refused_while_the_app_holds_the_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    script = (
        "import sys; from journal.storage import Journal; from journal.errors import JournalError\n"
        "try:\n    Journal.open(sys.argv[1], lock=True)\n"
        "except JournalError as e:\n    print(e); sys.exit(3)\n"
    )
    with Journal.open(path, lock=True):
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=False
        )
    assert done.returncode == 3 and LOCKED in done.stdout


@pytest.mark.parametrize("verb", ["import", "demo", "restore"])
def test_writing_commands_are_refused_while_the_app_holds_the_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"format": "migraine-journal", "version": 1}))
    arguments: dict[str, list[str]] = {
        "import": ["import", str(export), "--db", str(path)],
        "demo": ["demo", "--db", str(path), "--months", "1"],
        "restore": ["restore", "--db", str(path)],
    }
    with Journal.open(path, lock=True):
        from journal.storage.backup import make_backup

        make_backup(path)
        before = path.read_bytes()
        assert main(arguments[verb]) == 1
        err = capsys.readouterr().err
        assert LOCKED in err and err.count("\n") == 1
        assert path.read_bytes() == before


def test_the_lock_is_released_when_its_holder_is_killed(zygote: Any, tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    lines = zygote.round(f"write {path} 5", 0.0, wait_for="ack")  # killed while writing
    assert any(line.startswith("ack") for line in lines)
    assert not is_locked(path)
    Journal.open(path, lock=True).close()


def test_deleting_all_data_removes_journal_backups_copies_and_settings(tmp_path: Path) -> None:
    path = tmp_path / "data" / "journal.sqlite3"
    settings = tmp_path / "config" / "migraine-journal"
    settings.mkdir(parents=True)
    (settings / "window.ini").write_text("[window]\n")
    with Journal.open(path, lock=True) as journal:
        journal.set_setting("cycle_tracking", "on")
        from journal.storage.backup import make_backup

        make_backup(path)
    path.with_name("journal.sqlite3.damaged-20260101-000000").write_bytes(b"old")
    unrelated = path.with_name("notes.txt")
    unrelated.write_text("not ours")
    listed = files_to_wipe(path, settings)
    removed = wipe(path, settings)
    assert set(listed) <= set(removed)
    assert path in removed and settings in removed
    assert not path.exists() and not settings.exists()
    assert not (path.parent / "backups").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes.txt"]


def test_deleting_all_data_is_refused_while_another_window_holds_the_journal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, lock=True), pytest.raises(JournalLocked, match=LOCKED):
        wipe(path)
    assert path.exists()
