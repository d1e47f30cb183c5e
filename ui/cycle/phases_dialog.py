"""Hormonal phases: the list (PhasesDialog) and the form of one phase (PhaseEditor).

Phases are date ranges (combined pill cyclic or continuous, progestogen-only,
hormonal IUD, HRT, pregnancy, postpartum, perimenopause, postmenopause, other),
ongoing when they have no end. The journal's reasons (end before start, overlap
with a phase of the same kind) show next to the fields as the user types.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from journal.validation_records import phase_problems
from ui.cycle.words import phase_dates
from ui.kit import vocabulary
from ui.kit.feedback import show_error
from ui.kit.form_widgets import EndDateField, date_edit, read_date, wrap_long_lines
from ui.kit.record_dialog import save_cancel, store_and_close
from ui.kit.widgets import with_problem
from ui.session import Reads, Session

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


class PhaseEditor(QDialog):
    """Add (phase None) or edit a hormonal phase; checks itself as the user types."""

    def __init__(
        self, session: Session, phase: d.HormonalPhase | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._original = phase
        self.saved_phase: d.HormonalPhase | None = None
        self.setWindowTitle(self.tr("Edit phase") if phase else self.tr("Add a hormonal phase"))
        start = phase.start if phase else d.local_now().date()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of phase"))
        for kind in d.PhaseKind:
            self.kind.addItem(vocabulary.phase_kind(kind).label, kind)
        if phase is not None:
            self.kind.setCurrentIndex(self.kind.findData(phase.kind))
        form.addRow(self.tr("&Kind"), self.kind)
        self.start = date_edit(start, self, name=self.tr("Start date"))
        box, self.start_problem = with_problem(self.start, self)
        form.addRow(self.tr("&Start"), box)
        self.end = EndDateField(phase.end if phase else None, start, self)
        box, self.end_problem = with_problem(self.end, self)
        form.addRow(self.tr("&End"), box)
        self.note = QLineEdit(phase.note if phase else "", self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. brand, dose, reason"))
        form.addRow(self.tr("&Note"), self.note)
        layout.addLayout(form)
        self.buttons, self.save_button = save_cancel(self, self.save)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self.validate)
        self.start.dateChanged.connect(self.validate)
        self.end.changed.connect(self.validate)
        self.setMinimumWidth(460)
        self.validate()

    def phase(self) -> d.HormonalPhase:
        fields = {
            "kind": d.PhaseKind(self.kind.currentData()),
            "start": read_date(self.start),
            "end": self.end.end(),
            "note": self.note.text().strip(),
        }
        if self._original is None:
            return d.HormonalPhase(**fields)  # type: ignore[arg-type]
        return dataclasses.replace(self._original, **fields)  # type: ignore[arg-type]

    def validate(self) -> dict[str, str]:
        problems = phase_problems(self.phase(), self._reads.phases())
        self._show(problems)
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        self.start_problem.set_problem(problems.get("start"))
        self.end_problem.set_problem(problems.get("end"))
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        if self.validate():
            return
        store_and_close(
            self,
            lambda: self._session.run_by(self, operations.save_phase, self.phase()),
            self._show,
            lambda saved: setattr(self, "saved_phase", saved),
        )


class PhasesDialog(QDialog):
    """The hormonal phases, newest first, with Add, Edit and Delete (each saved or
    deleted through the session, which announces it)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self.setWindowTitle(self.tr("Hormonal phases"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Hormonal phases"))
        wrap_long_lines(self.list)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add…"), self.tr("Add a hormonal phase"))
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the selected phase"))
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete the selected phase"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.accept)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.setMinimumSize(480, 340)
        self.refresh()

    @staticmethod
    def available(reads: Reads) -> bool:
        """Phases belong to cycle tracking: hidden when the user switched it off."""
        return reads.cycle_tracking()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        return button

    def refresh(self, selected_id: str | None = None) -> None:
        self.list.clear()
        for phase in sorted(self._reads.phases(), key=lambda p: p.start, reverse=True):
            text = f"{vocabulary.phase_kind(phase.kind).label}  ·  {phase_dates(phase)}"
            if phase.note:
                text += f"  ·  {phase.note}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, phase)
            if phase.id == selected_id:
                self.list.setCurrentItem(item)
        if self.list.count() == 0:
            placeholder = QListWidgetItem(self.tr("No phases recorded yet."), self.list)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def selected(self) -> d.HormonalPhase | None:
        item = self.list.currentItem()
        phase = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return phase if isinstance(phase, d.HormonalPhase) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def editor(self, phase: d.HormonalPhase | None) -> PhaseEditor:
        """The editor this dialog opens (tests drive it before it is shown)."""
        return PhaseEditor(self._session, phase, self)

    def _open(self, phase: d.HormonalPhase | None) -> None:
        editor = self.editor(phase)
        if editor.exec() and editor.saved_phase is not None:
            self.refresh(editor.saved_phase.id)

    def edit_selected(self) -> None:
        phase = self.selected()
        if phase is not None:
            self._open(phase)

    def delete_selected(self) -> None:
        phase = self.selected()
        if phase is None:
            return
        try:
            self._session.run_by(self, operations.delete_phase, phase.id)
        except JournalError as error:
            show_error(self, error)
            return
        self.refresh()
