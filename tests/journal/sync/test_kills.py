"""SIGKILL while a computer appends to its log and while it merges: no change it
acknowledged is lost, none is applied twice, and the journal passes its check."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sync_computers import Computer, copy_tree

from journal.storage import Journal
from journal.storage.backup import integrity_problem
from journal.sync import merge

CHILD = Path(__file__).resolve().parent / "kill_child.py"
KILLS = 12


def killed_run(args: list[str], rng: random.Random) -> list[str]:
    """Run the child until it is ready, let it work a random moment, SIGKILL it."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == b"ready\n", child.stderr.read() if child.stderr else ready
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate()
    assert b"Traceback" not in err, err.decode()
    return out.decode().splitlines()


def reopened(computer: Computer) -> Computer:
    computer.journal = Journal.open(computer.journal.path)
    return computer


def test_killed_while_appending_no_acknowledged_change_is_lost_or_doubled(
    computers,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    rng = random.Random(7)
    desk, laptop = computers("Desk"), computers("Laptop")
    desk.join()
    copy_tree(desk, laptop)
    laptop.join()
    desk.journal.close()
    acknowledged: set[str] = set()
    for round_ in range(KILLS):
        lines = killed_run(["append", str(desk.journal.path), str(round_)], rng)
        acknowledged |= {line.split()[2] for line in lines if line.startswith("ack attack")}
    assert acknowledged, "the child never got to save anything"
    reopened(desk)
    assert integrity_problem(desk.journal.path) is None
    assert acknowledged <= desk.journal.attacks.ids()
    merge.publish(desk.journal)  # what a kill left unpublished
    copy_tree(desk, laptop)
    report = laptop.sync()
    assert [p.refused for p in report.peers] == [""]
    assert laptop.journal.attacks.ids() == desk.journal.attacks.ids()
    assert laptop.export() == desk.export()


def test_killed_while_merging_nothing_is_lost_or_applied_twice(
    computers,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import datetime, timedelta, timezone

    from journal import operations as ops

    rng = random.Random(11)
    desk, laptop = computers("Desk"), computers("Laptop")
    desk.join()
    copy_tree(desk, laptop)
    laptop.join()
    zone = timezone(timedelta(hours=1))
    for day in range(400):
        ops.start_attack(
            desk.journal, datetime(2024, 1, 1, 8, tzinfo=zone) + timedelta(days=day), pain=2
        )
        if day % 20 == 0:
            merge.publish(desk.journal)
    merge.publish(desk.journal)
    copy_tree(desk, laptop)
    laptop.journal.close()
    for _ in range(KILLS):
        killed_run(["merge", str(laptop.journal.path)], rng)
        check = Journal.open(laptop.journal.path)
        count = check.attacks.count()
        check.close()
        assert count in (0, 400), "a merge is applied whole or not at all"
    reopened(laptop)
    assert integrity_problem(laptop.journal.path) is None
    laptop.sync()
    again = laptop.sync()
    assert again.applied.changes == 0  # nothing left to apply: nothing applied twice
    assert laptop.export() == desk.export()
