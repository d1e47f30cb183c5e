"""One writer per journal: an operating-system file lock beside the journal file.

The window holds the lock for as long as it is open, and command-line verbs that
write take it for their run, so two programs never write the same diary at once.
The lock is released by the operating system when its holder exits, even after a
crash, so a stale lock can never keep the patient out of their journal.

The lock file also remembers whether the last writer closed the journal cleanly:
"open" from its first committed change until it has checkpointed and closed, then
"clean". A writer that only reads never marks its session open: its -wal holds
nothing the file lacks, and SQLite deletes that -wal when the last program using
the journal closes it. With "open" the lock file records the journal file as it
was before a committed change (`journal_fingerprint`; recorded again after each
checkpoint), so the check at open can tell a -wal that was folded into the file
from one that was lost with the session's changes (see journal.storage.health).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from journal.errors import JournalLocked
from journal.i18n import N_, _

SESSION_OPEN = "open"
SESSION_CLEAN = "clean"
RECORD_BYTES = 512  # the lock file's text: the state, then the fingerprint if "open"

LOCKED_MESSAGE = N_(
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
        self._marked_open = False  # by this holder, in this session
        self._opened_as = ""  # the fingerprint of its mark

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    @property
    def marked_open(self) -> bool:
        """Whether this holder has marked its session open (it has changed the journal)."""
        return self._marked_open

    def needs_mark(self) -> bool:
        """Whether this holder's next change must mark its session open: it has not
        yet, or the journal file changed since (a checkpoint folded the -wal into it),
        so the recorded state no longer lacks what the -wal alone holds."""
        if not self._marked_open:
            return True
        recorded = self._opened_as.rsplit(":", 1)[0]
        return bool(recorded) and file_state(self.journal) != recorded

    def session(self) -> str:
        """What the lock file says about the last writer: "open", "clean" or ""."""
        words = self._record().split()
        return words[0] if words else ""

    def opened_as(self) -> str:
        """The journal file's fingerprint recorded with an "open" session: the file
        as it was before a change of that session ("" if none was recorded)."""
        words = self._record().split()
        return words[1] if len(words) > 1 and words[0] == SESSION_OPEN else ""

    def _record(self) -> str:
        if self._descriptor is None:
            return ""
        os.lseek(self._descriptor, 0, os.SEEK_SET)
        return os.read(self._descriptor, RECORD_BYTES).decode("ascii", "replace").strip()

    def mark(self, state: str, fingerprint: str = "") -> None:
        """Record the writer's state durably (SESSION_OPEN, with the journal file's
        fingerprint from before a change of the session, or SESSION_CLEAN)."""
        if self._descriptor is None:
            return
        data = (f"{state} {fingerprint}".strip() + "\n").encode("ascii")
        os.ftruncate(self._descriptor, 0)
        os.lseek(self._descriptor, 0, os.SEEK_SET)
        os.write(self._descriptor, data)
        os.fsync(self._descriptor)
        self._marked_open = state == SESSION_OPEN
        self._opened_as = fingerprint if self._marked_open else ""

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


def file_state(journal: Path) -> str:
    """The journal file's size, times and file number ("" if it is not there)."""
    try:
        info = journal.stat()
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"


def journal_fingerprint(journal: Path) -> str:
    """The journal file as it is now: `file_state` and a digest of its bytes ("" if
    it cannot be read). Any write into the file (a checkpoint folding the -wal into
    it) changes it; the digest holds even where file times are coarse."""
    import hashlib  # after the session's first change, not at every start

    state = file_state(journal)
    digest = hashlib.blake2b(digest_size=16)
    try:
        with journal.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return f"{state}:{digest.hexdigest()}" if state else ""


@contextmanager
def session_write(held: WriterLock | None, connection: Any) -> Iterator[None]:
    """Around each transaction of a journal (its DB-API `connection`): the first one
    of the lock holder's session that commits a change marks the session open, with
    the journal file's fingerprint from before it; so does the first one after a
    checkpoint changed the file. Until the first, a crash loses nothing, so a
    missing -wal is never taken for lost changes. A transaction that fails commits
    nothing and marks nothing; a mark that fails is tried again at the next
    transaction (the change itself is saved: no error for it)."""
    if held is None or not held.held or connection.in_transaction or not held.needs_mark():
        yield
        return
    changes = connection.total_changes
    yield
    if connection.total_changes != changes and not connection.in_transaction:
        with suppress(OSError):
            # In WAL mode a commit writes only the -wal, so the file is still as it was
            # before this transaction; or, if the commit's own checkpoint folded the log
            # in, it holds all of it. Either way it is what a lost -wal would leave.
            # Hashed here, once a change is made, so reading never pays for it.
            held.mark(SESSION_OPEN, journal_fingerprint(held.journal))


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
        raise JournalLocked(_(LOCKED_MESSAGE))
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
