"""Monthly bars: migraine days, headache days and acute medication days per class for
each calendar month of the span, with the overuse levels (10 and 15 days) as dashed
lines. Bar heights are the Summary's month figures, unchanged.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from journal.analysis.class_words import class_heading
from journal.analysis.counted import (
    days_text,
    headache_days_text,
    migraine_days_text,
    months_text,
)
from journal.analysis.overuse import SEVERAL_CLASSES_THRESHOLD, THRESHOLDS
from ui.insights.charts.colours import Colours
from ui.insights.charts.common import ChartCard, bars
from ui.insights.charts.common_data import ChartData
from ui.kit.locale_text import month_text

translate = QCoreApplication.translate
"""Chart texts are in the "charts" context."""

GROUP_WIDTH = 0.84
MAX_LABELS = 14
OVERUSE_LEVELS = sorted({*THRESHOLDS.values(), SEVERAL_CLASSES_THRESHOLD})
"""10 and 15 days a month (ICHD-3 8.2), from the overuse rule itself."""


class MonthlyChart:
    """Per calendar month: migraine, headache and acute medication days per class."""

    def __init__(self, colours: Colours) -> None:
        self.card = ChartCard(
            translate("charts", "Month by month"),
            translate(
                "charts",
                "Migraine days, headache days and days with each kind of acute medication. "
                "Dashed lines: 10 and 15 days a month, the medication-overuse levels.",
            ),
            counts=True,
        )
        self.colours = colours
        plot = self.card.plot
        self.migraine_bars = bars()
        self.headache_bars = bars()
        plot.addItem(self.headache_bars)
        plot.addItem(self.migraine_bars)
        self.class_bars: dict[str, pg.BarGraphItem] = {}
        self.threshold_lines = [
            pg.InfiniteLine(
                pos=level,
                angle=0,
                movable=False,
                label=translate("charts", "{0} days").format(level),
                labelOpts={"position": 0.985, "anchors": [(1, 1), (1, 1)]},
            )
            for level in OVERUSE_LEVELS
        ]
        for line in self.threshold_lines:
            plot.addItem(line)
        self.card.describe = self.describe
        self.data: ChartData | None = None
        self.months: list[str] = []
        self.heights: dict[str, list[int]] = {}
        """Series name ("migraine", "headache" or a class) -> bar height per month."""
        self.classes: list[str] = []
        self.apply_colours(colours)

    def apply_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.card.apply_colours(colours)
        self.migraine_bars.setOpts(brush=pg.mkBrush(colours.migraine), pen=colours.bar_pen())
        self.headache_bars.setOpts(brush=pg.mkBrush(colours.headache), pen=colours.bar_pen())
        entries = [
            (colours.migraine, translate("charts", "Migraine days")),
            (colours.headache, translate("charts", "Headache days")),
        ]
        for index, (med_class, item) in enumerate(self.class_bars.items()):
            colour = colours.medication[index % len(colours.medication)]
            item.setOpts(brush=pg.mkBrush(colour), pen=colours.bar_pen())
            if med_class in self.classes:
                entries.append((colour, class_heading(med_class)))
        self.card.set_legend(entries)
        for line in self.threshold_lines:
            line.setPen(pg.mkPen(colours.muted, width=1.2, style=Qt.PenStyle.DashLine))
            line.label.setColor(colours.foreground)

    def _series(self, classes: list[str]) -> None:
        """Make a bar item per medication class in use (kept for later spans)."""
        for med_class in classes:
            if med_class not in self.class_bars:
                item = bars()
                self.class_bars[med_class] = item
                self.card.plot.addItem(item)
        if classes != self.classes:
            self.classes = classes
            self.apply_colours(self.colours)

    def update(self, data: ChartData) -> None:
        self.data = data
        months = data.summary.months
        self.months = [month.month for month in months]
        classes = sorted(
            {str(c) for month in months for c in month.tally.acute_medication_days},
            key=lambda c: -sum(m.tally.acute_medication_days.get(c, 0) for m in months),  # type: ignore[call-overload]
        )
        self._series(classes)
        self.heights = {
            "migraine": [month.tally.migraine_days for month in months],
            "headache": [month.tally.headache_days for month in months],
        }
        for med_class in classes:
            self.heights[med_class] = [
                month.tally.acute_medication_days.get(med_class, 0)  # type: ignore[call-overload]
                for month in months
            ]
        order = ["migraine", "headache", *classes]
        width = GROUP_WIDTH / len(order)
        x = np.arange(len(months), dtype=float)
        items = {"migraine": self.migraine_bars, "headache": self.headache_bars, **self.class_bars}
        for index, key in enumerate(order):
            offset = -GROUP_WIDTH / 2 + width * (index + 0.5)
            items[key].setOpts(x=x + offset, height=np.array(self.heights[key], float), width=width)
            items[key].setVisible(True)
        for key, item in self.class_bars.items():
            if key not in classes:
                item.setVisible(False)
        self._axis(months)
        top = max(OVERUSE_LEVELS[-1], *(max(v, default=0) for v in self.heights.values()))
        self.card.plot.setYRange(0, top + 4, padding=0)
        self.card.plot.setXRange(-0.6, max(len(months), 1) - 0.4, padding=0)
        nothing = not any(any(values) for values in self.heights.values())
        self._table(classes)
        self.card.set_empty(
            translate("charts", "No migraine, headache or medication days in this span.")
            if nothing
            else None
        )

    def _table(self, classes: list[str]) -> None:
        """One row a month: the bars' heights and the attacks starting."""
        assert self.data is not None
        months = self.data.summary.months
        headers = [
            translate("charts", "Month"),
            translate("charts", "Migraine days"),
            translate("charts", "Headache days"),
            translate("charts", "Attacks starting"),
            *(class_heading(c) for c in classes),
        ]
        rows = [
            [
                month_text(month.first),
                str(self.heights["migraine"][index]),
                str(self.heights["headache"][index]),
                str(month.attacks),
                *(str(self.heights[c][index]) for c in classes),
            ]
            for index, month in enumerate(months)
        ]
        says = ""
        if months:
            migraine = self.heights["migraine"]
            worst = max(range(len(months)), key=lambda index: migraine[index])
            # {3} and {4} are counted in the language's own plural forms ("0 jour de
            # migraine"), as are the months
            says = translate(
                "charts",
                "{0} from {1} to {2}: {3} and {4} in all; the most migraine days, {5}, in {6}.",
            ).format(
                months_text(len(months)),
                month_text(months[0].first),
                month_text(months[-1].first),
                migraine_days_text(int(sum(migraine))),
                headache_days_text(int(sum(self.heights["headache"]))),
                migraine[worst],
                month_text(months[worst].first),
            )
        self.card.set_table(headers, rows, says)

    def _axis(self, months: tuple) -> None:  # type: ignore[type-arg]
        step = max(1, math.ceil(len(months) / MAX_LABELS))
        if len(months) > 36:
            step = max(12, step - step % 12)
        ticks = []
        for index, month in enumerate(months):
            if index % step:
                continue
            first = month.first
            label = month_text(first, short=True, year=first.month == 1 or not index)
            ticks.append((float(index), label if step < 12 else str(first.year)))
        self.card.plot.getAxis("bottom").setTicks([ticks])

    def describe(self, x: float, _y: float) -> str | None:
        index = round(x)
        if self.data is None or not 0 <= index < len(self.data.summary.months):
            return None
        month = self.data.summary.months[index]
        lines = [
            month_text(month.first)
            + (
                ""
                if month.complete
                else translate("charts", " (1 day)")
                if month.tally.days == 1
                else translate("charts", " (%n days)", None, month.tally.days)
            ),
            translate("charts", "Migraine days: {0}").format(month.tally.migraine_days),
            translate("charts", "Headache days: {0}").format(month.tally.headache_days),
            translate("charts", "Attacks starting: {0}").format(month.attacks),
        ]
        for med_class, days in sorted(month.tally.acute_medication_days.items()):
            lines.append(f"{class_heading(str(med_class))}: {days_text(days)}")
        return "\n".join(lines)
