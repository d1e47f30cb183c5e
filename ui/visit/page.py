"""The Visit tab: the latest MIDAS and HIT-6 results, with buttons to enter new
ones, their history (newest first, as a doctor compares visits), above the questions
for the next visit.

Scores, grades and bands are journal.analysis.questionnaires'; this page only
shows them. What is saved here, the session announces.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.analysis.questionnaires import (
    hit6_history,
    latest_hit6,
    latest_midas,
    midas_history,
)
from journal.changes import Change
from ui.kit.form_widgets import heading
from ui.kit.locale_text import date_text
from ui.session import Session
from ui.visit.notes import VisitNotesView


class VisitPage(QWidget):
    """Disability scores and questions for the doctor."""

    SHOWS = Change.QUESTIONNAIRES | Change.VISIT_NOTES
    """What it shows: MIDAS, HIT-6 and the notes for the visit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("How much migraine disrupts life"), self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self.midas_result = QLabel(self)
        self.hit6_result = QLabel(self)
        self.midas_button = QPushButton(self.tr("Enter &MIDAS…"), self)
        self.midas_button.setToolTip(self.tr("Days lost to migraine over the last 3 months"))
        self.hit6_button = QPushButton(self.tr("Enter HIT-&6…"), self)
        self.hit6_button.setToolTip(self.tr("The HIT-6 total you obtained (36-78)"))
        self.midas_button.clicked.connect(self.enter_midas)
        self.hit6_button.clicked.connect(self.enter_hit6)
        for row, (name, result, button) in enumerate(
            (
                ("MIDAS", self.midas_result, self.midas_button),
                ("HIT-6", self.hit6_result, self.hit6_button),
            )
        ):
            label = QLabel(name, self)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(label, row, 0)
            grid.addWidget(result, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        width = max(self.midas_button.sizeHint().width(), self.hit6_button.sizeHint().width())
        for button in (self.midas_button, self.hit6_button):
            button.setMinimumWidth(width)  # one column of buttons, same left and right edge
        layout.addLayout(grid)
        self.history = QTableWidget(0, 3, self)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Questionnaire"), self.tr("Result")]
        )
        self.history.setAccessibleName(self.tr("Earlier MIDAS and HIT-6 results"))
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMaximumHeight(170)
        layout.addWidget(self.history)
        layout.addSpacing(6)
        self.notes = VisitNotesView(session, self)
        notes_layout = self.notes.layout()
        if notes_layout is not None:
            # The page's own margins already indent it: the questions line up with the
            # MIDAS/HIT-6 rows and their buttons' right edge (the view alone keeps Qt's).
            notes_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the latest results and notes again (after any change)."""
        midas = latest_midas(self._reads.midas_entries(), date.min, date.max)
        hit6 = latest_hit6(self._reads.hit6_entries(), date.min, date.max)
        self.midas_result.setText(
            self.tr("Not entered yet")
            if midas is None
            else self.tr("Score {0}, grade {1} · {2}").format(
                midas.score, midas.grade, date_text(midas.day)
            )
        )
        self.hit6_result.setText(
            self.tr("Not entered yet")
            if hit6 is None
            else self.tr("Total {0}, {1} · {2}").format(hit6.total, hit6.band, date_text(hit6.day))
        )
        self._fill_history()
        self.notes.refresh()

    def _fill_history(self) -> None:
        """Every result, the newest first: MIDAS and HIT-6 over the visits."""
        rows = [
            (m.day, "MIDAS", self.tr("Score {0}, grade {1}").format(m.score, m.grade))
            for m in midas_history(self._reads.midas_entries())
        ] + [
            (h.day, "HIT-6", self.tr("Total {0}, {1}").format(h.total, h.band))
            for h in hit6_history(self._reads.hit6_entries())
        ]
        rows.sort(key=lambda row: row[0], reverse=True)
        self.history.setRowCount(len(rows))
        for index, (day, name, result) in enumerate(rows):
            for column, text in enumerate((date_text(day), name, result)):
                self.history.setItem(index, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.setVisible(bool(rows))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._finished)
        dialog.open()

    def _finished(self, result: int) -> None:
        self.dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.refresh()

    def enter_midas(self) -> None:
        from ui.visit.questionnaires import MidasDialog

        self._open(MidasDialog(self._session, self))

    def enter_hit6(self) -> None:
        from ui.visit.questionnaires import Hit6Dialog

        self._open(Hit6Dialog(self._session, self))

    def ask_question(self) -> None:
        """Put the keyboard in the new-question field."""
        self.notes.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
