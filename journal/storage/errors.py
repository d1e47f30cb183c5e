"""SQLite's errors, turned into the plain sentences of journal.errors."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from journal.errors import (
    DiskFull,
    JournalCorrupt,
    JournalError,
    JournalLocked,
    JournalReadOnly,
    StorageFailure,
)

_BY_CODE: dict[str, JournalError] = {
    "SQLITE_BUSY": JournalLocked(
        "The journal is busy in another program; close it there and try again."
    ),
    "SQLITE_LOCKED": JournalLocked(
        "The journal is busy in another program; close it there and try again."
    ),
    "SQLITE_FULL": DiskFull(
        "The disk is full, so this was not saved; free some space and try again."
    ),
    "SQLITE_READONLY": JournalReadOnly(
        "The journal cannot be written to (the file or its folder is read-only)."
    ),
    "SQLITE_CANTOPEN": JournalReadOnly(
        "The journal file cannot be opened; check that its folder exists and is writable."
    ),
    "SQLITE_CORRUPT": JournalCorrupt("The journal file is damaged."),
    "SQLITE_NOTADB": JournalCorrupt("This file is not a journal, or it is damaged."),
    "SQLITE_IOERR": StorageFailure(
        "The disk reported an error while saving, so this was not saved; "
        "check the disk and try again."
    ),
    "SQLITE_PERM": JournalReadOnly("The system does not allow writing to the journal."),
}


def human_error(error: BaseException) -> JournalError | None:
    """The user-facing error for a SQLite or OS error, or None if it is a bug."""
    if isinstance(error, JournalError):
        return error
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        primary = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
        found = _BY_CODE.get(primary)
        if found is not None:
            return type(found)(str(found))
        return None
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFull(
                "The disk is full, so this was not saved; free some space and try again."
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return JournalReadOnly(
                "The journal's folder cannot be written to; check its permissions."
            )
        return StorageFailure(f"The system could not read or write the journal ({error.strerror}).")
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise SQLite and disk errors as JournalError; bugs pass through."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        human = human_error(error)
        if human is None:
            raise
        raise human from error
