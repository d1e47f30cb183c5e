"""Import from other apps: choose a file, check what it holds, then add it.

The dialog recognises the format from the file's content (the user may override
it), offers a column-mapping step for a generic CSV of attacks, and shows the
importer's preview sentence with the dates the attacks cover, and its remarks (not
mapped, assumed) wrapped under "Good to know", before anything is written. Planning
never writes; "Import" applies the plan in one transaction, so an import is all or
nothing; the status line then repeats what was added and the dates. A bad file gets
the importer's one sentence.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal.errors import JournalError
from journal.exchange import generic_csv
from journal.exchange.detect import detect_format, plan_file
from journal.exchange.json_format import ImportPlan, apply_import
from journal.storage import Journal

GENERIC_CSV = generic_csv.FORMAT
MINIMUM_WIDTH = 560
"""Wide enough for the importer's sentences to read in two or three lines."""


def day_span(first: date, last: date | None = None) -> str:
    """The span as "3 Mar – 14 Jul 2026" in the user's locale: month and year written
    once when both days share them ("3 – 17 Feb 2026"), a single day once."""
    locale = QLocale()
    last = last or first
    end = locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy")
    if first == last:
        return end
    if (first.year, first.month) == (last.year, last.month):
        start_pattern = "d"
    elif first.year == last.year:
        start_pattern = "d MMM"
    else:
        start_pattern = "d MMM yyyy"
    start = locale.toString(QDate(first.year, first.month, first.day), start_pattern)
    return f"{start} – {end}"


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
        self.messages_caption = QLabel(self.tr("Good to know:"))
        self.messages_caption.setObjectName("importMessagesCaption")
        layout.addWidget(self.messages_caption)
        layout.addWidget(self._messages_area(), 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the file"))
        layout.addWidget(self.error_label)
        layout.addStretch(0)  # takes the room while there is nothing to read

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the file"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.resize(MINIMUM_WIDTH + 60, 440)

    def _messages_area(self) -> QScrollArea:
        """The importer's remarks, wrapped, one bullet each; scrolls only downwards."""
        self.messages_label = QLabel()
        self.messages_label.setWordWrap(True)
        self.messages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.messages_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.messages_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages_label.setAccessibleName(self.tr("Good to know about this file"))
        self.messages_area = QScrollArea()
        self.messages_area.setWidget(self.messages_label)
        self.messages_area.setWidgetResizable(True)
        self.messages_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.messages_area.setFrameShape(QFrame.Shape.NoFrame)
        return self.messages_area

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

    def messages(self) -> list[str]:
        """What the importer says the user should know (not mapped, assumed)."""
        return list(getattr(self.plan, "messages", [])) if self.plan else []

    def _with_dates(self, sentence: str) -> str:
        """The importer's sentence and, when attacks come in, the dates they cover."""
        attacks: list[d.Attack] = self.plan.new.get("attacks", []) if self.plan else []
        records: list[d.DayRecord] = self.plan.new.get("day_records", []) if self.plan else []
        days = sorted([attack.start.date() for attack in attacks] + [r.day for r in records])
        if not days:
            return sentence
        if len(days) == 1:
            return f"{sentence} " + self.tr("Date of the attack: {0}.").format(day_span(*days))
        dates = self.tr("Dates of the attacks: {0}.").format(day_span(days[0], days[-1]))
        return f"{sentence} {dates}"

    def _update(self) -> None:
        messages = self.messages()
        self.preview_label.setText(self._with_dates(self.plan.preview()) if self.plan else "")
        self.messages_label.setText("\n".join(f"• {message}" for message in messages))
        self.messages_caption.setVisible(bool(messages))
        self.messages_area.setVisible(bool(messages))
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
        self.result_text = self._with_dates(self.plan.preview(done=True))
        self.preview_label.setText(self.result_text)
        self.imported.emit(self.result_text)
        self.accept()
