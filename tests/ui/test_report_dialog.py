"""The report dialog: span, sections, patient details, paper, preview, save and print."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6 import QtPrintSupport
from PySide6.QtCore import QLocale, QMarginsF, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journal import operations
from journal.analysis.summary import default_span
from journal.demo import write_demo
from journal.report import ClinicCalendar, Paper, write_report
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.kit import theme, translations
from ui.kit.wrapping import ZERO_WIDTH_SPACE
from ui.report import pages as report_pages
from ui.report.dialog import ReportDialog
from ui.report.patient import BIRTH_KEY, NAME_KEY
from ui.session import Session

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def british_locale() -> Iterator[None]:
    """A4 paper and day-month dates, whatever the machine running the tests uses."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def demo_journal(journal: Journal) -> Journal:
    write_demo(journal, months=6, seed=1, end=TODAY)
    return journal


def open_dialog(qtbot: QtBot, journal: Journal) -> ReportDialog:
    dialog = ReportDialog(Session(journal), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "PDF (*.pdf)"))
    )


# Span ----------------------------------------------------------------------------


def test_default_span_is_the_last_three_months(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    options = dialog.options()
    assert options is not None
    assert (options.first, options.last) == default_span(TODAY)
    assert dialog.span_picker.span_box.currentText() == "Last 3 months"


def test_choosing_twelve_months_moves_the_start_a_year_back(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.span_picker.span_box.setCurrentIndex(dialog.span_picker.span_box.findData(12))
    options = dialog.options()
    assert options is not None
    assert (options.first, options.last) == (date(2025, 11, 25), TODAY)


def test_custom_end_before_start_is_refused_next_to_the_field(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.span_picker.show_span(date(2026, 10, 1), date(2026, 9, 1))
    assert dialog.span_picker.problem.problem() == "The end is before the start."
    assert dialog.span_picker.problem.isVisible()
    assert dialog.options() is None
    assert not dialog.save_button.isEnabled()


def test_custom_end_in_the_future_is_refused(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.span_picker.show_span(date(2026, 10, 1), date(2026, 12, 1))
    assert "future" in dialog.span_picker.problem.problem()
    assert dialog.options() is None


def test_typing_a_date_switches_to_custom_and_a_valid_span_clears_the_reason(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.span_picker.show_span(date(2026, 10, 1), date(2026, 9, 1))
    dialog.span_picker.to_edit.setDate(date(2026, 10, 31))
    assert dialog.span_picker.span_box.currentText() == "Custom dates"
    assert dialog.span_picker.problem.problem() == ""
    options = dialog.options()
    assert options is not None
    assert (options.first, options.last) == (date(2026, 10, 1), date(2026, 10, 31))
    assert dialog.save_button.isEnabled()


# Options -------------------------------------------------------------------------


def test_options_carry_no_patient_details_unless_typed(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    options = dialog.options()
    assert options is not None
    assert options.patient_name == "" and options.birth_date is None
    assert options.include_notes and options.include_cycle
    dialog.patient.name_edit.setText("  Ann Example ")
    dialog.patient.birth_edit.setText("1984-03-21")
    typed = dialog.options()
    assert typed is not None
    assert typed.patient_name == "Ann Example"
    assert typed.birth_date == date(1984, 3, 21)


def test_leaving_out_notes_and_cycle_maps_to_the_report_options(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.notes_check.setChecked(False)
    dialog.cycle_check.setChecked(False)
    options = dialog.options()
    assert options is not None
    assert not options.include_notes and not options.include_cycle


def test_cycle_choice_is_hidden_and_left_out_when_cycle_tracking_is_off(
    qtbot: QtBot, journal: Journal
) -> None:
    operations.set_cycle_tracking(journal, False)
    dialog = open_dialog(qtbot, journal)
    assert not dialog.cycle_check.isVisible()
    options = dialog.options()
    assert options is not None and not options.include_cycle


@pytest.mark.parametrize(
    ("language", "placeholder", "typed"),
    [
        ("German", "zum Beispiel 21.03.1984", "21.03.1984"),
        ("French", "par exemple 21 mars 1984", "21 mars 1984"),
        ("English", "for example 21 Mar 1984", "21 Mar 1984"),
    ],
)
def test_the_date_of_birth_example_is_written_as_the_language_writes_days_and_is_read(
    qtbot: QtBot, journal: Journal, language: str, placeholder: str, typed: str
) -> None:
    """Issue 17: the German example read "zum Beispiel 1984-03-21" (ISO, not German)."""
    from ui.kit import translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install(app, QLocale(getattr(QLocale.Language, language)))
    try:
        dialog = open_dialog(qtbot, journal)
        assert dialog.patient.birth_edit.placeholderText() == placeholder
        dialog.patient.birth_edit.setText(typed)
        assert dialog.patient.birth_date() == date(1984, 3, 21)
        assert dialog.patient.birth_problem.problem() == ""
    finally:
        translations.install(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_a_date_of_birth_that_cannot_be_read_is_explained(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.patient.birth_edit.setText("next tuesday")
    assert dialog.patient.birth_problem.problem() == "Write the date of birth like 21 Mar 1984."
    assert dialog.options() is None
    dialog.patient.birth_edit.setText("2030-01-01")
    assert dialog.patient.birth_problem.problem() == "The date of birth is in the future."


def test_paper_defaults_to_letter_in_north_america_and_a4_elsewhere() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    canada = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert report_pages.default_paper(us) is Paper.LETTER
    assert report_pages.default_paper(canada) is Paper.LETTER
    assert report_pages.default_paper(germany) is Paper.A4


def test_dialog_offers_letter_paper_first_in_the_united_states(
    qtbot: QtBot, journal: Journal
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dialog = open_dialog(qtbot, journal)
    options = dialog.options()
    assert options is not None and options.paper is Paper.LETTER


def test_paper_choice_reaches_the_options(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(Paper.LETTER.value))
    options = dialog.options()
    assert options is not None and options.paper is Paper.LETTER


def test_no_clinic_calendar_is_chosen_until_the_patient_picks_one(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, journal)
    options = dialog.options()
    assert options is not None and options.clinic_calendar is None
    assert dialog.calendar_box.count() == 3


def test_a_chosen_clinic_calendar_is_in_the_saved_pdf(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    dialog.calendar_box.setCurrentIndex(dialog.calendar_box.findData(ClinicCalendar.DMKG))
    options = dialog.options()
    assert options is not None and options.clinic_calendar is ClinicCalendar.DMKG
    target = tmp_path / "report.pdf"
    save_to(monkeypatch, target)
    assert dialog.save_pdf() == target
    # the sheet speaks the report's language (English here); German reports name it
    # "Kopfschmerzkalender" (tests/journal/report/test_clinic_calendars.py)
    assert "DMKG headache calendar · October 2026" in pdf_text(target)
    dialog.calendar_box.setCurrentIndex(dialog.calendar_box.findData(ClinicCalendar.CHS))
    assert dialog.save_pdf() == target
    text = pdf_text(target)
    assert "Monthly headache diary · October 2026" in text
    assert "Migraine Monthly Index" in text


# Patient details are remembered only when asked ------------------------------------


def test_patient_details_are_not_stored_unless_remember_is_ticked(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    dialog.patient.name_edit.setText("Ann Example")
    save_to(monkeypatch, tmp_path / "report.pdf")
    assert dialog.save_pdf() is not None
    assert theme.settings().value(NAME_KEY) is None
    assert demo_journal.path is not None
    assert b"Ann Example" not in demo_journal.path.read_bytes()


def test_remembered_patient_details_come_back_and_unticking_forgets_them(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    dialog.patient.name_edit.setText("Ann Example")
    dialog.patient.birth_edit.setText("1984-03-21")
    dialog.patient.remember.setChecked(True)
    save_to(monkeypatch, tmp_path / "report.pdf")
    assert dialog.save_pdf() is not None
    again = open_dialog(qtbot, demo_journal)
    assert again.patient.name_edit.text() == "Ann Example"
    assert again.patient.birth_date() == date(1984, 3, 21)
    assert again.patient.remember.isChecked()
    again.patient.remember.setChecked(False)
    assert theme.settings().value(NAME_KEY) is None
    assert theme.settings().value(BIRTH_KEY) is None


# Saving --------------------------------------------------------------------------


def test_save_writes_a_pdf_with_the_span_and_no_name_unless_typed(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    target = tmp_path / "report.pdf"
    save_to(monkeypatch, target)
    assert dialog.save_pdf() == target
    text = pdf_text(target)
    assert "Diary from 25 Aug 2026 to 24 Nov 2026" in text
    assert "Patient:" not in text
    assert "Saved to" in dialog.status.text()
    dialog.patient.name_edit.setText("Ann Example")
    assert dialog.save_pdf() == target
    assert "Patient: Ann Example" in pdf_text(target)


def test_save_adds_the_pdf_ending_when_it_is_missing(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    save_to(monkeypatch, tmp_path / "for-dr-lee")
    assert dialog.save_pdf() == tmp_path / "for-dr-lee.pdf"
    assert (tmp_path / "for-dr-lee.pdf").read_bytes().startswith(b"%PDF")


def test_save_suggests_a_dated_name_in_the_documents_folder(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    assert dialog.suggested_path().name == "headache-diary-2026-11-24.pdf"


def test_unwritable_path_shows_the_sentence_and_keeps_the_dialog_and_options(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _p, _t, text: shown.append(text.replace(ZERO_WIDTH_SPACE, ""))),
    )
    dialog = open_dialog(qtbot, demo_journal)
    dialog.patient.name_edit.setText("Ann Example")
    dialog.notes_check.setChecked(False)
    target = tmp_path / "no-such-folder" / "report.pdf"
    save_to(monkeypatch, target)
    assert dialog.save_pdf() is None
    assert shown == [f"The report could not be saved to {target}: the folder does not exist."]
    assert dialog.isVisible()
    assert dialog.patient.name_edit.text() == "Ann Example"
    assert not dialog.notes_check.isChecked()


# Preview -------------------------------------------------------------------------


def test_preview_shows_page_one_as_an_image_for_a_demo_journal(
    qtbot: QtBot, demo_journal: Journal
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    image = dialog.preview.image
    assert image is not None
    assert image.width() > 600 and image.height() > 800
    assert image.height() / image.width() == pytest.approx(297 / 210, rel=0.01)
    assert dialog.preview.shown_pixmap().width() > 250


def _rect_in(widget: QWidget, dialog: ReportDialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [None, (707, 610), (600, 400)])
def test_preview_caption_and_privacy_sentence_keep_clear_of_the_preview_frame(
    qtbot: QtBot, demo_journal: Journal, size: tuple[int, int] | None
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    if size is not None:
        dialog.resize(*size)  # smaller than the layout needs: the dialog keeps its minimum
    qtbot.wait(20)
    preview, caption, note = dialog.preview, dialog.preview.caption, dialog.privacy_note
    frame, note_rect = _rect_in(preview, dialog), _rect_in(note, dialog)
    inner = frame.adjusted(preview.frameWidth(), preview.frameWidth(), -preview.frameWidth(), 0)
    assert caption.text() == "Page 1, as it will be printed"
    caption_rect = _rect_in(caption, dialog)
    assert caption_rect.top() >= inner.top() + 4  # clear of the frame's border
    assert caption_rect.bottom() < _rect_in(preview.page, dialog).top()  # heads the page
    assert note_rect.top() > frame.bottom() + 4  # the sentence is below the frame
    lines = note.heightForWidth(note.width())
    assert note.height() >= lines  # every wrapped line has room
    assert note_rect.bottom() < _rect_in(dialog.status, dialog).top() + 1


def test_preview_is_rebuilt_shortly_after_the_paper_changes(
    qtbot: QtBot, demo_journal: Journal
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    a4 = dialog.preview.image
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(Paper.LETTER.value))
    assert dialog.preview.image is a4  # not yet: changes are gathered for 300 ms
    qtbot.waitUntil(lambda: dialog.preview.image is not a4, timeout=3000)
    letter = dialog.preview.image
    assert letter is not None
    assert letter.height() / letter.width() == pytest.approx(11 / 8.5, rel=0.01)


def test_preview_of_an_empty_journal_says_calmly_that_nothing_was_recorded(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, journal)
    assert dialog.preview.image is None
    assert dialog.preview.text().startswith("Nothing was recorded from 25 Aug 2026 to 24 Nov 2026")
    assert dialog.save_button.isEnabled()


def test_preview_without_pdftoppm_lists_the_headline_figures_instead(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    dialog = open_dialog(qtbot, demo_journal)
    assert dialog.preview.image is None
    assert "migraine days" in dialog.preview.text()
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()


# Printing ------------------------------------------------------------------------


def test_printing_draws_every_report_page_on_its_own_page(
    qtbot: QtBot, demo_journal: Journal, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo_journal)
    options = dialog.options()
    assert options is not None
    saved, printed = tmp_path / "report.pdf", tmp_path / "printed.pdf"
    write_report(dialog.diary, options, saved, TODAY)
    report_pages_count = len(PdfReader(saved).pages)
    writer = QPdfWriter(str(printed))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    assert dialog.print_to(writer, options) == report_pages_count
    del writer  # finishes the file
    assert len(PdfReader(printed).pages) == report_pages_count > 1


def test_print_sends_every_page_through_the_system_print_dialog(
    qtbot: QtBot, demo_journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed = tmp_path / "printer.pdf"

    class PrintDialogChoosingAFile:
        """Stands in for the system print dialog: the user picks "Print to file"."""

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
            printer.setOutputFileName(str(printed))
            printer.setResolution(100)

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", PrintDialogChoosingAFile)
    dialog = open_dialog(qtbot, demo_journal)
    dialog.print_button.click()
    pages = len(PdfReader(printed).pages)
    assert pages > 1
    assert dialog.status.text() == f"Sent {pages} pages to the printer."


def test_a_page_image_fills_the_paper_keeping_its_proportions() -> None:
    page = QImage(210, 297, QImage.Format.Format_RGB32)
    area = report_pages.fitted(page.size(), QRect(0, 0, 1000, 1000))
    assert area.height() == 1000 and area.width() == pytest.approx(707, abs=1)
    assert area.left() == pytest.approx(146, abs=1)


# Keyboard and screen readers ----------------------------------------------------------


def test_every_control_is_named_and_reached_with_tab(qtbot: QtBot, journal: Journal) -> None:
    dialog = open_dialog(qtbot, journal)
    controls = [
        dialog.span_picker.span_box,
        dialog.span_picker.from_edit,
        dialog.span_picker.to_edit,
        dialog.notes_check,
        dialog.cycle_check,
        dialog.patient.name_edit,
        dialog.patient.birth_edit,
        dialog.patient.remember,
        dialog.paper_box,
    ]
    for control in controls:
        assert control.accessibleName(), control
    assert dialog.preview.page.accessibleName() == "Preview of page 1"
    dialog.activateWindow()
    controls[0].setFocus()
    qtbot.waitUntil(controls[0].hasFocus)
    reached = []
    for _ in range(20):
        dialog.focusNextChild()
        reached.append(QApplication.focusWidget())
    for control in [*controls[1:], dialog.save_button, dialog.print_button]:
        assert control in reached or control.focusProxy() in reached, control


@pytest.mark.parametrize(
    ("language", "key"),
    [("en_GB", Qt.Key.Key_B), ("de_DE", Qt.Key.Key_G), ("fr_FR", Qt.Key.Key_S)],
)
def test_the_date_of_birth_key_puts_typing_in_the_date_of_birth(
    qtbot: QtBot, qapp: QApplication, journal: Journal, language: str, key: Qt.Key
) -> None:
    """Alt+B ("Date of &birth", Alt+G in German, Alt+S in French) from the name: the
    date typed next lands in the date of birth, not after the name nor in the span
    (the label's buddy was the field's problem-line box, which took no focus)."""
    try:
        translations.install(qapp, QLocale(language))
        dialog = open_dialog(qtbot, journal)
        span = dialog.span_picker.from_edit.date()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        dialog.patient.name_edit.setFocus()
        qtbot.waitUntil(dialog.patient.name_edit.hasFocus)
        qtbot.keyClicks(dialog.patient.name_edit, "Ann")
        qtbot.keyClick(dialog.patient.name_edit, key, Qt.KeyboardModifier.AltModifier)
        typed_into = QApplication.focusWidget()
        assert typed_into is dialog.patient.birth_edit
        qtbot.keyClicks(typed_into, "1984-03-21")
        assert dialog.patient.name_edit.text() == "Ann"
        assert dialog.patient.birth_date() == date(1984, 3, 21)
        assert dialog.span_picker.from_edit.date() == span
    finally:
        translations.install(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


# Main window ---------------------------------------------------------------------


def test_ctrl_p_in_the_main_window_opens_the_report_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ReportDialog), timeout=3000)
    assert window.dialog is not None
    assert window.dialog.span_picker.span_box.currentText() == "Last 3 months"
    window.dialog.close()


def test_the_reports_span_list_offers_all_of_the_diary(qtbot: QtBot, journal: Journal) -> None:
    from datetime import timedelta as _days

    from ui.report.span import ALL, SpanPicker

    today = date(2026, 11, 24)
    picker = SpanPicker(today, None, first_day=today - _days(days=800))
    qtbot.addWidget(picker)
    labels = [picker.span_box.itemText(i) for i in range(picker.span_box.count())]
    assert "All" in labels
    picker.span_box.setCurrentIndex(picker.span_box.findData(ALL))
    assert picker.span() == (today - _days(days=800), today) and picker.reason() == ""
