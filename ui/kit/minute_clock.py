"""The window's one minute clock: one timer, and at most one read of what is due.

Several things look at the clock once a minute: the 2-hour pain follow-up (asked in
the window while it is visible), the reminders (said in the tray, also while the
window is hidden) and the window noticing a new day. They share this clock instead
of keeping a timer each. Every minute it emits `ticked` with a `Minute`: the time
now, and the doses due for their follow-up question, read from the journal the first
time a listener asks and then kept for the others, so the journal is read once a
minute however many listen, and not at all when nobody needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from journal import domain as d
from ui.session import Reads

EVERY_MS = 60_000


class Minute:
    """One tick: `now`, and the doses due then (read once, on the first ask)."""

    def __init__(self, reads: Reads, now: datetime) -> None:
        self.now = now
        self._reads = reads
        self._due: list[d.Dose] | None = None

    def doses_due_for_follow_up(self) -> list[d.Dose]:
        """The doses whose 2-hour question is due now (journal.operations decides).
        A JournalError (the journal busy or gone for a moment) goes to the caller."""
        if self._due is None:
            self._due = self._reads.doses_due_for_follow_up(self.now)
        return list(self._due)


class MinuteClock(QObject):
    """Emits `ticked(Minute)` once a minute while started."""

    ticked = Signal(object)

    def __init__(
        self,
        reads: Reads,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = d.local_now,
    ) -> None:
        super().__init__(parent)
        self.reads = reads
        """The session's reads (ui.session.Reads) the listeners look at."""
        self.clock = clock
        """Where the time comes from (tests set it)."""
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Tick every minute from now on (starting twice changes nothing)."""
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def minute(self) -> Minute:
        """The present minute, for a listener that must look between ticks."""
        return Minute(self.reads, self.clock())

    def tick(self) -> None:
        """One minute has passed: every listener gets the same Minute."""
        self.ticked.emit(self.minute())
