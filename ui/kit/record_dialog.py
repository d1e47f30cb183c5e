"""The base of the record forms: check as the user types, Save stays disabled while
there is a problem, each reason next to its field, and a refusal from the journal
keeps the dialog open with everything typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.kit.feedback import attempt
from ui.kit.widgets import FieldProblem, grow_to_fit, with_problem
from ui.session import Session

T = TypeVar("T")


def save_cancel(
    dialog: QDialog, save: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """The Save and Cancel buttons of a record form: Save calls `save` (which closes
    the form only once the record is stored), Cancel closes it and changes nothing."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    return buttons, save_button


def store_and_close(
    dialog: QDialog,
    store: Callable[[], T],
    show_problems: Callable[[dict[str, str]], None],
    keep: Callable[[T], object],
) -> T | None:
    """Store the record, `keep` what was stored, then close the form; a refusal
    shows its reasons (next to the fields, or in a box) and keeps everything typed."""
    stored = attempt(dialog, store, show_problems)
    if stored is not None:
        keep(stored)
        dialog.accept()
    return stored


class RecordDialog(QDialog):
    """A form, a line for problems that belong to no field, and Save/Cancel.

    Subclasses add rows with `_row` (naming the problem key a field shows), and
    implement `problems()` (the journal's rules for the record as shown) and
    `store()` (the journal operation, run through the session, which announces what
    it changed). After Save, `saved` holds what was stored.
    """

    def __init__(self, session: Session, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self.saved: object | None = None
        self._tried = False
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.general_problem = FieldProblem(None, self)
        layout.addWidget(self.general_problem)
        self.buttons, self.save_button = save_cancel(self, self.save)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._field_problems: dict[str, FieldProblem] = {}

    def showEvent(self, event: QShowEvent) -> None:
        """Open tall enough for every wrapped label: Qt sizes a new window to at most
        2/3 of the screen, which squeezed the labels' last lines (MIDAS at 150%); and
        open on the first field, where the person types (not on Save, which is made
        before the rows)."""
        super().showEvent(event)
        grow_to_fit(self)
        focused = self.focusWidget()
        if focused is None or focused in self.buttons.buttons():
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget | None:
        """The first widget of the form that Tab stops at."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is None:
                continue
            for widget in (field, *field.findChildren(QWidget)):
                if (
                    widget.isEnabled()
                    and not widget.isHidden()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.focusProxy() is None  # a box passing focus to its field
                ):
                    return widget
        return None

    def _row(self, label: str, field: QWidget, key: str | None = None) -> None:
        if key is None:
            self.form.addRow(label, field)
            return
        box, problem = with_problem(field, self)
        self._field_problems[key] = problem
        self.form.addRow(label, box)

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def store(self) -> object:
        raise NotImplementedError

    def blank(self) -> set[str]:
        """Keys of required fields still empty: not named as problems until the
        user tries to save, so a fresh form does not open full of warnings."""
        return set()

    def validate(self) -> dict[str, str]:
        """Show the problems (Save stays disabled while one shows); returns them all."""
        problems = self.problems()
        shown = problems
        if not self._tried:
            shown = {key: reason for key, reason in problems.items() if key not in self.blank()}
        self._show(shown)
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        for key, label in self._field_problems.items():
            label.set_problem(problems.get(key))
        rest = [reason for key, reason in problems.items() if key not in self._field_problems]
        self.general_problem.set_problem(" ".join(rest) or None)
        self.save_button.setEnabled(not problems)

    def problem(self, key: str) -> str:
        return self._field_problems[key].problem()

    def save(self) -> None:
        """Store the record; a refusal keeps the dialog open with all typed."""
        self._tried = True
        if self.validate():
            return
        store_and_close(self, self.store, self._show, self._keep)

    def _keep(self, saved: object) -> None:
        self.saved = saved
