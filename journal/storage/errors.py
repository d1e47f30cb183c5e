"""SQLite's errors, turned into the plain sentences of journal.errors."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import (
    DiskFull,
    JournalCorrupt,
    JournalError,
    JournalLocked,
    JournalMissing,
    JournalReadOnly,
    StorageFailure,
)
from journal.i18n import N_, _

if TYPE_CHECKING:
    from journal.storage.backup import Backup


class ConflictingEntry(JournalError):
    """A write the journal's own rules refused (a repeated name or day, a missing
    link): the safety net behind validation, so such input is never a crash."""


class JournalDamaged(JournalCorrupt):
    """The check at open found the journal damaged. `moved_to` is where the damaged
    file was set aside (None if another window has it open, so it was left alone);
    `backup` is the newest backup that passes integrity_check (None if there is
    none), and `age` says in words how old it is."""

    def __init__(
        self,
        message: str,
        *,
        problem: str,
        moved_to: Path | None,
        backup: Backup | None,
        age: str | None,
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup
        self.age = age


class NotAJournal(JournalCorrupt):
    """The file is not a journal (not a database at all, or another program's); it
    was left exactly as it was."""


class KeyFileMissing(JournalError):
    """An encrypted journal whose key file is missing; nothing was changed."""


class JournalGone(JournalMissing):
    """There is no journal file, but its backups, copies kept aside or key file are
    there: an empty journal is never made in its place without asking. `backups` and
    `kept` list what is there (newest first)."""

    def __init__(self, message: str, *, backups: list[Path], kept: list[Path]) -> None:
        super().__init__(message)
        self.backups = backups
        self.kept = kept


_BY_CODE: dict[str, JournalError] = {
    "SQLITE_BUSY": JournalLocked(
        N_("The journal is busy in another program; close it there and try again.")
    ),
    "SQLITE_LOCKED": JournalLocked(
        N_("The journal is busy in another program; close it there and try again.")
    ),
    "SQLITE_FULL": DiskFull(
        N_("The disk is full, so this was not saved; free some space and try again.")
    ),
    "SQLITE_READONLY": JournalReadOnly(
        N_("The journal cannot be written to (the file or its folder is read-only).")
    ),
    "SQLITE_CANTOPEN": JournalReadOnly(
        N_("The journal file cannot be opened; check that its folder exists and is writable.")
    ),
    "SQLITE_CORRUPT": JournalCorrupt(N_("The journal file is damaged.")),
    "SQLITE_NOTADB": JournalCorrupt(N_("This file is not a journal, or it is damaged.")),
    "SQLITE_IOERR": StorageFailure(
        N_(
            "The disk refused to save (it may be full or failing), so this was not saved; "
            "free some space or check the disk, then try again."
        )
    ),
    "SQLITE_PERM": JournalReadOnly(N_("The system does not allow writing to the journal.")),
    "SQLITE_CONSTRAINT": ConflictingEntry(
        N_(
            "This clashes with an entry already in the journal (the same name or day) or with "
            "its rules, so nothing was saved."
        )
    ),
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
            return type(found)(_(str(found)))
        return None
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFull(
                _("The disk is full, so this was not saved; free some space and try again.")
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return JournalReadOnly(
                _("The journal's folder cannot be written to; check its permissions.")
            )
        return StorageFailure(
            _("The system could not read or write the journal ({strerror}).").format(
                strerror=error.strerror
            )
        )
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
