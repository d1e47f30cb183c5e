"""One writer per journal: an operating-system file lock beside the journal file.

The window holds the lock for as long as it is open, and command-line verbs that
write take it for their run, so two programs never write the same diary at once.
The lock is released by the operating system when its holder exits, even after a
crash, so a stale lock can never keep the patient out of their journal.

The lock file also remembers whether the last writer closed the journal cleanly
("open" while a writer works, "clean" after it has checkpointed and closed). A
journal whose writer stopped without closing must still have its write-ahead log
(-wal) beside it; if that file has gone, recent entries have gone with it, and
the check at open reports the journal as damaged (see journal.storage.health).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from journal.errors import JournalLocked

SESSION_OPEN = "open"
SESSION_CLEAN = "clean"

LOCKED_MESSAGE = (
    "The journal is open in another Migraine Journal window (or a command is writing "
    "to it); close that first and try again."
)


def lock_path(journal: Path) -> Path:
    """The lock file that belongs to the journal at `journal`."""
    return journal.with_name(journal.name + ".lock")


class WriterLock:
    """The held writer lock of one journal; release it with `release()`."""

    def __init__(self, journal: Path, descriptor: int) -> None:
        self.journal = journal
        self._descriptor: int | None = descriptor

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def session(self) -> str:
        """What the lock file says about the last writer: "open", "clean" or ""."""
        if self._descriptor is None:
            return ""
        os.lseek(self._descriptor, 0, os.SEEK_SET)
        return os.read(self._descriptor, 64).decode("ascii", "replace").strip()

    def mark(self, state: str) -> None:
        """Record the writer's state durably (SESSION_OPEN or SESSION_CLEAN)."""
        if self._descriptor is None:
            return
        data = (state + "\n").encode("ascii")
        os.ftruncate(self._descriptor, 0)
        os.lseek(self._descriptor, 0, os.SEEK_SET)
        os.write(self._descriptor, data)
        os.fsync(self._descriptor)

    def release(self) -> None:
        """Let another program write. Safe to call twice."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is not None:
            _unlock(descriptor)
            os.close(descriptor)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def try_acquire(journal: Path) -> WriterLock | None:
    """The writer lock if nobody else holds it, else None. Never waits."""
    journal = Path(journal)
    descriptor = os.open(lock_path(journal), os.O_RDWR | os.O_CREAT, 0o600)
    if not _lock(descriptor):
        os.close(descriptor)
        return None
    return WriterLock(journal, descriptor)


def acquire(journal: Path) -> WriterLock:
    """The writer lock, or JournalLocked with a sentence saying who has it."""
    held = try_acquire(journal)
    if held is None:
        raise JournalLocked(LOCKED_MESSAGE)
    return held


def is_locked(journal: Path) -> bool:
    """Whether another program holds the writer lock right now."""
    if not lock_path(Path(journal)).exists():
        return False
    held = try_acquire(journal)
    if held is None:
        return True
    held.release()
    return False


if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int) -> bool:
        try:
            os.lseek(descriptor, 1 << 20, os.SEEK_SET)  # a byte far from the marker text
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 1 << 20, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
