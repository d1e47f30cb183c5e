"""Factors: for each tracked factor, how often an attack started that day or the
next after days with it, against check-in days without it, with the day counts in
the labels. Factors resting on too few days or attacks on a side (the trigger
screen's low_data) are faded. The words
are "associated with", never "causes".
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics

from journal.analysis.counted import days_text
from journal.analysis.triggers import FactorAssociation
from ui.insights.charts.colours import Colours, faded
from ui.insights.charts.common import ChartCard, bars
from ui.insights.charts.common_data import ChartData
from ui.kit.locale_text import local_number

translate = QCoreApplication.translate
X_RANGE = 1.04
"""The rate axis runs to 104 %, room for a label after a full bar."""
"""Chart texts are in the "charts" context."""

BAR_HEIGHT = 0.36
ROW_HEIGHT = 34
FADED_ALPHA = 0.3


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)}%"


def counts_label(association: FactorAssociation) -> str:
    """ "with: 12 of 40 days (30%) · without: 20 of 200 days (10%)"."""
    # {1} and {4}: "1 day", "40 days" in the language's plural forms
    return translate("charts", "with: {0} of {1} ({2}) · without: {3} of {4} ({5})").format(
        association.followed_with,
        days_text(association.days_with),
        percent(association.attack_rate_with),
        association.followed_without,
        days_text(association.days_without),
        percent(association.attack_rate_without),
    )


class FactorsChart:
    """Attack rate on days with against days without each factor."""

    def __init__(self, colours: Colours) -> None:
        self.card = ChartCard(
            translate("charts", "Factors associated with attacks"),
            translate(
                "charts",
                "How often an attack started the same or the next day, on days with each "
                "factor against check-in days without it. An association, not a cause; "
                "faded bars rest on fewer than 10 days.",
            ),
        )
        self.colours = colours
        plot = self.card.plot
        self.with_bars = bars()
        self.without_bars = bars()
        plot.addItem(self.without_bars)
        plot.addItem(self.with_bars)
        self.labels: list[pg.TextItem] = []
        self._placed: tuple[tuple[FactorAssociation, ...], np.ndarray] | None = None
        # a label's side depends on the plot's width in pixels: place them again
        self.card.plot.getViewBox().sigResized.connect(lambda _box: self._place_again())
        self.card.describe = self.describe
        self.associations: tuple[FactorAssociation, ...] = ()
        self.rates_with: list[float] = []
        self.rates_without: list[float] = []
        self.faded: list[bool] = []
        self.apply_colours(colours)

    def apply_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.card.apply_colours(colours)
        self.card.set_legend(
            [
                (colours.medication[0], translate("charts", "Days with the factor")),
                (colours.blue, translate("charts", "Days without it")),
            ]
        )
        self.with_bars.setOpts(brush=pg.mkBrush(colours.medication[0]), pen=colours.bar_pen())
        self.without_bars.setOpts(brush=pg.mkBrush(colours.blue), pen=colours.bar_pen())
        for label in self.labels:
            label.setColor(colours.foreground)
        if self.associations:
            self._brushes()

    def _brushes(self) -> None:
        colours = self.colours
        alpha = [FADED_ALPHA if low else 1.0 for low in self.faded]
        self.with_bars.setOpts(brushes=[faded(colours.medication[0], a) for a in alpha])
        self.without_bars.setOpts(brushes=[faded(colours.blue, a) for a in alpha])

    def update(self, data: ChartData) -> None:
        found = data.summary.triggers
        self.associations = found
        self.rates_with = [a.attack_rate_with or 0.0 for a in found]
        self.rates_without = [a.attack_rate_without or 0.0 for a in found]
        self.faded = [a.low_data for a in found]
        rows = np.arange(len(found), dtype=float)[::-1]
        self.with_bars.setOpts(
            x0=0.0,
            y=rows + BAR_HEIGHT / 2,
            width=np.array(self.rates_with),
            height=BAR_HEIGHT,
            x=None,
        )
        self.without_bars.setOpts(
            x0=0.0,
            y=rows - BAR_HEIGHT / 2,
            width=np.array(self.rates_without),
            height=BAR_HEIGHT,
            x=None,
        )
        if found:
            self._brushes()
        self._placed = (found, rows)
        self._labels(found, rows)
        ticks = [
            (float(row), f"{a.factor} ({a.condition})") for row, a in zip(rows, found, strict=True)
        ]
        plot = self.card.plot
        plot.getAxis("left").setTicks([ticks])
        metrics = QFontMetrics(plot.getAxis("left").font())
        widest = max((metrics.horizontalAdvance(label) for _, label in ticks), default=0)
        self.card.set_axis_width(max(44, widest + 16))
        plot.getAxis("bottom").setTicks(
            [[(value / 100, f"{value}%") for value in range(0, 101, 20)]]
        )
        plot.setXRange(0, X_RANGE, padding=0)
        plot.setYRange(-0.6, max(len(found), 1) - 0.4 + 0.5, padding=0)
        self.card.plot_widget.setMinimumHeight(max(200, 70 + ROW_HEIGHT * len(found)))
        self._table(found)
        self.card.set_empty(
            None
            if found
            else translate(
                "charts", "No factors recorded in this span: add them in the daily check-in."
            )
        )

    def _table(self, found: tuple[FactorAssociation, ...]) -> None:
        """One row a factor: days with and without it, and how often an attack followed."""
        rows = [
            [
                f"{a.factor} ({a.condition})",
                str(a.days_with),
                str(a.followed_with),
                percent(a.attack_rate_with),
                str(a.days_without),
                str(a.followed_without),
                percent(a.attack_rate_without),
            ]
            for a in found
        ]
        says = ""
        if found:
            top = max(found, key=lambda a: a.attack_rate_with or 0.0)
            compared = (
                translate("charts", "1 factor compared")
                if len(found) == 1
                else translate("charts", "%n factors compared", None, len(found))
            )
            says = translate(
                "charts", "{0}; an attack followed most often with {1}: {2} of its days."
            ).format(compared, f"{top.factor} ({top.condition})", percent(top.attack_rate_with))
        self.card.set_table(
            [
                translate("charts", "Factor"),
                translate("charts", "Days with"),
                translate("charts", "Attack followed (with)"),
                translate("charts", "Rate with"),
                translate("charts", "Days without"),
                translate("charts", "Attack followed (without)"),
                translate("charts", "Rate without"),
            ],
            rows,
            says,
        )

    def _labels(self, found: tuple[FactorAssociation, ...], rows: np.ndarray) -> None:
        while len(self.labels) < len(found):
            label = pg.TextItem(anchor=(0, 0.5), color=self.colours.foreground)
            self.card.plot.addItem(label)
            self.labels.append(label)
        for index, label in enumerate(self.labels):
            if index >= len(found):
                label.setVisible(False)
                continue
            association = found[index]
            edge = max(self.rates_with[index], self.rates_without[index])
            low = translate("charts", " · few days or attacks") if association.low_data else ""
            label.setText(counts_label(association) + low)
            inside = self._inside(label, edge)
            if inside is None and low:  # fits neither side on one line: two lines
                label.setText(counts_label(association) + "\n" + low.strip(" ·"))
                inside = self._inside(label, edge)
            if inside is None:
                inside = edge > X_RANGE - edge  # the side with more room
            label.setAnchor((1, 0.5) if inside else (0, 0.5))
            label.setPos(edge - 0.01 if inside else edge + 0.01, rows[index])
            label.setVisible(True)

    def _place_again(self) -> None:
        if self._placed is not None:
            self._labels(*self._placed)

    def _inside(self, label: pg.TextItem, edge: float) -> bool | None:
        """Whether the label goes inside its bar (right-aligned) rather than after it:
        after it when it fits there whole, inside when it fits there, None when it
        fits neither (a long "few days or attacks" was cut at the plot's edge)."""
        box = self.card.plot.getViewBox()
        pixels = box.width() or 1.0
        share = label.textItem.boundingRect().width() / pixels * X_RANGE
        if edge + 0.01 + share <= X_RANGE:
            return False
        if edge - 0.01 - share >= 0:
            return True
        return None

    def describe(self, _x: float, y: float) -> str | None:
        index = len(self.associations) - 1 - round(y)
        if not 0 <= index < len(self.associations):
            return None
        association = self.associations[index]
        ratio = ""
        if association.days_with and not association.followed_with:
            ratio = "\n" + translate("charts", "No attacks followed days with it")
        elif association.ratio is not None:
            ratio = "\n" + translate("charts", "{0} times the rate without").format(
                local_number(association.ratio, 2)
            )
        note = (
            "\n"
            + translate(
                "charts", "Fewer than 10 days or 5 attacks on one side: too little to go by."
            )
            if association.low_data
            else ""
        )
        return (
            translate("charts", "{0} ({1}), associated with attacks:").format(
                association.factor, association.condition
            )
            + f"\n{counts_label(association)}{ratio}{note}"
        )
