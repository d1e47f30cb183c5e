"""The dialog shown when the journal was found damaged at start.

It says in plain words what happened (the file was damaged, it was set aside and
kept, not deleted), and offers the newest good backup with its age and date, an
empty journal (the damaged file stays aside for later help), or quitting.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.storage.errors import JournalDamaged, JournalGone


class Choice(Enum):
    RESTORE = "restore"
    EMPTY = "empty"
    QUIT = "quit"


def when_taken(taken: datetime) -> str:
    """ "21 Nov 2026, 14:05" in the system locale's words."""
    moment = QDateTime.fromSecsSinceEpoch(int(taken.timestamp()))
    return QLocale.system().toString(moment, "d MMM yyyy, HH:mm")


class DamagedJournalDialog(QDialog):
    """Restore the newest good backup, start an empty journal, or quit (`choice`)."""

    def __init__(self, damage: JournalDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.setWindowTitle(self.tr("The journal needs attention"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        kept = damage.moved_to.name if damage.moved_to is not None else ""
        folder = str(damage.moved_to.parent) if damage.moved_to is not None else ""
        lines = [
            self.tr("Your journal file was found damaged when the app started."),
            self.tr(
                "Nothing was deleted: the damaged file was set aside as {0} in {1}, "
                "and nothing will be written into it."
            ).format(kept, folder),
        ]
        self.restore_button: QPushButton | None = None
        buttons: list[QPushButton] = []
        if damage.backup is not None:
            age = damage.age or damage.backup.age()
            taken = when_taken(damage.backup.taken)
            lines.append(
                self.tr("The newest good backup is from {0} ago ({1}).").format(age, taken)
            )
            self.restore_button = QPushButton(self.tr("Restore this backup"), self)
            self.restore_button.setToolTip(
                self.tr("Put the backup from {0} ago in place of the damaged file").format(age)
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(lambda: self._chose(Choice.RESTORE))
            buttons.append(self.restore_button)
        else:
            lines.append(self.tr("There is no backup to restore from."))
        self.message = QLabel("\n\n".join(lines), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.empty_button = QPushButton(self.tr("Start an empty journal"), self)
        self.empty_button.clicked.connect(lambda: self._chose(Choice.EMPTY))
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(lambda: self._chose(Choice.QUIT))
        buttons += [self.empty_button, self.quit_button]
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)

    def _chose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()


class MissingJournalDialog(QDialog):
    """The journal file is gone but its backups or copies kept aside are there:
    put the newest good one back (the default), start an empty journal (only when
    chosen in so many words), or quit (`choice`, `chosen` the file to restore)."""

    def __init__(
        self, gone: JournalGone, good: Path | None, taken: datetime | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.chosen = good
        self.setWindowTitle(self.tr("The journal needs attention"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        lines = [self.tr("Your journal file is missing, but copies of it are still there.")]
        if good is not None and taken is not None:
            lines.append(
                self.tr("The newest good one is {0} ({1}).").format(good.name, when_taken(taken))
            )
        else:
            lines.append(self.tr("None of them could be checked as good."))
        lines.append(
            self.tr(
                "Starting an empty journal leaves every copy where it is; you can restore "
                "one later in Settings ▸ Backups."
            )
        )
        self.message = QLabel("\n\n".join(lines), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons: list[QPushButton] = []
        self.restore_button: QPushButton | None = None
        if good is not None:
            self.restore_button = QPushButton(self.tr("Restore it"), self)
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(lambda: self._chose(Choice.RESTORE))
            buttons.append(self.restore_button)
        self.empty_button = QPushButton(self.tr("Start an empty journal"), self)
        self.empty_button.setAutoDefault(False)
        self.empty_button.clicked.connect(lambda: self._chose(Choice.EMPTY))
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(lambda: self._chose(Choice.QUIT))
        if good is None:
            self.quit_button.setDefault(True)
        buttons += [self.empty_button, self.quit_button]
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)

    def _chose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()
