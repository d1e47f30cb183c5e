"""The application style: Fusion (or the platform's) with two fixes for dark looks.

- Fusion outlines a check box or radio button in the window colour darkened, which
  on a dark page is all but invisible: on a dark palette the outline is drawn again
  in the palette's muted text colour (PlaceholderText), so an unticked box shows.
- A completer's popup is a window of its own, so it takes the application's palette,
  not the palette of the field it completes: a white list under a dark low-light
  form. Each time it shows, it takes its field's palette.

ui.kit.theme.apply_theme installs it; nothing else needs to know about it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from ui.kit import focus, low_light, wheel_guard

Primitive = QStyle.PrimitiveElement


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark (the rule ui.kit.theme uses too)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeStyle(QProxyStyle):
    """A proxy of a named style ("Fusion", or the platform's) with visible check
    boxes and radio buttons on dark palettes and completer popups in their field's
    colours: `ThemeStyle("Fusion")`."""

    def polish(self, target: Any) -> Any:  # QWidget, QPalette or QApplication
        """Watch completer popups (windows that complete a field) as they are made;
        a dialog opened from a low-light window (an error message over the attack
        screen) is made dark before it first paints, never a white flash; a field
        the wheel would change is handed to the wheel guard (ui.kit.wheel_guard);
        every dialog hands the focus back when it closes (ui.kit.focus)."""
        if isinstance(target, QDialog):
            target.installEventFilter(focus.FOCUS_RETURN)
        if isinstance(target, QDialog) and not target.property(low_light.LOW_LIGHT):
            # only watched here: changing a style sheet while being polished (a new
            # style re-polishes every widget) would re-enter the style and crash
            target.installEventFilter(self)
        if (
            isinstance(target, QAbstractItemView)
            and target.isWindow()
            and target.focusProxy() is not None
        ):
            target.installEventFilter(self)
            if not target.objectName():
                target.setObjectName("completerPopup")  # framed by ui.kit.theme's style sheet
        if isinstance(target, QWidget):
            wheel_guard.keep_out_of_the_wheel(target)  # a spin box, combo box or slider
        return super().polish(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not watched.property(low_light.LOW_LIGHT)
        ):
            opener = watched.parentWidget()
            if opener is not None and opener.window().property(low_light.LOW_LIGHT):
                low_light.apply_form(watched)  # dark before its first paint
        if event.type() == QEvent.Type.Show and isinstance(watched, QAbstractItemView):
            field = watched.focusProxy()
            if field is not None and watched.palette() != field.palette():
                watched.setPalette(field.palette())
                watched.viewport().setPalette(field.palette())  # no inheritance under
                # an application style sheet
        return super().eventFilter(watched, event)


class DarkThemeStyle(ThemeStyle):
    """ThemeStyle with check box and radio button outlines redrawn for a dark
    palette. Only dark looks get it: a Python drawPrimitive is called for every
    primitive of every paint, which costs start-up and scrolling time."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in (Primitive.PE_IndicatorCheckBox, Primitive.PE_IndicatorRadioButton):
            return
        if not is_dark(option.palette):
            return
        palette: QPalette = option.palette
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.0))
        if element == Primitive.PE_IndicatorCheckBox:
            painter.translate(0.5, 0.5)  # Fusion's own box, drawn over exactly
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:
            width = rect.width()
            radius = (width + (int(width) + 1) % 2) / 2.0 - 1
            painter.drawEllipse(rect.center() + QPointF(0.5, 0.5), radius, radius)
        painter.restore()
