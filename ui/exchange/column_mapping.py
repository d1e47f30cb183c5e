"""The import's column-mapping step for a generic CSV of attacks: "Which column
holds what", one combo box of the file's columns per field of an attack, pre-filled
by journal.exchange.generic_csv's guess from the header."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from journal.errors import JournalError
from journal.exchange import generic_csv


class ColumnMapping(QGroupBox):
    """The mapping boxes (`boxes`, by target field); `changed` when one changes.
    Hidden while the file is not a generic CSV."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which column holds what"))
        self.setAccessibleName(self.tr("Column mapping"))
        self.form = QFormLayout(self)
        self.boxes: dict[str, QComboBox] = {}

    def _target_labels(self) -> dict[str, str]:
        return {
            "id": self.tr("Id"),
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "duration": self.tr("Duration"),
            "type": self.tr("Type"),
            "pain": self.tr("Pain (0-3)"),
            "pain_nrs": self.tr("Pain (0-10)"),
            "medication": self.tr("Medication"),
            "triggers": self.tr("Triggers"),
            "symptoms": self.tr("Symptoms"),
            "locations": self.tr("Pain locations"),
            "activities": self.tr("Affected activities"),
            "notes": self.tr("Notes"),
        }

    def rebuild(self, path: Path | None, after: QWidget) -> None:
        """A combo of the file's columns per target field for the CSV at `path`
        (None: no mapping step); Tab reaches the boxes after `after`."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        self.setVisible(False)
        if path is None:
            return
        try:
            header = generic_csv.read_header(path)
        except JournalError:
            return  # the dialog's plan shows the file's sentence
        guess = generic_csv.guess_mapping(header)
        labels = self._target_labels()
        for target in generic_csv.TARGETS:
            label = labels.get(target, target)
            box = QComboBox()
            box.setAccessibleName(self.tr("Column for {0}").format(label))
            box.addItem(self.tr("(none)"), "")
            for column in header:
                box.addItem(column, column)
            box.setCurrentIndex(max(0, box.findData(guess.get(target, ""))))
            box.currentIndexChanged.connect(lambda _index: self.changed.emit())
            self.boxes[target] = box
            self.form.addRow(self.tr("{0}:").format(label), box)
        for box in self.boxes.values():
            QWidget.setTabOrder(after, box)
            after = box
        self.setVisible(True)

    def mapping(self) -> dict[str, str] | None:
        """The chosen column mapping, else None (no mapping step)."""
        if not self.boxes:
            return None
        chosen = {t: str(b.currentData()) for t, b in self.boxes.items()}
        return {target: column for target, column in chosen.items() if column}
