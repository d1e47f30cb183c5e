"""A row of buttons in two groups, the first at the left and the second at the
right, that puts the second group on a line of its own when both do not fit.

Used under the day's entries ("Add attack…", "Log dose…", "Period…" | "Edit…",
"Delete"), whose German words are long: without wrapping the row alone made the
main window wider than a 1280 px screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.kit.flow_layout import ArrangedLayout


def button_group(parent: QWidget, *buttons: QWidget) -> QWidget:
    """The buttons side by side in one widget, kept together when the row wraps."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    return group


class ButtonRow(ArrangedLayout):
    """The first item added at the left, the last at the right; when the width is
    too small for all of them on one line, each item gets a line of its own (the
    last one still at the right)."""

    def __init__(self, spacing: int = 12) -> None:
        super().__init__(None, spacing)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:
        hints = [item.sizeHint() for item in self._shown()]
        width = sum(hint.width() for hint in hints) + self._spacing * (len(hints) - 1)
        return QSize(max(width, 0), max((hint.height() for hint in hints), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the groups in `rect`; return the height they need."""
        shown = self._shown()
        hints = [item.sizeHint() for item in shown]
        one_line = sum(hint.width() for hint in hints) + self._spacing * (len(hints) - 1)
        y, line_height = rect.y(), 0
        for index, (item, hint) in enumerate(zip(shown, hints, strict=True)):
            at_right = index == len(shown) - 1 and index > 0
            if index > 0 and one_line > rect.width():
                y, line_height = y + line_height + self._spacing // 2, 0
            x = rect.right() + 1 - hint.width() if at_right else rect.x()
            if move:
                width = min(hint.width(), rect.width())
                item.setGeometry(QRect(QPoint(max(x, rect.x()), y), QSize(width, hint.height())))
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()
