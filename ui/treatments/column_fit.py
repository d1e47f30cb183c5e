"""Columns of a tree or table that share the width the view has, their long cells
wrapped onto more lines in rows that grow to hold them.

Each column wants the width of its widest cell on one line (and its heading); when
the view is narrower than all of them together (a 1024 px window, a longer
language), the widest columns give way first, each down to a floor of its own and
never below its longest word, and their long cells wrap between words: a row is as
tall as its tallest cell needs at the column's width (WrappingRows), so a side
effect or a reason for stopping reads whole, never cut to "Übelk…". The last column
takes what is left, so no column is pushed out of sight behind a horizontal scroll
bar. The fit is made again whenever the view's width changes (and the rows' heights
whenever a column's width changes): widths are never worked out before the width is
known.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QTimer,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from ui.kit.wrapping import longest_word

PADDING = 12
"""Room beside a cell's text (the text never touches the column's edge)."""
FIRST_SHARE = 0.3
"""The share of the width the first column keeps before the others give way."""


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


def depth(index: QModelIndex | QPersistentModelIndex) -> int:
    """How many parents a tree's row has (a top-level row has none)."""
    levels = 0
    parent = index.parent()
    while parent.isValid():
        levels += 1
        parent = parent.parent()
    return levels


def indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every row's first cell under `parent` (the whole tree by default), top to bottom."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from indexes(model, index)


class WrappingRows(QStyledItemDelegate):
    """Cells whose text wraps between words at their column's width: a cell asks for
    its one-line width (what fitting a column to its contents measures) and for the
    height its wrapped lines need (what a row's height is made of)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width a cell's text has: its column's, less the tree's indentation in
        the first column."""
        view = self._view
        width = view.columnWidth(index.column())
        if index.column() == 0:
            levels = depth(index) + (1 if view.rootIsDecorated() else 0)
            width -= view.indentation() * levels
        return max(1, width)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        natural = super().sizeHint(option, index)  # on one line
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        wrapped.rect = QRect(0, 0, self.text_width(index), 1 << 20)
        view = self._view
        size = view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), view
        )
        return QSize(natural.width(), max(natural.height(), size.height()))


class ColumnFit(QObject):
    """Keeps `view`'s columns fitted to its width (see the module): `floors` and
    `caps` have one floor and one most per column but the last, which stretches into
    what is left and gets at least `last_floor`; with a `last_cap` it also gives way
    like the others, wanting its widest cell up to that most (not only what the
    others leave). Call `fit()` after refilling the view."""

    def __init__(
        self,
        view: QTreeView,
        floors: Sequence[int],
        caps: Sequence[int],
        last_floor: int,
        last_cap: int = 0,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._floors = list(floors)
        self._caps = list(caps)
        self._last_floor = last_floor
        self._last_cap = last_cap
        self._width = -1
        self.rows = WrappingRows(view)
        view.setItemDelegate(self.rows)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerPixel)  # rows differ
        view.header().setStretchLastSection(True)
        view.viewport().installEventFilter(self)
        self._heights = QTimer(self)  # the rows' heights again, once, after widths change
        self._heights.setSingleShot(True)
        self._heights.setInterval(0)
        self._heights.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: self._heights.start())

    def _longest_words(self) -> list[int]:
        """Each column's widest word (with the first column's indentation): the
        least it needs so that wrapping never cuts a word."""
        view = self._view
        model = view.model()
        metrics = QFontMetrics(view.font())
        widest = [0] * model.columnCount()
        for first in indexes(model):
            for column in range(model.columnCount()):
                text = str(model.index(first.row(), column, first.parent()).data() or "")
                need = longest_word(text, metrics)
                if column == 0:
                    need += view.indentation() * (depth(first) + 1)
                widest[column] = max(widest[column], need + PADDING)
        return widest

    def fit(self) -> None:
        view = self._view
        room = view.viewport().width()
        self._width = room
        words = self._longest_words()
        wanted = []
        for column, cap in enumerate(self._caps):
            view.resizeColumnToContents(column)  # the widest cell or the heading
            wanted.append(max(words[column], min(cap, view.columnWidth(column) + PADDING)))
        floors = [max(f, w) for f, w in zip(self._floors, words, strict=False)]
        # the tree's own column (its indentation eats into it) keeps its one line
        # up to a share of the room, so its short names do not wrap first
        floors[0] = max(floors[0], min(wanted[0], round(room * FIRST_SHARE)))
        last = len(self._floors)
        heading = view.header().sectionSizeHint(last)  # the last one's, whole
        least_last = max(self._last_floor, heading, words[last])
        most_last = min(self._last_cap, view.sizeHintForColumn(last) + PADDING)
        last_wanted = max(least_last, most_last)
        widths = shared_widths([*wanted, last_wanted], [*floors, least_last], room)
        for column, width in enumerate(widths[:last]):
            view.setColumnWidth(column, width)
        self._heights.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._view.viewport().width() != self._width:
            self.fit()
        return False
