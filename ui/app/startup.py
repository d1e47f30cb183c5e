"""Opening the journal for the window, and swapping it while the app runs.

The window is the journal's single writer: it opens the file with the writer lock.
A second start on the same journal brings the open window to the front
(ui.app.window_handover); if no window answers, it is refused calmly (exit 0).
A damaged journal has already been moved aside by the journal's check; the person
is told so in plain words and offered the newest good backup, an empty journal, or
quitting. Any other problem is one sentence and exit status 1.

A `WindowSession` holds the open journal and its window. Settings use it to put a
backup in place or to move the journal: the window and the journal are closed,
the files changed, then both opened again. Backups are taken quietly at start and
at quit; a failed backup is said in the status bar and never stops the app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from journal.crypto import keys, protect
from journal.errors import JournalError, JournalLocked
from journal.storage import Journal, backup, health, kept
from journal.storage.errors import JournalDamaged, JournalGone
from ui.app.auto_lock import AutoLock
from ui.app.journal_file import JournalFileOperations
from ui.app.main_window import MainWindow
from ui.app.reminders import Reminders
from ui.app.window_handover import ShowRequests, ask_open_window_to_show
from ui.kit import settings_store, theme
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.kit.wrapping import breakable
from ui.session import Session

START_BACKUP_DELAY_MS = 1000
"""The start backup waits this long, so the window shows first."""

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "startup",
    "Migraine Journal is already open in another window, so this one was not opened. "
    "Switch to that window to go on with your diary.",
)


def make_main_window(journal: Journal) -> MainWindow:
    """The main window over `journal`, with the week starting on the chosen day."""
    window = MainWindow(journal)
    window.calendar.grid.set_first_day_of_week(settings_store.first_day_of_week())
    return window


class Refused(Exception):
    """The journal was not opened; `status` is the exit status the app should end with."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def ask_passphrase_at_start(path: Path, parent: QWidget | None = None) -> str | None:
    """For a protected journal, the passphrase (or recovery code) the person typed,
    checked against the key file without changing any file; Refused(0) on Cancel.
    None for a plain journal."""
    if not protect.is_protected(path):
        return None
    from ui.settings.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(lambda secret: keys.data_key_for(path, secret), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise Refused(0)
    return dialog.secret


def open_for_window(
    path: Path,
    parent: QWidget | None = None,
    passphrase: str | None = None,
    import_file: Path | None = None,
) -> Journal:
    """The journal at `path`, opened as the single writer, or Refused after the
    person was told why (and chose what to do about a damaged file). When another
    window holds the journal, it is asked to come forward (and to preview
    `import_file` for import, when given)."""
    try:
        return Journal.open(path, lock=True, passphrase=passphrase)
    except JournalLocked:
        if ask_open_window_to_show(path, import_file=import_file):
            raise Refused(0) from None  # that window came to the front instead
        QMessageBox.information(
            parent, theme.APPLICATION, QCoreApplication.translate("startup", ALREADY_OPEN)
        )
        raise Refused(0) from None
    except JournalDamaged as damage:
        return _after_damage(path, damage, parent, passphrase)
    except JournalGone as gone:
        return _after_loss(path, gone, parent, passphrase)
    except JournalError as error:
        QMessageBox.critical(parent, theme.APPLICATION, breakable(str(error)))
        raise Refused(1) from None


def _after_damage(
    path: Path, damage: JournalDamaged, parent: QWidget | None, passphrase: str | None = None
) -> Journal:
    if damage.moved_to is None:  # another program has it: nothing was touched
        QMessageBox.critical(parent, theme.APPLICATION, breakable(str(damage)))
        raise Refused(1)
    from ui.settings.damaged_journal import Choice, DamagedJournalDialog

    newest = damage.backup
    dialog = DamagedJournalDialog(
        damage.moved_to,
        None if newest is None else newest.taken,
        None if newest is None else damage.age or newest.age(),
        parent,
    )
    dialog.exec()
    if dialog.choice is Choice.QUIT:
        raise Refused(0)
    try:
        if dialog.choice is Choice.RESTORE and damage.backup is not None:
            health.restore(path, damage.backup.path)
        return Journal.open(path, lock=True, passphrase=passphrase, start_empty=True)
    except JournalError as error:
        QMessageBox.critical(parent, theme.APPLICATION, breakable(str(error)))
        raise Refused(1) from None


def _after_loss(
    path: Path, gone: JournalGone, parent: QWidget | None, passphrase: str | None
) -> Journal:
    """No journal file, but its backups or kept copies: never an empty journal unasked."""
    from ui.settings.damaged_journal import Choice, MissingJournalDialog

    try:
        passphrase = passphrase or _unlock_copies(path, parent)
        good, taken = _newest_good_copy(path, gone)
    except JournalError as error:
        QMessageBox.critical(parent, theme.APPLICATION, breakable(str(error)))
        raise Refused(1) from None
    dialog = MissingJournalDialog(good, taken, parent)
    dialog.exec()
    if dialog.choice is Choice.QUIT:
        raise Refused(0)
    try:
        if dialog.choice is Choice.RESTORE and good is not None:
            health.restore(path, good)
        return Journal.open(
            path, lock=True, passphrase=passphrase, start_empty=dialog.choice is Choice.EMPTY
        )
    except JournalError as error:
        QMessageBox.critical(parent, theme.APPLICATION, breakable(str(error)))
        raise Refused(1) from None


def _unlock_copies(path: Path, parent: QWidget | None) -> str | None:
    """A protected journal's copies are encrypted: the passphrase lets them be checked."""
    if not keys.key_file_for(path).exists():
        return None
    from ui.settings.passphrase_dialog import PassphraseDialog

    found: list[bytes] = []

    def check(secret: str) -> None:
        found.append(keys.data_key_for(path, secret))

    dialog = PassphraseDialog(check, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise Refused(0)
    from journal.storage import cipher

    cipher.remember(found[-1])
    return dialog.secret


def _newest_good_copy(path: Path, gone: JournalGone) -> tuple[Path | None, datetime | None]:
    newest = backup.newest_good_backup(path)
    if newest is not None:
        return newest.path, newest.taken
    for copy in kept.kept_copies(path):
        if backup.is_good(copy.path):
            return copy.path, copy.taken
    return None, None


def backup_quietly(path: Path | None) -> str | None:
    """Back the journal up if it changed; None when all went well, else the sentence."""
    if path is None:
        return None
    try:
        backup.backup_if_changed(path)
    except JournalError as error:
        return str(error)
    except OSError as error:
        reason = error.strerror or str(error)
        return QCoreApplication.translate("startup", "The backup could not be made ({0}).").format(
            reason
        )
    return None


def _show_unseen_code(session: WindowSession) -> None:
    if session.closed or session.path is None:
        return
    if protect.unseen_code(session.path):  # rare: the dialogs are not loaded at every start
        from ui.settings.passphrase_dialog import show_unseen_recovery_code

        show_unseen_recovery_code(session.path, session.window)


class WindowSession(QObject, JournalFileOperations):
    """The open journal and its main window; `reopen` swaps both safely. What it
    does to the journal as a file is ui.app.journal_file's (the settings' JournalFile)."""

    def __init__(
        self,
        journal: Journal,
        window: MainWindow | None = None,
        make_window: Callable[[Journal], MainWindow] | None = None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__()
        self.closed = False
        self.started_backup = False
        self.journal = journal
        # Kept in memory only, to reopen a protected journal after a settings change.
        self.passphrase = passphrase
        self.auto_lock: AutoLock | None = None
        self.show_requests: ShowRequests | None = None
        self._make_window = make_window or make_main_window
        self._owns_window = window is None
        self.window = window if window is not None else self._make_window(journal)
        self.reminders = self._remind(self.window)
        _SESSIONS.append(self)

    @property
    def session(self) -> Session:
        """The session of the window shown now (a reopen makes a new one)."""
        return self.window.session

    def set_auto_lock_minutes(self, minutes: int) -> None:
        if self.auto_lock is not None:
            self.auto_lock.set_minutes(minutes)

    def set_theme(self, choice: theme.Theme) -> None:
        self.window.set_theme(choice)

    def set_first_day_of_week(self, day: Qt.DayOfWeek) -> None:
        self.window.calendar.grid.set_first_day_of_week(day)

    def _remind(self, window: MainWindow) -> Reminders:
        if self.journal.path is not None:
            self.show_requests = ShowRequests(self.journal.path, window)
            self.show_requests.import_requested.connect(window.import_path)
        window.journal_file = self  # what the settings need of the application
        reminders = Reminders(window.minute, window)
        reminders.start()
        window.destroyed.connect(lambda _gone=None, shown=window: self._window_gone(shown))
        return reminders

    def _window_gone(self, window: MainWindow) -> None:
        """The window was deleted without the session closing (a window built
        elsewhere, as in tests): forget it; its journal belongs to its maker."""
        if window is self.window and not self.closed:
            self.closed = True
            if self in _SESSIONS:
                _SESSIONS.remove(self)

    def backup_at_start(self) -> None:
        if not self.closed and not self.started_backup:
            self.started_backup = True
            self.backup_now()

    def backup_now(self) -> str | None:
        """A backup if the journal changed; a failure is shown in the status bar."""
        problem = backup_quietly(self.path)
        if problem is not None:
            self.window.statusBar().showMessage(problem, 15_000)
        return problem

    def reopen(self, change: Callable[[Path], Path]) -> None:
        """Close the window and the journal, run `change(path)` on the closed files
        (it returns the journal's path afterwards), then open both again. If the
        change fails, the journal is opened where it was, and the error raised.
        A change that protects or unprotects the journal updates `self.passphrase`."""
        path = self.path
        if path is None:
            raise JournalError(
                QCoreApplication.translate(
                    "startup", "A journal kept only in memory cannot be changed this way."
                )
            )
        geometry = self.window.saveGeometry()
        visible = self.window.isVisible()
        self.reminders.stop()
        if self.show_requests is not None:
            self.show_requests.stop()
        self.window.close()
        self.journal.close()
        try:
            path = change(path)
        finally:
            self.journal = Journal.open(path, lock=True, passphrase=self.passphrase)
            old, self.window = self.window, self._make_window(self.journal)
            self.reminders = self._remind(self.window)
            self.window.restoreGeometry(geometry)
            if visible:
                self.window.show()
            old.deleteLater()
            self._owns_window = True

    def close(self, *, take_backup: bool = True) -> None:
        """Stop reminders, close the window, back up if changed, close the journal.
        Safe to call twice (after "Delete all my data" the app still ends normally)."""
        if self.closed:
            return
        self.closed = True
        if self.auto_lock is not None:
            self.auto_lock.stop()
        self.reminders.stop()
        if self.show_requests is not None:
            self.show_requests.stop()
        self.window.close()
        if self._owns_window:
            self.window.deleteLater()
        if take_backup:
            backup_quietly(self.path)
        self.journal.close()
        if self in _SESSIONS:
            _SESSIONS.remove(self)


_SESSIONS: list[WindowSession] = []


def open_session(path: Path, import_file: Path | None = None) -> WindowSession:
    """Open the journal for the window (or raise Refused). The start backup (if the
    journal changed since the last one) follows a moment after the window shows:
    checking the newest backup and comparing takes a noticeable part of a start.
    `import_file` only matters when another window holds the journal: that window
    is asked to preview it (the caller previews it in the new window otherwise)."""
    path = settings_store.journal_path_for_window(path)
    passphrase = ask_passphrase_at_start(path)
    journal = open_for_window(path, passphrase=passphrase, import_file=import_file)
    session = WindowSession(journal, passphrase=passphrase)
    session.auto_lock = AutoLock(session, settings_store.auto_lock_minutes())
    QTimer.singleShot(START_BACKUP_DELAY_MS, session, session.backup_at_start)
    QTimer.singleShot(0, session, lambda: _show_unseen_code(session))
    return session
