"""The calendar's legend never covers its days (issue 16: in German at 1024x700 the
legend's wrapped lines were painted over the last week on first render, the grid
keeping 330 px it could not have)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from ui.app.start import application, create_main_window
from ui.kit import translations


@pytest.fixture
def german() -> Iterator[None]:
    app = application([])
    translations.install(app, QLocale(QLocale.Language.German))
    yield
    translations.install(app)


def in_view(widget: QWidget, view: QWidget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize(
    "size",
    # 1024x700 without and with a 32 px panel; 1920x1080 at 150 % with a panel
    [(1008, 652), (1008, 620), (1264, 632)],
)
@pytest.mark.usefixtures("german")
def test_the_german_legend_stays_below_the_days_at_1024x700(
    qtbot: QtBot, journal: Journal, size: tuple[int, int]
) -> None:
    window = create_main_window(journal)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the first render, as the person sees it
    calendar = window.calendar
    assert calendar.cycle_tracking()
    entries = [
        label
        for label in calendar.findChildren(QLabel)
        if label is not calendar.title and not calendar.grid.isAncestorOf(label)
    ]  # the legend's swatches and words
    assert any("leicht" in label.text() for label in entries)
    days = in_view(calendar.grid, calendar)
    for entry in entries:
        place = in_view(entry, calendar)
        assert place.top() > days.bottom(), f"{entry.text()!r} over the days"
        assert calendar.rect().contains(place), f"{entry.text()!r} cut off"
