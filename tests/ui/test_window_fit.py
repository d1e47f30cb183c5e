"""The window is sized to the screen and never resizes itself; at 1024x700 a day
with many entries and an Undo bar keeps every part in view, nothing overlapping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import Medications
from ui.app.main_window import MainWindow, fitting_window_size
from ui.app.start import application, create_main_window


@pytest.mark.parametrize(
    ("screen", "most"),
    [
        (QSize(1366, 728), QSize(1350, 680)),  # a 768 px laptop under a task bar
        (QSize(1280, 680), QSize(1264, 632)),  # 1920x1080 at 150 %
        (QSize(960, 500), QSize(944, 452)),  # 1920x1080 at 200 %
    ],
)
def test_the_first_size_fits_the_free_screen(screen: QSize, most: QSize) -> None:
    size = fitting_window_size(screen)
    assert size.width() <= most.width() and size.height() <= most.height()
    assert fitting_window_size(QSize(2560, 1400)) == QSize(1180, 760)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    free = QRect(0, 0, 1280, 680)  # 1920x1080 at 150 %, less a task bar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: free)
    return free


@pytest.fixture
def fitted_window(qtbot: QtBot, journal: Journal, small_screen: QRect) -> Iterator[MainWindow]:
    application([])
    window = create_main_window(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def test_the_window_opens_within_the_free_screen(fitted_window: MainWindow) -> None:
    frame = QSize(16, 48)
    assert fitted_window.width() + frame.width() <= 1280
    assert fitted_window.height() + frame.height() <= 680


def _busy_day(journal: Journal, medications: Medications) -> date:
    day = date.today() - timedelta(days=3)
    start = datetime(day.year, day.month, day.day, 7, 0).astimezone()
    attack = operations.save_attack(
        journal,
        d.Attack(start=start, end=start + timedelta(hours=9), pain=3, symptoms=("nausea",)),
    )
    for hours, medication in ((1, medications.triptan), (3, medications.nsaid)):
        operations.record_dose(
            journal, d.Dose(medication.id, start + timedelta(hours=hours), "", attack.id, 3)
        )
    later = start + timedelta(hours=11)
    operations.save_attack(journal, d.Attack(start=later, end=later + timedelta(hours=2), pain=1))
    operations.set_bleeding_day(journal, day, d.Flow.MEDIUM)
    return day


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def test_a_busy_day_with_undo_at_1024x700_keeps_everything_in_view(
    qtbot: QtBot, window: MainWindow, journal: Journal, medications: Medications
) -> None:
    day = _busy_day(journal, medications)
    window.resize(1024, 700)
    window.calendar.select_day(day)
    QApplication.processEvents()
    view = window.day_view
    assert view.model.rowCount() == 4
    view.list.setCurrentIndex(view.model.index(1, 0))
    view.delete_selected()
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.size() == QSize(1024, 700)  # it never grows itself
    assert view.undo_bar.isVisible()
    entries = view.stack.geometry()
    assert view.undo_bar.geometry().top() >= entries.bottom()  # not painted over them
    for part in (view.undo_button, view.delete_button, window.statusBar()):
        assert _inside(part, window)
    assert _inside(window.checkin_column.area, window)  # the check-in scrolls, in view


def test_the_window_never_grows_itself_over_many_days(
    qtbot: QtBot, window: MainWindow, journal: Journal, medications: Medications
) -> None:
    day = _busy_day(journal, medications)
    window.resize(1024, 700)
    for offset in range(-3, 4):
        window.calendar.select_day(day + timedelta(days=offset))
        QApplication.processEvents()
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        QApplication.processEvents()
    assert window.size() == QSize(1024, 700)
