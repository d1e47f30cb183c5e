"""The month grid of the diary calendar: the app's own table of six weeks
(ui.diary.month_model) drawing each day from the journal's marks (ui.diary.day_marks,
ui.cycle.marks), with a tooltip per day in words and a right-click menu ("Start
period here", "Period…") while cycle tracking is on.

It replaces QCalendarWidget, whose cells come from Qt's private QCalendarModel and
say only their day number to a screen reader. Qt's accessible table names each cell
from the model's AccessibleTextRole, so with our own model every cell says what its
marks show ("Tuesday, 24 November 2026: Migraine, severe, Sumatriptan, period day 2").
(QAccessible.installFactory could only replace the whole table's interface: the
cells are made inside Qt's private QAccessibleTable, out of a factory's reach.)

Keys as in QCalendarWidget: arrows move the day (across the month's edges, the page
follows), PageUp/PageDown the month; Home goes to today, Enter opens the day
(`day_opened`). The mouse wheel turns the pages. The weekday header and the first
day of the week follow the window's language (QLocale) unless Settings choose a day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.analysis.calendar_days import DayMark
from ui.cycle.words import start_period_refusal
from ui.diary.day_cell import DayCellDelegate
from ui.diary.day_marks import (
    day_speech,
    python_date,
)
from ui.diary.month_model import DAYS_A_WEEK, MonthModel
from ui.session import Reads

HEADER_HEIGHT = 30
"""The weekday row."""
LEAST_ROW_HEIGHT = 40
"""The least height of a week: the cycle bands, the day's number and its marks still
show. A short window gives the rest to the legend under the grid (issue 16: in
German at 1024x700 a grid that would not go below 330 px had the legend painted
over its last week)."""
LEAST_HEIGHT = HEADER_HEIGHT + 6 * LEAST_ROW_HEIGHT

_MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -DAYS_A_WEEK,
    Qt.Key.Key_Down: DAYS_A_WEEK,
}
_PAGES = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
_OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _DayTable(QTableView):
    """The table of days: no editing, no cell-by-cell Tab, no jump-by-typing."""

    def keyboardSearch(self, search: str) -> None:
        """Typing a digit does not move the day (the day numbers repeat)."""


class _WeekdayHeader(QHeaderView):
    """The weekday names, muted and flat like a calendar's, not as table buttons."""

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        model = self.model()
        if model is None:
            return
        palette = self.palette()
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class MonthGrid(QWidget):
    """Six weeks of days, each drawn from the journal's marks and named in words.

    Offers what the diary used of QCalendarWidget: selectedDate/setSelectedDate,
    yearShown/monthShown, showNextMonth/showPreviousMonth, firstDayOfWeek and the
    signals selection_changed() and page_changed(year, month).
    """

    selection_changed = Signal()
    page_changed = Signal(int, int)
    day_opened = Signal(object)
    start_period_requested = Signal(object)
    period_requested = Signal(object)

    def __init__(self, reads: Reads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self._selected = date.today()
        self._wheel = 0
        self.model = MonthModel(self)
        self.view = self._table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setAccessibleName(self.tr("Month calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.view)
        self.model.modelReset.connect(self._show_selected_cell)
        self.reload()
        self._show_selected_cell()

    def _table(self) -> QTableView:
        view = _DayTable(self)
        view.setModel(self.model)
        view.setHorizontalHeader(_WeekdayHeader(Qt.Orientation.Horizontal, view))
        self.cells = DayCellDelegate(self.model, view)
        view.setItemDelegate(self.cells)
        view.setAccessibleName(self.tr("Month calendar"))
        view.setAccessibleDescription(
            self.tr(
                "Arrow keys move the day, Page Up and Page Down the month, "
                "Home goes to today, Enter opens the day"
            )
        )
        view.setShowGrid(False)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setTabKeyNavigation(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().hide()
        clear = view.palette()  # the cell paints the selected day's outline itself
        clear.setColor(QPalette.ColorRole.Highlight, Qt.GlobalColor.transparent)
        view.setPalette(clear)
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setSectionsClickable(False)
        columns.setFixedHeight(HEADER_HEIGHT)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(24)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        return view

    @property
    def cycle_tracking(self) -> bool:
        """Whether the cycle's marks are read and drawn and the day menu offered."""
        return self.cells.cycle_tracking

    @cycle_tracking.setter
    def cycle_tracking(self, enabled: bool) -> None:
        self.cells.cycle_tracking = enabled

    # What the diary used of QCalendarWidget.

    def selectedDate(self) -> QDate:
        day = self._selected
        return QDate(day.year, day.month, day.day)

    def setSelectedDate(self, qdate: QDate) -> None:
        """Select a day and show its month."""
        day = python_date(qdate)
        changed = day != self._selected
        self._selected = day
        self._show_month(day.year, day.month)
        self._show_selected_cell()
        if changed:
            self.view.viewport().update()
            self.selection_changed.emit()

    def yearShown(self) -> int:
        return self.model.year

    def monthShown(self) -> int:
        return self.model.month

    def showNextMonth(self) -> None:
        """Turn the page; the selected day stays as it is."""
        self._turn(1)

    def showPreviousMonth(self) -> None:
        self._turn(-1)

    def firstDayOfWeek(self) -> Qt.DayOfWeek:
        return self.model.week_start

    def set_first_day_of_week(self, day: Qt.DayOfWeek) -> None:
        """Start the weeks on `day`; the six weeks shown change, so read them again."""
        if day != self.model.week_start:
            self.model.show_page(self.model.year, self.model.month, day)
            self.reload()

    def _turn(self, months: int) -> None:
        shown = QDate(self.model.year, self.model.month, 1).addMonths(months)
        self._show_month(shown.year(), shown.month())

    def _show_month(self, year: int, month: int) -> None:
        if (year, month) == (self.model.year, self.model.month):
            return
        self.model.show_page(year, month, self.model.week_start)
        self.reload()
        self.page_changed.emit(year, month)

    def _show_selected_cell(self) -> None:
        """The selected day is the table's current and selected cell when shown, so
        a screen reader follows it; off the page, no cell is current."""
        index = self.model.index_of(self._selected)
        selection = self.view.selectionModel()
        if index != self.view.currentIndex():
            flags = selection.SelectionFlag.ClearAndSelect
            selection.setCurrentIndex(
                index, flags if index.isValid() else selection.SelectionFlag.Clear
            )

    # The journal's marks.

    def visible_span(self) -> tuple[date, date]:
        """The first and last day of the six weeks on screen."""
        return self.model.days_shown()

    def reload(self) -> None:
        """Read the marks of the visible weeks again (after any change)."""
        self.model.set_marks(
            self._reads.day_marks(*self.visible_span(), cycle_tracking=self.cycle_tracking)
        )

    def day_text(self, day: date) -> str:
        """What a screen reader says for `day`: everything its marks show."""
        return day_speech(day, self.model.mark(day))

    def mark_for(self, day: date) -> DayMark | None:
        """The mark shown for `day` (None when nothing happened or it is off screen)."""
        return self.model.mark(day)

    # Mouse and keys.

    def day_at(self, position: QPoint) -> date | None:
        """The day under a point of the grid's viewport (None outside the days)."""
        index = self.view.indexAt(position)
        return self.model.day(index) if index.isValid() else None

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

    def offer_day_menu(self, event: QContextMenuEvent) -> bool:
        """Select the day under a right click and open its menu (cycle tracking only);
        False when no menu is offered there."""
        if not self.cycle_tracking:
            return False
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.model.index_of(self._selected)
            if not index.isValid():
                return False
            day: date | None = self._selected
            position = self.view.viewport().mapToGlobal(self.view.visualRect(index).center())
        else:
            day, position = self.day_at(event.pos()), event.globalPos()
        if day is None:
            return False
        self.setSelectedDate(QDate(day.year, day.month, day.day))
        self.context_menu(day).exec(position)
        return True

    def _mouse(self, event: QMouseEvent) -> bool:
        """A left click selects a day, a double click opens it; no drag selects
        cells behind the grid's back."""
        pressed = event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
        if not pressed or event.button() != Qt.MouseButton.LeftButton:
            return event.type() != QEvent.Type.MouseButtonRelease and bool(event.buttons())
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.view.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setSelectedDate(QDate(day.year, day.month, day.day))
            if event.type() == QEvent.Type.MouseButtonDblClick:
                self.day_opened.emit(day)
        return True

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # shortcuts (Ctrl+T, Alt+…) belong to the window
        selected = self.selectedDate()
        if key in _MOVES:
            step = _MOVES[Qt.Key(key)]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isRightToLeft():
                step = -step
            self.setSelectedDate(selected.addDays(step))
        elif key in _PAGES:
            self.setSelectedDate(selected.addMonths(_PAGES[Qt.Key(key)]))
        elif key == Qt.Key.Key_Home:
            self.setSelectedDate(QDate.currentDate())
        elif key in _OPEN:
            self.day_opened.emit(self._selected)
        else:
            return False
        return True

    def _wheel_turn(self, event: QWheelEvent) -> bool:
        """One page per notch: down or away turns to the next month."""
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:
            step = -1 if self._wheel > 0 else 1
            self._wheel += 120 * step
            self._turn(step)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        viewport = self.view.viewport()
        if watched not in (self.view, viewport):
            return super().eventFilter(watched, event)
        if isinstance(event, QContextMenuEvent):
            return self.offer_day_menu(event)
        if watched is self.view and isinstance(event, QKeyEvent):
            return event.type() == QEvent.Type.KeyPress and self._key(event)
        if watched is viewport and isinstance(event, QMouseEvent):
            return self._mouse(event)
        if watched is viewport and isinstance(event, QWheelEvent):
            return self._wheel_turn(event)
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS_A_WEEK - 1)
