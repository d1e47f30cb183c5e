"""The dialogs shown at start when the journal needs attention.

A damaged journal: it says in plain words what happened (the file was damaged, it
was set aside and kept, not deleted), and offers the newest good backup with its age
and date, an empty journal (the damaged file stays aside for later help), or
quitting. A missing journal whose backups or kept copies are there: it offers the
newest good copy (the default), an empty journal only when chosen, or quitting.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.kit.locale_text import moment_text


class Choice(Enum):
    RESTORE = "restore"
    EMPTY = "empty"
    QUIT = "quit"


def when_taken(taken: datetime) -> str:
    """ "Sat 21 Nov, 14:05", local time, as the window writes a moment."""
    return moment_text(taken.astimezone() if taken.tzinfo else taken)


class _AttentionDialog(QDialog):
    """The frame both share: a message, then Restore (when offered), Start an empty
    journal and Quit; `choice` says which was clicked."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.setWindowTitle(_translate("DamagedJournalDialog", "The journal needs attention"))
        self.setMinimumWidth(560)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(12)
        self.restore_button: QPushButton | None = None

    def _offer_restore(self, text: str) -> QPushButton:
        self.restore_button = QPushButton(text, self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._chose(Choice.RESTORE))
        return self.restore_button

    def _finish(self, lines: list[str]) -> None:
        self.message = QLabel("\n\n".join(lines), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.message)
        self.empty_button = QPushButton(
            _translate("DamagedJournalDialog", "Start an empty journal"), self
        )
        self.empty_button.setAutoDefault(False)
        self.empty_button.clicked.connect(lambda: self._chose(Choice.EMPTY))
        self.quit_button = QPushButton(_translate("DamagedJournalDialog", "Quit"), self)
        self.quit_button.clicked.connect(lambda: self._chose(Choice.QUIT))
        if self.restore_button is None:
            self.quit_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.restore_button, self.empty_button, self.quit_button):
            if button is not None:
                row.addWidget(button)
        self._layout.addLayout(row)

    def _chose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()


_translate = QCoreApplication.translate


class DamagedJournalDialog(_AttentionDialog):
    """Restore the newest good backup, start an empty journal, or quit (`choice`).
    `moved_to` is where the damaged file was set aside; `backup_taken` and
    `backup_age` say when the newest good backup was made (None: there is none)."""

    def __init__(
        self,
        moved_to: Path | None,
        backup_taken: datetime | None,
        backup_age: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        kept = moved_to.name if moved_to is not None else ""
        folder = str(moved_to.parent) if moved_to is not None else ""
        lines = [
            self.tr("Your journal file was found damaged when the app started."),
            self.tr(
                "Nothing was deleted: the damaged file was set aside as {0} in {1}, "
                "and nothing will be written into it."
            ).format(kept, folder),
        ]
        if backup_taken is not None:
            age = backup_age or ""
            taken = when_taken(backup_taken)
            lines.append(
                self.tr("The newest good backup is from {0} ago ({1}).").format(age, taken)
            )
            button = self._offer_restore(self.tr("Restore this backup"))
            button.setToolTip(
                self.tr("Put the backup from {0} ago in place of the damaged file").format(age)
            )
        else:
            lines.append(self.tr("There is no backup to restore from."))
        self._finish(lines)


class MissingJournalDialog(_AttentionDialog):
    """The journal file is gone but its backups or copies kept aside are there:
    put the newest good one back (the default), start an empty journal (only when
    chosen in so many words), or quit (`choice`, `chosen` the file to restore)."""

    def __init__(
        self, good: Path | None, taken: datetime | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chosen = good
        lines = [self.tr("Your journal file is missing, but copies of it are still there.")]
        if good is not None and taken is not None:
            lines.append(
                self.tr("The newest good one is {0} ({1}).").format(good.name, when_taken(taken))
            )
            self._offer_restore(self.tr("Restore it"))
        else:
            lines.append(self.tr("None of them could be checked as good."))
        lines.append(
            self.tr(
                "Starting an empty journal leaves every copy where it is; you can restore "
                "one later in Settings ▸ Backups."
            )
        )
        self._finish(lines)
