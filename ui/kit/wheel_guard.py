"""The mouse wheel scrolls a form; it never changes a value the person did not pick.

In a scrolled form (the check-in, the Insights page...) a spin box, combo box or
slider under the pointer would take the wheel meant for the page: the sleep hours
turn to 2.5 and the focus jumps into the field (issue 16). One application-wide
filter, installed by ui.app.start.application, keeps every such field out of the
wheel's way:

- it is given Qt.FocusPolicy.StrongFocus as it is polished (Tab and a click still
  focus it; the wheel no longer does);
- a wheel turn over it while it does not have the focus, inside a scroll area,
  goes to that scroll area, which scrolls. Once the person clicked or tabbed into
  the field, the wheel changes its value as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)
"""The fields whose value a wheel turn changes (a scroll bar is a slider, but it is
the scroll area's own: left alone)."""

_FILTER_NAME = "wheelGuard"


def is_guarded(widget: QObject) -> bool:
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area whose page holds `widget` (not a list's own popup)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The application's filter (one per QApplication, see `install`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and is_guarded(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and is_guarded(watched):
            assert isinstance(watched, QWidget) and isinstance(event, QWheelEvent)
            if not watched.hasFocus():
                return self._scroll_instead(watched, event)
        return False

    def _scroll_instead(self, field: QWidget, event: QWheelEvent) -> bool:
        area = scroll_area_of(field)
        if area is None:
            return False  # not in a scrolled page: the field keeps Qt's behaviour
        viewport = area.viewport()
        position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
            event.pointingDevice(),
        )
        QApplication.sendEvent(viewport, forwarded)
        event.accept()  # handled: not passed on to the field's parents again
        return True


def install(app: QApplication) -> WheelGuard:
    """Install the guard on `app` once (a second call finds the first)."""
    existing = app.findChild(WheelGuard, _FILTER_NAME)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    guard.setObjectName(_FILTER_NAME)
    app.installEventFilter(guard)
    return guard
