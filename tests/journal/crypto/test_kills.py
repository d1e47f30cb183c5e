"""SIGKILL during enable, disable and passphrase change: afterwards the old or the new
passphrase (or the plain state) opens the journal, with every record.

Each run forks a child that performs the operation on a fresh copy of a journal and
kills it after a random delay spread over the operation's measured duration, so
kills land at every step (export, verify, key file, rename, backups)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from crypto_helpers import FAST, make_journal, plain_digest, state_of

from journal.crypto import protect

Operation = Callable[[Path], object]
OPERATIONS: dict[str, tuple[Operation, set[tuple[str, str | None]]]] = {
    "enable": (
        lambda p: protect.enable(p, "old", params=FAST),
        {("plain", None), ("encrypted", "old")},
    ),
    "disable": (lambda p: protect.disable(p, "old"), {("encrypted", "old"), ("plain", None)}),
    "change": (
        lambda p: protect.change(p, "old", "new", params=FAST),
        {("encrypted", "old"), ("encrypted", "new")},
    ),
}


def _template(folder: Path, name: str) -> tuple[Path, str]:
    """A journal with records and a backup, encrypted with "old" unless enabling."""
    path = folder / "template" / "journal.sqlite3"
    path.parent.mkdir()
    make_journal(path, notes=300)
    expected = plain_digest(path)
    if name != "enable":
        protect.enable(path, "old", params=FAST)
    (folder / "template" / "journal.sqlite3.lock").unlink(missing_ok=True)
    return path, expected


def _run_in_child(operation: Operation, path: Path, delay: float | None) -> bool:
    """Fork, run the operation, kill the child after `delay` seconds (None: let it
    finish). Returns True if the child was killed before it finished."""
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        code = 1
        try:
            operation(path)
            code = 0
        finally:
            os._exit(code)
    if delay is not None:
        time.sleep(delay)
        os.kill(child, signal.SIGKILL)
    _, status = os.waitpid(child, 0)
    assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0
    return os.WIFSIGNALED(status)


def _kill_runs(tmp_path: Path, name: str, kills: int) -> None:
    operation, allowed = OPERATIONS[name]
    template, expected = _template(tmp_path, name)
    timing = tmp_path / "timing"
    shutil.copytree(template.parent, timing)
    started = time.perf_counter()
    _run_in_child(operation, timing / "journal.sqlite3", None)
    duration = time.perf_counter() - started
    random.seed(f"{name}-{kills}")
    killed, seen = 0, set()
    for run in range(kills):
        folder = tmp_path / f"run{run}"
        shutil.copytree(template.parent, folder)
        path = folder / "journal.sqlite3"
        killed += _run_in_child(operation, path, random.uniform(0, duration * 1.2))
        kind, secret, digest = state_of(path, ("old", "new"))
        assert (kind, secret) in allowed, f"run {run}: opened as {kind} with {secret}"
        assert digest == expected, f"run {run}: records differ after the kill"
        seen.add((kind, secret))
        shutil.rmtree(folder)
    print(f"{name}: {kills} runs, {killed} killed before finishing, states seen {sorted(seen)}")
    assert killed > 0


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_sigkill_during_operation_leaves_a_journal_that_opens_with_every_record(
    tmp_path: Path, name: str
) -> None:
    _kill_runs(tmp_path, name, 20)


@pytest.mark.soak
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_soak_sigkill_during_operation_leaves_a_journal_that_opens_with_every_record(
    tmp_path: Path, name: str
) -> None:
    _kill_runs(tmp_path, name, 100)
