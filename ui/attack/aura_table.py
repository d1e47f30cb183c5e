"""The aura part of the attack editor: one row per aura symptom, its type and minutes.

A plain list of rows (not a table view) so that every field is reached with Tab.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from ui.kit import vocabulary

UNKNOWN_MINUTES = -1


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


class AuraRow(QWidget):
    """One aura symptom: its type, its minutes ("not known" allowed), a remove button."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, aura: d.AuraSymptom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.type = QComboBox(self)
        self.type.setAccessibleName(translate("AuraTable", "Aura type"))
        for aura_type, label in ((t, vocabulary.aura_type(t).label) for t in d.AuraType):
            self.type.addItem(label, aura_type)
        self.type.setCurrentIndex(self.type.findData(aura.type))
        self.minutes = QSpinBox(self)
        self.minutes.setAccessibleName(translate("AuraTable", "Aura minutes"))
        self.minutes.setRange(UNKNOWN_MINUTES, 24 * 60)
        self.minutes.setSpecialValueText(translate("AuraTable", "not known"))
        self.minutes.setSuffix(translate("AuraTable", " min"))
        self.minutes.setValue(UNKNOWN_MINUTES if aura.minutes is None else aura.minutes)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(translate("AuraTable", "Remove this aura symptom"))
        self.remove.setAccessibleName(translate("AuraTable", "Remove aura symptom"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.type.currentIndexChanged.connect(self.changed)
        self.minutes.valueChanged.connect(self.changed)
        layout.addWidget(self.type, 1)
        layout.addWidget(self.minutes)
        layout.addWidget(self.remove)

    def aura(self) -> d.AuraSymptom:
        minutes = self.minutes.value()
        return d.AuraSymptom(d.AuraType(self.type.currentData()), None if minutes < 0 else minutes)


class AuraTable(QWidget):
    """Aura symptoms with add and remove; emits `changed()`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(translate("AuraTable", "No aura."), self)
        self._rows_box = QVBoxLayout()
        layout.addWidget(self._empty)
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(translate("AuraTable", "+ Add aura symptom"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(translate("AuraTable", "Add an aura symptom with its duration"))
        self.add_button.clicked.connect(lambda: self.add_row(d.AuraSymptom(d.AuraType.VISUAL)))
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        layout.addLayout(line)
        self.rows: list[AuraRow] = []

    def set_aura(self, aura: Iterable[d.AuraSymptom]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for symptom in aura:
            self.add_row(symptom, notify=False)

    def aura(self) -> tuple[d.AuraSymptom, ...]:
        return tuple(row.aura() for row in self.rows)

    def add_row(self, aura: d.AuraSymptom, *, notify: bool = True) -> AuraRow:
        row = AuraRow(aura, self)
        row.removed.connect(self._remove)
        row.changed.connect(self.changed)
        self._rows_box.addWidget(row)
        self.rows.append(row)
        self._empty.setVisible(False)
        if notify:
            row.type.setFocus()
            self.changed.emit()
        return row

    def _remove(self, row: AuraRow, notify: bool = True) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._empty.setVisible(not self.rows)
        if notify:
            self.add_button.setFocus()
            self.changed.emit()
