"""Settings: where the journal is, its backups, appearance, reminders, privacy.

File > Settings… (Ctrl+,) opens it over the window. The pages save as soon as
something is changed (no Apply button to forget). Restoring a backup and moving
the journal close and reopen the journal through the application's hold on the
file (ui.settings.host.JournalFile), so no file is ever changed under an open
connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from ui.kit.feedback import confirm, show_error
from ui.settings.damaged_journal import when_taken
from ui.settings.host import CopyKind, FileCopy, JournalFile
from ui.settings.pages import AppearancePage, RemindersPage, page_column
from ui.settings.privacy import PrivacyPage
from ui.sync.dialog import SyncDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def size_in_words(size: int) -> str:
    """A file size the way people read it ("84 KB", "1.2 MB")."""
    locale = QLocale.system()
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class JournalPage(QWidget):
    """Where the journal file is, "Open folder" and "Move journal…"."""

    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        layout = page_column(self)
        layout.addWidget(QLabel(self.tr("Your journal is one file on this computer:"), self))
        self.path_label = QLabel(str(dialog.session.path), self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setObjectName("journalPath")
        bold = self.path_label.font()
        bold.setBold(True)
        self.path_label.setFont(bold)
        layout.addWidget(self.path_label)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.clicked.connect(self.open_folder)
        self.move_button = QPushButton(self.tr("Move journal…"), self)
        self.move_button.clicked.connect(self.choose_folder)
        layout.addLayout(_row(self.open_button, self.move_button))
        note = QLabel(
            self.tr(
                "Moving takes the journal and its backups to the new folder; "
                "the app opens it there from now on."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.sync_button = QPushButton(self.tr("Use on several computers…"), self)
        self.sync_button.clicked.connect(self.use_on_several_computers)
        layout.addLayout(_row(self.sync_button))
        layout.addStretch(1)

    def use_on_several_computers(self) -> None:
        SyncDialog(self._dialog.session.session, self).exec()

    def open_folder(self) -> None:
        path = self._dialog.session.path
        if path is not None:  # a local file URL: the file manager, never the network
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def choose_folder(self) -> None:
        path = self._dialog.session.path
        start = str(path.parent) if path is not None else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Move the journal to"), start)
        if folder:
            self._dialog.move_to(Path(folder))


class BackupsPage(QWidget):
    """The backups with dates and sizes; "Back up now"; "Restore this backup…"."""

    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        layout = page_column(self)
        intro = QLabel(
            self.tr(
                "A backup is made when the app starts and when it quits, if the journal "
                "changed. Old backups are thinned out: 7 daily, 4 weekly, 12 monthly."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Age"), self.tr("Size"), self.tr("Kind")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # "less than a minute" on one line, never two
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # Age, Size and Kind as wide as their longest text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore this backup…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addLayout(_row(self.backup_button, self.restore_button))
        self.backups: list[FileCopy] = []
        self.reload()

    def _kind(self, copy: FileCopy) -> str:
        return {
            CopyKind.BACKUP: self.tr("Backup"),
            CopyKind.DAMAGED: self.tr("Kept aside: damaged"),
            CopyKind.BEFORE_RESTORE: self.tr("Kept aside before a restore"),
        }[copy.kind]

    def reload(self) -> None:
        """The backups, then the copies kept aside (a damaged journal, the journal as
        it was before a restore): each can be put back in place."""
        self.backups = self._dialog.session.copies()
        self.table.setRowCount(len(self.backups))
        for row, made in enumerate(self.backups):
            for column, text in enumerate(
                (when_taken(made.taken), made.age, size_in_words(made.size), self._kind(made))
            ):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def back_up_now(self) -> None:
        if self._dialog.session.path is None:
            return
        try:
            self._dialog.session.make_backup()
        except JournalError as error:
            show_error(self, error)
            return
        self.reload()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.backups[rows[0].row()]
        question = self.tr(
            "Put the copy from {0} ({1} ago) in place of the journal? "
            "The current journal is kept aside as a file, not deleted."
        ).format(when_taken(chosen.taken), chosen.age)
        if confirm(self, self.tr("Restore a backup"), question):
            self._dialog.restore(chosen.path)


class SettingsDialog(QDialog):
    """The settings, one tab per subject."""

    def __init__(self, session: JournalFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.journal_page = JournalPage(self)
        self.backups_page = BackupsPage(self)
        self.appearance_page = AppearancePage(session, self)
        self.reminders_page = RemindersPage(self)
        self.privacy_page = PrivacyPage(session, self)
        # each page's Alt+key (unique in the dialog, in every language)
        for page, title in (
            (self.journal_page, self.tr("&Journal")),
            (self.backups_page, self.tr("&Backups")),
            (self.appearance_page, self.tr("&Appearance")),
            (self.reminders_page, self.tr("&Reminders")),
            (self.privacy_page, self.tr("&Privacy")),
        ):
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def restore(self, chosen: Path) -> None:
        """Put `chosen` in place (the current file kept aside) and reopen the window."""
        self._reopen(lambda: self.session.restore(chosen))

    def move_to(self, folder: Path) -> None:
        """Move the journal and its backups into `folder`, remembered for next start."""

        def move() -> str:
            self.session.move_to(folder)
            return self.tr("The journal is now in {0}.").format(self.session.path)

        self._reopen(move)

    def _reopen(self, change: Callable[[], str]) -> None:
        """Run `change` (it closes and reopens the window), then say what it did."""
        self.accept()  # this dialog belongs to the window that is about to close
        try:
            done = change()
        except JournalError as error:
            show_error(self.session.window, error)
            return
        self.session.window.statusBar().showMessage(done, 15_000)
