"""Gentle reminders while the app runs: the evening check-in and the 2-hour follow-up.

Off by default (ui.kit.settings_store). At each tick of the window's minute clock
(ui.kit.minute_clock, shared with the 2-hour follow-up in the window, so the doses due
are read once a minute for both) the reminders look at the time and the journal, also
while the window is hidden in the tray: after the chosen evening time, if today has
no day entry yet, they say "Time for your evening check-in" once that day; when a
dose is due for its 2-hour pain follow-up they say "A follow-up question is waiting" once per dose.
The words never carry health details (no medication, no pain, no attack), because
a notification can be seen by anyone near the screen. Where the desktop has a
system tray the notice goes there; otherwise it is shown in the window's status bar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from journal.errors import JournalError
from ui.kit import settings_store, theme
from ui.kit.minute_clock import Minute, MinuteClock

NOTICE_MS = 60_000


class Reminders(QObject):
    """Listens to the minute clock and notifies; `shown` emits each reminder's text."""

    shown = Signal(str)

    def __init__(self, clock: MinuteClock, window: QMainWindow) -> None:
        super().__init__(window)
        self.clock = clock
        self._window = window
        self._checked_in_reminded: date | None = None
        self._followed_up: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.listening = False

    def start(self) -> None:
        """Check at every tick of the clock (started if the window has not yet)."""
        if not self.listening:
            self.clock.ticked.connect(self.check)
            self.listening = True
        self.clock.start()

    def stop(self) -> None:
        """No more checks nor tray icon; the clock itself goes on for the window."""
        if self.listening:
            self.clock.ticked.disconnect(self.check)
            self.listening = False
        if self.tray is not None:
            self.tray.hide()

    def check(self, minute: Minute | None = None) -> None:
        """Say what is due now (nothing at all while reminders are off)."""
        if not settings_store.reminders_enabled():
            return
        try:
            due = self._due(minute or self.clock.minute())
        except JournalError:
            return  # the journal is busy or gone for a moment; ask again next minute
        for text in due:
            self.notify(text)

    def _due(self, minute: Minute) -> list[str]:
        texts: list[str] = []
        now = minute.now
        today = now.date()
        evening = settings_store.evening_time()
        reached = QTime(now.hour, now.minute) >= evening
        unreminded = reached and self._checked_in_reminded != today
        if unreminded and self.clock.reads.day_entry(today) is None:
            self._checked_in_reminded = today
            texts.append(self.tr("Time for your evening check-in"))
        if settings_store.follow_up_reminders():
            due = minute.doses_due_for_follow_up()
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
