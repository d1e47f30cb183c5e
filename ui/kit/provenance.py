"""What an imported file said about a record, shown read-only beside its fields.

Records keep it as facts (journal.domain.provenance); the words are the window's
(ui.kit.vocabulary.provenance_text), so they follow its language. The box is hidden
for a record entered in the app, and scrolls when a file said a great deal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from journal import domain as d
from ui.kit import vocabulary

VISIBLE_LINES = 6
"""Lines shown before the box scrolls (the attack editor fits 1024x700)."""


class ProvenanceBox(QGroupBox):
    """The app a record was imported from and each fact of its file, a line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("provenance", "From the imported file"), parent)
        self.setObjectName("provenance")
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.area = QScrollArea(self)
        self.area.setWidget(self.label)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.viewport().setAutoFillBackground(False)
        self.label.setAutoFillBackground(False)
        layout.addWidget(self.area)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_record(self, record: d.Attack | d.Dose | d.DayRecord | None) -> None:
        text = (
            "" if record is None else vocabulary.provenance_text(record.source, record.provenance)
        )
        self.label.setText(text)
        self._fit()
        self.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text, up to VISIBLE_LINES lines, then scrolling. Until
        the box has its width, one line per fact (the first resize refines it)."""
        spacing = self.label.fontMetrics().lineSpacing()
        needed = spacing * (self.label.text().count("\n") + 1)
        if self.isVisible() and self.area.viewport().width() > spacing:
            needed = max(self.label.heightForWidth(self.area.viewport().width()), spacing)
        height = min(needed, spacing * VISIBLE_LINES)
        if self.area.height() != height:
            self.area.setFixedHeight(height)
