"""Migraine attacks by cycle day: migraine attack onsets (the Summary's menstrual
analysis, which leaves plain headaches out) counted on the day of the cycle they
started, from day -7 to day +14 at least, with the perimenstrual window (days -2 to
+3) shaded. There is no day 0: day -1 is the day before day 1, so the axis skips it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from journal.analysis.cycles import WINDOW_AFTER, WINDOW_BEFORE
from ui.insights.charts.colours import Colours
from ui.insights.charts.common import ChartCard, bars
from ui.insights.charts.common_data import ChartData

translate = QCoreApplication.translate
"""Chart texts are in the "charts" context."""

SHOWN_BEFORE = -7
SHOWN_AFTER = 14


def position(cycle_day: int) -> int:
    """Where a cycle day sits on the axis: day -1 at -1, day 1 at 0 (no day 0)."""
    return cycle_day if cycle_day < 0 else cycle_day - 1


def cycle_day_at(x: float) -> int:
    """The cycle day drawn at axis position `x` (inverse of `position`)."""
    spot = round(x)
    return spot if spot < 0 else spot + 1


class CycleDaysChart:
    """Attack onsets per cycle day with the -2..+3 window shaded."""

    def __init__(self, colours: Colours) -> None:
        self.card = ChartCard(
            translate("charts", "Migraine attacks by cycle day"),
            translate(
                "charts",
                "Day 1 is the first day of your period; the shaded days (-2 to +3) are the "
                "window around it. There is no day 0.",
            ),
            counts=True,
        )
        plot = self.card.plot
        self.window_days = list(range(-WINDOW_BEFORE, 0)) + list(range(1, WINDOW_AFTER + 1))
        self.window = pg.LinearRegionItem(
            values=(position(self.window_days[0]) - 0.5, position(self.window_days[-1]) + 0.5),
            movable=False,
        )
        plot.addItem(self.window)
        self.bars = bars()
        plot.addItem(self.bars)
        self.card.describe = self.describe
        self.data: ChartData | None = None
        self.days: list[int] = []
        self.counts: list[int] = []
        self.apply_colours(colours)

    @property
    def window_span(self) -> tuple[float, float]:
        low, high = self.window.getRegion()
        return float(low), float(high)

    def apply_colours(self, colours: Colours) -> None:
        self.card.apply_colours(colours)
        self.window.setBrush(pg.mkBrush(colours.window))
        for line in self.window.lines:  # the window's edges drawn in high contrast only
            line.setPen(colours.bar_pen())
        self.bars.setOpts(brush=pg.mkBrush(colours.migraine), pen=colours.bar_pen())

    def update(self, data: ChartData) -> None:
        self.data = data
        menstrual = data.summary.menstrual
        by_day = menstrual.by_cycle_day
        low = min(SHOWN_BEFORE, *by_day) if by_day else SHOWN_BEFORE
        high = max(SHOWN_AFTER, *by_day) if by_day else SHOWN_AFTER
        self.days = [day for day in range(low, high + 1) if day != 0]
        self.counts = [by_day.get(day, 0) for day in self.days]
        self.bars.setOpts(
            x=np.array([position(day) for day in self.days], dtype=float),
            height=np.array(self.counts, dtype=float),
            width=0.7,
        )
        step = 1 if len(self.days) <= 30 else 2
        ticks = [
            (float(position(day)), str(day) if day < 0 else f"+{day}")
            for day in self.days
            if day in self.window_days or day % step == 0
        ]
        self.card.plot.getAxis("bottom").setTicks([ticks])
        self.card.plot.setXRange(position(low) - 0.6, position(high) + 0.6, padding=0)
        self.card.plot.setYRange(0, max(2, *self.counts) + 0.5, padding=0)
        self._table()
        if not data.summary.cycles.period_starts:
            self.card.set_empty(
                translate(
                    "charts", "No periods recorded yet: record period days to see this chart."
                )
            )
        elif not menstrual.cycles and not by_day:
            self.card.set_empty(translate("charts", "No period started in this span."))
        else:
            self.card.set_empty(None)

    def _table(self) -> None:
        """One row a cycle day: the migraine attacks that started on it."""
        yes, no = translate("charts", "yes"), translate("charts", "no")
        rows = [
            [f"{day:+d}", str(count), yes if day in self.window_days else no]
            for day, count in zip(self.days, self.counts, strict=True)
        ]
        in_window = sum(
            c for day, c in zip(self.days, self.counts, strict=True) if day in self.window_days
        )
        says = translate(
            "charts",
            "{0} migraine attacks by the cycle day they started on; {1} of them in the "
            "perimenstrual window.",
        ).format(sum(self.counts), in_window)
        self.card.set_table(
            [
                translate("charts", "Cycle day"),
                translate("charts", "Migraine attacks started"),
                translate("charts", "In the window"),
            ],
            rows,
            says,
        )

    def describe(self, x: float, _y: float) -> str | None:
        day = cycle_day_at(x)
        if self.data is None or day not in self.days:
            return None
        count = self.data.summary.menstrual.by_cycle_day.get(day, 0)
        if count == 1:
            started = translate("charts", "1 migraine attack started")
        else:
            started = translate("charts", "{0} migraine attacks started").format(count)
        if day in self.window_days:
            return translate("charts", "Cycle day {0:+d} (in the window): {1}").format(day, started)
        return translate("charts", "Cycle day {0:+d}: {1}").format(day, started)
