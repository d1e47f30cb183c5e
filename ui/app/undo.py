"""The window's one Undo (Entry ▸ Undo, Ctrl+Z): it undoes whatever Undo is on
screen, the banner's "Attack ended — Undo" or the day's "Attack deleted — Undo",
the one offered last. It is greyed out when neither is offered, and names what it
would undo. Whether an Undo is still right is the journal's to say
(operations.still_as_saved): a stale one is refused in words and goes away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.app.attack_ending import undo_end

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow


class WindowUndo(QObject):
    """Entry ▸ Undo in `menu`, following the window's banner and day view."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._source: QWidget | None = None
        self.action = QAction(self.tr("&Undo"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda _checked=False: self.undo())
        menu.addAction(self.action)
        window.banner.undo_changed.connect(lambda: self._offered(window.banner))
        window.day_view.undo_changed.connect(lambda: self._offered(window.day_view))

    def _available(self, source: QWidget) -> bool:
        if source is self._window.banner:
            return self._window.banner.ended is not None
        return self._window.day_view.undo_text() != ""

    def _offered(self, source: QWidget) -> None:
        """An Undo came or went: the action follows the one offered last."""
        window = self._window
        if self._available(source):
            self._source = source
        elif self._source is source:
            others = [w for w in (window.banner, window.day_view) if self._available(w)]
            self._source = others[0] if others else None
        current = self._source
        self.action.setEnabled(current is not None)
        if current is window.banner:
            self.action.setText(self.tr("&Undo: end of the attack"))
        elif current is window.day_view:
            self.action.setText(self.tr("&Undo: {0}").format(window.day_view.undo_text()))
        else:
            self.action.setText(self.tr("&Undo"))

    def undo(self) -> None:
        """Undo what is offered on screen (nothing when nothing is)."""
        window = self._window
        if self._source is window.banner:
            undo_end(window, window.banner.ended)
        elif self._source is window.day_view:
            window.day_view.undo()
