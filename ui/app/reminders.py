"""Gentle reminders while the app runs: the evening check-in and the 2-hour follow-up.

Off by default (ui.kit.settings_store). Once a minute the reminders look at the clock
and the journal: after the chosen evening time, if today has no day entry yet, they
say "Time for your evening check-in" once that day; when a dose is due for its
2-hour pain follow-up they say "A follow-up question is waiting" once per dose.
The words never carry health details (no medication, no pain, no attack), because
a notification can be seen by anyone near the screen. Where the desktop has a
system tray the notice goes there; otherwise it is shown in the window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from journal.storage import Journal
from ui.kit import settings_store, theme

CHECK_EVERY_MS = 60_000
NOTICE_MS = 60_000


class Reminders(QObject):
    """Checks once a minute and notifies; `shown` emits each reminder's text."""

    shown = Signal(str)

    def __init__(
        self,
        journal: Journal,
        window: QMainWindow,
        clock: Callable[[], datetime] = d.local_now,
    ) -> None:
        super().__init__(window)
        self._journal = journal
        self._window = window
        self._clock = clock
        self._checked_in_reminded: date | None = None
        self._followed_up: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        """Say what is due now (nothing at all while reminders are off)."""
        if not settings_store.reminders_enabled():
            return
        now = self._clock()
        try:
            due = self._due(now)
        except JournalError:
            return  # the journal is busy or gone for a moment; ask again next minute
        for text in due:
            self.notify(text)

    def _due(self, now: datetime) -> list[str]:
        texts: list[str] = []
        today = now.date()
        evening = settings_store.evening_time()
        reached = QTime(now.hour, now.minute) >= evening
        unreminded = reached and self._checked_in_reminded != today
        if unreminded and self._journal.day_entries.on(today) is None:
            self._checked_in_reminded = today
            texts.append(self.tr("Time for your evening check-in"))
        if settings_store.follow_up_reminders():
            due = operations.doses_due_for_follow_up(self._journal, now)
            new = [dose.id for dose in due if dose.id not in self._followed_up]
            if new:
                self._followed_up.update(new)
                texts.append(self.tr("A follow-up question is waiting"))
        return texts

    def notify(self, text: str) -> None:
        """Show `text` in the tray where there is one, else in the window."""
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                self.tray = QSystemTrayIcon(theme.icon("app"), self)
                self.tray.setToolTip(theme.APPLICATION)
                self.tray.messageClicked.connect(self._bring_window_forward)
                self.tray.show()
            self.tray.showMessage(theme.APPLICATION, text, theme.icon("app"), NOTICE_MS)
        else:
            self._window.statusBar().showMessage(text, NOTICE_MS)
        self.shown.emit(text)

    def _bring_window_forward(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
