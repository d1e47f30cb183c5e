"""What an imported file said about a record, shown read-only under its note.

Records keep it as facts (journal.domain.provenance); the words are the window's
(ui.kit.vocabulary.provenance_text), so they follow its language. Hidden for a
record entered in the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from journal import domain as d
from ui.kit import vocabulary


class ProvenanceLabel(QLabel):
    """The app a record was imported from and each fact of its file, a line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenance")
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_record(self, record: d.Attack | d.Dose | d.DayRecord | None) -> None:
        text = (
            "" if record is None else vocabulary.provenance_text(record.source, record.provenance)
        )
        self.setText(text)
        self.setVisible(bool(text))
