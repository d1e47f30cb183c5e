"""Settings > Privacy: protecting the journal with a passphrase, and auto-lock.

Turning protection on, changing the passphrase and turning it off need the journal
closed (journal.crypto.protect takes the writer lock itself), so the application
does each (ui.settings.host.JournalFile): the window and the journal close, the
files change, and both open again — with the new passphrase, kept in memory.
Passphrases are checked before the journal is closed, so a wrong one is said in
its dialog with the typed text kept. The settings dialog closes on the way, since
it belongs to the window being replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from ui.kit import settings_store
from ui.kit.feedback import show_error
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.settings.passphrase_dialog import (
    NewPassphraseDialog,
    PassphraseDialog,
    RecoveryCodeDialog,
    show_unseen_recovery_code,
)

if TYPE_CHECKING:
    from ui.settings.host import JournalFile

NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ProtectionBox", "The exported file is not encrypted: keep it somewhere private."
)


class ProtectionBox(QGroupBox):
    """The passphrase buttons and the auto-lock choice."""

    def __init__(self, session: JournalFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase"))
        self._session = session
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.recovery_dialog: RecoveryCodeDialog | None = None
        layout = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.protect_button = QPushButton(self.tr("Protect with a passphrase…"), self)
        self.protect_button.clicked.connect(self.start_protect)
        self.change_button = QPushButton(self.tr("Change passphrase…"), self)
        self.change_button.clicked.connect(self.start_change)
        self.off_button = QPushButton(self.tr("Turn protection off…"), self)
        self.off_button.clicked.connect(self.start_off)
        for button in (self.protect_button, self.change_button, self.off_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Lock the journal when idle:"), self))
        self.auto_lock = QComboBox(self)
        for minutes in settings_store.AUTO_LOCK_CHOICES:
            text = self.tr("Off") if minutes == 0 else self.tr("After {0} minutes").format(minutes)
            self.auto_lock.addItem(text, minutes)
        self.auto_lock.setCurrentIndex(
            settings_store.AUTO_LOCK_CHOICES.index(settings_store.auto_lock_minutes())
        )
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_chosen)
        lock_row.addWidget(self.auto_lock)
        lock_row.addStretch(1)
        layout.addLayout(lock_row)
        self.refresh()

    @property
    def protected(self) -> bool:
        return self._session.is_protected()

    def refresh(self) -> None:
        on = self.protected
        self.state.setText(
            self.tr("This journal is encrypted and opens only with your passphrase.")
            if on
            else self.tr(
                "This journal is not encrypted: anyone using this computer account can read it."
            )
        )
        self.protect_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.off_button.setVisible(on)
        self.auto_lock.setEnabled(on)

    def _auto_lock_chosen(self, _index: int) -> None:
        minutes = int(self.auto_lock.currentData())
        settings_store.save_auto_lock_minutes(minutes)
        self._session.set_auto_lock_minutes(minutes)

    def _check(self, secret: str) -> None:
        if self._session.path is None:
            raise JournalError(self.tr("A journal kept only in memory cannot be protected."))
        self._session.check_passphrase(secret)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- turning it on ---------------------------------------------------------

    def start_protect(self) -> None:
        dialog = NewPassphraseDialog(self, export=self.export_first)
        dialog.accepted.connect(lambda: self.protect_with(dialog.passphrase))
        self._show(dialog)

    def export_first(self) -> None:
        folder = settings_store.last_folder("export")
        suggested = str(folder / f"migraine-journal-{date.today():%Y-%m-%d}.json")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the journal (not encrypted)"), suggested, self.tr("JSON (*.json)")
        )
        if not target:
            return
        settings_store.remember_folder("export", Path(target))
        try:
            self._session.session.reads.export_json(Path(target))
        except JournalError as error:
            show_error(self, error)
            return
        self.state.setText(self.tr("Exported to {0}. {1}").format(target, self.tr(NOT_ENCRYPTED)))

    def protect_with(self, passphrase: str) -> None:
        """Encrypt the journal, then show the recovery code over the reopened window."""
        done = self.tr("Your journal is now protected with a passphrase.")
        if self._reopen(lambda: self._session.protect(passphrase), done):
            session = self._session
            if session.path is not None:
                self.recovery_dialog = show_unseen_recovery_code(session.path, session.window)

    # -- changing it, turning it off ---------------------------------------------

    def start_change(self) -> None:
        ask = PassphraseDialog(
            self._check,
            self,
            title=self.tr("Change passphrase"),
            intro=self.tr("Type your current passphrase (or the recovery code)."),
            action=self.tr("Next"),
        )
        ask.accepted.connect(lambda: self._ask_new(ask.secret))
        self._show(ask)

    def _ask_new(self, old: str) -> None:
        dialog = NewPassphraseDialog(
            self, warn=False, title=self.tr("Change passphrase"), action=self.tr("Change")
        )
        dialog.accepted.connect(lambda: self.change_to(old, dialog.passphrase))
        self._show(dialog)

    def change_to(self, old: str, new: str) -> None:
        done = self.tr("The passphrase was changed.")
        self._reopen(lambda: self._session.change_passphrase(old, new), done)

    def start_off(self) -> None:
        ask = PassphraseDialog(
            self._check,
            self,
            title=self.tr("Turn protection off"),
            intro=self.tr(
                "The journal will be decrypted and stored as a plain file. "
                "Type your passphrase (or the recovery code)."
            ),
            action=self.tr("Turn off"),
        )
        ask.accepted.connect(lambda: self.turn_off(ask.secret))
        self._show(ask)

    def turn_off(self, passphrase: str) -> None:
        self._reopen(
            lambda: self._session.unprotect(passphrase),
            self.tr("The journal is no longer encrypted."),
        )

    def _reopen(self, change: Callable[[], None], done: str) -> bool:
        """Close the settings, run `change` (the journal closes and reopens around
        it), then say `done`; True if done."""
        settings = self.window()
        if isinstance(settings, QDialog):
            settings.accept()  # it belongs to the window about to be replaced
        try:
            change()
        except JournalError as error:
            show_error(self._session.window, error)
            return False
        self._session.window.statusBar().showMessage(done, 15_000)
        return True
