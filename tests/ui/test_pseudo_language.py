"""A pseudo-language (every text 40% longer, with accents) finds text that would be cut
off in a language longer than English: the main window, the attack screen and the
dialogs are rendered in it at 1024x700, and no label or button is narrower (or, when it
wraps, shorter) than its text needs; in the PDF report no word runs past the frame."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import i18n
from journal.analysis.diary import load_diary
from journal.demo import write_demo
from journal.report import ReportOptions, build_report
from journal.report.styles import MARGIN
from journal.storage import Journal
from tests.ui.conftest_attack import start_attack
from ui.app.about import AboutDialog
from ui.app.start import application, create_main_window
from ui.attack.screen import AttackScreen
from ui.exchange.import_dialog import ImportDialog
from ui.kit import translations
from ui.medication.medications_dialog import MedicationsDialog
from ui.report.dialog import ReportDialog
from ui.session import Session

TODAY = date(2026, 3, 31)
SLACK = 2
"""Pixels of rounding a size hint may exceed the geometry by."""


class PseudoTranslator(QTranslator):
    """Every text of ui/ in the pseudo-language of journal.i18n.pseudo."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return i18n.pseudo(source) if source else source


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    application([])
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    i18n.set_language(i18n.PSEUDO)
    yield
    qapp.removeTranslator(translator)
    translations.install(qapp)


def cut_off(top: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit their geometry."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK:
                    found.append(f"{widget.text()[:50]!r}: {widget.height()} < {needed} px high")
            elif widget.sizeHint().width() > widget.width() + SLACK:
                hint = widget.sizeHint().width()
                found.append(f"{widget.text()[:50]!r}: {widget.width()} < {hint} px wide")
        if isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint().width()
            if hint > widget.width() + SLACK:
                found.append(f"button {widget.text()[:50]!r}: {widget.width()} < {hint} px")
    return found


def _shown(qtbot: QtBot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    qtbot.addWidget(widget)
    if size:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QCoreApplication.processEvents()
    return widget


def test_the_pseudo_language_is_longer_and_accented(pseudo: None) -> None:
    text = QCoreApplication.translate("MainWindow", "Insights")
    assert text != "Insights" and len(text) >= 1.4 * len("Insights") and "Î" in text


def test_the_main_window_in_every_tab_cuts_off_no_text(
    pseudo: None, qtbot: QtBot, journal: Journal
) -> None:
    write_demo(journal, months=3, seed=1)
    main = create_main_window(journal)
    _shown(qtbot, main, (1024, 700))
    problems = []
    for index in range(main.views.count()):
        main.views.setCurrentIndex(index)
        qtbot.wait(20)
        problems += [f"{main.views.tabText(index)}: {p}" for p in cut_off(main)]
    assert problems == []


def test_the_attack_screen_cuts_off_no_text(pseudo: None, qtbot: QtBot, journal: Journal) -> None:
    journal.medications.save(d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN))
    screen = AttackScreen(Session(journal), start_attack(journal, symptoms=("nausea",)))
    _shown(qtbot, screen, (1024, 700))
    assert cut_off(screen) == []


def _dialogs(journal: Journal) -> list[QDialog]:
    """The dialogs that fit in the pseudo-language. Not yet listed, because the
    pseudo-language finds them too wide or cut off (layout work for their owners):
    AttackEditor (1250 px wide: the symptom and pain-feature check boxes do not wrap),
    and DoseEditor (the "2 · moderate" pain buttons are a few pixels short)."""
    return [
        MedicationsDialog(Session(journal)),
        ImportDialog(Session(journal)),
        AboutDialog(),
        ReportDialog(Session(journal), today=TODAY),
    ]


@pytest.mark.parametrize("index", range(4))
def test_each_dialog_cuts_off_no_text(
    pseudo: None, qtbot: QtBot, journal: Journal, index: int
) -> None:
    dialog = _dialogs(journal)[index]
    _shown(qtbot, dialog)
    needed = dialog.sizeHint()  # a dialog may open larger where the screen has room
    assert needed.width() <= 1024 and needed.height() <= 700, type(dialog).__name__
    assert cut_off(dialog) == [], type(dialog).__name__


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_no_word_of_the_pseudo_report_runs_past_the_frame(journal: Journal, tmp_path: Path) -> None:
    write_demo(journal, months=6, seed=1, end=TODAY)
    options = ReportOptions(date(2025, 10, 1), TODAY, language=i18n.PSEUDO)
    pdf = tmp_path / "pseudo.pdf"
    pdf.write_bytes(build_report(load_diary(journal), options, TODAY))
    page_width = options.page_size[0]
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', html)
    assert len(words) > 500
    assert any("ẋ" in word for *_, word in words)  # the report is in the pseudo-language
    past = [
        word
        for x_min, x_max, word in words
        if float(x_min) < MARGIN - 2 or float(x_max) > page_width - MARGIN + 2  # glyph rounding
    ]
    assert past == [], past
