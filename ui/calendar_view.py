"""The month calendar of the diary: how bad each day was, and medication days.

Each day cell is shaded by the highest peak pain (0-3) of the attacks touching it,
on a single-hue ramp, and also carries 1-3 small bars (a hollow ring for an attack
without pain), so colour is never the only cue; an amber capsule marks a day with
a dose. The marks of the whole visible grid come from two journal reads per month
shown (attacks touching it, doses within it); no counting rule lives here.

Keys: arrows move the day, PageUp/PageDown the month, Home goes to today.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal.storage import Journal
from ui import theme
from ui.day_marks import DayMark, day_marks, ink_on, legend_icon, paint_mark, python_date

TITLE_HEIGHT = 36
"""The month title and the day title share one line height, so they align."""

GRID_DAYS = 42
"""QCalendarWidget always shows six weeks."""


class MonthGrid(QCalendarWidget):
    """QCalendarWidget drawing each day from the journal's marks."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._marks: dict[date, DayMark] = {}
        self.setNavigationBarVisible(False)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setAccessibleName(self.tr("Month calendar"))
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        assert view is not None, "QCalendarWidget keeps its days in a QTableView"
        self.view: QTableView = view
        self.view.installEventFilter(self)
        clear = self.view.palette()
        clear.setColor(QPalette.ColorRole.Highlight, Qt.GlobalColor.transparent)
        self.view.setPalette(clear)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(24)
        rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        rows.resizeSection(0, 30)
        self.currentPageChanged.connect(lambda _year, _month: self.reload())
        self._plain_weekends()
        self.reload()

    def _plain_weekends(self) -> None:
        """Weekends in the normal text colour: red day names would look like alarms."""
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekday, plain)
        header = QTextCharFormat()
        header.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.setHeaderTextFormat(header)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._plain_weekends()

    def visible_span(self) -> tuple[date, date]:
        """The first and last day of the six weeks on screen."""
        first_of_month = date(self.yearShown(), self.monthShown(), 1)
        week_start = self.firstDayOfWeek().value  # Monday 1 .. Sunday 7
        back = (first_of_month.isoweekday() - week_start) % 7 or 7
        first = first_of_month - timedelta(days=back)
        return first, first + timedelta(days=GRID_DAYS - 1)

    def reload(self) -> None:
        """Read the marks of the visible weeks again (after any change)."""
        self._marks = day_marks(self._journal, *self.visible_span())
        self.updateCells()

    def mark_for(self, day: date) -> DayMark | None:
        """The mark shown for `day` (None when nothing happened or it is off screen)."""
        return self._marks.get(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Home
        ):
            self.setSelectedDate(QDate.currentDate())
            return True
        return super().eventFilter(watched, event)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = python_date(qdate)
        palette = self.palette()
        mark = self._marks.get(day)
        in_month = day.month == self.monthShown()
        cell = QRectF(rect).adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Base)
        if mark is not None and mark.peak_pain is not None:
            fill = theme.severity_colour(mark.peak_pain, palette)
            if not in_month:
                fill.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(cell, 6, 6)
        if day == date.today():
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
        if day == python_date(self.selectedDate()):
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Text))
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5)
        ink = ink_on(fill, palette)
        if not in_month:
            ink = palette.color(QPalette.ColorRole.PlaceholderText)
        font = QFont(painter.font())
        font.setBold(day == date.today())
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            cell.adjusted(6, 3, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        if mark is not None:
            if not in_month:
                painter.setOpacity(0.45)
            paint_mark(painter, cell, mark, palette)
        painter.restore()


class CalendarView(QWidget):
    """The month header with previous/next/today, the grid and its legend.

    Emits `day_selected(date)` when the selected day changes.
    """

    day_selected = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.previous_button = self._nav_button("‹", self.tr("Previous month (PageUp)"))
        self.next_button = self._nav_button("›", self.tr("Next month (PageDown)"))
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Home)"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.setMinimumHeight(30)
        self.title = QLabel(self)
        self.title.setObjectName("monthTitle")
        self.title.setFixedHeight(TITLE_HEIGHT)
        header.addWidget(self.title, 1)
        for button in (self.today_button, self.previous_button, self.next_button):
            header.addWidget(button)
        layout.addLayout(header)
        self.grid = MonthGrid(journal, self)
        self.grid.setMinimumSize(420, 330)
        layout.addWidget(self.grid, 1)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(6)
        layout.addLayout(self.legend)
        self._fill_legend()
        self.previous_button.clicked.connect(self.grid.showPreviousMonth)
        self.next_button.clicked.connect(self.grid.showNextMonth)
        self.today_button.clicked.connect(self.go_to_today)
        self.grid.currentPageChanged.connect(lambda _y, _m: self._show_title())
        self.grid.selectionChanged.connect(lambda: self.day_selected.emit(self.selected_day()))
        self.setFocusProxy(self.grid)
        self._show_title()

    def _nav_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (", maxsplit=1)[0])
        button.setMinimumSize(36, 30)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        button.setFont(font)
        button.setAutoRaise(False)
        return button

    def _fill_legend(self) -> None:
        palette = self.palette()
        entries = [
            (DayMark(peak_pain=pain, attacks=1), f"{pain} · {d.PAIN_LABELS[pain]}")
            for pain in (1, 2, 3)
        ]
        entries.append((DayMark(doses=1), self.tr("medication")))
        for mark, text in entries:
            swatch = QLabel(self)
            swatch.setPixmap(legend_icon(mark, palette))
            label = QLabel(text, self)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.legend.addWidget(swatch)
            self.legend.addWidget(label)
            self.legend.addSpacing(8)
        self.legend.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.legend.count():
            while (item := self.legend.takeAt(0)) is not None:
                if (widget := item.widget()) is not None:
                    widget.deleteLater()
            self._fill_legend()

    def _show_title(self) -> None:
        shown = QDate(self.grid.yearShown(), self.grid.monthShown(), 1)
        self.title.setText(self.locale().toString(shown, "MMMM yyyy"))

    def selected_day(self) -> date:
        return python_date(self.grid.selectedDate())

    def select_day(self, day: date) -> None:
        self.grid.setSelectedDate(QDate(day.year, day.month, day.day))

    def go_to_today(self) -> None:
        self.select_day(date.today())

    def reload(self) -> None:
        self.grid.reload()

    def mark_for(self, day: date) -> DayMark | None:
        return self.grid.mark_for(day)
