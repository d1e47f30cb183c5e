"""Helpers for the check-in, cycle, treatment, questionnaire and visit-note widget
tests (imported explicitly; tests/ui/conftest.py belongs to the main-window tests)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal.storage import Journal


def open_journal(folder: Path) -> Journal:
    """A fresh journal file, as in real use."""
    return Journal.open(folder / "journal.sqlite3")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, keys: Iterable[str | Qt.Key]) -> None:
    """Type into whatever has the focus, one key at a time, as a keyboard user would:
    a string is typed character by character, a Qt.Key is pressed once."""
    for key in keys:
        if isinstance(key, str):
            for char in key:
                qtbot.keyClick(focused(), char)
        else:
            qtbot.keyClick(focused(), key)


TAB = Qt.Key.Key_Tab
ENTER = Qt.Key.Key_Return


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show a widget as the active window, so that it has the keyboard."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
