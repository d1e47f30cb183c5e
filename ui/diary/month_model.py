"""The days of one month page of the diary calendar, as a Qt table model: six weeks
of seven days from the first day of the week, as every desktop calendar shows them
(Qt's QCalendarWidget, GNOME Calendar's month view, Thunderbird's minimonth: the
month's first week row always starts with at least one day of the month before).

Each day cell gives its number (DisplayRole), what a screen reader says of it
(AccessibleTextRole: "Tuesday, 24 November 2026: Migraine, severe, Sumatriptan,
period day 2", ui.diary.day_marks.day_speech) and its tooltip (ToolTipRole,
ui.diary.day_marks.day_summary). Qt's accessible table reads a cell's name from
AccessibleTextRole, so every cell carries its marks' words to assistive technology.
The words are made only when asked (a tooltip shown, a screen reader reading a
cell), never for the whole page up front. The column headers are the weekdays,
short on screen and in full for a screen reader, from the window's QLocale; the
row headers (hidden on screen) the weeks' numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journal.analysis.calendar_days import DayMark
from ui.diary.day_marks import day_speech, day_summary

WEEKS = 6
DAYS_A_WEEK = 7
GRID_DAYS = WEEKS * DAYS_A_WEEK
"""A page always shows six weeks, so it never changes height from month to month."""

Index = QModelIndex | QPersistentModelIndex


def first_shown(year: int, month: int, week_start: Qt.DayOfWeek) -> date:
    """The first day of the six weeks that show `month`: the start of the week
    before the first of the month when the month starts on `week_start`."""
    first_of_month = date(year, month, 1)
    back = (first_of_month.isoweekday() - week_start.value) % DAYS_A_WEEK or DAYS_A_WEEK
    return first_of_month - timedelta(days=back)


class MonthModel(QAbstractTableModel):
    """Six weeks of days around one month, with each day's marks in words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.year = today.year
        self.month = today.month
        self.week_start = QLocale().firstDayOfWeek()
        self._first = first_shown(self.year, self.month, self.week_start)
        self._marks: Mapping[date, DayMark] = {}

    def show_page(self, year: int, month: int, week_start: Qt.DayOfWeek) -> None:
        """Show the six weeks around `month`, from `week_start`."""
        if (year, month, week_start) == (self.year, self.month, self.week_start):
            return
        self.beginResetModel()
        self.year, self.month, self.week_start = year, month, week_start
        self._first = first_shown(year, month, week_start)
        self._marks = {}
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS_A_WEEK - 1)

    def set_marks(self, marks: Mapping[date, DayMark]) -> None:
        """The marks of the days shown (read again after any change)."""
        self._marks = marks
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, DAYS_A_WEEK - 1))

    def days_shown(self) -> tuple[date, date]:
        """The first and last day shown."""
        return self._first, self._first + timedelta(days=GRID_DAYS - 1)

    def mark(self, day: date) -> DayMark | None:
        return self._marks.get(day)

    def day(self, index: Index) -> date:
        return self._first + timedelta(days=index.row() * DAYS_A_WEEK + index.column())

    def index_of(self, day: date) -> QModelIndex:
        """The cell of `day` (an invalid index when the page does not show it)."""
        offset = (day - self._first).days
        if not 0 <= offset < GRID_DAYS:
            return QModelIndex()
        return self.index(*divmod(offset, DAYS_A_WEEK))

    def in_month(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def weekday(self, column: int) -> int:
        """The ISO weekday (Monday 1 .. Sunday 7) of a column."""
        return (self.week_start.value - 1 + column) % DAYS_A_WEEK + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else DAYS_A_WEEK

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day = self.day(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return day_speech(day, self._marks.get(day))
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_summary(day, self._marks.get(day))
        if role == Qt.ItemDataRole.UserRole:
            return day
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            return self._week(section, role)
        if not 0 <= section < DAYS_A_WEEK:
            return None
        weekday = self.weekday(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().standaloneDayName(weekday, QLocale.FormatType.ShortFormat)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return QLocale().standaloneDayName(weekday, QLocale.FormatType.LongFormat)
        return None

    def _week(self, row: int, role: int) -> object:
        """A week row's ISO number (of its middle day, so a week from Sunday has the
        number of the Monday to Saturday it holds): the row header a screen reader
        names when it moves from one week to the next."""
        if not 0 <= row < WEEKS:
            return None
        number = (self._first + timedelta(days=row * DAYS_A_WEEK + 3)).isocalendar().week
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("calendar", "Week {0}").format(number)
        return None
