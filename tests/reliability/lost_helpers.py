"""Helpers for the "nothing lost" tests (issue 12): journals with known content, the
window's start as the app does it, and a kill at a chosen file-system step.

`killed_at(step, action)` forks; the child counts the file-system calls that make a
restore or a move (rename, link, unlink, copy, fsync) and SIGKILLs itself just
before call number `step`, so a loop over step = 1, 2, ... kills every step of the
operation once, in a real process death (no `finally` runs), until the action
completes without reaching the step.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from journal import domain as d
from journal.crypto import keys
from journal.storage import Journal
from journal.storage.backup import backup_if_changed

FAST = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # tests only
MARKER = "OKAPI-MARKER-4417"
PASSPHRASE = "correct-horse-battery"  # one word: the crash child splits commands


def add_attacks(path: Path, count: int, tag: str, *, passphrase: str | None = None) -> None:
    """`count` attacks whose notes carry `tag` (and the marker)."""
    with Journal.open(path, lock=True, passphrase=passphrase) as journal:
        for number in range(count):
            start = d.local_now() - timedelta(days=number + 1, hours=3)
            journal.attacks.save(d.Attack(start=start, pain=2, note=f"{tag} {number} {MARKER}"))


def notes(path: Path, secret: str | None = None) -> list[str]:
    """The attack notes of the journal at `path`, sorted (opened read-only style)."""
    with Journal.open(path, create=False, passphrase=secret) as journal:
        return sorted(a.note for a in journal.attacks.all())


def window_start(path: Path, secret: str | None = None) -> list[str]:
    """What the window does at start: open as the writer, take the start backup, and
    show the journal; returns its attack notes. A missing journal raises."""
    with Journal.open(path, lock=True, passphrase=secret) as journal:
        found = sorted(a.note for a in journal.attacks.all())
    backup_if_changed(path)
    return found


_COUNTED = (
    (os, "replace"),
    (os, "rename"),
    (os, "link"),
    (os, "unlink"),
    (os, "fsync"),
    (shutil, "copyfile"),
)


def killed_at(step: int, action: Callable[[], object]) -> bool:
    """Run `action` in a forked child killed just before file-system step `step`;
    True if the action completed before that step (the child then exits 0)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            calls = [0]

            def counting(original: Callable[..., object]) -> Callable[..., object]:
                def call(*args: object, **kwargs: object) -> object:
                    calls[0] += 1
                    if calls[0] == step:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return original(*args, **kwargs)

                return call

            for module, name in _COUNTED:
                setattr(module, name, counting(getattr(module, name)))
            action()
        except BaseException:
            os._exit(3)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return False
    assert os.WEXITSTATUS(status) == 0, "the action failed instead of being killed"
    return True


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def files_containing(folder: Path, marker: str) -> list[Path]:
    return [p for p in every_file(folder) if marker.encode() in p.read_bytes()]
