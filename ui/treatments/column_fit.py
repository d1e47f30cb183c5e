"""Columns of a tree or table that share the width the view has.

Each column wants the width of its widest cell (and its heading); when the view is
narrower than all of them together (a 1024 px window, a longer language), the widest
columns give way first, each down to a floor of its own, and their long cells are
elided (every cell keeps its full text in its tooltip). The last column takes what is
left, so no column is pushed out of sight behind a horizontal scroll bar. The fit is
made again whenever the view's width changes: widths are never worked out before the
width is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTreeView

PADDING = 12
"""Room beside a cell's text (the text never touches the column's edge)."""


def shared_widths(wanted: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """Widths no wider than `wanted` that add up to at most `room`: the widest give
    way first ("water filling" from the top), none below its floor (the floors win
    over `room` when even they do not fit)."""
    floors = [min(f, w) for f, w in zip(floors, wanted, strict=True)]
    if sum(wanted) <= room:
        return list(wanted)
    if sum(floors) >= room:
        return floors
    low, high = 0, max(wanted)
    while low < high:  # the highest cap whose widths still fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for w, f in zip(wanted, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(w, low)) for w, f in zip(wanted, floors, strict=True)]


class ColumnFit(QObject):
    """Keeps `view`'s columns fitted to its width (see the module): `floors` and
    `caps` have one floor and one most per column but the last, which stretches into
    what is left and gets at least `last_floor`. Call `fit()` after refilling the view."""

    def __init__(
        self, view: QTreeView, floors: Sequence[int], caps: Sequence[int], last_floor: int
    ) -> None:
        super().__init__(view)
        self._view = view
        self._floors = list(floors)
        self._caps = list(caps)
        self._last_floor = last_floor
        self._width = -1
        view.header().setStretchLastSection(True)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        view = self._view
        room = view.viewport().width()
        self._width = room
        wanted = []
        for column, cap in enumerate(self._caps):
            view.resizeColumnToContents(column)  # the widest cell or the heading
            wanted.append(min(cap, view.columnWidth(column) + PADDING))
        heading = view.header().sectionSizeHint(len(self._floors))  # the last one's, whole
        widths = shared_widths(wanted, self._floors, room - max(self._last_floor, heading))
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._view.viewport().width() != self._width:
            self.fit()
        return False
