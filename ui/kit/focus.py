"""Where the keyboard focus goes: into a composite field, and back after a dialog.

`pass_focus` makes a container (a field with its problem line, a row of a field and
a check box, a tag editor) hand focus to the field inside it, so a form label's
Alt+key naming the container reaches the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget


def pass_focus(container: QWidget, field: QWidget) -> None:
    """Focus given to `container` (a label's Alt+key, a click on its free space)
    goes to `field`.

    QLabel gives its buddy focus only when the buddy itself accepts focus; it does
    not look through the focus proxy, so a container with the default NoFocus
    swallowed the Alt+key and typing went on in the field before. Tab passes over a
    widget with a focus proxy, so the field keeps its place in the Tab order."""
    container.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    container.setFocusProxy(field)


def focus_in_view(widget: QWidget, *context: QWidget) -> None:
    """Focus `widget` as a shortcut does (its focus ring shows) and scroll every
    scroll area around it so it shows, with `context` (its title) when they fit.

    setFocus alone does not scroll: Ctrl+K focused the check-in's first factor
    while the area showed its end, with no focus to be seen."""
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            if inner is not None and inner.layout() is not None:
                inner.layout().activate()  # rows just rebuilt (another day) placed now
            for shown in (*context, widget):
                parent.ensureWidgetVisible(shown)
        parent = parent.parentWidget()


def pass_focus_by_choice(container: QWidget, choice: QAbstractButton, field: QWidget) -> None:
    """Focus given to `container` goes to `field`, or to `choice` while it is
    ticked (and holds the field off): an end and its "Still going on"."""

    def follow(ticked: bool) -> None:
        pass_focus(container, choice if ticked else field)

    follow(choice.isChecked())
    choice.toggled.connect(follow)
