"""The mouse wheel scrolls a form; it never changes a value the person did not pick.

In a scrolled form (the check-in, the Insights page...) a spin box, combo box or
slider under the pointer would take the wheel meant for the page: the sleep hours
turn to 2.5 and the focus jumps into the field (issue 16). One guard per
application, made by ui.app.start.application, keeps every such field out of the
wheel's way; the application's style (ui.kit.theme_style) hands it each widget as
the widget is polished (`keep_out_of_the_wheel`):

- a field is given Qt.FocusPolicy.StrongFocus (Tab and a click still focus it; the
  wheel no longer does) and the guard watches its events;
- a wheel turn over it while it does not have the focus, inside a scroll area,
  goes to that scroll area, which scrolls. Once the person clicked or tabbed into
  the field, the wheel changes its value as usual.

The guard watches the fields only, not the whole application: an application-wide
filter passes every event of every widget through Python, which made each start
about 20 ms (0.3 x a bare window) slower (docs/performance.md).
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
    """The fields' filter (one per QApplication, see `install`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and is_guarded(watched):
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
    """Make `app`'s guard once (a second call finds the first); from then on every
    field polished by the application's style is kept out of the wheel's way."""
    existing = _guard_of(app)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    guard.setObjectName(_FILTER_NAME)
    return guard


def _guard_of(app: QObject) -> WheelGuard | None:
    found = app.findChild(WheelGuard, _FILTER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, WheelGuard) else None


def keep_out_of_the_wheel(widget: QWidget) -> None:
    """As `widget` is polished (ui.kit.theme_style): a field a wheel turn would change
    gets StrongFocus and the guard, once the application has one (`install`)."""
    if not is_guarded(widget):
        return
    app = QApplication.instance()
    guard = _guard_of(app) if app is not None else None
    if guard is None:
        return  # no guard (a test without the app's start): Qt's own behaviour
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(guard)
