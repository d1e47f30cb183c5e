"""Errors a user can act on. Each carries one plain sentence to show as it is.

Anything else that goes wrong is a bug and is not caught as one of these.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from journal.i18n import _


class JournalError(Exception):
    """Base of the errors a person can act on; str() is the sentence to show."""


class JournalLocked(JournalError):
    """Another program is writing to the journal."""


class JournalReadOnly(JournalError):
    """The journal or its folder cannot be written to."""


class DiskFull(JournalError):
    """No space left to save."""


class JournalCorrupt(JournalError):
    """The file is damaged or is not a journal at all."""


class JournalTooNew(JournalError):
    """The journal was written by a newer version of the app."""


class JournalMissing(JournalError):
    """No journal file where one was expected."""

    @classmethod
    def at(cls, path: Path) -> JournalMissing:
        """Says so, and where a damaged journal moved aside from `path` was kept."""
        kept = sorted(path.parent.glob(f"{path.name}.damaged-*")) if path.parent.is_dir() else []
        damaged = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
        if damaged:
            return cls(
                _(
                    "There is no journal at {path}: it was damaged and kept aside as "
                    "{value}; `migraine-journal restore` puts the newest good "
                    "backup in its place."
                ).format(path=path, value=damaged[-1].name)
            )
        return cls(_("There is no journal at {path}.").format(path=path))


class NotFound(JournalError):
    """The entry was deleted meanwhile (for example in another window)."""


class StorageFailure(JournalError):
    """The disk or the operating system refused a read or write (an I/O error)."""


class ImportFileError(JournalError):
    """An import file that cannot be read; says what is wrong and where."""


class ValidationError(JournalError):
    """Input that breaks a rule; `problems` maps each field to its reason."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(next(iter(self.problems.values()), _("The entry is not valid.")))
