"""A missing -wal is damage only when changes went with it. SQLite itself folds the
-wal into the file and deletes it (with the -shm) when the last program using the
journal closes it: a reader that outlived a crashed window must never make the next
open call a healthy journal damaged and move it aside (tests/reliability/
test_corruption.py proves that a -wal lost with its changes is still caught)."""

from __future__ import annotations

import random
import subprocess
import sys
from contextlib import suppress
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal.storage import Journal
from journal.storage.lock import SESSION_OPEN, journal_fingerprint, lock_path

ROOT = Path(__file__).resolve().parents[2]
READER = """
import sys
from journal.analysis.diary import load_diary
from journal.storage import Journal

journal = Journal.open(sys.argv[1])  # as a command that only reads: no writer lock
load_diary(journal)
print(journal.attacks.count(), flush=True)
sys.stdin.readline()
if sys.argv[2] == "close":
    journal.close()
# else it ends without closing, and Python closes the connection as it exits
"""
READ_LOOP = """
import sys
from journal.analysis.diary import load_diary
from journal.storage import Journal
from journal.storage.errors import JournalDamaged

while not sys.stdin.readline().startswith("stop"):
    try:
        journal = Journal.open(sys.argv[1])
        load_diary(journal)
        journal.close()
    except JournalDamaged as error:
        print("damaged", error, flush=True)
        break
    print("read", flush=True)
"""


class Reader:
    """A process that opens the journal without the lock, reads it all, and ends
    (closing it, or not) when told to."""

    def __init__(self, path: Path, ending: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", READER, str(path), ending],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            text=True,
        )
        assert self.process.stdout is not None
        self.count = int(self.process.stdout.readline())  # waits until it has read

    def end(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0


def side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def journal_with_entries(path: Path, count: int) -> Path:
    with Journal.open(path, lock=True) as journal:
        for number in range(count):
            start = d.local_now() - timedelta(days=number + 1)
            journal.attacks.save(d.Attack(start=start, pain=2))
    return path


def assert_opens_in_place(path: Path, attacks: int) -> None:
    """The next open finds the journal healthy: nothing moved aside, nothing lost."""
    with Journal.open(path) as journal:
        assert journal.attacks.count() == attacks
    assert path.exists()
    assert not list(path.parent.glob("*.damaged-*"))


@pytest.mark.parametrize("ending", ["close", "exit"])
def test_a_window_that_changed_nothing_and_died_is_not_called_damaged_after_a_reader_closed_last(
    zygote: Any, tmp_path: Path, ending: str
) -> None:
    path = journal_with_entries(tmp_path / "journal.sqlite3", 5)
    readers: list[Reader] = []
    zygote.round(  # the window opens the journal, then dies without closing it
        f"hold {path}",
        0.0,
        wait_for="ack opened",
        before_kill=lambda: readers.append(Reader(path, ending)),
    )
    readers[0].end()  # the last program using the journal: SQLite folds and deletes the -wal
    assert readers[0].count == 5
    assert not side(path, "-wal").exists() and not side(path, "-shm").exists()
    assert_opens_in_place(path, 5)


@pytest.mark.parametrize("ending", ["close", "exit"])
def test_entries_a_window_saved_before_it_died_are_kept_when_a_reader_closed_last(
    zygote: Any, tmp_path: Path, ending: str
) -> None:
    path = journal_with_entries(tmp_path / "journal.sqlite3", 5)
    readers: list[Reader] = []
    lines = zygote.round(
        f"write {path} 1 8",
        0.0,
        wait_for="done",
        before_kill=lambda: readers.append(Reader(path, ending)),
    )
    readers[0].end()
    assert not side(path, "-wal").exists()
    saved = sum(1 for line in lines if line.startswith("ack attack"))
    assert saved == 8 and readers[0].count == 5 + saved
    assert_opens_in_place(path, 5 + saved)


def test_windows_dying_at_any_moment_beside_a_reading_loop_never_make_the_journal_damaged(
    zygote: Any, tmp_path: Path
) -> None:
    path = journal_with_entries(tmp_path / "journal.sqlite3", 3)
    loop = subprocess.Popen(
        [sys.executable, "-c", READ_LOOP, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert loop.stdin is not None and loop.stdout is not None
    rng = random.Random(2026)
    said: list[str] = []

    def read_now() -> None:
        assert loop.stdin is not None
        loop.stdin.write("go\n")
        loop.stdin.flush()

    try:
        for _ in range(12):
            # A read starts once the window has the journal; the window dies at any
            # moment of the read (before it, during it, after it).
            zygote.round(
                f"hold {path}",
                rng.uniform(0.0, 0.08),
                wait_for="ack opened",
                before_kill=read_now,
            )
            said.append(loop.stdout.readline().strip())
            if said[-1] != "read":
                break
    finally:
        with suppress(BrokenPipeError):  # a loop that found damage has stopped already
            loop.stdin.write("stop\n")
            loop.stdin.close()
        loop.wait(timeout=60)
    assert said == ["read"] * 12
    assert_opens_in_place(path, 3)


def test_a_window_marks_its_session_open_only_once_a_change_is_saved(tmp_path: Path) -> None:
    path = journal_with_entries(tmp_path / "journal.sqlite3", 1)
    record = lock_path(path)
    with Journal.open(path, lock=True) as journal:
        journal.attacks.all()
        with pytest.raises(ZeroDivisionError), journal.atomic():
            journal.attacks.save(d.Attack(start=d.local_now(), pain=1))
            _ = 1 / 0  # the save is rolled back: still nothing to lose
        assert record.read_text().split()[:1] != [SESSION_OPEN]
        before = journal_fingerprint(path)
        journal.attacks.save(d.Attack(start=d.local_now(), pain=1))
        assert record.read_text().split() == [SESSION_OPEN, before]
    assert record.read_text().split() == ["clean"]
