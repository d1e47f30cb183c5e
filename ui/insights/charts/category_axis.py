"""A bottom axis of named bars whose labels never overlap, whatever the width.

Each bar (at a whole number: 0, 1, 2...) has a long label and a short one, e.g.
"Propranolol (Jun 2026)" and "Propranolol". The axis works from the room one bar has
on screen (its length in pixels over the bars shown) and writes the longest label that
fits, else the short one elided ("Greater occipital…"); when a bar has too little room
for even a few letters, only every second (third...) bar is named. The full names stay
in the chart's notes, tooltip and table.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

GAP = 10.0
"""Pixels kept free between two labels."""
LEAST = "Mmmm…"
"""The shortest label worth writing: below this, a bar is left unnamed instead."""


class CategoryAxis(pg.AxisItem):  # type: ignore[misc]
    """See the module: labels fitted to the room each bar has."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._labels: list[tuple[str, str]] = []
        self._room = 0.0

    def set_labels(self, labels: Sequence[tuple[str, str]]) -> None:
        """(long, short) label of each bar, in order."""
        self._labels = list(labels)
        self.picture = None
        self.update()

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.style["tickFont"] or self.font())

    def tickValues(self, min_val: float, max_val: float, size: float) -> list:  # type: ignore[type-arg]
        count = len(self._labels)
        if not count or max_val <= min_val or size <= 0:
            return []
        per_bar = size / (max_val - min_val)
        least = self._metrics().horizontalAdvance(LEAST) + GAP
        step = max(1, min(count, math.ceil(least / per_bar)))
        self._room = per_bar * step - GAP
        first = max(0, math.ceil(min_val))
        shown = [float(index) for index in range(first, count, step) if index <= max_val]
        return [(float(step), shown)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """The long labels when every bar shown has room for its own, else the short
        ones, elided where they still do not fit (one form along the axis)."""
        metrics = self._metrics()
        chosen = [self._labels[round(v)] for v in values if 0 <= round(v) < len(self._labels)]
        fits = all(metrics.horizontalAdvance(long) <= self._room for long, _ in chosen)
        return [
            long if fits else metrics.elidedText(short, Qt.TextElideMode.ElideRight, self._room)
            for long, short in chosen
        ]
