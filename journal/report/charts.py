"""Vector charts for the report, drawn with reportlab.graphics from plain numbers.

They must read when printed in black and white: series differ by grey level,
outline and hatching, thresholds by dash pattern, and every line is labelled.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from journal.i18n import N_, _
from journal.report.styles import INK, RULE, report_styles

DARK = colors.Color(0.25, 0.25, 0.25)
LIGHT = colors.Color(0.78, 0.78, 0.78)
WINDOW = colors.Color(0.9, 0.9, 0.9)
AXIS_FONT = 6.5
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
MAX_TICKS = 6
LEFT = 22.0
BOTTOM = 16.0
LEGEND_HEIGHT = 14.0
OVERUSE_LINES = (
    (10, N_("10 days: triptan, ergot, opioid, combination"), (3, 2)),
    (15, N_("15 days: simple analgesics"), (1, 1.5)),
)
"""ICHD-3 8.2 thresholds in days of intake per month, with their dash patterns."""


def hatched_rect(x: float, y: float, width: float, height: float, step: float = 2.5) -> Group:
    """A white box with a black outline and diagonal hatching (prints as a pattern)."""
    group = Group(
        Rect(x, y, width, height, fillColor=colors.white, strokeColor=INK, strokeWidth=0.5)
    )
    offset = -height
    while offset < width:
        start = max(0.0, -offset)
        end = min(height, width - offset)
        if end > start:
            group.add(
                Line(
                    x + offset + start,
                    y + start,
                    x + offset + end,
                    y + end,
                    strokeColor=INK,
                    strokeWidth=0.4,
                )
            )
        offset += step
    return group


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = AXIS_FONT,
    anchor: str = "start",
    bold: bool = False,
) -> String:
    styles = report_styles()
    return String(
        x,
        y,
        text,
        fontName=styles.bold if bold else styles.regular,
        fontSize=size,
        textAnchor=anchor,
        fillColor=INK,
    )


def _y_axis(drawing: Drawing, top_value: int, plot_height: float, plot_width: float) -> float:
    """Gridlines and labels (at most 7, on round numbers); returns points per unit."""
    step = next((n for n in TICK_STEPS if top_value / n <= MAX_TICKS), TICK_STEPS[-1])
    top_value = math.ceil(top_value / step) * step
    scale = plot_height / top_value
    for value in range(0, top_value + 1, step):
        y = BOTTOM + value * scale
        drawing.add(
            Line(
                LEFT,
                y,
                LEFT + plot_width,
                y,
                strokeColor=RULE if value == 0 else colors.Color(0.85, 0.85, 0.85),
                strokeWidth=0.4,
            )
        )
        drawing.add(_text(LEFT - 3, y - 2, str(value), anchor="end"))
    return scale


def _legend(drawing: Drawing, items: Sequence[tuple[str, str]], y: float) -> None:
    """A row of swatches ('dark', 'light', 'hatched', 'window') with their words."""
    x = LEFT
    for kind, label in items:
        if kind == "hatched":
            drawing.add(hatched_rect(x, y, 9, 7))
        else:
            fill = {"dark": DARK, "light": LIGHT, "window": WINDOW}[kind]
            drawing.add(Rect(x, y, 9, 7, fillColor=fill, strokeColor=INK, strokeWidth=0.5))
        drawing.add(_text(x + 12, y + 1, label, size=7))
        x += 12 + len(label) * 3.9 + 14


def monthly_chart(
    labels: Sequence[str],
    migraine_days: Sequence[float],
    headache_days: Sequence[float],
    medication_days: Sequence[float],
    *,
    width: float,
    height: float = 150.0,
) -> Drawing:
    """Grouped bars per month (headache, migraine, acute medication days) with the
    ICHD-3 medication-overuse thresholds drawn as labelled dashed lines."""
    drawing = Drawing(width, height)
    plot_width = width - LEFT - 4
    plot_height = height - BOTTOM - LEGEND_HEIGHT - 4
    highest = max([*migraine_days, *headache_days, *medication_days, 16])
    top_value = int(math.ceil(highest / 5) * 5)
    scale = _y_axis(drawing, top_value, plot_height, plot_width)
    count = max(1, len(labels))
    slot = plot_width / count
    bar = min(slot * 0.27, 14)
    every = max(1, math.ceil(count / max(1, plot_width / 30)))
    for index, label in enumerate(labels):
        x = LEFT + index * slot + (slot - 3 * bar) / 2
        for offset, value, kind in (
            (0, headache_days[index], LIGHT),
            (1, migraine_days[index], DARK),
        ):
            if value:
                drawing.add(
                    Rect(
                        x + offset * bar,
                        BOTTOM,
                        bar,
                        value * scale,
                        fillColor=kind,
                        strokeColor=INK,
                        strokeWidth=0.4,
                    )
                )
        if medication_days[index]:
            drawing.add(hatched_rect(x + 2 * bar, BOTTOM, bar, medication_days[index] * scale))
        if index % every == 0:
            drawing.add(_text(LEFT + (index + 0.5) * slot, BOTTOM - 9, label, anchor="middle"))
    for value, english, dashes in OVERUSE_LINES:
        label = _(english)
        y = BOTTOM + value * scale
        drawing.add(
            Line(
                LEFT,
                y,
                LEFT + plot_width,
                y,
                strokeColor=INK,
                strokeWidth=0.8,
                strokeDashArray=list(dashes),
            )
        )
        label_width = len(label) * 3.1 + 4
        drawing.add(
            Rect(
                LEFT + plot_width - label_width,
                y + 1,
                label_width,
                7,
                fillColor=colors.white,
                strokeColor=None,
            )
        )
        drawing.add(_text(LEFT + plot_width - 2, y + 2, label, size=6, anchor="end"))
    _legend(
        drawing,
        (
            ("light", _("headache days")),
            ("dark", _("migraine days")),
            ("hatched", _("acute medication days (any class)")),
        ),
        height - 10,
    )
    return drawing


def cycle_day_chart(
    attacks_by_day: Mapping[int, int],
    width: float,
    height: float = 130.0,
    window: tuple[int, int] = (-2, 3),
) -> Drawing:
    """Migraine attack onsets by cycle day (no day 0), with the perimenstrual window shaded."""
    drawing = Drawing(width, height)
    low = min([-10, *attacks_by_day])
    high = max([14, *attacks_by_day])
    days = [day for day in range(low, high + 1) if day != 0]
    plot_width = width - LEFT - 4
    plot_height = height - BOTTOM - LEGEND_HEIGHT - 4
    top_value = max(3, max(attacks_by_day.values(), default=0))
    slot = plot_width / len(days)
    first_in = days.index(window[0])
    last_in = days.index(window[1])
    drawing.add(
        Rect(
            LEFT + first_in * slot,
            BOTTOM,
            (last_in - first_in + 1) * slot,
            plot_height,
            fillColor=WINDOW,
            strokeColor=INK,
            strokeWidth=0.6,
            strokeDashArray=[2, 1.5],
        )
    )
    scale = _y_axis(drawing, top_value, plot_height, plot_width)
    every = max(1, math.ceil(12 / slot))
    for index, day in enumerate(days):
        count = attacks_by_day.get(day, 0)
        x = LEFT + index * slot
        if count:
            drawing.add(
                Rect(
                    x + slot * 0.18,
                    BOTTOM,
                    slot * 0.64,
                    count * scale,
                    fillColor=DARK,
                    strokeColor=INK,
                    strokeWidth=0.4,
                )
            )
        in_window = window[0] <= day <= window[1]
        if day % every == 0 or day == 1 or (in_window and slot >= 8):
            drawing.add(
                _text(
                    x + slot / 2, BOTTOM - 9, f"{day:+d}" if day < 0 else str(day), anchor="middle"
                )
            )
    _legend(
        drawing,
        (
            ("dark", _("migraine attacks starting on that cycle day")),
            ("window", _("perimenstrual window, days -2 to +3")),
        ),
        height - 10,
    )
    return drawing
