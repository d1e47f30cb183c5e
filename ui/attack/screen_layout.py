"""The attack screen's layout: its heading, labelled rows of big toggles, and the
scrolling area of choices, sized to show them all and to fit the screen (the window
grows to fit new choices, never past the screen, and scrolls only when it must)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QWidget,
)

from ui.kit.wrapping import WrappingButton


class ChoicesArea(QScrollArea):
    """Scrolls the choices only when the screen is too short: it asks for their full
    height and width, and can shrink in height (never in width) when it must. The
    (dark) scroll bar's room is kept even when there is nothing to scroll."""

    def __init__(self, choices: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Its room is always kept: a scroll bar appearing (a notice under the doses
        # on a short screen) would narrow the buttons and move every one of them.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWidget(choices)
        self.setAccessibleName(QCoreApplication.translate("AttackScreen", "Attack choices"))
        # Not a Tab stop of its own: Tab goes to the choices in it, and the area
        # scrolls to show the one focused.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _inner(self) -> tuple[QSize, QSize]:
        inner = self.widget()
        if inner is None:
            return QSize(0, 0), QSize(0, 0)
        return inner.sizeHint(), inner.minimumSizeHint()

    def sizeHint(self) -> QSize:
        hint, _ = self._inner()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        _, least = self._inner()
        return QSize(least.width() + self.verticalScrollBar().sizeHint().width(), 120)


LEAST_WIDTH = 800
"""The attack screen is at least this wide when the display allows: big, calm targets."""
TITLE_BAR = 40
"""Room kept free above the attack screen for a window manager's title bar."""


def heading(title: QLabel, started: QLabel) -> QHBoxLayout:
    """The title, and when the attack started on the right; that one wraps when a
    translation makes the line too long."""
    row = QHBoxLayout()
    started.setWordWrap(True)
    started.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(title)
    row.addSpacing(16)
    row.addWidget(started, 1)
    return row


def section_label(parent: QWidget, text: str) -> QLabel:
    """A quiet upper-case heading over a group of choices; wraps rather than clip."""
    label = QLabel(text.upper(), parent)
    label.setWordWrap(True)
    label.setContentsMargins(0, 6, 0, 0)
    label.setObjectName("section")
    return label


SECTION_WIDTH = 116
"""The least width of the column of section headings at the left of the attack
screen's rows: a heading beside its row rather than above it leaves the screen room
for one more row of big buttons within 700 px."""


def section_row(parent: QWidget, text: str, content: QWidget | QLayout) -> QHBoxLayout:
    """A section's heading in the left column, its choices to the right of it (give
    the headings one width with `align_sections`)."""
    label = section_label(parent, text)
    label.setContentsMargins(0, 10, 8, 0)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    row = QHBoxLayout()
    row.setSpacing(0)
    row.addWidget(label)
    if isinstance(content, QLayout):
        row.addLayout(content, 1)
    else:
        row.addWidget(content, 1)
    return row


def align_sections(rows: list[QHBoxLayout]) -> None:
    """One width for the headings of `rows`: at least SECTION_WIDTH, and wide enough
    for the longest word of any of them (a heading wraps between words, never inside
    one: "MEDIKAMENT EINGENOMMEN")."""
    labels = [item.widget() for row in rows if (item := row.itemAt(0)) is not None]
    width = SECTION_WIDTH
    for label in labels:
        if label is not None:
            label.ensurePolished()
            width = max(width, label.minimumSizeHint().width())
    for label in labels:
        if label is not None:
            label.setFixedWidth(width)


def toggle_button(parent: QWidget, label: str, checked: bool) -> QPushButton:
    """A big on/off button that shows a tick when on (not only a colour); its text
    wraps rather than widen the row (a translation longer than English)."""
    button = WrappingButton("", parent)
    button.setCheckable(True)
    button.setAutoDefault(False)
    button.setChecked(checked)
    button.setAccessibleName(label)

    def show_state(on: bool) -> None:
        button.setText(f"✓  {label}" if on else label)

    show_state(checked)
    button.toggled.connect(show_state)
    return button


def _side_margins(widget: QWidget) -> int:
    """The layout margins left and right of `widget`, up to its window."""
    total = 0
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            total += margins.left() + margins.right()
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return total


def _size_changed(widget: QWidget) -> None:
    """Tell the layouts from `widget` up to its window that its size hint changed
    (a scroll area does not pass on that its content grew), so that their cached
    hints are measured again now rather than after the next event loop turn."""
    while not widget.isWindow():
        widget.updateGeometry()
        parent = widget.parentWidget()
        if parent is None:
            return
        widget = parent


def fitting_size(area: ChoicesArea, available: QSize, least_width: int) -> QSize:
    """The size of `area`'s window that shows all its choices without clipping or
    scrolling: as wide as the choices ask (at least `least_width`), as tall as they
    need at that width (labels wrap, button rows flow). Within `available`; the
    choices scroll only when the screen is too small for them."""
    window = area.window()
    inner = area.widget()
    _size_changed(area)
    width = max(window.sizeHint().width(), least_width, window.minimumSizeHint().width())
    width = min(width, max(available.width(), window.minimumSizeHint().width()))
    if inner is None:
        return QSize(width, min(window.sizeHint().height(), available.height()))
    chrome = window.sizeHint().height() - area.sizeHint().height()
    viewport = width - _side_margins(area) - area.verticalScrollBar().sizeHint().width()
    if inner.hasHeightForWidth():
        needed = inner.heightForWidth(viewport)
    else:
        needed = inner.sizeHint().height()
    return QSize(width, min(chrome + needed, available.height()))


def available_area(widget: QWidget) -> QRect:
    """The free area of `widget`'s screen, less a title bar."""
    return widget.screen().availableGeometry().adjusted(0, TITLE_BAR, 0, 0)


def fit_window(area: ChoicesArea, available: QRect, *, grow_only: bool = False) -> None:
    """Resize `area`'s window to show all its choices (fitting_size), kept inside
    `available`; with `grow_only` it never shrinks."""
    window = area.window()
    window.ensurePolished()  # measure with the style sheet's sizes
    # ...and with every layout set up: before the first show, a heading that wraps onto
    # more lines than its row of buttons is tall was measured one row too short
    for widget in (window, *window.findChildren(QWidget)):
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    size = fitting_size(area, available.size(), LEAST_WIDTH)
    if grow_only:
        size = size.expandedTo(window.size()).boundedTo(available.size().expandedTo(window.size()))
    if size == window.size():
        return
    window.resize(size)
    overflow = window.frameGeometry().bottom() - available.bottom()
    if window.isVisible() and overflow > 0:
        window.move(window.x(), max(available.top(), window.y() - overflow))


def reveal(area: ChoicesArea, widget: QWidget) -> None:
    """Scroll `area` so that `widget` is in view, with the layouts brought up to date."""
    for holder in (area.parentWidget(), area.widget()):
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.activate()
    area.ensureWidgetVisible(widget, 0, 4)
