"""Import from other apps: choose a file, check what it holds, then add it.

The dialog recognises the format from the file's content (the user may override
it), offers a column-mapping step for a generic CSV of attacks, and shows the
importer's preview sentence and what could not be mapped before anything is
written. Planning never writes; "Import" applies the plan in one transaction, so
an import is all or nothing. A bad file gets the importer's one sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.exchange import generic_csv
from journal.exchange.detect import detect_format, plan_file
from journal.exchange.json_format import ImportPlan, apply_import
from journal.storage import Journal

GENERIC_CSV = generic_csv.FORMAT


class ImportDialog(QDialog):
    """Preview and import one file from Migraine Buddy, Clue, drip., a CSV or us.

    `imported` carries the "… were added." sentence after a successful import."""

    imported = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Import from another app"))
        self._build()
        self._update()

    def _format_labels(self) -> dict[str, str]:
        return {
            "migraine-buddy": self.tr("Migraine Buddy export"),
            "clue": self.tr("Clue measurements"),
            "drip": self.tr("drip. export"),
            "migraine-journal": self.tr("Migraine Journal export"),
            GENERIC_CSV: self.tr("CSV of attacks"),
        }

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

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_field, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), row)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format of the file"))
        for name, label in self._format_labels().items():
            self.format_box.addItem(label, name)
        self.format_box.setCurrentIndex(-1)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_box)
        form.addRow(format_label, self.format_box)
        layout.addLayout(form)

        self.mapping_group = QGroupBox(self.tr("Which column holds what"))
        self.mapping_group.setAccessibleName(self.tr("Column mapping"))
        self.mapping_form = QFormLayout(self.mapping_group)
        layout.addWidget(self.mapping_group)

        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setAccessibleName(self.tr("What the import will add"))
        layout.addWidget(self.preview_label)
        self.messages_caption = QLabel(self.tr("Could not be mapped (kept in the notes):"))
        layout.addWidget(self.messages_caption)
        self.messages_list = QListWidget()
        self.messages_list.setAccessibleName(self.tr("What could not be mapped"))
        layout.addWidget(self.messages_list)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the file"))
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the file"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- choosing -------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the file (JSON or CSV) and preview it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(self.path.parent if self.path else Path.home()),
            self.tr(
                "Exports (*.json *.csv);;JSON files (*.json);;CSV files (*.csv);;All files (*)"
            ),
        )
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        """Take `path`, recognise its format from the content, and preview it."""
        self.path = Path(path)
        self.file_field.setText(str(self.path))
        found = detect_format(self.path)
        index = self.format_box.findData(found) if found else -1
        self.format_box.blockSignals(True)
        self.format_box.setCurrentIndex(index)
        self.format_box.blockSignals(False)
        self._format_chosen()

    def format_name(self) -> str | None:
        data = self.format_box.currentData()
        return str(data) if data else None

    def _format_chosen(self) -> None:
        self._build_mapping()
        self.replan()

    def _build_mapping(self) -> None:
        """A combo of the file's columns per target field, pre-filled by a guess."""
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_boxes = {}
        self.mapping_group.setVisible(False)
        if self.path is None or self.format_name() != GENERIC_CSV:
            return
        try:
            header = generic_csv.read_header(self.path)
        except JournalError:
            return  # replan() shows the file's sentence
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
            box.currentIndexChanged.connect(self.replan)
            self.mapping_boxes[target] = box
            self.mapping_form.addRow(self.tr("{0}:").format(label), box)
        self.mapping_group.setVisible(True)

    def mapping(self) -> dict[str, str] | None:
        """The chosen column mapping for the generic CSV, else None."""
        if not self.mapping_boxes:
            return None
        chosen = {t: str(b.currentData()) for t, b in self.mapping_boxes.items()}
        return {target: column for target, column in chosen.items() if column}

    # -- previewing and importing -----------------------------------------------

    def replan(self) -> None:
        """Plan the import again (never writes) and show what it would add."""
        self.plan = None
        self.error_label.clear()
        if self.path is not None:
            try:
                self.plan = plan_file(self.journal, self.path, self.format_name(), self.mapping())
            except JournalError as error:
                self.error_label.setText(str(error))
        self._update()

    def _update(self) -> None:
        messages = list(getattr(self.plan, "messages", [])) if self.plan else []
        self.preview_label.setText(self.plan.preview() if self.plan else "")
        self.messages_list.clear()
        self.messages_list.addItems(messages)
        self.messages_caption.setVisible(bool(messages))
        self.messages_list.setVisible(bool(messages))
        self.error_label.setVisible(bool(self.error_label.text()))
        self.import_button.setEnabled(self.plan is not None and self.plan.added_count > 0)

    def do_import(self) -> None:
        """Write the planned records, all or nothing, then say what was added."""
        if self.plan is None:
            return
        try:
            apply_import(self.journal, self.plan)
        except JournalError as error:
            self.error_label.setText(str(error))
            self._update()
            return
        self.result_text = self.plan.preview(done=True)
        self.preview_label.setText(self.result_text)
        self.imported.emit(self.result_text)
        self.accept()
