"""Treatment before/after: for each course, migraine days per 28 days in the baseline
before its start against the span after it has had time to act, with the change
and the 50% responder verdict in the label; "not enough data" where a span is short.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale

from journal.analysis.treatment_effect import TreatmentEffect
from ui.insights.charts.category_axis import CategoryAxis
from ui.insights.charts.colours import Colours
from ui.insights.charts.common import ChartCard, bars
from ui.insights.charts.common_data import ChartData
from ui.kit.locale_text import date_text, local_number, month_text

translate = QCoreApplication.translate
"""Chart texts are in the "charts" context."""

BAR_WIDTH = 0.34


def verdict(effect: TreatmentEffect) -> str:
    """The before/after figures of one course in words (with the overlap caveat)."""
    before, after = effect.baseline_migraine_days_per_28, effect.after_migraine_days_per_28
    if before is None or after is None:
        return effect.note or translate("charts", "Not enough data yet.")
    change = "" if effect.change_percent is None else f" ({effect.change_percent:+.0f}%)"
    responder = ""
    if effect.responder is not None:
        responder = (
            translate("charts", "; 50% fewer or better")
            if effect.responder
            else translate("charts", "; less than 50% fewer")
        )
    caveat = f". {effect.overlap_note}" if effect.overlap_note else ""
    figures = translate("charts", "{0} → {1} migraine days per 28").format(
        *(QLocale().toString(float(rate), "f", 1) for rate in (before, after))
    )  # the same decimals on both sides: "5.7 → 5.0", not "5.67 → 5"
    return f"{figures}{change}{responder}{caveat}"


class TreatmentsChart:
    """Migraine days per 28 days before and after each course started."""

    def __init__(self, colours: Colours) -> None:
        self.axis = CategoryAxis()  # labels fitted to each bar's room: none overlap
        self.card = ChartCard(
            translate("charts", "Before and after each treatment"),
            translate(
                "charts",
                "Migraine days per 28 days before each start, and from 4 weeks after it. "
                "A treatment needs 2 to 3 months before it can be judged.",
            ),
            axis=self.axis,
        )
        self.colours = colours
        plot = self.card.plot
        self.before_bars = bars()
        self.after_bars = bars()
        plot.addItem(self.before_bars)
        plot.addItem(self.after_bars)
        self.card.describe = self.describe
        self.effects: tuple[TreatmentEffect, ...] = ()
        self.before: list[float] = []
        self.after: list[float] = []
        self.apply_colours(colours)

    def apply_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.card.apply_colours(colours)
        self.card.set_legend(
            [
                (colours.severity[2], translate("charts", "Before the start")),
                (colours.medication[0], translate("charts", "From 4 weeks after")),
            ]
        )
        self.before_bars.setOpts(brush=pg.mkBrush(colours.severity[2]), pen=colours.bar_pen())
        self.after_bars.setOpts(brush=pg.mkBrush(colours.medication[0]), pen=colours.bar_pen())

    def update(self, data: ChartData) -> None:
        self.effects = data.summary.treatments
        self.before = [e.baseline_migraine_days_per_28 or 0.0 for e in self.effects]
        self.after = [e.after_migraine_days_per_28 or 0.0 for e in self.effects]
        x = np.arange(len(self.effects), dtype=float)
        self.before_bars.setOpts(x=x - BAR_WIDTH / 2, height=np.array(self.before), width=BAR_WIDTH)
        self.after_bars.setOpts(x=x + BAR_WIDTH / 2, height=np.array(self.after), width=BAR_WIDTH)
        top = max(4.0, *self.before, *self.after) if self.effects else 4.0
        self.axis.set_labels(
            [
                (
                    translate("charts", "{0} ({1})").format(
                        e.treatment.name, month_text(e.treatment.start, short=True)
                    ),
                    e.treatment.name,
                )
                for e in self.effects
            ]
        )
        plot = self.card.plot
        plot.setXRange(-0.6, max(len(self.effects), 1) - 0.4, padding=0)
        plot.setYRange(0, top * 1.15, padding=0)
        self.card.set_empty(
            None
            if self.effects
            else translate("charts", "No treatment started by the end of this span.")
        )
        self.card.set_notes(
            [
                translate("charts", "{0}: {1}").format(e.treatment.name, verdict(e))
                for e in self.effects
            ]
        )
        self._table()

    def _table(self) -> None:
        """One row a treatment: migraine days per 28 before and after it started."""

        def rate(value: float | None) -> str:
            return "–" if value is None else local_number(value, 1)

        rows = [
            [
                e.treatment.name,
                date_text(e.treatment.start),
                rate(e.baseline_migraine_days_per_28),
                rate(e.after_migraine_days_per_28),
                verdict(e),
            ]
            for e in self.effects
        ]
        says = translate(
            "charts",
            "{0} treatments, each with its migraine days per 28 days before and after it started.",
        ).format(len(self.effects))
        self.card.set_table(
            [
                translate("charts", "Treatment"),
                translate("charts", "Started"),
                translate("charts", "Migraine days per 28 before"),
                translate("charts", "Migraine days per 28 after"),
                translate("charts", "What it shows"),
            ],
            rows,
            says,
        )

    def describe(self, x: float, _y: float) -> str | None:
        index = round(x)
        if not 0 <= index < len(self.effects):
            return None
        effect = self.effects[index]
        course = effect.treatment
        lines = [course.name, verdict(effect)]
        if effect.baseline:
            lines.append(
                translate("charts", "Before: {0} – {1}").format(
                    date_text(effect.baseline[0]), date_text(effect.baseline[1])
                )
            )
        if effect.after:
            lines.append(
                translate("charts", "After: {0} – {1}").format(
                    date_text(effect.after[0]), date_text(effect.after[1])
                )
            )
        if effect.sessions:
            lines.append(translate("charts", "Sessions: {0}").format(effect.sessions))
        return "\n".join(lines)
