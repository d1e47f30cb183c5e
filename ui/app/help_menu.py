"""The Help menu's two entries, User guide (F1) and Keyboard shortcuts.

They are in the menu from the start; the windows they open (ui.app.help: the guide
as rich text, the shortcuts table) load when first chosen, not at every start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


def add_help(window: QMainWindow, menu: QMenu) -> None:
    """Help ▸ User guide (F1) and Help ▸ Keyboard shortcuts, in `window`'s `menu`."""
    guide = menu.addAction(translate("MainWindow", "&User guide"))
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda _checked=False: _show_guide(window))
    shortcuts = menu.addAction(translate("MainWindow", "&Keyboard shortcuts"))
    shortcuts.triggered.connect(lambda _checked=False: _show_shortcuts(window))
    menu.addSeparator()


def _show_guide(window: QMainWindow) -> None:
    from ui.app.help import show_guide

    show_guide(window)


def _show_shortcuts(window: QMainWindow) -> None:
    from ui.app.help import show_shortcuts

    show_shortcuts(window)
