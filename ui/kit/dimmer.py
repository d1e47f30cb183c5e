"""A dark veil over a window while a low-light screen is open on top of it.

The attack screen is dark for a light-sensitive person; the window behind it, in the
light theme a bright white page, would still be the brightest thing in the room.
While the screen is open the veil covers the whole window (menus, calendar, status
bar): nearly black, translucent, no animation. It takes no input (the screen over it
is modal anyway) and follows the window's size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

VEIL = QColor(8, 10, 14, 225)
"""Nearly black: white under it shows as a dim grey (about 12 % light)."""


class Dimmer(QWidget):
    """Covers `window` when shown (`dim()`), gone after `undim()`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("dimmer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def dim(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            parent.installEventFilter(self)  # only while shown: not every event of the
            # window passes through here (thousands while it is built and first painted)
        self.raise_()
        self.show()

    def undim(self) -> None:
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None:
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(parent.rect())
            elif event.type() == QEvent.Type.ChildAdded and self.isVisible():
                self.raise_()  # a widget added later (a tab's view) stays under the veil
        return super().eventFilter(watched, event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), VEIL)
