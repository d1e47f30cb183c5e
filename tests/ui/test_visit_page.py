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
