"""The doses that treated an attack, inside the attack editor: add, edit, remove.

Doses are saved by their own dialog (DoseEditor) at once; a new attack is saved
first so that its doses have an attack to point at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.kit.feedback import confirm, show_error
from ui.kit.locale_text import moment_text
from ui.kit.widgets import pain_in_text
from ui.session import Session

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def dose_line(dose: d.Dose, medication: d.Medication | None) -> str:
    """'14:05  Sumatriptan 50 mg · pain 3 → 1 at 2 h'."""
    name = medication.name if medication else translate("AttackDoses", "Unknown medication")
    parts = [f"{moment_text(dose.taken)}  {name} {dose.amount}".rstrip()]
    if dose.pain_at_dose is not None:
        pain = translate("AttackDoses", "pain {0}").format(pain_in_text(dose.pain_at_dose))
        if dose.pain_2h is not None:
            pain += translate("AttackDoses", " → {0} at 2 h").format(pain_in_text(dose.pain_2h))
        parts.append(pain)
    return "  ·  ".join(parts)


class AttackDoses(QWidget):
    """A list of an attack's doses. `ensure_attack()` returns the saved attack, saving
    a new one first; None means it cannot be saved yet (the reason is on screen)."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        ensure_attack: Callable[[], d.Attack | None],
        attack_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._ensure_attack = ensure_attack
        self._attack_id = attack_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("AttackDoses", "Medication taken for this attack"))
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(self._selection_changed)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("AttackDoses", "+ Add dose…"), self)
        self.add_button.setToolTip(translate("AttackDoses", "Log medication taken for this attack"))
        self.edit_button = QPushButton(translate("AttackDoses", "Edit…"), self)
        self.edit_button.setToolTip(translate("AttackDoses", "Change the chosen dose"))
        self.remove_button = QPushButton(translate("AttackDoses", "Remove"), self)
        self.remove_button.setToolTip(translate("AttackDoses", "Delete the chosen dose"))
        for button, action in (
            (self.add_button, self.add),
            (self.edit_button, self.edit),
            (self.remove_button, self.remove),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def doses(self) -> list[d.Dose]:
        if self._attack_id is None:
            return []
        return self._reads.doses_for_attack(self._attack_id)

    def refresh(self) -> None:
        names = {m.id: m for m in self._reads.medications()}
        self.list.clear()
        for dose in self.doses():
            item = QListWidgetItem(dose_line(dose, names.get(dose.medication_id)))
            item.setData(Qt.ItemDataRole.UserRole, dose)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(
                QListWidgetItem(translate("AttackDoses", "No medication recorded for this attack."))
            )
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._selection_changed()

    def _chosen(self) -> d.Dose | None:
        item = self.list.currentItem()
        dose = item.data(Qt.ItemDataRole.UserRole) if item else None
        return dose if isinstance(dose, d.Dose) else None

    def _selection_changed(self) -> None:
        chosen = self._chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add(self) -> None:
        from ui.medication.dose_editor import DoseEditor

        attack = self._ensure_attack()
        if attack is None:
            return
        self._attack_id = attack.id
        if (
            DoseEditor(self._session, None, self, attack=attack).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.refresh()
            self.changed.emit()

    def edit(self) -> None:
        from ui.medication.dose_editor import DoseEditor

        dose = self._chosen()
        if dose is None:
            return
        if DoseEditor(self._session, dose, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def remove(self) -> None:
        dose = self._chosen()
        if dose is None or not confirm(
            self,
            translate("AttackDoses", "Remove dose"),
            translate("AttackDoses", "Delete this dose from the journal?"),
        ):
            return
        try:
            self._session.run_by(self, operations.delete_dose, dose.id)
        except JournalError as error:
            show_error(self, error)
            return
        self.refresh()
        self.changed.emit()
