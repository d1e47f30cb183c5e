"""The Qt table model of the medication list: name, class, use, usual dose, status.

It only reshapes the journal's Medication records into cells; each row hands out
its record through MEDICATION_ROLE so that the dialog acts on the real object. A
preventive whose home is a course in Treatments shows that course's dose and
whether it is ongoing, never a second copy of its own.
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
    """The user's medications, active ones first, then retired (or ended) ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._medications: list[d.Medication] = []
        self._courses: dict[str, list[d.Treatment]] = {}

    def set_medications(
        self,
        medications: list[d.Medication],
        courses: dict[str, list[d.Treatment]] | None = None,
    ) -> None:
        """`courses`: the Treatments courses of each preventive, by its id."""
        self.beginResetModel()
        self._courses = courses or {}
        self._medications = sorted(medications, key=lambda m: (self.stopped(m), m.name.casefold()))
        self.endResetModel()

    def course(self, medication: d.Medication) -> d.Treatment | None:
        """The newest course of a preventive kept in Treatments, else None."""
        courses = self._courses.get(medication.id)
        return courses[-1] if courses else None

    def stopped(self, medication: d.Medication) -> bool:
        """Retired, or (kept in Treatments) its newest course has ended."""
        course = self.course(medication)
        return medication.retired if course is None else course.end is not None

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
        course = self.course(medication)
        if role == MEDICATION_ROLE:
            return medication
        if role == Qt.ItemDataRole.ForegroundRole and self.stopped(medication):
            # muted, yet readable (4.5:1): the Status column says "Retired" in words
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and course is not None:
            return translate("models", "Kept in Treatments, as a course")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (
            medication.name,
            journal_word(d.CLASS_LABELS[medication.med_class]),
            translate("models", "Acute")
            if medication.use is d.Use.ACUTE
            else translate("models", "Preventive"),
            medication.default_dose if course is None else course.dose,
            self._status(medication, course),
        )[index.column()]

    def _status(self, medication: d.Medication, course: d.Treatment | None) -> str:
        if course is None and medication.retired:
            return translate("models", "Retired")
        if course is None:
            return translate("models", "Active")
        if course.end is None:
            return translate("models", "Ongoing")
        return translate("models", "Ended")
