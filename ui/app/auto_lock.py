"""Auto-lock: after some idle minutes a protected journal's window hides all health data.

Only for a journal protected with a passphrase, and only when the person chose it
(Settings > Privacy; off by default). An application-wide event filter notes every
key press, click, wheel turn and mouse move; a slow timer compares the time since
then with the chosen minutes. Locking closes every open dialog (the recovery code,
shown only once, is hidden until unlocked), covers the whole main window with a
lock screen and disables its actions. The passphrase (or
recovery code) is checked against the key file alone: the journal stays open and
no file is touched. The clock and the poll interval are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.crypto import keys
from journal.errors import JournalError

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow
    from ui.app.startup import WindowSession
    from ui.settings.passphrase_dialog import PassphraseDialog

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """Covers the whole main window while the journal is locked."""

    def __init__(self, window: QWidget, unlock: Callable[[], object]) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = QLabel(self.tr("Journal locked — type your passphrase"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.clicked.connect(unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class AutoLock(QObject):
    """Locks `session`'s window after `minutes` without input (0: never)."""

    def __init__(
        self,
        session: WindowSession,
        minutes: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        poll_ms: int = 15_000,
    ) -> None:
        super().__init__()
        self._session = session
        self._clock = clock
        self.minutes = minutes
        self.last_input = clock()
        self.screen: LockScreen | None = None
        self.unlock_dialog: PassphraseDialog | None = None
        self._disabled: list[QAction] = []
        self._hidden: list[QDialog] = []
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)
        self._watch_input()
        self._timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.last_input = self._clock()
        self._watch_input()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def _can_lock(self) -> bool:
        return self.minutes > 0 and self._session.passphrase is not None

    def _watch_input(self) -> None:
        """Watch the input only while the window can lock: every event of the
        application passes through the filter (thousands while the window is built and
        first painted, every mouse move after), so a journal without a passphrase, or
        auto-lock off, is spared it. Once locking becomes possible (protection turned
        on, minutes chosen), the idle time counts from then."""
        wanted = self._can_lock()
        app = QApplication.instance()
        if wanted == self._watching or app is None:
            return
        if wanted:
            app.installEventFilter(self)
            self.last_input = self._clock()
        else:
            app.removeEventFilter(self)
        self._watching = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked:
            self.last_input = self._clock()
        return False

    def check(self) -> None:
        """Lock if the journal is protected, auto-lock is on and the idle time passed."""
        self._watch_input()
        if self.locked or not self._can_lock():
            return
        if self._clock() - self.last_input >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Hide all health data: close dialogs, cover the window, disable its actions."""
        if self.locked:
            return
        from ui.settings.passphrase_dialog import (
            RecoveryCodeDialog,  # only a protected journal locks
        )

        window: MainWindow = self._session.window
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, RecoveryCodeDialog) and widget.isVisible():
                widget.hide()  # shown again after unlocking: it is shown only once
                self._hidden.append(widget)
            elif isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        window.menuBar().setEnabled(False)
        central = window.centralWidget()
        if central is not None:
            central.hide()
        self.screen = LockScreen(window, self.ask_passphrase)
        self.screen.show()
        self.screen.raise_()
        self.screen.unlock_button.setFocus()

    def _check_secret(self, secret: str) -> None:
        path = self._session.path
        if path is None:
            raise JournalError(
                translate("AutoLock", "A journal kept only in memory cannot be locked.")
            )
        keys.data_key_for(path, secret)  # raises WrongPassphrase; writes nothing

    def ask_passphrase(self) -> PassphraseDialog:
        """Open the unlock dialog over the lock screen (not blocking); returns it."""
        from ui.settings.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(
            self._check_secret,
            self._session.window,
            title=self.tr("Unlock your journal"),
            intro=self.tr("Journal locked — type your passphrase."),
            action=self.tr("Unlock"),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.unlock)
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def unlock(self) -> None:
        """Show the data again (after the passphrase was checked)."""
        if self.screen is None:
            return
        window = self._session.window
        window.removeEventFilter(self.screen)
        self.screen.deleteLater()
        self.screen = None
        central = window.centralWidget()
        if central is not None:
            central.show()
        window.menuBar().setEnabled(True)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.unlock_dialog = None
        self.last_input = self._clock()
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
