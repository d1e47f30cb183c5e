"""Where the keyboard focus goes: into a composite field, and back after a dialog.

`pass_focus` makes a container (a field with its problem line, a row of a field and
a check box, a tag editor) hand focus to the field inside it, so a form label's
Alt+key naming the container reaches the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def pass_focus(container: QWidget, field: QWidget) -> None:
    """Focus given to `container` (a label's Alt+key, a click on its free space)
    goes to `field`.

    QLabel gives its buddy focus only when the buddy itself accepts focus; it does
    not look through the focus proxy, so a container with the default NoFocus
    swallowed the Alt+key and typing went on in the field before. Tab passes over a
    widget with a focus proxy, so the field keeps its place in the Tab order."""
    container.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    container.setFocusProxy(field)
