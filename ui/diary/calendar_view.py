"""The month calendar of the diary: how bad each day was, medication days,
check-ins and, while cycle tracking is on, the menstrual cycle.

Each day cell is shaded by the highest peak pain (0-3) of the attacks touching it,
on a single-hue ramp, and also carries 1-3 small bars (a hollow ring for an attack
without pain), so colour is never the only cue; an amber capsule marks a day with
a dose, a tick a day with a check-in. Period days, the predicted period, the
perimenstrual window and hormonal phases are drawn by ui.cycle.marks. The marks of
the whole visible grid come from a few journal reads per month shown
(journal.analysis.calendar_days); no counting rule lives here. Each day has a tooltip in
words, and a right click offers "Start period here".

Keys: arrows move the day, PageUp/PageDown the month, Home goes to today, Enter
opens the day (`day_opened`: the day's entries take the keyboard).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal.analysis.calendar_days import DayMark
from journal.changes import Change
from ui.cycle import marks as cycle_marks
from ui.diary.day_marks import (
    legend_icon,
    python_date,
)
from ui.diary.month_grid import LEAST_HEIGHT, MonthGrid
from ui.kit.flow_layout import FlowLayout
from ui.kit.journal_words import journal_word
from ui.kit.locale_text import month_text
from ui.session import Reads

TITLE_HEIGHT = 36
"""The month title and the day title share one line height, so they align."""

LEGEND_SPACING = 14
"""Room between two legend entries."""
LEGEND_LINE_SPACING = 6
"""Room between wrapped legend lines: the swatches' own frames keep them apart."""


class CalendarView(QWidget):
    """The month header with previous/next/today, the grid and its legend.

    Emits `day_selected(date)` when the selected day changes, `day_opened(date)` on
    Enter or a double click, and `start_period_requested(date)` /
    `period_requested(date)` from a day's menu.
    `set_cycle_tracking(False)` hides every cycle mark and legend entry.
    """

    SHOWS = (
        Change.ATTACKS
        | Change.DOSES
        | Change.MEDICATIONS
        | Change.DAYS
        | Change.PERIODS
        | Change.PHASES
    )
    """What it shows: each day's pain, attacks, doses, check-in and cycle marks."""

    day_selected = Signal(object)
    day_opened = Signal(object)
    start_period_requested = Signal(object)
    period_requested = Signal(object)

    def __init__(self, reads: Reads, parent: QWidget | None = None) -> None:
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
        self.grid = MonthGrid(reads, self)
        self.grid.setMinimumSize(420, LEAST_HEIGHT)
        layout.addWidget(self.grid, 1)
        self.legend_row = QWidget(self)
        self.legend = FlowLayout(
            self.legend_row, spacing=LEGEND_SPACING, line_spacing=LEGEND_LINE_SPACING
        )
        layout.addWidget(self.legend_row)
        self.pain_entries: list[QWidget] = []
        self.cycle_entries: list[QWidget] = []
        self._fill_legend()
        self.grid.start_period_requested.connect(self.start_period_requested)
        self.grid.period_requested.connect(self.period_requested)
        self.grid.day_opened.connect(self.day_opened)
        self.previous_button.clicked.connect(self.grid.showPreviousMonth)
        self.next_button.clicked.connect(self.grid.showNextMonth)
        self.today_button.clicked.connect(self.go_to_today)
        self.grid.page_changed.connect(lambda _y, _m: self._show_title())
        self.grid.selection_changed.connect(lambda: self.day_selected.emit(self.selected_day()))
        self.setFocusProxy(self.grid)
        for button in (self.today_button, self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab too
        QWidget.setTabOrder(self.today_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.grid)
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
            (
                legend_icon(DayMark(peak_pain=pain, attacks=1), palette),
                f"{pain} · {journal_word(d.PAIN_LABELS[pain])}",
            )
            for pain in (1, 2, 3)
        ]
        entries.append((legend_icon(DayMark(attacks=1), palette), self.tr("pain not recorded")))
        entries.append((legend_icon(DayMark(doses=1), palette), self.tr("medication")))
        entries.append((legend_icon(DayMark(checked_in=True), palette), self.tr("checked in")))
        self.pain_entries = self._legend_row(entries)
        tips = {
            "period": self.tr("One drop light, two medium, three heavy flow; hollow: spotting"),
            "predicted": self.tr("The next period as predicted from your recent cycles"),
            "window": self.tr("Days −2, −1 and 1 to 3 around the first day of a period"),
            "phase": self.tr("A hormonal phase you recorded (pill, IUD, HRT…)"),
        }
        cycle = [
            ("period", self.tr("period")),
            ("predicted", self.tr("predicted period")),
            ("window", self.tr("perimenstrual window (−2…+3)")),
            ("phase", self.tr("hormonal phase")),
        ]
        self.cycle_entries = self._legend_row(
            [(cycle_marks.cycle_legend_icon(what, palette), text) for what, text in cycle],
            [tips[what] for what, _text in cycle],
        )
        for entry in self.cycle_entries:
            entry.setVisible(self.grid.cycle_tracking)

    def _legend_row(
        self,
        entries: list[tuple[QPixmap, str]],
        tips: list[str] | None = None,
    ) -> list[QWidget]:
        """One legend entry per swatch and its words, kept together, added to the
        one legend: the pain and cycle entries share its lines, which wrap when the
        calendar is narrow (long German words), so the legend takes as few lines as
        it can and the grid keeps its room (issue 16)."""
        made: list[QWidget] = []
        for index, (pixmap, text) in enumerate(entries):
            entry = QWidget(self)
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            swatch = QLabel(entry)
            swatch.setPixmap(pixmap)
            label = QLabel(text, entry)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            if tips:
                swatch.setToolTip(tips[index])
                label.setToolTip(tips[index])
            pair.addWidget(swatch)
            pair.addWidget(label)
            self.legend.addWidget(entry)
            made.append(entry)
        return made

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.legend.count():
            while (item := self.legend.takeAt(0)) is not None:
                if (widget := item.widget()) is not None:
                    widget.deleteLater()
            self._fill_legend()

    def sizeHint(self) -> QSize:
        """Wide enough for each legend on one line when there is room; narrower
        windows wrap the legend instead (see `_legend_row`)."""
        hint = super().sizeHint()
        rows = [self.pain_entries]
        if self.grid.cycle_tracking:
            rows.append(self.cycle_entries)
        widest = max(_one_line_width(row) for row in rows)
        return QSize(max(hint.width(), widest), hint.height())

    def set_cycle_tracking(self, enabled: bool) -> None:
        """Show or hide every cycle mark, the cycle legend and the day menu."""
        for entry in self.cycle_entries:
            entry.setVisible(enabled)
        if enabled != self.grid.cycle_tracking:
            self.grid.cycle_tracking = enabled
            self.grid.reload()

    def cycle_tracking(self) -> bool:
        return self.grid.cycle_tracking

    def _show_title(self) -> None:
        self.title.setText(month_text(date(self.grid.yearShown(), self.grid.monthShown(), 1)))

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


def _one_line_width(entries: list[QWidget]) -> int:
    """The width legend entries need to show on one line."""
    widths = [entry.sizeHint().width() for entry in entries]
    return sum(widths) + LEGEND_SPACING * max(len(widths) - 1, 0)
