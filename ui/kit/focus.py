"""Where the keyboard focus goes: into a composite field, and back after a dialog.

`pass_focus` makes a container (a field with its problem line, a row of a field and
a check box, a tag editor) hand focus to the field inside it, so a form label's
Alt+key naming the container reaches the field. `focus_in_view` focuses a widget
for a shortcut and scrolls it into view. `FOCUS_RETURN` gives the focus back to
where it was when a dialog closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QScrollArea, QWidget


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
            layout = inner.layout() if inner is not None else None
            if layout is not None:
                layout.activate()  # rows just rebuilt (another day) placed now
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


def keep_focus_in_view(app: QApplication) -> None:
    """From now on, a widget that gets the keyboard focus out of view (a label's
    Alt+key, a shortcut, focus given back) is scrolled into view in the scroll
    areas around it, as Tab already does (once per application)."""
    if app.property(_IN_VIEW):
        return
    app.setProperty(_IN_VIEW, True)
    app.focusChanged.connect(_scroll_to_focus)


_IN_VIEW = "keepsFocusInView"


def _scroll_to_focus(_old: QWidget | None, new: QWidget | None) -> None:
    parent = new.parentWidget() if new is not None else None
    while new is not None and parent is not None:
        if isinstance(parent, QScrollArea) and not shows_whole(new, parent):
            parent.ensureWidgetVisible(new)
        parent = parent.parentWidget()


def shows_whole(widget: QWidget, area: QScrollArea) -> bool:
    """All of `widget` is within what `area` shows now."""
    port = area.viewport()
    top_left = widget.mapTo(port, widget.rect().topLeft())
    return port.rect().contains(QRect(top_left, widget.size()))


class FocusReturn(QObject):
    """Gives the keyboard focus back when a dialog closes: to the widget that had
    it in the window the dialog was opened over (the attack screen, a form, a
    message over a dialog). Installed on every dialog as it is made
    (ui.kit.theme_style sees each one).

    Left to the platform, the window behind often got no focus at all (offscreen
    always; on a desktop after the attack screen's veil), and the keyboard user
    had to find their place with the mouse."""

    def __init__(self) -> None:
        super().__init__()
        self._had_it: dict[int, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a modal dialog (or the attack screen) takes the keyboard from its window;
        # one shown beside it (the 2-hour question) leaves it where the person is
        if isinstance(watched, QDialog) and watched.windowModality() != Qt.WindowModality.NonModal:
            if event.type() == QEvent.Type.Show:
                self._remember(watched)
            elif event.type() == QEvent.Type.Hide:
                self._give_back(watched)
        return False

    def _remember(self, dialog: QDialog) -> None:
        had = QApplication.focusWidget()
        opener = dialog.parentWidget()
        if (had is None or dialog.isAncestorOf(had)) and opener is not None:
            had = opener.window().focusWidget()
        if had is not None and not dialog.isAncestorOf(had):
            self._had_it[_key(dialog)] = had

    def _give_back(self, dialog: QDialog) -> None:
        had = self._had_it.pop(_key(dialog), None)
        if had is not None:
            # once the platform is done with the closing (it takes the focus away
            # from the window it deactivates)
            QTimer.singleShot(0, lambda: _focus_again(had))


def _key(dialog: QDialog) -> int:
    """The dialog's own address: a message box made in C++ comes to Python in a
    new wrapper each time."""
    return int(shiboken6.getCppPointer(dialog)[0])


def _focus_again(widget: QWidget) -> None:
    if not shiboken6.isValid(widget):
        return
    window = widget.window()
    if not window.isVisible() or not widget.isVisible() or not widget.isEnabled():
        return
    active = QApplication.activeWindow()
    if (active is not None and active is not window) or _dialog_over(window):
        return  # another dialog opened meanwhile: it keeps the keyboard
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def _dialog_over(window: QWidget) -> bool:
    """A dialog opened over `window` shows (one opened as the other closed)."""
    return any(
        isinstance(shown, QDialog)
        and shown.isVisible()
        and (opener := shown.parentWidget()) is not None
        and opener.window() is window
        for shown in QApplication.topLevelWidgets()
    )


FOCUS_RETURN = FocusReturn()
