"""Treatments at 1024 px: every column of the Treatments table is in sight, in
German and French too, and every cell reads whole (long cells wrap between words in
taller rows, never cut to "Übelk…"); one form of a day in the table; and the labels
under the Insights' "Before and after each treatment" bars never overlap, however
narrow the chart."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
)
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.demo import write_demo
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.insights.view import InsightsView
from ui.kit import translations
from ui.kit.locale_text import date_text
from ui.session import Session
from ui.treatments.view import TreatmentsView

LANGUAGES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
}


@pytest.fixture(params=sorted(LANGUAGES))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    application([])
    translations.install(qapp, LANGUAGES[request.param])
    yield request.param
    translations.install(qapp)


@pytest.fixture
def demo(journal: Journal) -> Journal:
    write_demo(journal, months=12, seed=1)
    return journal


def _window(qtbot: QtBot, journal: Journal, width: int = 1024) -> MainWindow:
    window = create_main_window(journal)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_treatments_column_is_in_sight_at_1024_px(
    qtbot: QtBot, demo: Journal, language: str
) -> None:
    window = _window(qtbot, demo)
    view = window.tabs.treatments
    window.views.setCurrentWidget(view)
    QApplication.processEvents()
    tree = view.tree
    header = tree.header()
    last = header.count() - 1
    room = tree.viewport().width()
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= room
    assert header.sectionSize(last) >= 100  # the side effects keep a readable column
    assert header.sectionSize(last) >= header.sectionSizeHint(last)  # its heading whole
    assert not tree.horizontalScrollBar().isVisible()
    for column in range(header.count()):  # a heading elided says it in full too
        assert tree.headerItem().toolTip(column) == tree.headerItem().text(column)


def _cells(tree: QTreeWidget) -> Iterator[tuple[QTreeWidgetItem, int, str]]:
    iterator = QTreeWidgetItemIterator(tree)
    while (item := iterator.value()) is not None:
        iterator += 1
        if not item.isFirstColumnSpanned():  # a kind's heading spans the whole row
            yield from ((item, column, item.text(column)) for column in range(tree.columnCount()))


def _depth(item: QTreeWidgetItem) -> int:
    levels = 0
    while (item := item.parent()) is not None:  # type: ignore[assignment]
        levels += 1
    return levels


def test_every_cell_reads_whole_at_1024_px(qtbot: QtBot, demo: Journal, language: str) -> None:
    """Issue 16 item 9: side effects were cut to "Übelk…", "Disso…" in German. Each
    cell's words fit its column's width and its row is as tall as its wrapped lines
    need, so nothing is elided: a doctor reads every side effect and reason whole."""
    window = _window(qtbot, demo)
    view = window.tabs.treatments
    window.views.setCurrentWidget(view)
    QApplication.processEvents()
    tree = view.tree
    metrics = tree.fontMetrics()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    wrapped = 0
    effects = 0
    for item, column, text in _cells(tree):
        if not text:
            continue
        width = tree.columnWidth(column) - 2 * margin
        if column == 0:
            width -= tree.indentation() * (_depth(item) + 1)
        words = max(metrics.horizontalAdvance(word) for word in text.split())
        assert words <= width, f"a word of {text!r} is wider than its column"
        lines = metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
        ).height()
        assert lines <= tree.visualItemRect(item).height(), f"{text!r} is cut off"
        wrapped += metrics.horizontalAdvance(text) > width
        effects += isinstance(item.data(0, Qt.ItemDataRole.UserRole), d.SideEffect)
    assert effects > 10  # the demo's side effects were seen
    assert wrapped > 0, "at 1024 px some cells need two lines: the test must see them"


def test_a_row_grows_when_its_column_is_made_narrower_by_hand(qtbot: QtBot, demo: Journal) -> None:
    """Dragging a column's edge wraps its cells anew: the rows take the new height."""
    window = _window(qtbot, demo)
    view = window.tabs.treatments
    window.views.setCurrentWidget(view)
    QApplication.processEvents()
    tree = view.tree
    course = next(item for item, _, text in _cells(tree) if text.startswith("Topiramate"))
    before = tree.visualItemRect(course).height()
    tree.header().resizeSection(3, tree.fontMetrics().horizontalAdvance("Ended: Tingling"))
    qtbot.waitUntil(lambda: tree.visualItemRect(course).height() > before)
    tree.header().resizeSection(3, 1000)
    qtbot.waitUntil(lambda: tree.visualItemRect(course).height() < before)


def test_the_table_writes_each_kind_of_date_one_way(qtbot: QtBot, demo: Journal) -> None:
    """Issue 16 item 9: the table mixed "2026-06-07 – ongoing", "Thu 26 Mar, 09:30"
    (no year) and "2026-03-26". Every day is written as locale_text.date_text writes
    it (with its year), a session's day too, its time after it; a course still going
    on reads "seit <day>" (issue 17: never "<day> – laufend")."""
    application([])
    translations.install(QApplication.instance(), LANGUAGES["de"])  # type: ignore[arg-type]
    try:
        view = TreatmentsView(Session(demo))
        qtbot.addWidget(view)
        day = r"\d\d\.\d\d\.\d{4}"  # German date_text: 26.03.2026
        one_form = re.compile(rf"(seit )?{day}( – {day}|, \d\d:\d\d)?")
        sessions = []
        for item, column, text in _cells(view.tree):
            record = item.data(0, Qt.ItemDataRole.UserRole)
            if column != 1 or record is None:
                continue
            assert one_form.fullmatch(text), text
            if isinstance(record, d.TreatmentSession):
                sessions.append(text)
                assert text.startswith(date_text(record.when.date()))
        assert len(sessions) >= 5, "the demo's infusion sessions were seen"
    finally:
        translations.install(QApplication.instance())  # type: ignore[arg-type]


def test_the_columns_fit_again_when_the_window_is_made_wider(qtbot: QtBot, demo: Journal) -> None:
    window = _window(qtbot, demo)
    view = window.tabs.treatments
    window.views.setCurrentWidget(view)
    QApplication.processEvents()
    narrow = [view.tree.columnWidth(c) for c in range(4)]
    window.resize(1600, 700)
    QApplication.processEvents()
    wide = [view.tree.columnWidth(c) for c in range(4)]
    assert sum(wide) > sum(narrow)


def test_the_widest_columns_give_way_first_down_to_their_floors() -> None:
    from ui.treatments.column_fit import shared_widths

    assert shared_widths([100, 200, 300], [50, 50, 50], 1000) == [100, 200, 300]
    assert shared_widths([100, 200, 300], [50, 50, 50], 450) == [100, 175, 175]
    assert shared_widths([100, 200, 300], [50, 200, 50], 400) == [100, 200, 100]
    assert shared_widths([100, 200, 300], [90, 90, 90], 100) == [90, 90, 90]


def _label_rects(view: InsightsView) -> list[tuple[QRectF, str]]:
    """Where the treatments chart's axis draws its labels (pyqtgraph's own layout)."""
    assert view.board is not None
    axis = view.board.treatments.card.plot.getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis_spec, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in texts if text]


@pytest.mark.parametrize("width", [1024, 760, 560])
def test_the_treatment_chart_labels_never_overlap(qtbot: QtBot, demo: Journal, width: int) -> None:
    """Seven courses (the demo's four and three more) under a 1024 px window and
    narrower: the labels shorten, then thin out, and none runs into the next."""
    today = d.local_now().date()
    for name, days in (
        ("Candesartan", 200),
        ("Acupuncture", 150),
        ("Greater occipital nerve block", 120),
    ):
        operations.save_treatment(
            demo,
            d.Treatment(name, d.TreatmentKind.PREVENTIVE_MEDICATION, today - timedelta(days=days)),
        )
    view = InsightsView(Session(demo))
    qtbot.addWidget(view)
    view.resize(width - 60, 700)  # the tab's room in a window that wide
    view.show()
    view.show_span_months(12)
    QApplication.processEvents()
    labels = sorted(_label_rects(view), key=lambda found: found[0].left())
    assert len(labels) >= 2, labels
    for (left, text), (right, next_text) in itertools.pairwise(labels):
        assert left.right() < right.left(), f"{text!r} runs into {next_text!r}"
    assert view.board is not None
    if width == 1024:  # room for every course's own name at a 1024 px window
        assert len(labels) == 7


def test_no_wrapped_text_of_insights_is_cut_on_its_first_showing(
    qtbot: QtBot, demo: Journal, language: str
) -> None:
    """The treatment chart's notes (and every wrapped text of Insights) have the
    height their width needs from the first showing of the tab in a 1024x700 window
    (issue 16, item 9: not reproduced offscreen; kept as a guard)."""
    window = _window(qtbot, demo)
    window.views.setCurrentIndex(1)
    QApplication.processEvents()
    view = window.views.currentWidget()
    assert isinstance(view, InsightsView) and view.board is not None
    notes = view.board.treatments.card.notes
    assert notes.isVisible() and notes.text()
    cut = [
        (label.text()[:40], label.height(), label.heightForWidth(label.width()))
        for label in view.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert cut == []
