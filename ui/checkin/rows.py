"""Even rows for the check-in list: every answer the same height, on one left edge.

Yes/no and level answers are rows of buttons inside a focus frame (ChoiceRow), which
makes them taller than an amount box or the note; left alone the list looks uneven
and the boxes start a few pixels left of the buttons. `even_rows` fixes both after
`ui.checkin.factor_editors.factor_grid` laid the rows out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.kit.form_widgets import ChoiceRow


def grid_row(grid: QGridLayout, widget: QWidget | None) -> int | None:
    """The grid row `widget` sits in, or None when it is not in the grid."""
    index = grid.indexOf(widget) if widget is not None else -1
    if index < 0:
        return None
    position = cast(tuple[int, int, int, int], grid.getItemPosition(index))
    return position[0]


def even_rows(grid: QGridLayout, fields: list[QWidget], problems: Iterable[QLabel]) -> int:
    """Give each field's row in `grid` the same height and line the answers up.

    Amount boxes and the note take the choice buttons' height and left edge (inside
    the focus frame), every row gets the height of the tallest one (label or field),
    names (and a role under a name) end at one right edge, and problem text lines up
    with the answers. Returns the row height."""
    inset, box = 0, 0
    for row in (field for field in fields if isinstance(field, ChoiceRow)):
        row.ensurePolished()
        layout = row.layout()
        inset = row.frameWidth() + (layout.contentsMargins().left() if layout else 0)
        for button in row.buttons():
            box = max(box, button.sizeHint().height(), button.minimumHeight())
    placed = [(field, line) for field in fields if (line := grid_row(grid, field)) is not None]
    height = 0
    for field, line in placed:
        if box and not isinstance(field, ChoiceRow):
            field.setFixedHeight(box)
            _inset(grid, field, line, inset)
            own = box + 2 * inset
        else:
            own = field.sizeHint().height()
        item = grid.itemAtPosition(line, 0)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):  # a name with its role below: both lines flush right
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        height = max(height, own, label.sizeHint().height() if label is not None else 0)
    for _field, line in placed:
        grid.setRowMinimumHeight(line, height)
    for problem in problems:
        problem.setIndent(inset)
    if box:  # the rows' own insets already keep them apart
        grid.setVerticalSpacing(0)
        grid.setContentsMargins(0, 0, 0, 0)
    return height


def _inset(grid: QGridLayout, field: QWidget, line: int, inset: int) -> None:
    """Move `field` (in column 1) into a holder that keeps it `inset` pixels in."""
    holder = QWidget(field.parentWidget())
    grid.removeWidget(field)
    inner = QHBoxLayout(holder)
    inner.setContentsMargins(inset, 0, 0, 0)
    inner.addWidget(field)
    alignment = Qt.AlignmentFlag.AlignVCenter
    if not isinstance(field, QLineEdit):  # the note keeps the full width
        alignment |= Qt.AlignmentFlag.AlignLeft
    grid.addWidget(holder, line, 1, alignment)
