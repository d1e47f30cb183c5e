"""Layouts that place their items left to right and wrap them onto new lines.

FlowLayout is for tags (symptoms, triggers, side effects), whose number is not known
ahead; FlowGrid for rows of equal big buttons that must never clip their labels.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemsLayout(QLayout):
    """What the layouts here share: their items in a list, the spacing between
    them, no margins, and a height that depends on the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]


class ArrangedLayout(ItemsLayout):
    """A layout that places its items with one `_arrange`: asked for the height a
    width needs, it arranges without moving anything."""

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in `rect` (only measure, unless `move`); the height used."""
        raise NotImplementedError

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)


class FlowLayout(ArrangedLayout):
    """Items in reading order, wrapped at the available width; `line_spacing`
    between wrapped lines (the spacing between items unless given)."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int | None = None
    ) -> None:
        super().__init__(parent, spacing)
        self._line_spacing = spacing if line_spacing is None else line_spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._line_spacing
                line_height = 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class FlowGrid(ItemsLayout):
    """Items in equal columns, as many as fit (at most `columns`), wrapping onto rows.

    For rows of big buttons (the attack screen's symptoms and medications): they
    look like a grid when there is room, and take fewer columns, never clipped
    text, when a translation or a narrow screen makes the labels wider than a row.
    The columns share the full width, so a row of buttons reaches both edges.
    """

    def __init__(self, parent: QWidget | None = None, columns: int = 4, spacing: int = 8) -> None:
        super().__init__(parent, spacing)
        self._columns = columns

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def _cell(self) -> QSize:
        """The size every cell asks for: the widest and the tallest item."""
        cell = QSize(0, 0)
        for item in self._shown():
            cell = cell.expandedTo(item.sizeHint()).expandedTo(item.minimumSize())
        return cell

    def _least_cell_width(self) -> int:
        """The narrowest a cell may be: an item whose text wraps (its height follows
        its width) needs only its minimum, any other its whole size hint."""
        least = 0
        for item in self._shown():
            needed = item.minimumSize() if item.hasHeightForWidth() else item.sizeHint()
            least = max(least, needed.width(), item.minimumSize().width())
        return least

    def _cell_height(self, width: int) -> int:
        """The height of a row of cells `width` wide: that of the tallest item there."""
        height = 0
        for item in self._shown():
            wanted = item.heightForWidth(width) if item.hasHeightForWidth() else -1
            height = max(height, wanted, item.sizeHint().height(), item.minimumSize().height())
        return height

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width` (at least one)."""
        shown = len(self._shown())
        cell = self._least_cell_width()
        fitting = (width + self._spacing) // max(1, cell + self._spacing)
        return max(1, min(self._columns, shown, fitting))

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _column_width(self, width: int, columns: int) -> int:
        return (width - (columns - 1) * self._spacing) // columns

    def _height(self, width: int) -> int:
        """The height of the items laid out in `width` (inside the margins)."""
        shown = self._shown()
        if not shown:
            return 0
        columns = self.columns_for(width)
        rows = -(-len(shown) // columns)
        cell = self._cell_height(self._column_width(width, columns))
        return rows * cell + (rows - 1) * self._spacing

    def heightForWidth(self, width: int) -> int:
        inner = width - self._margins().width()
        return self._height(inner) + self._margins().height()

    def sizeHint(self) -> QSize:
        columns = max(1, min(self._columns, len(self._shown())))
        width = columns * self._cell().width() + (columns - 1) * self._spacing
        return QSize(width, self._height(width)) + self._margins()

    def minimumSize(self) -> QSize:
        """One cell: the layout reflows to one column rather than clip a label. Its
        height is the least of a row (the height that follows the width is asked
        through heightForWidth, so a scroll area does not keep the height of the
        narrowest layout)."""
        height = max((item.minimumSize().height() for item in self._shown()), default=0)
        return QSize(self._least_cell_width(), height) + self._margins()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        columns = self.columns_for(area.width())
        width = self._column_width(area.width(), columns)
        height = self._cell_height(width)
        for index, item in enumerate(self._shown()):
            row, column = divmod(index, columns)
            x = area.x() + column * (width + self._spacing)
            y = area.y() + row * (height + self._spacing)
            item.setGeometry(QRect(x, y, width, height))
