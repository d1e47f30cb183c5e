"""The check-in column of the diary: the selected day's check-in below its entries,
and the Entry menu's "Check in today" and "Tracked factors…".

The check-in follows the day chosen in the calendar, and its own date field moves
the calendar; a day to come shows a line instead of a check-in. The day's entries
take the height they need (one entry at least, about four at most, then they
scroll); the check-in, in its own scroll area, gets the rest. The check-in reloads
only after a change that touches what it shows, and not for its own saves.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from journal import domain as d
from ui.checkin.panel import CheckInPanel
from ui.kit.locale_text import day_text
from ui.session import follow

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow

DAY_LIST_MIN = 72
"""About one entry: the day's list never shrinks below this."""
DAY_LIST_MAX = 280
"""About four entries; more scroll, so the check-in keeps its room."""

translate = QCoreApplication.translate


class CheckInColumn(QObject):
    """Puts the check-in under the day view in `window.diary_side`, keeps the day's
    entries fitted to their content and the check-in on the calendar's day."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.checkin = CheckInPanel(window.session)
        self.future = QLabel(translate("MainWindow", "Check-ins are for today and days gone by."))
        self.future.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.future.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.checkin)
        column.addWidget(self.future)
        column.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(holder)
        self.area.setAccessibleName(QCoreApplication.translate("MainWindow", "Daily check-in"))
        self.area.setMinimumHeight(220)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.area.verticalScrollBar().sizeHint().width()
        self.area.setMinimumWidth(holder.minimumSizeHint().width() + scrollbar)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Plain)
        separator.setForegroundRole(QPalette.ColorRole.Midlight)
        side = window.diary_side
        side.setStretchFactor(window.day_view, 0)
        side.addWidget(separator)
        side.addWidget(self.area, 1)
        view = window.day_view
        for signal in (view.model.modelReset, view.model.rowsInserted, view.model.rowsRemoved):
            signal.connect(self.fit_day_view)
        view.undo_changed.connect(self.fit_day_view)  # the Undo bar takes a line
        view.installEventFilter(self)
        self._side = view.parentWidget()
        if self._side is not None:
            self._side.installEventFilter(self)
        add, entry = window.menu_action, window.entry_menu
        entry.addSeparator()
        self.check_in_action = add(
            entry, translate("MainWindow", "Check &in today"), self.check_in_today, "Ctrl+K"
        )
        self.factors_action = add(
            entry, translate("MainWindow", "Tracked &factors…"), self.show_factors
        )
        self.checkin.day_field.dateChanged.connect(lambda _day: self._panel_day_changed())
        window.calendar.day_selected.connect(self.show_day)
        follow(
            window.session,
            self.checkin,
            CheckInPanel.SHOWS,
            self.checkin.refresh,
            unless_made_inside=True,
        )
        self.show_day(window.calendar.selected_day())

    def show_day(self, day: date) -> None:
        """The check-in follows the calendar; a day to come has no check-in."""
        future = day > d.local_now().date()
        self.checkin.setVisible(not future)
        self.future.setVisible(future)
        if not future:
            self.checkin.set_day(day)
            if self.checkin.day() != day:
                self.window.statusBar().showMessage(
                    translate(
                        "MainWindow",
                        "The check-in of {0} is not saved yet: its reason is shown below.",
                    ).format(day_text(self.checkin.day())),
                    10000,
                )

    def _panel_day_changed(self) -> None:
        """The panel's own date field (or a refused day change) moves the calendar."""
        if self.checkin.day() != self.window.calendar.selected_day():
            self.window.calendar.select_day(self.checkin.day())

    def check_in_today(self) -> None:
        self.window.views.setCurrentIndex(0)
        self.window.calendar.go_to_today()
        self.checkin.focus_first()

    def show_factors(self) -> None:
        from ui.checkin.factors_dialog import FactorsDialog

        self.window.show_dialog(FactorsDialog(self.window.session, self.window))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wider or narrower day view wraps its entries differently, a shorter
        window leaves less room: fit again."""
        if (
            watched is self.window.day_view or watched is self._side
        ) and event.type() == QEvent.Type.Resize:
            self.fit_day_view()
        return False

    def _room(self) -> int:
        """The most the entries may take without the column asking for more height
        than the window has (the window never grows itself, issue 16): the column's
        height less everything else in it (the day's title, cycle line, Undo bar
        and buttons, the check-in's least height), measured without the entries."""
        side = self._side
        view = self.window.day_view
        if side is None or not side.isVisible() or side.layout() is None:
            return DAY_LIST_MAX
        outer, inner = side.layout(), view.layout()
        assert outer is not None and inner is not None
        inner.invalidate()  # an Undo bar or cycle line just shown counts now
        taken = _height_without(inner, view.stack, view.width())
        taken += _height_without(outer, view, side.width())
        taken += outer.spacing()  # between the day view and what follows it
        return side.height() - taken

    def fit_day_view(self, *_: object) -> None:
        """The day's entries take the height they need; the check-in gets the rest."""
        view = self.window.day_view
        rows = view.model.rowCount()
        if rows:
            entries = view.list
            content = sum(max(entries.sizeHintForRow(row), 0) for row in range(rows))
            content += entries.spacing() * rows + 2 * entries.frameWidth() + 4
        else:
            content = view.empty.sizeHint().height() + 24
        room = max(DAY_LIST_MIN, min(DAY_LIST_MAX, self._room()))
        view.stack.setFixedHeight(min(max(content, DAY_LIST_MIN), room))


def _height_without(layout: QLayout, left_out: QWidget, width: int) -> int:
    """The least height of `layout`'s shown items other than `left_out`, with the
    spacing between them (and the one `left_out` takes), at `width`."""
    total, shown = 0, 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        shown += 1
        if item.widget() is left_out:
            continue
        if item.hasHeightForWidth():
            total += item.heightForWidth(width)
        else:
            total += item.minimumSize().height()
    margins = layout.contentsMargins()
    return total + max(0, shown - 1) * layout.spacing() + margins.top() + margins.bottom()
