"""Import from other apps: choose a file, check what it holds, then add it.

The dialog recognises the format from the file's content (the user may override it), offers
a column-mapping step for a generic CSV of attacks, and shows the importer's preview
sentence with the dates the attacks cover, and its remarks (not mapped, assumed) wrapped
under "Good to know", before anything is written. Planning never writes; "Import" applies
the plan in one transaction, so an import is all or nothing; the status line then repeats
what was added and the dates, and the window's calendar turns to the first imported day
(`imported_day`). A bad file gets the importer's one sentence.

When a file's dates could be read day-first or month-first and nothing in it tells,
the dialog asks which (nothing is guessed). A large file (an Apple Health export)
shows a progress bar while it is read.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal.errors import JournalError
from journal.exchange import generic_csv
from journal.exchange.detect import detect_format
from journal.exchange.json_format import ImportPlan, apply_import
from journal.exchange.parsing import DATE_ORDERS, DateOrderNeeded
from ui.exchange.column_mapping import ColumnMapping
from ui.kit import settings_store
from ui.kit.dialog_fit import grow_to_content, keep_within_screen, scrolled_content
from ui.kit.locale_text import day_span
from ui.session import Session

GENERIC_CSV = generic_csv.FORMAT
LARGE_FILE = 5_000_000
"""Bytes from which reading a file shows a progress bar."""
MINIMUM_WIDTH = 560
"""Wide enough for the importer's sentences to read in two or three lines."""


class ImportDialog(QDialog):
    """Preview and import one file from Migraine Buddy, Clue, drip., a CSV or us.

    `imported` carries the "… were added." sentence after a successful import."""

    imported = Signal(str)
    imported_day = Signal(object)
    """The first day the import added something on (a datetime.date)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import from another app"))
        self._build()
        self._update()

    def _format_labels(self) -> dict[str, str]:
        return {
            "migraine-buddy": self.tr("Migraine Buddy export"),
            "clue": self.tr("Clue measurements"),
            "drip": self.tr("drip. export"),
            "apple-health": self.tr("Apple Health export"),
            "flo": self.tr("Flo data export"),
            "bearable": self.tr("Bearable export"),
            "headi": self.tr("Headi diary export"),
            "daylio": self.tr("Daylio export"),
            "migraine-journal": self.tr("Migraine Journal export"),
            GENERIC_CSV: self.tr("CSV of attacks"),
        }

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        layout = scrolled_content(outer, self.tr("Import from another app"))
        layout.addLayout(self._file_form())
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        self.mapping_group = ColumnMapping()
        self.mapping_group.changed.connect(self.replan)
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
        outer.addWidget(self.buttons)  # below the scrolled content: always in view
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.resize(MINIMUM_WIDTH + 60, 440)
        keep_within_screen(self)
        self.choose_button.setFocus()  # where the person starts, not the read-only path

    def _file_form(self) -> QFormLayout:
        """The file, its format and (when needed) how it writes its dates."""
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
        self._date_order_row(form)
        return form

    def _date_order_row(self, form: QFormLayout) -> None:
        """The question asked when a file's dates could be read either way."""
        self.date_order_box = QComboBox()
        self.date_order_box.setAccessibleName(self.tr("How the file writes its dates"))
        self.date_order_box.addItem(self.tr("Choose…"), "")
        self.date_order_box.addItem(self.tr("Day first (31/12/2026)"), DATE_ORDERS[0])
        self.date_order_box.addItem(self.tr("Month first (12/31/2026)"), DATE_ORDERS[1])
        self.date_order_box.currentIndexChanged.connect(self.replan)
        self.date_order_label = QLabel(self.tr("&Dates are written:"))
        self.date_order_label.setBuddy(self.date_order_box)
        form.addRow(self.date_order_label, self.date_order_box)

    def _messages_area(self) -> QScrollArea:
        """The importer's remarks, wrapped, one bullet each; scrolls only downwards."""
        self.messages_label = QLabel()
        self.messages_label.setWordWrap(True)
        self.messages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.messages_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.messages_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages_label.setAccessibleName(self.tr("Good to know about this file"))
        self.messages_area = QScrollArea()
        self.messages_area.setAccessibleName(self.tr("Good to know about this file"))
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
            str(self.path.parent if self.path else settings_store.last_folder("import")),
            self.tr(
                "Exports (*.json *.csv *.txt *.xml *.zip *.cluedata);;JSON files (*.json);;"
                "CSV files (*.csv *.txt);;Apple Health (*.zip *.xml);;All files (*)"
            ),
        )
        if chosen:
            settings_store.remember_folder("import", Path(chosen))
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        """Take `path`, recognise its format from the content, and preview it."""
        self.path = Path(path)
        self.file_field.setText(str(self.path))
        self.date_order_box.blockSignals(True)
        self.date_order_box.setCurrentIndex(0)
        self.date_order_box.blockSignals(False)
        found = detect_format(self.path)
        index = self.format_box.findData(found) if found else -1
        self.format_box.blockSignals(True)
        self.format_box.setCurrentIndex(index)
        self.format_box.blockSignals(False)
        self._format_chosen()
        self._focus_next_step()

    def _focus_next_step(self) -> None:
        """Focus the next step: the format if unknown, the date order, Import, or Choose."""
        steps = (
            (self.format_name() is None, self.format_box),
            (self.date_order_box.isVisibleTo(self), self.date_order_box),
            (self.import_button.isEnabled(), self.import_button),
        )
        next((w for due, w in steps if due), self.choose_button).setFocus()

    def format_name(self) -> str | None:
        data = self.format_box.currentData()
        return str(data) if data else None

    def _format_chosen(self) -> None:
        self._build_mapping()
        self.replan()

    def _build_mapping(self) -> None:
        generic = self.path is not None and self.format_name() == GENERIC_CSV
        self.mapping_group.rebuild(self.path if generic else None, self.date_order_box)

    @property
    def mapping_boxes(self) -> dict[str, QComboBox]:
        return self.mapping_group.boxes

    def mapping(self) -> dict[str, str] | None:
        """The chosen column mapping for the generic CSV, else None."""
        return self.mapping_group.mapping()

    # -- previewing and importing -----------------------------------------------

    def date_order(self) -> str | None:
        """The date order the user chose, when the file needed one."""
        data = self.date_order_box.currentData()
        return str(data) if data else None

    def replan(self) -> None:
        """Plan the import again (never writes) and show what it would add."""
        self.plan = None
        self.error_label.clear()
        self.asks_date_order = bool(self.date_order())
        if self.path is not None:
            self.import_button.setEnabled(False)
            try:
                self.plan = self.session.reads.import_plan(
                    self.path,
                    self.format_name(),
                    self.mapping(),
                    date_order=self.date_order(),
                    progress=self._progress if self._large() else None,
                )
            except DateOrderNeeded as needed:
                self.asks_date_order = True
                self.error_label.setText(
                    self.tr(
                        "Dates such as “{0}” could be day first or month first, and nothing "
                        "in the file tells which: choose how the file writes its dates."
                    ).format(needed.example)
                )
            except JournalError as error:
                self.error_label.setText(str(error))
            finally:
                self.progress.setVisible(False)
        self._update()

    def _large(self) -> bool:
        try:
            return self.path is not None and self.path.stat().st_size >= LARGE_FILE
        except OSError:
            return False

    def _progress(self, done: int, total: int) -> None:
        """Show how far a large file has been read, keeping the window painted (clicks
        and keys wait until the file is read, so nothing starts a second reading)."""
        self.progress.setVisible(True)
        self.progress.setValue(round(100 * done / total) if total else 0)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def first_day(self) -> date | None:
        """The earliest day the plan adds anything on."""
        if self.plan is None:
            return None
        days = [_day_of(record) for records in self.plan.new.values() for record in records]
        known = [day for day in days if day is not None]
        return min(known) if known else None

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
        asks = getattr(self, "asks_date_order", False)
        self.date_order_box.setVisible(asks)
        self.date_order_label.setVisible(asks)
        self.import_button.setEnabled(self.plan is not None and self.plan.added_count > 0)
        grow_to_content(self)  # up to the free screen; then the content scrolls

    def do_import(self) -> None:
        """Write the planned records, all or nothing, then say what was added."""
        if self.plan is None:
            return
        try:
            self.session.run_by(self, apply_import, self.plan)
        except JournalError as error:
            self.error_label.setText(str(error))
            self._update()
            return
        self.result_text = self._with_dates(self.plan.preview(done=True))
        self.preview_label.setText(self.result_text)
        self.imported.emit(self.result_text)
        first = self.first_day()
        if first is not None:
            self.imported_day.emit(first)
        self.accept()


def _day_of(record: object) -> date | None:
    """The calendar day a record is on (attacks: their start; doses: when taken)."""
    for name in ("start", "taken", "day"):
        value = getattr(record, name, None)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
    return None
