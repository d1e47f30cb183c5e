"""The Privacy page: the passphrase and auto-lock (ui.settings.protection), and
"Delete all my data", after a typed confirmation.

The confirmation lists every file that will be removed (JournalFile.files_to_delete) and
asks the person to type DELETE. Then the window and the journal are closed, the
files removed, what was removed is listed, and the app quits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from ui.kit import theme
from ui.kit.feedback import show_error
from ui.kit.wrapping import breakable
from ui.settings.pages import page_column
from ui.settings.protection import ProtectionBox

if TYPE_CHECKING:
    from ui.settings.host import JournalFile

CONFIRM_WORD = "DELETE"


class DeleteAllDialog(QDialog):
    """Lists what will be removed; Delete is enabled only once DELETE is typed."""

    def __init__(self, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all my data"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This removes your whole journal, every backup and the app's settings "
                "from this computer. It cannot be undone. These files will be removed:"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.files = QListWidget(self)
        self.files.addItems([str(path) for path in files])
        self.files.setAccessibleName(self.tr("Files to be removed"))
        layout.addWidget(self.files, 1)
        prompt = QLabel(self.tr("Type {0} to confirm:").format(CONFIRM_WORD), self)
        layout.addWidget(prompt)
        self.word = QLineEdit(self)
        self.word.setAccessibleName(self.tr("Confirmation word"))
        prompt.setBuddy(self.word)
        layout.addWidget(self.word)
        self.word.setFocus()  # the dialog opens where the person types
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = buttons.addButton(
            self.tr("Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.word.textChanged.connect(
            lambda text: self.delete_button.setEnabled(text.strip() == CONFIRM_WORD)
        )

    def confirmed(self) -> bool:
        return self.word.text().strip() == CONFIRM_WORD


class PrivacyPage(QWidget):
    """What stays private, and the button that removes everything."""

    def __init__(self, session: JournalFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.removed: list[Path] = []
        layout = page_column(self)
        note = QLabel(
            self.tr(
                "Your journal stays on this computer. The app never connects to the "
                "network and sends nothing anywhere."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.protection = ProtectionBox(session, self)
        layout.addWidget(self.protection)
        self.delete_button = QPushButton(self.tr("Delete all my data…"), self)
        self.delete_button.clicked.connect(self.delete_all)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def delete_all(self) -> None:
        if self._session.path is None:
            return
        dialog = DeleteAllDialog(self._session.files_to_delete(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.confirmed():
            return
        try:
            self.removed = self._session.delete_everything()
        except JournalError as error:
            show_error(None, error)
            return
        listed = "\n".join(str(removed) for removed in self.removed)
        QMessageBox.information(
            None,
            theme.APPLICATION,
            breakable(
                self.tr("Everything was deleted. These files were removed:\n{0}").format(listed)
            ),
        )
        QApplication.quit()
