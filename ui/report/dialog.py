"""The report dialog (File > Print report…): choose the span, the sections, the patient
details and the paper, see page 1, then save the PDF and/or print it.

The diary is read once when the dialog opens; the preview is rebuilt 300 ms after the
last change (a 3-month report builds in well under half a second, so in the GUI thread).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QPagedPaintDevice, QPageSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import i18n
from journal.analysis.explain import headlines
from journal.analysis.summary import summarize
from journal.errors import JournalError
from journal.report import ClinicCalendar, Paper, ReportOptions, build_report, write_report
from journal.report.build import has_entries
from ui.kit import settings_store
from ui.kit.feedback import show_error
from ui.kit.locale_text import date_text
from ui.kit.wrapping import breakable
from ui.report import pages as report_pages
from ui.report.patient import PatientFields
from ui.report.preview import PagePreview, WrappedNote
from ui.report.span import SpanPicker
from ui.session import Session

DEBOUNCE_MS = 300
DEFAULT_SIZE = (980, 760)
"""The dialog's size where the screen has room: the preview page can be read."""


def _align_labels(forms: list[QFormLayout]) -> None:
    """Give every form's labels one width, so the fields line up from group to group."""
    labels = [
        label
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(label := item.widget(), QLabel)
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class ReportDialog(QDialog):
    """Options, a preview of page 1, and "Save PDF…" / "Print…" for the doctor's report."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for the doctor"))
        self.today = today or d.local_now().date()
        self.diary = session.reads.diary()
        self.cycle_tracking = session.reads.cycle_tracking()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(DEBOUNCE_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        options = QVBoxLayout()
        self.span_picker = SpanPicker(self.today, self, self.diary.first_recorded_day)
        self.span_picker.changed.connect(self.schedule_preview)
        options.addWidget(self.span_picker)
        options.addWidget(self._sections_group())
        self.patient = PatientFields(self.today, self)
        self.patient.changed.connect(self.schedule_preview)
        options.addWidget(self.patient)
        options.addWidget(self._paper_group())
        options.addStretch(1)
        _align_labels(self.findChildren(QFormLayout))
        self.preview = PagePreview(self)
        body = QHBoxLayout()
        body.addLayout(options, 0)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addSpacing(4)  # the sentence sits clear of the preview's frame
        self.privacy_note = self._privacy_note()
        layout.addWidget(self.privacy_note)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self._enable_buttons()
        self._default_size()
        self.refresh_preview()

    def _default_size(self) -> None:
        """Room to read the page where the screen allows (at least the layout's need)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted = QSize(*DEFAULT_SIZE)
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.9)
        self.resize(wanted.expandedTo(self.sizeHint()))

    # Building ----------------------------------------------------------------

    def _sections_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Include"), self)
        self.notes_check = QCheckBox(self.tr("Free-text notes and &questions for the visit"))
        self.cycle_check = QCheckBox(self.tr("Menstrual &cycle"))
        column = QVBoxLayout(group)
        for check in (self.notes_check, self.cycle_check):
            check.setChecked(True)
            check.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(self.schedule_preview)
            column.addWidget(check)
        self.cycle_check.setVisible(self.cycle_tracking)
        self.calendar_box = QComboBox(group)
        # the list shows the full names; the closed box need not be as wide as the longest
        self.calendar_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.calendar_box.setMinimumContentsLength(24)
        self.calendar_box.setAccessibleName(self.tr("A clinic's own calendar"))
        self.calendar_box.addItem(self.tr("None"), None)
        self.calendar_box.addItem(
            self.tr("German DMKG headache calendar (Kopfschmerzkalender)"), ClinicCalendar.DMKG
        )
        self.calendar_box.addItem(
            self.tr("Canadian monthly 0-3 grid, with the Migraine Monthly Index"),
            ClinicCalendar.CHS,
        )
        self.calendar_box.setToolTip(
            self.tr(
                "Adds a page per month in the layout a clinic hands out, filled in from "
                "your diary, after the report's own calendar."
            )
        )
        self.calendar_box.currentIndexChanged.connect(self.schedule_preview)
        form = QFormLayout()
        form.addRow(self.tr("Clinic ca&lendar:"), self.calendar_box)
        column.addLayout(form)
        return group

    def _paper_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Paper and language"), self)
        self.paper_box = QComboBox(group)
        self.paper_box.setAccessibleName(self.tr("Paper size"))
        self.paper_box.addItem(self.tr("A4"), Paper.A4.value)
        self.paper_box.addItem(self.tr("Letter"), Paper.LETTER.value)
        self.paper_box.setCurrentIndex(self.paper_box.findData(report_pages.default_paper()))
        self.paper_box.currentIndexChanged.connect(self.schedule_preview)
        self.language_box = QComboBox(group)
        self.language_box.setAccessibleName(self.tr("Language of the report"))
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            self.language_box.addItem(name, code)
        found = self.language_box.findData(i18n.language())  # the window's language
        self.language_box.setCurrentIndex(max(0, found))
        self.language_box.currentIndexChanged.connect(self.schedule_preview)
        form = QFormLayout(group)
        form.addRow(self.tr("Paper si&ze:"), self.paper_box)
        form.addRow(self.tr("Lan&guage:"), self.language_box)
        return group

    def _privacy_note(self) -> QLabel:
        note = WrappedNote(
            self.tr(
                "The PDF is not encrypted and holds health data: keep it somewhere private "
                "and share it only with people you choose."
            ),
            self,
        )
        note.setObjectName("privacyNote")
        return note

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        if not report_pages.can_render():
            self.print_button.setToolTip(
                self.tr(
                    "Printing from here needs the program pdftoppm (poppler-utils); "
                    "save the PDF and print it from a PDF viewer."
                )
            )
        buttons.rejected.connect(self.reject)
        return buttons

    # Options -----------------------------------------------------------------

    def options(self) -> ReportOptions | None:
        """The report the dialog describes, or None while a field shows a problem."""
        if self.span_picker.reason() or not self.patient.is_valid():
            return None
        first, last = self.span_picker.span()
        calendar = self.calendar_box.currentData()  # Qt hands the enum back as its text
        return ReportOptions(
            first,
            last,
            paper=Paper(str(self.paper_box.currentData())),
            patient_name=self.patient.patient_name(),
            birth_date=self.patient.birth_date(),
            include_notes=self.notes_check.isChecked(),
            include_cycle=self.cycle_tracking and self.cycle_check.isChecked(),
            clinic_calendar=ClinicCalendar(calendar) if calendar else None,
            language=str(self.language_box.currentData()),
        )

    # Preview -----------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Rebuild the preview once the options have been still for a moment."""
        self._enable_buttons()
        self.preview_timer.start()

    def _enable_buttons(self) -> None:
        valid = self.options() is not None
        self.save_button.setEnabled(valid)
        self.print_button.setEnabled(valid and report_pages.can_render())

    def refresh_preview(self) -> None:
        """Show page 1 of the report for the current options (or why there is none)."""
        self.preview_timer.stop()
        options = self.options()
        if options is None:
            self.preview.show_message(self.tr("Correct the marked fields to see the report."))
            return
        first, last = options.first, options.last
        if not has_entries(self.diary, first, last):
            self.preview.show_message(
                self.tr(
                    "Nothing was recorded from {0} to {1}. The report would be a single "
                    "page saying so; choose a longer span to see figures."
                ).format(date_text(first), date_text(last))
            )
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            image = report_pages.first_page_image(build_report(self.diary, options, self.today))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if image is not None:
            self.preview.show_page(image)
            return
        with i18n.using_language(options.language):
            summary = summarize(self.diary, first, last, self.today)
            found = headlines(summary, options.include_cycle)
        self.preview.show_text(
            self.tr("Page 1 will show, among others:"), [headline.text for headline in found]
        )

    # Saving and printing -----------------------------------------------------

    def suggested_path(self) -> Path:
        """headache-diary-YYYY-MM-DD.pdf in the Documents folder (else the home folder)."""
        location = QStandardPaths.StandardLocation.DocumentsLocation
        documents = Path(QStandardPaths.writableLocation(location) or Path.home())
        folder = settings_store.last_folder("report", documents)
        return folder / f"headache-diary-{self.today:%Y-%m-%d}.pdf"

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF there; a failure leaves the dialog as it was."""
        options = self.options()
        if options is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(self.suggested_path()), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        settings_store.remember_folder("report", target)
        try:
            write_report(self.diary, options, target, self.today)
        except JournalError as error:
            show_error(self, error)
            return None
        self.patient.remember_if_asked()
        self.status.setText(self.tr("Saved to {0}.").format(target))
        return target

    def print_report(self) -> None:
        """Print through the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        options = self.options()
        if options is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(report_pages.PAGE_SIZE_IDS[Paper(options.paper)]))
        printer.setFullPage(True)
        printer.setDocName(self.tr("Headache diary"))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = self.print_to(printer, options)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Not printed"), breakable(str(error)))
            return
        self.patient.remember_if_asked()
        self.status.setText(
            self.tr("Sent 1 page to the printer.")
            if pages == 1
            else self.tr("Sent %n pages to the printer.", "", pages)  # fr: also for 0
        )

    def print_to(self, device: QPagedPaintDevice, options: ReportOptions) -> int:
        """Draw every page of the report on `device`; returns the number of pages."""
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            pdf = build_report(self.diary, options, self.today)
            dpi = min(device.logicalDpiX(), report_pages.PRINT_DPI)
            return report_pages.paint_pages(report_pages.page_images(pdf, dpi), device)
        finally:
            QGuiApplication.restoreOverrideCursor()
