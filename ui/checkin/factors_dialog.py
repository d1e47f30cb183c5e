"""Managing the factors of the check-in: add, rename, hide, reorder, and mark each
as a possible trigger or a possible protector.

Hiding keeps a factor's recorded values; only the check-in stops asking for it.
The journal's rules (a name, no duplicate, a unit only for amounts) are shown next
to the field they concern, and a refused change keeps what was typed.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from journal.validation_records import factor_problems
from ui.kit import vocabulary
from ui.kit.feedback import attempt, joined, show_error
from ui.kit.widgets import with_problem
from ui.session import Session

translate = QCoreApplication.translate  # lupdate reads the context and text of each call


def _role_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for role in d.FactorRole:
        combo.addItem(vocabulary.factor_role(role).label, role)
    return combo


def _left(button: QPushButton) -> QWidget:
    """A button at its natural width, on the left of its form row."""
    box = QWidget(button.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(button)
    row.addStretch(1)
    return box


class FactorsDialog(QDialog):
    """Edit the list of factors; `was_changed` tells whether anything was saved."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self.was_changed = False
        self.setWindowTitle(self.tr("Manage factors"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(self._build_list())
        layout.addWidget(self._build_selected())
        layout.addWidget(self._build_add())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._fill(None)

    # -- building ------------------------------------------------------------

    def _build_list(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your factors, in check-in order"))
        self.list.setMinimumHeight(240)
        self.list.currentItemChanged.connect(lambda *_: self._selected_changed())
        row.addWidget(self.list, 1)
        moves = QVBoxLayout()
        self.up_button = self._move_button("↑", self.tr("Move up"), -1)
        self.down_button = self._move_button("↓", self.tr("Move down"), 1)
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        row.addLayout(moves)
        return row

    def _move_button(self, arrow: str, words: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(arrow)
        button.setToolTip(words)
        button.setAccessibleName(words)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda: self.move_selected(step))
        return button

    def _build_selected(self) -> QGroupBox:
        group = QGroupBox(self.tr("Selected factor"), self)
        form = QFormLayout(group)
        self.name = QLineEdit(group)
        self.name.setAccessibleName(self.tr("Name of the selected factor"))
        box, self.name_problem = with_problem(self.name, group)
        form.addRow(self.tr("&Name"), box)
        self.role = _role_combo(group, self.tr("Role of the selected factor"))
        form.addRow(self.tr("&Role"), self.role)
        self.hidden = QCheckBox(self.tr("&Hidden from the check-in"), group)
        self.hidden.setToolTip(self.tr("Its recorded values stay in the journal"))
        form.addRow("", self.hidden)
        self.apply_button = QPushButton(self.tr("&Apply changes"), group)
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.apply_selected)
        form.addRow("", _left(self.apply_button))
        return group

    def _build_add(self) -> QGroupBox:
        group = QGroupBox(self.tr("New factor"), self)
        form = QFormLayout(group)
        self.new_name = QLineEdit(group)
        self.new_name.setPlaceholderText(self.tr("e.g. Bright light"))
        self.new_name.setAccessibleName(self.tr("Name of the new factor"))
        box, self.new_name_problem = with_problem(self.new_name, group)
        form.addRow(self.tr("Na&me"), box)
        self.new_kind = QComboBox(group)
        self.new_kind.setAccessibleName(self.tr("Kind of the new factor"))
        for kind in d.FactorKind:
            self.new_kind.addItem(vocabulary.factor_kind(kind).label, kind)
        form.addRow(self.tr("&Kind"), self.new_kind)
        self.new_unit = QLineEdit(group)
        self.new_unit.setPlaceholderText(self.tr("e.g. h, cups"))
        self.new_unit.setAccessibleName(self.tr("Unit of the new factor"))
        box, self.new_unit_problem = with_problem(self.new_unit, group)
        self.new_unit_label = QLabel(self.tr("&Unit"), group)
        self.new_unit_label.setBuddy(box)
        form.addRow(self.new_unit_label, box)
        self.new_role = _role_combo(group, self.tr("Role of the new factor"))
        form.addRow(self.tr("R&ole"), self.new_role)
        self.add_button = QPushButton(self.tr("A&dd factor"), group)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        form.addRow("", _left(self.add_button))
        self.new_kind.currentIndexChanged.connect(self._kind_changed)
        self.new_name.textEdited.connect(lambda _text: self._check_new(quiet=True))
        self.new_unit.textEdited.connect(lambda _text: self._check_new(quiet=True))
        self._kind_changed()
        return group

    # -- list ----------------------------------------------------------------

    def _fill(self, selected_id: str | None) -> None:
        self.list.clear()
        for factor in self._reads.factors():
            text = f"{factor.name}  ·  {vocabulary.factor_kind(factor.kind, factor.unit).short}"
            if factor.role is not d.FactorRole.NEUTRAL:
                text += f"  ·  {vocabulary.factor_role(factor.role).short}"
            if factor.hidden:
                text += "  ·  " + self.tr("hidden")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, factor)
            if factor.id == selected_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._selected_changed()

    def selected(self) -> d.Factor | None:
        item = self.list.currentItem()
        factor = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return factor if isinstance(factor, d.Factor) else None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).name == name:
                self.list.setCurrentRow(row)
                return
        raise KeyError(name)

    def _selected_changed(self) -> None:
        factor = self.selected()
        for widget in (self.name, self.role, self.hidden, self.apply_button):
            widget.setEnabled(factor is not None)
        self.up_button.setEnabled(factor is not None and self.list.currentRow() > 0)
        self.down_button.setEnabled(
            factor is not None and self.list.currentRow() < self.list.count() - 1
        )
        self.name_problem.set_problem(None)
        if factor is not None:
            self.name.setText(factor.name)
            self.role.setCurrentIndex(self.role.findData(factor.role))
            self.hidden.setChecked(factor.hidden)

    # -- actions -------------------------------------------------------------

    def _saved(self, selected_id: str | None) -> None:
        self.was_changed = True
        self._fill(selected_id)

    def apply_selected(self) -> None:
        """Save the selected factor's name, role and hidden flag."""
        factor = self.selected()
        if factor is None:
            return
        changed = dataclasses.replace(
            factor,
            name=self.name.text(),
            role=d.FactorRole(self.role.currentData()),
            hidden=self.hidden.isChecked(),
        )
        saved = attempt(
            self,
            lambda: self._session.run_by(self, operations.save_factor, changed),
            lambda problems: self.name_problem.set_problem(joined(problems)),
        )
        if saved is None:
            return
        self._saved(saved.id)

    def move_selected(self, step: int) -> None:
        factor = self.selected()
        if factor is None:
            return
        order = [f.id for f in self._reads.factors()]
        index = order.index(factor.id)
        target = max(0, min(len(order) - 1, index + step))
        order.insert(target, order.pop(index))
        try:
            self._session.run_by(self, operations.reorder_factors, order)
        except JournalError as error:
            show_error(self, error)
            return
        self._saved(factor.id)

    def _kind_changed(self) -> None:
        amount = d.FactorKind(self.new_kind.currentData()) is d.FactorKind.AMOUNT
        self.new_unit.setEnabled(amount)
        self.new_unit_label.setEnabled(amount)  # greyed, and its Alt+U off, with it
        if not amount:
            self.new_unit.clear()
        self._check_new(quiet=True)

    def _new_factor(self) -> d.Factor:
        return d.Factor(
            self.new_name.text().strip(),
            d.FactorKind(self.new_kind.currentData()),
            self.new_unit.text().strip(),
            d.FactorRole(self.new_role.currentData()),
        )

    def _check_new(self, *, quiet: bool) -> dict[str, str]:
        problems = factor_problems(self._new_factor(), self._reads.factors())
        if quiet and not self.new_name.text().strip():
            problems.pop("name", None)
        self.new_name_problem.set_problem(problems.get("name"))
        self.new_unit_problem.set_problem(problems.get("unit"))
        return problems

    def add(self) -> None:
        """Add the new factor at the end of the list; a refusal keeps the typing."""
        if self._check_new(quiet=False):
            self.new_name.setFocus()
            return
        factor = self._new_factor()
        added = attempt(
            self,
            lambda: self._session.run_by(
                self, operations.add_factor, factor.name, factor.kind, factor.unit, factor.role
            ),
            lambda problems: self.new_name_problem.set_problem(joined(problems)),
        )
        if added is None:
            return
        self.new_name.clear()
        self.new_unit.clear()
        self._saved(added.id)
