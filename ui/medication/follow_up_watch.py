"""Asking "How is your pain now?" two hours after a dose, while the app is open.

Once at start and then at every tick of the window's minute clock (ui.kit.minute_clock,
shared with the reminders, so the journal is read once a minute for both) the watch
looks at the doses due (operations.doses_due_for_follow_up) while the window is
visible, and opens one PainFollowUpDialog at a time,
never over another dialog: it waits until the person has finished with it. A
dose the user answered is no longer due; one put off with "Ask me later" comes back
after 30 minutes while it is due, and can always be rated from its entry.

It never takes the keyboard (issue 16: digits typed for the check-in's Water went
to it, and "2" recorded the pain at 2 hours): it waits until nothing was typed in
the app for TYPING_PAUSE, then shows without activating its window and without
blocking the main window, so keys still go where the person was typing; its
answer keys act only once the person turned to it (ui.medication.follow_up).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from ui.medication.follow_up import PainFollowUpDialog

from journal.operations.attacks import FOLLOW_UP_ASK_AGAIN
from ui.kit.minute_clock import Minute, MinuteClock
from ui.session import Session

TYPING_PAUSE = 10.0
"""Seconds without a key press in the app before the question may open."""


class FollowUpWatch(QObject):
    """Opens the 2-hour follow-up for due doses (a rating is announced by the session)."""

    def __init__(
        self,
        session: Session,
        window: QWidget,
        clock: MinuteClock,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.clock = clock
        self._asked: dict[str, datetime] = {}  # dose id: when it was last asked about
        self.dialog: PainFollowUpDialog | None = None
        self.keyboard_clock: Callable[[], float] = time.monotonic
        self._typed_at = -TYPING_PAUSE  # no key pressed yet
        self._after_typing = QTimer(self)
        self._after_typing.setSingleShot(True)
        self._after_typing.timeout.connect(self.check)
        clock.ticked.connect(self.check)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes when a key was last pressed in the window (every key passes its
        QWindow before the field with the focus gets it)."""
        if event.type() == QEvent.Type.KeyPress:
            self._typed_at = self.keyboard_clock()
        return False

    def typing_pause_left(self) -> float:
        """Seconds until the person has not typed for TYPING_PAUSE (0: already)."""
        return max(0.0, TYPING_PAUSE - (self.keyboard_clock() - self._typed_at))

    def start(self) -> None:
        """Check once as soon as the event loop runs, then at every tick."""
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(0, self, self.check)  # dropped if the window is gone
        self.clock.start()

    def check(self, minute: Minute | None = None) -> None:
        """Open the follow-up for the oldest due dose not asked about yet; never over
        another dialog the person is filling in (it waits for the next check)."""
        if self.dialog is not None or not self._window.isVisible():
            return
        if QApplication.activeModalWidget() is not None or self._busy_with_a_dialog():
            return
        minute = minute or self.clock.minute()
        now = minute.now
        due = [
            dose
            for dose in minute.doses_due_for_follow_up()
            if now - self._asked.get(dose.id, datetime.min.replace(tzinfo=now.tzinfo))
            >= FOLLOW_UP_ASK_AGAIN
        ]
        if not due:
            return
        pause_left = self.typing_pause_left()
        if pause_left > 0:  # the person is typing: ask when they stop
            self._after_typing.start(int(pause_left * 1000) + 50)
            return
        dose = min(due, key=lambda x: x.taken)
        self._asked[dose.id] = now
        from ui.medication.follow_up import PainFollowUpDialog

        self.dialog = PainFollowUpDialog(self._session, dose, self._window)
        self.dialog.finished.connect(self._finished)
        self.dialog.show_aside()

    def _busy_with_a_dialog(self) -> bool:
        """A window-modal dialog of the main window (an editor, settings...) is open."""
        return any(
            isinstance(child, QDialog) and child.isVisible()
            for child in self._window.findChildren(QDialog)
        )

    def _finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        QTimer.singleShot(0, self, self.check)  # dropped if the window is gone
