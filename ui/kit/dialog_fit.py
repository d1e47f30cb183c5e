"""A dialog whose content may grow taller than the screen: the content scrolls, the
buttons stay in view, and the dialog never makes itself taller than the free screen.

The import dialog's column mapping, date question, preview and remarks together are
taller than a 1024x700 screen (issue 16: it grew to 669 px at y=66 and its buttons
went off the bottom). `scrolled_content` puts the content in a frameless scroll
area above the buttons; `keep_within_screen` caps the dialog's height at the
screen's free height, so no later growth (a mapping shown, a long remark) resizes
it past the screen; `grow_to_content` lets it grow up to that cap as its content
grows (and moves it up if its bottom would leave the screen), so the content
scrolls only when the screen has no more room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

WINDOW_FRAME = 48
"""What a window manager adds around a dialog (title bar and borders), at most."""


def scrolled_content(outer: QVBoxLayout, name: str) -> QVBoxLayout:
    """A scroll area added to `outer` (taking its spare height), named `name` for a
    screen reader; returns the layout to put the content in."""
    area = QScrollArea()
    area.setObjectName("dialogContent")
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    area.setWidget(content)
    outer.addWidget(area, 1)
    return layout


def free_height(dialog: QWidget) -> int:
    """The height a dialog may take on its screen, its window frame left out."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() - WINDOW_FRAME


def keep_within_screen(dialog: QDialog) -> None:
    """Never taller than the free screen, whatever its content asks for later."""
    dialog.setMaximumHeight(free_height(dialog))
    if dialog.height() > dialog.maximumHeight():
        dialog.resize(dialog.width(), dialog.maximumHeight())


def grow_to_content(dialog: QDialog) -> None:
    """Taller, up to the free screen, when the scrolled content needs it (never
    shorter: nothing jumps back as the person goes), and kept on the screen."""
    area = dialog.findChild(QScrollArea, "dialogContent")
    content = area.widget() if area is not None else None
    if area is None or content is None or not dialog.isVisible():
        return
    width = area.viewport().width()
    needed = content.heightForWidth(width) if content.hasHeightForWidth() else -1
    needed = max(needed, content.sizeHint().height())
    wanted = min(dialog.height() - area.viewport().height() + needed, dialog.maximumHeight())
    if wanted > dialog.height():
        dialog.resize(dialog.width(), wanted)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    frame = dialog.frameGeometry()
    if frame.bottom() > free.bottom():
        dialog.move(dialog.x(), max(free.top(), dialog.y() - (frame.bottom() - free.bottom())))
