"""A pseudo-language (every text 40% longer, with accents) finds text that would be cut
off in a language longer than English: the main window, the attack screen and the
dialogs are rendered in it at 1024x700, and no label or button is narrower (or, when it
wraps, shorter) than its text needs; in the PDF report no word runs past the frame."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt, QTranslator
from PySide6.QtGui import QScreen, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import i18n
from journal.analysis.diary import load_diary
from journal.demo import write_demo
from journal.report import ReportOptions, build_report
from journal.report.styles import MARGIN
from journal.storage import Journal
from tests.ui import dialog_catalogue as catalogue
from tests.ui.conftest_attack import start_attack
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.attack.screen import AttackScreen
from ui.kit import translations
from ui.kit.wrapping import ZERO_WIDTH_SPACE, longest_word, open_fitting
from ui.session import Session

TODAY = date(2026, 3, 31)
ROOT = Path(__file__).resolve().parents[2]
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
                words = _plain(widget).replace(ZERO_WIDTH_SPACE, " ")  # a place to break
                word = longest_word(words, widget.fontMetrics())
                room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
                if word > room + SLACK:  # a word wider than the label runs past its edge
                    found.append(f"{widget.text()[:50]!r}: a word of {word} px in {room} px")
            elif widget.sizeHint().width() > widget.width() + SLACK:
                hint = widget.sizeHint().width()
                found.append(f"{widget.text()[:50]!r}: {widget.width()} < {hint} px wide")
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.hasHeightForWidth():  # its text wraps (ui.kit.wrapping)
                least = widget.minimumSizeHint().width()
                needed = widget.heightForWidth(widget.width())
                if least > widget.width() + SLACK or needed > widget.height() + SLACK:
                    found.append(
                        f"button {widget.text()[:50]!r}: {widget.width()}x{widget.height()}"
                        f" < {least} px wide, {needed} px high"
                    )
                continue
            hint = widget.sizeHint().width()
            if hint > widget.width() + SLACK:
                found.append(f"button {widget.text()[:50]!r}: {widget.width()} < {hint} px")
        found += _cut_off_in_other_texts(widget)
    return found


def _cut_off_in_other_texts(widget: QWidget) -> list[str]:
    """A drop-down's chosen text narrower than its field, a group's title wider than
    the group, a tab's text elided or its tab past the end of the bar."""
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField
        )
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if needed > field.width() + SLACK:
            return [f"drop-down {widget.currentText()[:50]!r}: {field.width()} < {needed} px"]
    if isinstance(widget, QGroupBox) and widget.title():
        least = widget.minimumSizeHint().width()
        if least > widget.width() + SLACK:
            return [f"group {widget.title()[:50]!r}: {widget.width()} < {least} px"]
    if isinstance(widget, QTabBar):
        return [
            f"tab {widget.tabText(i)[:50]!r}: {widget.tabRect(i).width()} px"
            for i in range(widget.count())
            if widget.tabSizeHint(i).width() > widget.tabRect(i).width() + SLACK
            or widget.tabRect(i).right() > widget.width()  # behind the scroll arrows
        ]
    return []


def _plain(label: QLabel) -> str:
    """The label's text as it reads (rich text without its markup)."""
    plain = label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text()
    if plain:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


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
    assert not problems, "\n".join(problems)


WINDOW = QRect(0, 0, 1024, 700)
"""The free area of a 1024x700 screen."""


def _attack_screen(qtbot: QtBot, journal: Journal) -> AttackScreen:
    for name in ("Sumatriptan 50 mg", "Ibuprofen 400 mg", "Metoclopramide 10 mg"):
        journal.medications.save(d.Medication(name, d.MedicationClass.TRIPTAN))
    screen = AttackScreen(Session(journal), start_attack(journal, symptoms=("nausea",)))
    screen.available_area = lambda: WINDOW  # type: ignore[method-assign]
    _shown(qtbot, screen)
    qtbot.wait(10)  # the scroll area settles its scroll bar in the next event loop turn
    return screen


def test_the_attack_screen_fits_1024x700_with_its_rows_whole(
    pseudo: None, qtbot: QtBot, journal: Journal
) -> None:
    """The buttons' texts wrap, so each row keeps its columns (four symptoms side by
    side) and the whole screen shows without scrolling or cutting off a text."""
    screen = _attack_screen(qtbot, journal)
    assert screen.width() <= 1024 and screen.height() <= 700
    assert cut_off(screen) == []
    assert screen.choices_area.verticalScrollBar().maximum() == 0
    for row in (screen.symptom_buttons, screen.type_buttons, screen.pain.buttons()):
        buttons = list(row.values()) if isinstance(row, dict) else row
        assert len({button.y() for button in buttons}) == 1, [b.text() for b in buttons]
    assert any("\n" in button.text() or button.height() > 60 for button in screen.pain.buttons())


SCALED_CHILD = """
import json, sys
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QApplication
from journal import domain as d, i18n
from journal.storage import Journal
from tests.ui.conftest_attack import start_attack
from tests.ui.test_pseudo_language import PseudoTranslator, WINDOW, cut_off
from ui.app.start import application
from ui.attack.editor import AttackEditor
from ui.attack.screen import AttackScreen
from ui.session import Session

app = application([])
app.installTranslator(PseudoTranslator(app))
i18n.set_language(i18n.PSEUDO)
journal = Journal.in_memory()
journal.medications.save(d.Medication("Sumatriptan 50 mg", d.MedicationClass.TRIPTAN))
screen = AttackScreen(Session(journal), start_attack(journal, symptoms=("nausea",)))
screen.available_area = lambda: WINDOW
screen.show()
for _ in range(5):
    QCoreApplication.processEvents()
viewport = screen.choices_area.viewport()
print(json.dumps({
    "ratio": screen.devicePixelRatioF(),
    "size": [screen.width(), screen.height()],
    "cut_off": cut_off(screen),
    "content_width": screen.choices_area.widget().width(),
    "viewport_width": viewport.width(),
    "footer_bottom": screen.footer.geometry().bottom(),
}))
"""


def at_150_percent(arguments: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """Python run with `arguments` in a process whose Qt scales by 150% (the factor is
    read when Qt starts), offscreen, in `folder`."""
    environment = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
    )
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_pseudo_attack_screen_at_150_percent_scaling_cuts_off_nothing(
    tmp_path: Path,
) -> None:
    """QT_SCALE_FACTOR=1.5, as a desktop at 150% (a process of its own: the factor is
    read when Qt starts). It may scroll, but no text is cut and the ways out show."""
    done = at_150_percent(["-c", SCALED_CHILD], tmp_path)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ratio"] == 1.5
    assert found["size"][0] <= 1024 and found["size"][1] <= 700
    assert found["cut_off"] == []
    assert found["content_width"] <= found["viewport_width"]
    assert found["footer_bottom"] < found["size"][1]


@pytest.fixture
def screen_1024x700(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every screen's free area is 1024x700 (for the dialogs that size themselves by
    their screen, as open_fitting and the report dialog do)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: WINDOW)


def dialog_problems(qtbot: QtBot, window: MainWindow, folder: Path) -> list[str]:
    """Open every dialog of the catalogue (tests/ui/dialog_catalogue.py: each dialog
    class of ui/, with its real content) as the app opens it on a 1024x700 screen, and
    list what does not fit: a dialog larger than the screen, a text cut off on any of
    its pages; and the same for the message boxes the app shows."""
    problems = []
    for name, make in catalogue.dialogs(window, folder).items():
        dialog = make()
        qtbot.addWidget(dialog)
        open_fitting(dialog)  # as a FittingDialog does; a size the dialog chose is kept
        _shown(qtbot, dialog)
        opened = dialog.size()
        layout = dialog.layout()
        if layout is not None and layout.hasHeightForWidth():  # its texts wrap
            opened.setHeight(max(opened.height(), layout.totalHeightForWidth(opened.width())))
        least = dialog.minimumSizeHint()
        for what, size in (("needs", opened), ("needs at least", least)):
            if size.width() > WINDOW.width() or size.height() > WINDOW.height():
                problems.append(f"{name}: {what} {size.width()}x{size.height()}")
        for page in catalogue.pages(dialog):
            problems += [f"{name} [{page}] {p}" for p in cut_off(dialog)]
        dialog.close()
    for name, (show, _kind) in catalogue.message_boxes(window).items():
        problems += [f"{name}: {p}" for p in catalogue.walk_modal(show, cut_off)]
    return problems


@pytest.mark.usefixtures("pseudo", "screen_1024x700")
def test_every_dialog_cuts_off_no_text(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Every dialog of ui/ (and every message box) fits a 1024x700 screen in the
    pseudo-language, with no text cut off on any of its pages (at the scaling the
    process runs at: 100%, and 150% below)."""
    scaling = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    assert demo_window.devicePixelRatioF() == scaling
    problems = dialog_problems(qtbot, demo_window, tmp_path)
    assert not problems, "\n".join(problems)


def test_every_dialog_at_150_percent_scaling_cuts_off_no_text() -> None:
    """The walk of every dialog above, in a process whose Qt scales by 150%."""
    walk = f"{Path(__file__).relative_to(ROOT)}::test_every_dialog_cuts_off_no_text"
    done = at_150_percent(["-m", "pytest", "-q", "-p", "no:cacheprovider", walk], ROOT)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "1 passed" in done.stdout


@pytest.mark.usefixtures("screen_1024x700")
@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_dialog_cuts_off_no_text_in_german_and_french(
    qapp: QApplication,
    qtbot: QtBot,
    demo: Journal,
    tmp_path: Path,
    language: str,
) -> None:
    """The same walk in the real catalogues, whose words are longer than the
    pseudo-language's in places (German compounds)."""
    application([])
    try:
        assert translations.install(qapp, QLocale(language))
        i18n.set_language(language)
        window = create_main_window(demo)
        _shown(qtbot, window, (1024, 700))
        problems = dialog_problems(qtbot, window, tmp_path)
        for dialog in window.findChildren(QDialog):
            dialog.close()
    finally:
        translations.install(qapp)
        i18n.set_language(i18n.ENGLISH)
    assert not problems, "\n".join(problems)


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
