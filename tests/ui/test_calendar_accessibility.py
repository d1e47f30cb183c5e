"""The month grid to a screen reader and the keyboard (issue 19): every day cell says
what its marks show through Qt's accessibility API, in the window's language; the
words are made only when asked and without Babel; keys and the mouse move the day
as in any desktop calendar."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import Medications
from ui.app.main_window import MainWindow
from ui.diary.calendar_view import CalendarView
from ui.kit import translations
from ui.session import Session

DAY = date(2026, 11, 24)  # a Tuesday
NAME = QAccessible.Text.Name
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def calendar(qtbot: QtBot, journal: Journal) -> CalendarView:
    view = CalendarView(Session(journal).reads)
    qtbot.addWidget(view)
    view.grid.set_first_day_of_week(Qt.DayOfWeek.Monday)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def busy_day(journal: Journal, medications: Medications) -> date:
    """DAY: a severe migraine treated with sumatriptan, on the second day of a period."""
    start = datetime(2026, 11, 24, 9, 0).astimezone()
    attack = operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=5), pain=3)
    )
    journal.doses.save(
        d.Dose(medications.triptan.id, start + timedelta(minutes=20), attack_id=attack.id)
    )
    journal.bleeding_days.save(d.BleedingDay(DAY - timedelta(days=1), d.Flow.MEDIUM))
    journal.bleeding_days.save(d.BleedingDay(DAY, d.Flow.LIGHT))
    return DAY


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translations.install(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    translations.install(qapp)


def _children(table: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [child for k in range(table.childCount()) if (child := table.child(k)) is not None]


def _cells(calendar: CalendarView) -> dict[str, QAccessibleInterface]:
    """The day cells a screen reader finds in the grid, by their spoken names."""
    table = QAccessible.queryAccessibleInterface(calendar.grid.view)
    assert table is not None and table.role() == QAccessible.Role.Table
    cells = [c for c in _children(table) if c.role() == QAccessible.Role.Cell]
    assert len(cells) == 42
    return {cell.text(NAME): cell for cell in cells}


def _cell_of(calendar: CalendarView, day_words: str) -> str:
    [name] = [name for name in _cells(calendar) if name.startswith(day_words + ":")]
    return name


def test_every_day_cell_says_what_its_marks_show(calendar: CalendarView, busy_day: date) -> None:
    calendar.select_day(busy_day)
    calendar.reload()
    assert _cell_of(calendar, "Tuesday, 24 November 2026") == (
        "Tuesday, 24 November 2026: Migraine, severe, Sumatriptan, period day 2, "
        "perimenstrual window, cycle day +2"
    )
    assert _cell_of(calendar, "Monday, 23 November 2026").startswith(
        "Monday, 23 November 2026: period day 1"
    )
    assert _cell_of(calendar, "Thursday, 26 November 2026") == (
        "Thursday, 26 November 2026: nothing recorded"
    )
    assert calendar.grid.day_text(busy_day) == _cell_of(calendar, "Tuesday, 24 November 2026")
    assert "Wednesday, 2 December 2026: nothing recorded" in _cells(calendar)  # next month's
    table = QAccessible.queryAccessibleInterface(calendar.grid.view)
    assert table is not None and table.text(NAME) == "Month calendar"


def test_the_cells_and_headers_speak_german_in_a_german_window(
    german: None, calendar: CalendarView, busy_day: date
) -> None:
    calendar.select_day(busy_day)
    calendar.reload()
    assert _cell_of(calendar, "Dienstag, 24. November 2026") == (
        "Dienstag, 24. November 2026: Migräne, stark, Sumatriptan, Periodentag 2, "
        "perimenstruelles Fenster, Zyklustag +2"
    )
    table = QAccessible.queryAccessibleInterface(calendar.grid.view)
    assert table is not None
    headers = [c.text(NAME) for c in _children(table) if c.role() == QAccessible.Role.ColumnHeader]
    assert headers == [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ]
    weeks = [c.text(NAME) for c in _children(table) if c.role() == QAccessible.Role.RowHeader]
    assert weeks[-6:] == [f"Woche {n}" for n in range(44, 50)]  # 26 October .. 6 December


def test_the_selected_day_is_the_focused_selected_cell(
    calendar: CalendarView, busy_day: date
) -> None:
    """A screen reader follows the current cell: it is always the selected day."""
    grid = calendar.grid
    calendar.select_day(busy_day)
    current = grid.view.currentIndex()
    assert grid.model.day(current) == busy_day
    assert grid.view.selectionModel().isSelected(current)
    grid.view.setFocus()
    table = QAccessible.queryAccessibleInterface(grid.view)
    assert table is not None
    focused = table.focusChild()
    assert focused is not None and focused.text(NAME).startswith("Tuesday, 24 November 2026:")
    assert focused.state().selected and focused.state().focused


def test_the_words_are_made_only_when_asked(
    calendar: CalendarView, busy_day: date, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from ui.diary import month_model

    asked: list[date] = []
    speech = month_model.day_speech

    def counted(day: date, mark: object) -> str:
        asked.append(day)
        return speech(day, mark)  # type: ignore[arg-type]

    monkeypatch.setattr(month_model, "day_speech", counted)
    calendar.select_day(busy_day)
    calendar.reload()
    calendar.grid.showNextMonth()
    calendar.grid.view.viewport().repaint()
    assert asked == []
    grid = calendar.grid
    grid.showPreviousMonth()
    cell = grid.model.index_of(busy_day)
    assert grid.model.data(cell, Qt.ItemDataRole.AccessibleTextRole).startswith("Tuesday")
    assert asked == [busy_day]


def test_building_the_calendar_and_reading_every_cell_never_loads_babel(
    tmp_path: Path,
) -> None:
    """Babel takes long to load; the calendar is built while the window starts."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from journal.storage import Journal
        from ui.diary.calendar_view import CalendarView
        from ui.session import Session
        view = CalendarView(Session(Journal.open(Path({str(tmp_path / "j.sqlite3")!r}))).reads)
        view.show()
        app.processEvents()
        table = QAccessible.queryAccessibleInterface(view.grid.view)
        names = [table.child(k).text(QAccessible.Text.Name) for k in range(table.childCount())]
        days = [name for name in names if name.endswith((": nothing recorded", ": today"))]
        assert len(days) == 42, names
        print("babel" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False", "Babel was loaded"


def test_arrows_cross_the_months_edges_and_the_page_follows(
    calendar: CalendarView, qtbot: QtBot
) -> None:
    grid = calendar.grid
    calendar.select_day(date(2025, 1, 31))
    qtbot.keyClick(grid.view, Qt.Key.Key_Right)
    assert calendar.selected_day() == date(2025, 2, 1)
    assert (grid.yearShown(), grid.monthShown()) == (2025, 2)
    assert calendar.title.text() == "February 2025"
    qtbot.keyClick(grid.view, Qt.Key.Key_Left)
    assert (calendar.selected_day(), grid.monthShown()) == (date(2025, 1, 31), 1)
    calendar.select_day(date(2025, 3, 3))
    qtbot.keyClick(grid.view, Qt.Key.Key_Up)
    assert (calendar.selected_day(), grid.monthShown()) == (date(2025, 2, 24), 2)
    qtbot.keyClick(grid.view, Qt.Key.Key_Down)
    qtbot.keyClick(grid.view, Qt.Key.Key_Down)
    assert (calendar.selected_day(), grid.monthShown()) == (date(2025, 3, 10), 3)


def test_page_keys_keep_the_day_of_the_month_where_it_exists(
    calendar: CalendarView, qtbot: QtBot
) -> None:
    calendar.select_day(date(2025, 1, 31))
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageDown)
    assert calendar.selected_day() == date(2025, 2, 28)
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageUp)
    assert calendar.selected_day() == date(2025, 1, 28)
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageUp)
    assert calendar.selected_day() == date(2024, 12, 28)
    assert calendar.title.text() == "December 2024"


def test_tab_leaves_the_grid_and_typing_a_digit_does_not_move_the_day(
    calendar: CalendarView, qtbot: QtBot
) -> None:
    calendar.select_day(date(2025, 6, 10))
    grid = calendar.grid
    qtbot.keyClick(grid.view, Qt.Key.Key_2)
    assert calendar.selected_day() == date(2025, 6, 10)
    assert not grid.view.tabKeyNavigation()


def test_enter_opens_the_day_and_its_entries_take_the_keyboard(
    window: MainWindow, qtbot: QtBot, journal: Journal
) -> None:
    day = date.today() - timedelta(days=3)
    start = datetime(day.year, day.month, day.day, 9).astimezone()
    operations.save_attack(journal, d.Attack(start=start, end=start + timedelta(hours=2), pain=2))
    grid = window.calendar.grid
    window.calendar.select_day(day)
    window.day_view.reload()
    grid.view.setFocus()
    with qtbot.waitSignal(window.calendar.day_opened) as opened:
        qtbot.keyClick(grid.view, Qt.Key.Key_Return)
    assert opened.args == [day]
    assert window.day_view.list.hasFocus()
    grid.view.setFocus()
    window.calendar.select_day(day + timedelta(days=1))  # nothing recorded that day
    qtbot.keyClick(grid.view, Qt.Key.Key_Enter)
    assert window.day_view.add_attack_button.hasFocus()


def test_a_click_selects_a_day_even_of_the_next_month_and_a_double_click_opens_it(
    calendar: CalendarView, qtbot: QtBot
) -> None:
    grid = calendar.grid
    calendar.select_day(date(2025, 6, 10))
    last = grid.visible_span()[1]
    assert last.month == 7
    where = grid.view.visualRect(grid.model.index_of(date(2025, 6, 18))).center()
    qtbot.mouseClick(grid.view.viewport(), LEFT, pos=where)
    assert calendar.selected_day() == date(2025, 6, 18)
    assert grid.view.hasFocus()
    where = grid.view.visualRect(grid.model.index_of(last)).center()
    qtbot.mouseClick(grid.view.viewport(), LEFT, pos=where)
    assert calendar.selected_day() == last
    assert grid.monthShown() == 7
    where = grid.view.visualRect(grid.model.index_of(date(2025, 7, 9))).center()
    with qtbot.waitSignal(calendar.day_opened) as opened:
        qtbot.mouseDClick(grid.view.viewport(), LEFT, pos=where)
    assert opened.args == [date(2025, 7, 9)]
    right = grid.view.visualRect(grid.model.index_of(date(2025, 7, 22))).center()
    qtbot.mousePress(grid.view.viewport(), Qt.MouseButton.RightButton, pos=right)
    assert calendar.selected_day() == date(2025, 7, 9), "a right press alone selects nothing"
    qtbot.mouseRelease(grid.view.viewport(), Qt.MouseButton.RightButton, pos=right)


def test_the_week_starts_as_the_language_has_it_and_the_header_follows(
    qtbot: QtBot, journal: Journal, qapp: QApplication
) -> None:
    translations.install(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        view = CalendarView(Session(journal).reads)
        qtbot.addWidget(view)
        grid = view.grid
        assert grid.firstDayOfWeek() == Qt.DayOfWeek.Sunday
        model = grid.view.model()
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Sun"
        grid.set_first_day_of_week(Qt.DayOfWeek.Monday)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Mon"
        assert grid.visible_span()[0].isoweekday() == 1
    finally:
        translations.install(qapp)


def test_the_mouse_wheel_turns_the_pages(calendar: CalendarView, qtbot: QtBot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    calendar.select_day(date(2025, 6, 10))
    viewport = calendar.grid.view.viewport()
    centre = QPointF(viewport.rect().center())
    for notch in (-120, -120, 120):
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, notch),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)
    assert calendar.grid.monthShown() == 7
    assert calendar.selected_day() == date(2025, 6, 10), "turning pages selects nothing"


def test_a_cells_tooltip_tells_its_marks_in_words(
    calendar: CalendarView, busy_day: date, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from ui.diary.day_marks import day_summary

    grid = calendar.grid
    calendar.select_day(busy_day)
    calendar.reload()
    cell = grid.model.index_of(busy_day)
    summary = day_summary(busy_day, grid.mark_for(busy_day))
    assert "1 attack · peak pain 3 (severe)" in summary and "1 dose" in summary
    assert grid.model.data(cell, Qt.ItemDataRole.ToolTipRole) == summary
    where = grid.view.visualRect(cell).center()
    viewport = grid.view.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QHelpEvent.Type.ToolTip, where, viewport.mapToGlobal(where))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == summary
    QToolTip.hideText()


def test_the_menu_key_opens_the_selected_days_menu_at_its_cell(
    calendar: CalendarView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    grid = calendar.grid
    shown: list[tuple[date, QPoint]] = []

    def menu(day: date) -> QMenu:
        real = QMenu(grid)
        real.exec = lambda where: shown.append((day, where))  # type: ignore[method-assign,assignment,misc]
        return real

    monkeypatch.setattr(grid, "context_menu", menu)
    calendar.select_day(date(2025, 6, 10))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    assert grid.offer_day_menu(event)
    cell = grid.view.visualRect(grid.model.index_of(date(2025, 6, 10)))
    assert shown == [(date(2025, 6, 10), grid.view.viewport().mapToGlobal(cell.center()))]
    grid.showNextMonth()  # the selected day is off the page: no menu in mid-air
    assert not grid.offer_day_menu(event)
    assert grid.view.accessibleDescription().startswith("Arrow keys move the day")
