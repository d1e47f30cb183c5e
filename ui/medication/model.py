"""The Qt table model of the medication list: name, class, use, usual dose, status.

It only reshapes the journal's Medication records into cells; each row hands out
its record through MEDICATION_ROLE so that the dialog acts on the real object.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from journal import domain as d
from ui.kit.journal_words import journal_word
from ui.kit.translations import QT_TRANSLATE_NOOP

MEDICATION_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


MEDICATION_COLUMNS = (
    QT_TRANSLATE_NOOP("models", "Name"),
    QT_TRANSLATE_NOOP("models", "Class"),
    QT_TRANSLATE_NOOP("models", "Used"),
    QT_TRANSLATE_NOOP("models", "Usual dose"),
    QT_TRANSLATE_NOOP("models", "Status"),
)


class MedicationsModel(QAbstractTableModel):
    """The user's medications, active ones first, then retired ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._medications: list[d.Medication] = []

    def set_medications(self, medications: list[d.Medication]) -> None:
        self.beginResetModel()
        self._medications = sorted(medications, key=lambda m: (m.retired, m.name.casefold()))
        self.endResetModel()

    def medication(self, row: int) -> d.Medication:
        return self._medications[row]

    def row_of(self, medication_id: str) -> int:
        for row, medication in enumerate(self._medications):
            if medication.id == medication_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._medications)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MEDICATION_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(MEDICATION_COLUMNS)
        ):
            return translate("models", MEDICATION_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._medications):
            return None
        medication = self._medications[index.row()]
        if role == MEDICATION_ROLE:
            return medication
        if role == Qt.ItemDataRole.ForegroundRole and medication.retired:
            # muted, yet readable (4.5:1): the Status column says "Retired" in words
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (
            medication.name,
            journal_word(d.CLASS_LABELS[medication.med_class]),
            translate("models", "Acute")
            if medication.use is d.Use.ACUTE
            else translate("models", "Preventive"),
            medication.default_dose,
            translate("models", "Retired") if medication.retired else translate("models", "Active"),
        )[index.column()]
