"""What the settings need of the application that holds the journal file open.

The settings change things only the application may change: they put a backup in
place, move or protect the journal (closing and reopening it with its window),
delete everything, set auto-lock, the theme and the first day of the week. They get
this narrow face of it, never the application itself: ui.app.startup.WindowSession
is the one the window has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from journal.storage import Journal
from ui.kit.theme import Theme
from ui.session import Session


class JournalFile(Protocol):
    """The open journal file and the window over it, as the settings see them."""

    passphrase: str | None
    """The passphrase of a protected journal, kept in memory only to reopen it."""

    @property
    def path(self) -> Path | None: ...

    @property
    def journal(self) -> Journal: ...

    @property
    def session(self) -> Session:
        """The window's session (every write of the settings runs through it)."""
        ...

    @property
    def window(self) -> QMainWindow:
        """The window: the parent of the settings' dialogs, and its status bar."""
        ...

    def reopen(self, change: Callable[[Path], Path]) -> None:
        """Close the window and the journal, run `change` on the closed file (it
        returns the path afterwards), then open both again."""
        ...

    def close(self, *, take_backup: bool = True) -> None: ...

    def set_auto_lock_minutes(self, minutes: int) -> None: ...

    def set_theme(self, choice: Theme) -> None: ...

    def set_first_day_of_week(self, day: Qt.DayOfWeek) -> None: ...
