"""The month grid of the diary calendar: QCalendarWidget drawing each day from the
journal's marks (ui.diary.day_marks, ui.cycle.marks), with a tooltip per day in words and
a right-click menu ("Start period here", "Period…") while cycle tracking is on.

Keys: arrows move the day, PageUp/PageDown the month, Home goes to today.

For a screen reader the selected day is said in full (ui.diary.day_marks.day_speech:
"Tuesday, November 24, 2026: Migraine, severe, Sumatriptan, period day 2"): the
calendar's cells come from Qt's private model, which speaks only the day number,
so the grid carries the selected day's words as its description and announces
them (QAccessibleAnnouncementEvent) each time the day changes; each cell's tooltip
gives the same facts on separate lines.
"""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHeaderView,
    QMenu,
    QTableView,
    QToolTip,
    QWidget,
)

from journal.analysis.calendar_cycle import CycleDayMark
from journal.analysis.calendar_days import DayMark
from ui.cycle import marks as cycle_marks
from ui.cycle.words import start_period_refusal
from ui.diary.day_marks import (
    day_speech,
    day_summary,
    ink_on,
    paint_check_in,
    paint_mark,
    paint_unrecorded_outline,
    python_date,
)
from ui.kit import theme
from ui.session import Reads

GRID_DAYS = 42
"""QCalendarWidget always shows six weeks."""


class MonthGrid(QCalendarWidget):
    """QCalendarWidget drawing each day from the journal's marks."""

    start_period_requested = Signal(object)
    period_requested = Signal(object)

    def __init__(self, reads: Reads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self._marks: dict[date, DayMark] = {}
        self.cycle_tracking = True
        self.setNavigationBarVisible(False)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setAccessibleName(self.tr("Month calendar"))
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        assert view is not None, "QCalendarWidget keeps its days in a QTableView"
        self.view: QTableView = view
        self.view.setAccessibleName(self.tr("Month calendar"))
        self.selectionChanged.connect(self._say_selected_day)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
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

    def set_first_day_of_week(self, day: Qt.DayOfWeek) -> None:
        """Start the weeks on `day`; the six weeks shown change, so read them again."""
        if day != self.firstDayOfWeek():
            self.setFirstDayOfWeek(day)
            self.reload()

    def reload(self) -> None:
        """Read the marks of the visible weeks again (after any change)."""
        self._marks = self._reads.day_marks(
            *self.visible_span(), cycle_tracking=self.cycle_tracking
        )
        self.updateCells()
        self._describe_selected_day()

    def day_text(self, day: date) -> str:
        """What a screen reader says for `day`: everything its marks show."""
        return day_speech(day, self._marks.get(day))

    def _describe_selected_day(self) -> str:
        text = self.day_text(python_date(self.selectedDate()))
        self.view.setAccessibleDescription(text)
        return text

    def _say_selected_day(self) -> None:
        text = self._describe_selected_day()
        if self.view.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.view, text))

    def mark_for(self, day: date) -> DayMark | None:
        """The mark shown for `day` (None when nothing happened or it is off screen)."""
        return self._marks.get(day)

    def day_at(self, position: QPoint) -> date | None:
        """The day under a point of the grid's viewport (None on the header row)."""
        index = self.view.indexAt(position)
        if not index.isValid() or index.row() < 1:
            return None
        first, _last = self.visible_span()
        return first + timedelta(days=(index.row() - 1) * 7 + index.column())

    def context_menu(self, day: date) -> QMenu:
        """The right-click menu of a day: "Start period here" and "Period…"."""
        menu = QMenu(self)
        start = menu.addAction(self.tr("Start period here"))
        refusal = start_period_refusal(self._reads, day)  # already inside a period
        start.setEnabled(day <= date.today() and refusal is None)
        if refusal is not None:
            start.setToolTip(refusal)
            menu.setToolTipsVisible(True)
        start.triggered.connect(lambda _checked=False: self.start_period_requested.emit(day))
        edit = menu.addAction(self.tr("Period…"))
        edit.triggered.connect(lambda _checked=False: self.period_requested.emit(day))
        return menu

    def _viewport_event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos())
            if day is not None:
                QToolTip.showText(event.globalPos(), day_summary(day, self._marks.get(day)), self)
                return True
        if (
            isinstance(event, QContextMenuEvent)
            and self.cycle_tracking
            and (day := self.day_at(event.pos())) is not None
        ):
            self.setSelectedDate(QDate(day.year, day.month, day.day))
            self.context_menu(day).exec(event.globalPos())
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and self._viewport_event(event):
            return True
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
        if self.cycle_tracking:
            cell = QRectF(rect).adjusted(2, cycle_marks.TOP_BAND, -2, -cycle_marks.BOTTOM_BAND)
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
        if mark is not None and mark.pain_not_recorded:
            paint_unrecorded_outline(painter, cell, palette)
        if day == date.today():
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
        if day == python_date(self.selectedDate()):
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2.0))
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
        self._paint_marks(painter, QRectF(rect), cell, day, ink)
        painter.restore()

    def _paint_marks(
        self, painter: QPainter, rect: QRectF, cell: QRectF, day: date, ink: QColor
    ) -> None:
        """Pain, medication, check-in and cycle marks over a painted cell."""
        mark = self._marks.get(day)
        if mark is None:
            return
        palette = self.palette()
        if day.month != self.monthShown():
            painter.setOpacity(0.45)
        paint_mark(painter, cell, mark, palette)
        if mark.checked_in:
            metrics = QFontMetricsF(painter.font())
            left = cell.left() + 6 + metrics.horizontalAdvance(str(day.day)) + 5
            paint_check_in(painter, left, cell.top() + 3 + metrics.ascent() * 0.6, ink)
        if mark.cycle is not None:
            column = (day.isoweekday() - self.firstDayOfWeek().value) % 7
            cycle_marks.paint_period(painter, cell, mark.cycle, palette)
            cycle_marks.paint_bands(
                painter,
                rect,
                mark.cycle,
                before=self._cycle_on(day - timedelta(days=1), column == 0),
                after=self._cycle_on(day + timedelta(days=1), column == 6),
                palette=palette,
            )

    def _cycle_on(self, day: date, row_edge: bool) -> CycleDayMark | None:
        """The cycle mark of a neighbour; None across a row edge, so a band
        rounds off at the end of each week row."""
        mark = None if row_edge else self._marks.get(day)
        return mark.cycle if mark is not None else None
