"""Questions and notes for the next visit: add, edit, tick off as done, delete.

A note stays until the user marks it done, and even then it is kept (hidden behind
"Show done"), so nothing asked is lost before the appointment. Editing happens in
the same line as adding; an empty note is refused in words and nothing typed is
thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.kit.feedback import attempt, confirm, joined, show_error
from ui.kit.form_widgets import heading, wrap_long_lines
from ui.kit.widgets import FieldProblem
from ui.session import Session


class VisitNotesView(QWidget):
    """The list of questions for the doctor (each change runs through the session)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._editing: d.VisitNote | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Questions for the next visit"), self))
        row = QHBoxLayout()
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("A question or note for your doctor…"))
        self.text.setAccessibleName(self.tr("Question or note for the visit"))
        self.text.returnPressed.connect(self.submit)
        self.submit_button = QPushButton(self.tr("&Add"), self)
        self.submit_button.setToolTip(self.tr("Add the question to the list (Enter)"))
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel edit"), self)
        self.cancel_button.setToolTip(self.tr("Leave the note as it was"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        row.addWidget(self.text, 1)
        row.addWidget(self.submit_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self._build_list(layout)
        self.refresh()

    def _build_list(self, layout: QVBoxLayout) -> None:
        self.problem = FieldProblem(self.text, self)
        layout.addWidget(self.problem)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Questions; tick one when it was answered"))
        wrap_long_lines(self.list)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        actions = QHBoxLayout()
        self.show_done = QCheckBox(self)
        self.show_done.setToolTip(self.tr("Show the questions already marked done"))
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.edit_button = QPushButton(self.tr("Ed&it"), self)
        self.edit_button.setToolTip(self.tr("Change the selected note"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.show_done)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

    # -- list ----------------------------------------------------------------

    def refresh(self, selected_id: str | None = None) -> None:
        current = self.selected()
        selected_id = selected_id or (current.id if current else None)
        # Open questions first, each group oldest first: the order they were asked.
        notes = sorted(self._reads.visit_notes(), key=lambda n: (n.done, n.created))
        done = sum(1 for note in notes if note.done)
        self.show_done.setText(self.tr("Show done ({0})").format(done))
        self._filling = True
        self.list.clear()
        for note in notes:
            if note.done and not self.show_done.isChecked():
                continue
            item = QListWidgetItem(note.text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if note.done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, note)
            item.setToolTip(self.tr("Tick when it was answered"))
            if note.done:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            if note.id == selected_id:
                self.list.setCurrentItem(item)
        self._filling = False
        self._update_buttons()

    def shown_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def selected(self) -> d.VisitNote | None:
        item = self.list.currentItem()
        note = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return note if isinstance(note, d.VisitNote) else None

    def select(self, text: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).text() == text:
                self.list.setCurrentRow(row)
                return
        raise KeyError(text)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions -------------------------------------------------------------

    def _done(self, selected_id: str | None = None) -> None:
        self.refresh(selected_id)

    def _show_problem(self, problems: dict[str, str]) -> None:
        self.problem.set_problem(joined(problems))
        self.text.setFocus()

    def submit(self) -> None:
        """Add the typed note, or save the edit in progress."""
        editing, text = self._editing, self.text.text()
        note = attempt(
            self,
            lambda: (
                self._session.run_by(self, operations.add_visit_note, text)
                if editing is None
                else self._session.run_by(self, operations.edit_visit_note, editing.id, text)
            ),
            self._show_problem,
        )
        if note is None:
            return
        self.problem.set_problem(None)
        self.cancel_edit()
        self._done(note.id)

    def edit_selected(self) -> None:
        note = self.selected()
        if note is None:
            return
        self._editing = note
        self.text.setText(note.text)
        self.submit_button.setText(self.tr("&Save"))
        self.submit_button.setToolTip(self.tr("Save the changed note (Enter)"))
        self.cancel_button.show()
        self.text.setFocus()
        self.text.selectAll()

    def cancel_edit(self) -> None:
        self._editing = None
        self.text.clear()
        self.problem.set_problem(None)
        self.submit_button.setText(self.tr("&Add"))
        self.submit_button.setToolTip(self.tr("Add the question to the list (Enter)"))
        self.cancel_button.hide()

    def set_done(self, note_id: str, done: bool) -> None:
        try:
            self._session.run_by(self, operations.mark_visit_note_done, note_id, done)
        except JournalError as error:
            show_error(self, error)
        self._done(note_id)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        note = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        if isinstance(note, d.VisitNote) and done != note.done:
            self.set_done(note.id, done)

    def delete_selected(self) -> None:
        note = self.selected()
        if note is None:
            return
        if not confirm(self, self.tr("Delete"), self.tr("Delete “{0}”?").format(note.text)):
            return
        try:
            self._session.run_by(self, operations.delete_visit_note, note.id)
        except JournalError as error:
            show_error(self, error)
            return
        if self._editing is not None and self._editing.id == note.id:
            self.cancel_edit()
        self._done()
