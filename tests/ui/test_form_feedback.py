"""What a form says after an action shows where the person is, and a reason that
appears moves nothing (issue 16: the check-in's confirmation was scrolled out of
view; the dose form's error line pushed its rows and buttons down)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.storage import Journal
from tests.ui.conftest_attack import Medications
from ui.app.main_window import MainWindow
from ui.kit.form_widgets import AmountSpin
from ui.medication.dose_editor import DoseEditor
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def shown_in(widget: QWidget, viewport: QWidget) -> bool:
    """Whether the whole of `widget` is inside `viewport`'s visible rectangle."""
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_the_check_in_says_it_was_saved_where_the_person_clicked_save(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    window.resize(1024, 700)
    area = window.checkin_column.area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    panel = window.checkin_column.checkin
    sleep = next(w for w in panel.findChildren(AmountSpin) if "Sleep" in w.accessibleName())
    sleep.setValue(7)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())  # down to Save
    QApplication.processEvents()
    assert shown_in(panel.save_button, area.viewport())
    qtbot.mouseClick(panel.save_button, LEFT)
    assert journal.day_entries.on(d.local_now().date()) is not None
    QApplication.processEvents()
    said = [
        label
        for label in panel.findChildren(QLabel)
        if label.isVisible() and "Checked in" in label.text() and shown_in(label, area.viewport())
    ]
    assert said, "no confirmation in view after saving"


def test_a_time_in_the_future_moves_no_row_of_the_dose_form(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = DoseEditor(Session(journal), None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.medication.setCurrentIndex(editor._index_of(medications.nsaid.id))
    QApplication.processEvents()
    before = (
        editor.amount.mapTo(editor, QPoint(0, 0)),
        editor.save_button.mapTo(editor, QPoint(0, 0)),
    )
    height = editor.height()
    future = (d.local_now() + timedelta(hours=3)).replace(tzinfo=None)
    editor.taken.setDateTime(QDateTime(future))
    assert editor.taken_problem.problem() == "The time taken is in the future."
    qtbot.wait(20)  # a dialog growing to fit does it on the next turn of the loop
    after = (
        editor.amount.mapTo(editor, QPoint(0, 0)),
        editor.save_button.mapTo(editor, QPoint(0, 0)),
    )
    assert after == before
    assert editor.height() == height
