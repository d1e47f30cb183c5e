"""Settings ▸ Journal ▸ Use on several computers: pick the folder your sync tool
keeps in step, name this computer, start, sync now, leave; with plain words on
what the folder holds (sealed, or the diary readable) and a warning when the
journal file itself lives in a folder a sync tool manages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.sync import actions, joining
from ui.kit.feedback import show_error
from ui.kit.locale_text import day_text
from ui.session import Session
from ui.sync.lost_dialog import LostValuesDialog


class SyncDialog(QDialog):
    """Join a sync folder, name this computer, sync now, leave."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Use on several computers"))
        self.resize(600, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep this journal on your other computers through a folder you already "
                "keep in step with Syncthing, Nextcloud, Dropbox or a USB stick. The app "
                "only reads and writes files there; it never connects to anything."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        folder_label = QLabel(self.tr("Sync folder:"), self)
        folder_label.setBuddy(self.folder_edit)  # names the field for a screen reader
        form.addRow(folder_label, row)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("This computer's name"))
        self.name_edit.setPlaceholderText(self.tr("This computer"))  # while it has no name
        self.name_edit.editingFinished.connect(self.rename)
        form.addRow(self.tr("This computer's name:"), self.name_edit)
        layout.addLayout(form)
        self.privacy_label = QLabel(self)
        self.privacy_label.setWordWrap(True)
        layout.addWidget(self.privacy_label)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        layout.addWidget(self.warning_label)
        self.twins_label = QLabel(self)
        self.twins_label.setWordWrap(True)
        self.twins_label.setVisible(False)
        layout.addWidget(self.twins_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.lost_button = QPushButton(self.tr("Changed on both computers…"), self)
        self.lost_button.clicked.connect(self.show_lost_values)
        self.leave_button = QPushButton(self.tr("Leave"), self)
        self.leave_button.setToolTip(self.tr("Stop syncing; the journal stays whole here"))
        self.leave_button.clicked.connect(self.leave)
        for button in (self.lost_button, self.leave_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        # Where the person starts: choosing the folder, or once there is one, the
        # computer's name (the folder's path is read-only).
        (self.name_edit if self.folder_edit.text() else self.choose_button).setFocus()

    def reload(self) -> None:
        me = self.session.run(actions.this_computer)
        self.folder_edit.setText(me.folder)
        self.name_edit.setText(me.name)
        self.leave_button.setEnabled(bool(me.folder))
        self.lost_button.setEnabled(bool(me.folder))
        if me.folder:
            self.privacy_label.setText(
                self.tr("The files in the folder are sealed with this journal's key.")
                if me.folder_key
                else self.tr(
                    "This journal is not protected, so the folder holds your diary "
                    "readable by anyone who can open its files. Protect the journal "
                    "(Settings ▸ Privacy) to have them sealed."
                )
            )
        else:
            self.privacy_label.setText("")
        path = self.session.reads.journal_path()
        tool = joining.sync_tool_of(path) if path is not None else None
        self.warning_label.setVisible(tool is not None)
        if tool is not None:
            self.warning_label.setText(
                self.tr(
                    "The journal file itself is in a folder {0} syncs. Two computers "
                    "writing one journal file damage it: move the journal out of it "
                    "(Settings ▸ Journal ▸ Move journal…) and choose a sync folder here "
                    "instead."
                ).format(tool)
            )

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder your sync tool keeps in step"), self.folder_edit.text()
        )
        if folder:
            self.join(Path(folder))

    def join(self, folder: Path, secret: str | None = None) -> bool:
        """Join `folder`, asking for the passphrase when the folder is protected."""
        try:
            joined = self.session.run_by(self, actions.join_folder, folder, secret)
        except joining.FolderLocked as locked:
            typed, ok = QInputDialog.getText(
                self,
                self.tr("Protected sync folder"),
                str(locked),
                QLineEdit.EchoMode.Password,
            )
            if not ok or not typed:
                return False
            return self.join(folder, typed)
        except JournalError as error:
            show_error(self, error)
            return False
        finally:
            self.reload()
        self.twins_label.setVisible(bool(joined.entered_twice))
        self.twins_label.setText(
            (
                self.tr(
                    "1 attack that arrived overlaps an attack of this journal: perhaps the "
                    "same attack entered on both computers. Look at this day in the diary "
                    "and delete one where so: {0}"
                )
                if len(joined.entered_twice) == 1
                else self.tr(
                    "%n attacks that arrived overlap attacks of this journal: perhaps the "
                    "same attack entered on both computers. Look at these days in the diary "
                    "and delete one where so: {0}",
                    "",
                    len(joined.entered_twice),
                )
            ).format(
                ", ".join(day_text(mine.start.date()) for mine, _ in joined.entered_twice[:6]),
            )
        )
        return True

    def rename(self) -> None:
        name = self.name_edit.text().strip()
        me = self.session.run(actions.this_computer)
        if name and name != me.name:
            self.session.run_by(self, actions.rename_computer, name)
        elif not name:
            self.name_edit.setText(me.name)

    def leave(self) -> None:
        self.session.run_by(self, actions.leave_folder)
        self.reload()

    def show_lost_values(self) -> None:
        LostValuesDialog(self.session, self).exec()
