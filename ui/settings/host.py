"""What the settings need of the application that holds the journal file open.

The settings change things only the application may change: they list, make and
put back backups, move or protect the journal (closing and reopening it with its
window), delete everything, set auto-lock, the theme and the first day of the
week. They get this narrow face of it, `JournalFile`, never the application
itself, nor journal.storage: it is the one interface for what is done to the
journal as a file. ui.app.journal_file implements it over journal.storage and
journal.crypto, and ui.app.startup.WindowSession is the one the window has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from ui.kit.theme import Theme
from ui.session import Session


class CopyKind(Enum):
    """Why a copy of the journal file is there."""

    BACKUP = "backup"
    DAMAGED = "damaged"
    """The journal as it was found damaged, kept aside."""
    BEFORE_RESTORE = "before-restore"
    """The journal as it was before a backup was put in its place, kept aside."""


@dataclass(frozen=True)
class FileCopy:
    """A copy of the journal file that can be put back in its place."""

    path: Path
    taken: datetime
    size: int
    age: str
    """How old it is, in words ("3 days")."""
    kind: CopyKind


class JournalFile(Protocol):
    """The open journal file and the window over it, as the settings see them.
    Each change to the file raises a JournalError with its sentence when refused;
    a change that closes and reopens the journal opens it where it was then."""

    @property
    def path(self) -> Path | None:
        """Where the journal is (None for one kept in memory only)."""
        ...

    @property
    def session(self) -> Session:
        """The window's session (every write of the settings runs through it)."""
        ...

    @property
    def window(self) -> QMainWindow:
        """The window: the parent of the settings' dialogs, and its status bar."""
        ...

    # Backups ---------------------------------------------------------------

    def copies(self) -> list[FileCopy]:
        """The backups, newest first, then the copies kept aside."""
        ...

    def make_backup(self) -> None:
        """A backup now, whether or not the journal changed since the last one."""
        ...

    def restore(self, chosen: Path) -> str:
        """Put the copy `chosen` in place (the current file kept aside) and reopen;
        the sentence saying what was done."""
        ...

    # The file ----------------------------------------------------------------

    def move_to(self, folder: Path) -> None:
        """Move the journal and everything of it into `folder` and reopen it there;
        the new place is remembered for the next start."""
        ...

    def is_protected(self) -> bool:
        """Whether the journal is encrypted with a passphrase."""
        ...

    def check_passphrase(self, secret: str) -> None:
        """Raise a JournalError unless `secret` opens the journal (a passphrase or
        the recovery code); changes nothing."""
        ...

    def protect(self, passphrase: str) -> None:
        """Encrypt the journal with `passphrase`; its recovery code waits in it until
        shown (ui.settings.passphrase_dialog.show_unseen_recovery_code)."""
        ...

    def change_passphrase(self, old: str, new: str) -> None: ...

    def unprotect(self, passphrase: str) -> None:
        """Decrypt the journal into a plain file."""
        ...

    def files_to_delete(self) -> list[Path]:
        """Every file "Delete all my data" removes: the journal, its copies and key,
        this computer's settings of the app."""
        ...

    def delete_everything(self) -> list[Path]:
        """Close the window and the journal (no backup) and remove `files_to_delete`;
        the files removed."""
        ...

    # The application -----------------------------------------------------------

    def close(self, *, take_backup: bool = True) -> None: ...

    def set_auto_lock_minutes(self, minutes: int) -> None: ...

    def set_theme(self, choice: Theme) -> None: ...

    def set_first_day_of_week(self, day: Qt.DayOfWeek) -> None: ...
