"""The open journal of the window, and the one way the window writes to it.

A view does not write to the journal itself: it asks the session to run an action,
`session.run(operations.save_attack, attack, initiator=self)`. The session calls
the action (a journal/ function that declares what it changes, journal.changes),
then emits `changed` once with that Change and who asked for it. Each view listens
to `changed` and reloads only when the Change touches what it shows; the view that
made the change may skip the reload, since it already shows the result. A failed
action emits nothing: its JournalError goes back to the caller to be said in words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from journal.changes import Change, declared_changes
from journal.storage import Journal

R = TypeVar("R")


class UndeclaredAction(TypeError):
    """An action run through the session did not declare what it changes."""


class Session(QObject):
    """The journal the window shows; every write goes through `run`."""

    changed = Signal(object, object)
    """(Change, initiator): what an action changed, and the object that asked for it
    (None when nobody in particular did)."""

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal

    def run(
        self,
        action: Callable[..., R],
        *args: object,
        initiator: object | None = None,
        **kwargs: object,
    ) -> R:
        """`action(journal, *args, **kwargs)`, then `changed` with what it declared."""
        change = declared_changes(action)
        if change is None:
            raise UndeclaredAction(
                f"{getattr(action, '__qualname__', action)!r} does not declare what it changes"
            )
        result = action(self.journal, *args, **kwargs)
        self.announce(change, initiator)
        return result

    def announce(self, change: Change, initiator: object | None = None) -> None:
        """Tell the views about a change made outside `run` (another journal put in
        place, an import); nothing is emitted for Change.NOTHING."""
        if change:
            self.changed.emit(change, initiator)
