"""What every Insights chart shares: the card that holds a chart with its title,
caption and calm empty state, date and count axes, and hover tooltips with exact
values (the colours of each look are in ui.insights.charts.colours).

This module imports pyqtgraph, so only the chart modules import it, and they are
imported when the Insights view is first shown (pyqtgraph costs ~0.3 s at start-up).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.insights.charts import refcount_guard
from ui.insights.charts.colours import Colours
from ui.kit.locale_text import day_text, month_text

refcount_guard.install()
pg.setConfigOptions(antialias=True, useOpenGL=False)


def legend_label(text: str) -> str:
    """Legend labels are rich text: escape names the user typed."""
    return html.escape(text)


class DayAxis(pg.AxisItem):  # type: ignore[misc]
    """A date axis over day ordinals: weeks, months, quarters or years by zoom."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._format = "month"

    def tickValues(self, min_val: float, max_val: float, size: float) -> list:  # type: ignore[type-arg]
        first = date.fromordinal(max(1, int(min_val)))
        last = date.fromordinal(max(1, int(max_val) + 1))
        days = (last - first).days
        if days <= 50:
            self._format = "day"
            ticks = [
                date.fromordinal(n)
                for n in range(first.toordinal(), last.toordinal() + 1)
                if date.fromordinal(n).weekday() == 0
            ]
        else:
            step = 1 if days <= 400 else 3 if days <= 1500 else 12
            self._format = "month" if step == 1 else "month and year" if step == 3 else "year"
            ticks = [
                date(year, month, 1)
                for year in range(first.year, last.year + 1)
                for month in range(1, 13)
                if (month - 1) % step == 0 and first <= date(year, month, 1) <= last
            ]
        return [(30.0, [float(day.toordinal()) for day in ticks])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for value in values:
            day = date.fromordinal(max(1, round(value)))
            if self._format == "day":
                text = day_text(day, weekday=False, year=False)
            elif self._format == "year":
                text = str(day.year)
            else:  # the year at January, and on every label of a quarter axis
                year = self._format == "month and year" or day.month == 1
                text = month_text(day, short=True, year=year)
            labels.append(text)
        return labels


class CountAxis(pg.AxisItem):  # type: ignore[misc]
    """A left axis of counts (attacks, days): whole numbers only, never "1.5"."""

    def __init__(self) -> None:
        super().__init__(orientation="left")

    def tickValues(self, min_val: float, max_val: float, size: float) -> list:  # type: ignore[type-arg]
        levels = [
            (spacing, [value for value in values if float(value).is_integer()])
            for spacing, values in super().tickValues(min_val, max_val, size)
            if spacing >= 1
        ]
        if not levels:
            values = range(math.ceil(min_val), math.floor(max_val) + 1)
            levels = [(1.0, [float(value) for value in values])]
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(value)) for value in values]


def plot_widget(bottom: pg.AxisItem | None, *, counts: bool) -> pg.PlotWidget:
    """A plot with `bottom` as its x axis (pyqtgraph's own when None) and, for a
    chart of counts, a whole-number y axis."""
    axes = {"bottom": bottom} if bottom is not None else {}
    if counts:
        axes["left"] = CountAxis()
    return pg.PlotWidget(axisItems=axes)


def chart_title(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("chartTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def numbers_table(title: str) -> QTableWidget:
    """A read-only table for a chart's numbers, named after the chart; Tab leaves it."""
    table = QTableWidget()
    table.setAccessibleName(QCoreApplication.translate("charts", "{0}, as a table").format(title))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setMinimumHeight(240)
    return table


class ChartCard(QFrame):
    """One chart in a card: title, one-line caption, the plot, or a calm empty text.

    `describe` turns a point of the plot (view coordinates) into the exact values
    shown as a tooltip when the mouse rests there. Each chart also gives its numbers
    as a table with a one-sentence description of what it shows now (`set_table`):
    the plot carries the title as its accessible name and that sentence as its
    description, and "Show as table" swaps the plot for the table (for a screen
    reader, and for anyone who prefers numbers).
    """

    def __init__(
        self, title: str, caption: str, axis: pg.AxisItem | None = None, *, counts: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("chartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = chart_title(title)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("chartCaption")
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend_entries: list[tuple[str, str]] = []
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.table_button = QPushButton(QCoreApplication.translate("charts", "Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._table_toggled)
        header.addWidget(self.table_button)
        layout.addLayout(header)
        layout.addWidget(self.caption)
        layout.addWidget(self.legend)
        self.stack = QStackedLayout()
        self.plot_widget = plot_widget(axis, counts=counts)
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self._set_up_plot(title)
        self.table = numbers_table(title)
        self.description = ""
        self._empty = False
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("chartEmpty")
        self.empty.setMinimumHeight(80)
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        holder = QWidget()
        holder.setLayout(self.stack)
        layout.addWidget(holder, 1)
        self.notes = QLabel()
        self.notes.setObjectName("chartNotes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        layout.addWidget(self.notes)
        self.describe: Callable[[float, float], str | None] = lambda _x, _y: None
        # the whole text of a (shortened) label on the left axis at a height
        self.describe_label: Callable[[float], str | None] = lambda _y: None
        self.plot_widget.scene().sigMouseMoved.connect(self._hover)

    def _set_up_plot(self, title: str) -> None:
        self.plot_widget.setMinimumHeight(240)
        self.plot_widget.setAccessibleName(title)
        self.plot_widget.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getAxis("bottom").setHeight(30)
        self.set_axis_width(44)
        self.plot.setMouseEnabled(x=False, y=False)

    def set_axis_width(self, pixels: int) -> None:
        """Fix the left axis width, so a span switch never re-lays the plot out."""
        axis = self.plot.getAxis("left")
        if axis.width() != pixels:
            axis.setWidth(pixels)

    def set_legend(self, entries: Sequence[tuple[str | QColor, str]]) -> None:
        """A legend line above the plot: a colour swatch and an escaped label each."""
        self.legend_entries = [(QColor(colour).name(), label) for colour, label in entries]
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(
                f'<span style="color:{colour}; font-size:large">&#9632;</span>&nbsp;'
                f"{legend_label(label)}"
                for colour, label in self.legend_entries
            )
        )

    def set_notes(self, lines: list[str]) -> None:
        """Plain lines under the plot (hidden when there are none)."""
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines) and not self.is_empty)

    def set_empty(self, message: str | None) -> None:
        """Show `message` instead of the plot (None shows the plot).

        Charts call it last in their update: it also applies the new view range at
        once, so items that follow the view (text, markers) settle before the first
        repaint instead of asking for a second one.
        """
        self.plot.getViewBox().prepareForPaint()
        self._empty = message is not None
        if message is not None:
            self.empty.setText(message)
            self.set_table([], [], message)
        self.table_button.setEnabled(message is None)
        self._show_current()
        self.legend.setVisible(message is None)
        if message is not None:
            self.notes.setVisible(False)

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], says: str) -> None:
        """The chart's numbers as rows under `headers`, and one sentence saying what
        the chart shows now (the plot's and the table's accessible description)."""
        self.description = says
        self.plot_widget.setAccessibleDescription(says)
        self.table.setAccessibleDescription(says)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def table_rows(self) -> list[list[str]]:
        """The rows of the table as shown (for tests and copying)."""
        return [
            [
                item.text() if (item := self.table.item(row, column)) is not None else ""
                for column in range(self.table.columnCount())
            ]
            for row in range(self.table.rowCount())
        ]

    def _table_toggled(self, table: bool) -> None:
        self.table_button.setText(
            QCoreApplication.translate("charts", "Show as chart")
            if table
            else QCoreApplication.translate("charts", "Show as table")
        )
        self._show_current()

    def _show_current(self) -> None:
        if self._empty:
            self.stack.setCurrentWidget(self.empty)
        elif self.table_button.isChecked():
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.plot_widget)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def apply_colours(self, colours: Colours) -> None:
        """Background, axes and grid in the colours of the current look."""
        self.plot_widget.setBackground(colours.background)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.muted))
            axis.setTextPen(pg.mkPen(colours.foreground))
        self.plot.showGrid(x=False, y=True, alpha=0.3 if colours.high_contrast else 0.12)

    def tooltip_at(self, x: float, y: float) -> str | None:
        return self.describe(x, y)

    def _hover(self, scene_pos: QPointF) -> None:
        view_box = self.plot.getViewBox()
        point = view_box.mapSceneToView(scene_pos)
        if self.plot.getAxis("left").sceneBoundingRect().contains(scene_pos):
            text = self.describe_label(point.y())
        elif view_box.sceneBoundingRect().contains(scene_pos):
            text = self.describe(point.x(), point.y())
        else:
            text = None
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot_widget)
        else:
            QToolTip.hideText()


def bars(**options: object) -> pg.BarGraphItem:
    """An empty bar item to fill with setOpts on every span switch."""
    return pg.BarGraphItem(x=[], height=[], width=0.8, **options)
