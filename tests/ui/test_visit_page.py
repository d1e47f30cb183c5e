"""The Visit tab: questionnaire rows and the questions box share one column."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.app.main_window import MainWindow


def _left(widget: QWidget, window: MainWindow) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def _right(widget: QWidget, window: MainWindow) -> int:
    return _left(widget, window) + widget.width()


def test_visit_tab_questions_align_with_the_questionnaire_rows_and_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    page = window.recording.visit
    window.views.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    midas_name = next(label for label in page.findChildren(QLabel) if label.text() == "MIDAS")
    grid_left = _left(midas_name, window)
    notes = page.notes
    assert _left(notes.text, window) == grid_left
    assert _left(notes.list, window) == grid_left
    edge = _right(page.midas_button, window)
    assert _right(page.hit6_button, window) == edge
    assert _left(page.hit6_button, window) == _left(page.midas_button, window)
    assert _right(notes.submit_button, window) == edge
    assert _right(notes.list, window) == edge
    assert _right(notes.delete_button, window) == edge


def test_the_visit_tab_shows_the_history_of_midas_and_hit6(
    qtbot: QtBot, window: MainWindow
) -> None:
    from datetime import date

    from journal import domain as d
    from journal import operations
    from ui.visit.page import VisitPage

    journal = window.journal
    today = date.today()
    for months_ago, total in ((9, 66), (6, 60), (3, 55)):
        day = date(today.year - (1 if today.month <= months_ago else 0), 1, 1)
        day = day.replace(month=(today.month - months_ago - 1) % 12 + 1)
        operations.save_hit6(journal, d.Hit6Entry(day, total), today=today)
    operations.save_midas(journal, d.MidasEntry(today, 5, 4, 3, 2, 1), today=today)
    page = window.findChild(VisitPage)
    if page is None:
        window.views.setCurrentIndex(window.views.count() - 1)
        page = window.findChild(VisitPage)
    assert isinstance(page, VisitPage)
    page.refresh()
    table = page.history
    assert table.rowCount() == 4 and not table.isHidden()
    rows = [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]
    assert rows[0][0] == "MIDAS" and rows[0][1].startswith("Score 15, grade III")
    assert [text for name, text in rows if name == "HIT-6"] == [
        "Total 55, some impact",
        "Total 60, severe impact",
        "Total 66, severe impact",
    ]
