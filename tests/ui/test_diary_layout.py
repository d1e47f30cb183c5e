"""The Diary tab: the day's entries take what they need, the check-in the rest;
amounts read like people say them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.checkin.factor_editors import factor_editor, set_editor_value


@pytest.fixture(autouse=True)
def english_numbers() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize(
    ("unit", "amount", "shown"), [("glasses", 6.0, "6 glasses"), ("h", 7.5, "7.5 h")]
)
def test_amounts_show_without_needless_decimals(
    qtbot: QtBot, unit: str, amount: float, shown: str
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    factor = d.Factor("Water", d.FactorKind.AMOUNT, unit=unit)
    spin = factor_editor(factor, host, lambda: None)
    set_editor_value(spin, amount)
    assert spin.text() == shown  # type: ignore[union-attr]
    assert spin.amount() == amount  # type: ignore[union-attr]


def _inside(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(top_left)


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_a_quiet_day_leaves_the_check_in_most_of_the_column_with_its_title_in_view(
    window: MainWindow, journal: Journal, qtbot: QtBot, size: tuple[int, int]
) -> None:
    operations.start_attack(journal, d.local_now() - timedelta(minutes=30), pain=2)
    window.refresh()
    window.resize(*size)
    area = window.checkin_column.area
    qtbot.waitUntil(lambda: window.day_view.stack.maximumHeight() < 200)
    assert window.day_view.stack.height() >= 72
    assert area.height() > window.day_view.height()
    assert _inside(window.checkin_column.checkin.title, area.viewport())


def test_a_busy_day_lists_its_entries_up_to_a_limit_then_scrolls(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    yesterday = d.local_now() - timedelta(days=1)
    start = yesterday.replace(hour=8, minute=5, second=0, microsecond=0)
    for hour in range(8):
        moment = start + timedelta(hours=hour)
        operations.save_attack(
            journal, d.Attack(start=moment, end=moment + timedelta(minutes=30), pain=1)
        )
    window.refresh()
    window.calendar.select_day(yesterday.date())
    window.resize(1280, 800)
    assert window.day_view.model.rowCount() == 8
    qtbot.waitUntil(lambda: window.day_view.stack.maximumHeight() >= 200)
    assert window.day_view.stack.maximumHeight() <= 280
