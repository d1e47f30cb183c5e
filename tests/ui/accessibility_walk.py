"""A walk over a window's widget tree that lists what keeps a screen-reader or
keyboard user out (issue 19): unnamed Tab stops, icon-only buttons without a
tooltip, mnemonics that do nothing or are used twice, Tab order going backwards on
screen, and text or focus colours under the WCAG ratios.

Each check returns a list of plain descriptions (empty when the window passes), so a
failing test names every widget at once.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from ui.kit import contrast

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()[:40]
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}#{name} '{text}' in {owner}"


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible()


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab reaches, in their focus chain order from the window."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not window:
        seen.add(id(widget))
        if (
            widget.window() is window
            and shown(widget, window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _inner_part(widget: QWidget) -> bool:
    """A part Qt puts inside a composite widget (a spin box's line edit, a combo
    box's view): its composite carries the name."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(window: QWidget) -> list[str]:
    """Tab stops without an accessible name."""
    return [
        describe(widget)
        for widget in tab_stops(window)
        if not _inner_part(widget) and not accessible_name(widget)
    ]


def icon_buttons_without_tooltip(window: QWidget) -> list[str]:
    return [
        describe(button)
        for button in window.findChildren(QAbstractButton)
        if button.window() is window
        and shown(button, window)
        and not button.text().strip()
        and not button.icon().isNull()
        and not button.toolTip().strip()
    ]


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def _focus_target(widget: QWidget) -> QWidget:
    """Where focus given to `widget` lands: the end of its focus proxies."""
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget


def _takes_focus(buddy: QWidget | None) -> bool:
    """What QLabel does with its Alt+key: it gives focus to its buddy only when the
    buddy itself (not the widget it passes focus on to) accepts focus; a wrapper
    with a focus proxy but no focus policy of its own is silently passed over (and
    the key moves focus to whatever follows instead). So the buddy's own policy
    counts, and where its focus proxies lead must take focus too."""
    if buddy is None or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    target = _focus_target(buddy)
    return target.focusPolicy() != Qt.FocusPolicy.NoFocus and target.isEnabled()


def _press_lands(label: QLabel, window: QWidget) -> bool:
    """Press the label's Alt+key as a person would: focus lands on its buddy's field
    (checked only while the window is active: a shortcut goes to the active one)."""
    if QApplication.activeWindow() is not window:
        return True
    buddy = label.buddy()
    assert buddy is not None
    sequence = QKeySequence.mnemonic(label.text())
    if sequence.isEmpty():
        return False
    before = QApplication.focusWidget()
    combination = sequence[0]
    QTest.keyClick(window, combination.key(), combination.keyboardModifiers())
    QApplication.processEvents()
    landed = QApplication.focusWidget() is _focus_target(buddy)
    if before is not None and before.window() is window:
        before.setFocus(Qt.FocusReason.OtherFocusReason)
    return landed


def mnemonic_problems(window: QWidget) -> list[str]:
    """Labels whose buddy cannot take focus, and keys used twice on one screen."""
    problems: list[str] = []
    used: dict[str, list[str]] = {}
    labels: list[QLabel] = []
    for label in window.findChildren(QLabel):
        if label.window() is not window or not shown(label, window):
            continue
        if not label.isEnabled():
            continue  # the label of an inactive field, greyed with it: its key is off
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue
        key = _mnemonic(label.text())
        if key is None:
            continue
        labels.append(label)
        used.setdefault(key, []).append(describe(label))
    for button in window.findChildren(QAbstractButton):
        if button.window() is window and shown(button, window):
            key = _mnemonic(button.text())
            if key is not None:
                used.setdefault(key, []).append(describe(button))
    for box in window.findChildren(QGroupBox):
        if box.window() is window and shown(box, window) and box.isCheckable():
            key = _mnemonic(box.title())
            if key is not None:
                used.setdefault(key, []).append(f"group {box.title()}")
    for bar in window.findChildren(QTabBar):
        if bar.window() is window and shown(bar, window):
            for index in range(bar.count()):
                key = _mnemonic(bar.tabText(index))
                if key is not None:
                    used.setdefault(key, []).append(f"tab {bar.tabText(index)}")
    for menus in window.findChildren(QMenuBar):
        for action in menus.actions():
            key = _mnemonic(action.text())
            if key is not None:
                used.setdefault(key, []).append(f"menu {action.text()}")
    problems.extend(
        f"Alt+{key.upper()} used {len(owners)} times: {owners}"
        for key, owners in used.items()
        if len(owners) > 1
    )
    for label in labels:
        key = _mnemonic(label.text()) or ""
        if not _takes_focus(label.buddy()):
            problems.append(f"Alt+{key.upper()} does nothing: {describe(label)}")
        elif len(used[key]) == 1 and not _press_lands(label, window):
            problems.append(f"Alt+{key.upper()} does not reach its field: {describe(label)}")
    return problems + menu_mnemonic_problems(window)


def menu_mnemonic_problems(window: QWidget) -> list[str]:
    """Keys used twice within one open menu (the menu bar's, a button's): there the
    key only moves between the items instead of choosing one."""
    problems = []
    for menu in window.findChildren(QMenu):
        used: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = _mnemonic(action.text())
            if key is not None:
                used.setdefault(key, []).append(action.text())
        problems.extend(
            f"Alt+{key.upper()} used {len(items)} times in menu {menu.title()!r}: {items}"
            for key, items in used.items()
            if len(items) > 1
        )
    return problems


def _screen_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _viewports(widget: QWidget, window: QWidget) -> list[QWidget]:
    """The scrolled viewports a widget sits in, innermost first."""
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            found.append(parent)
        parent = parent.parentWidget()
    return found


def _seen_at(widget: QWidget, window: QWidget, outside: list[QWidget]) -> QRect:
    """Where a widget shows when Tab scrolls to it: held within each viewport in
    `outside` (those the widget it is compared with is not in)."""
    rect = _screen_rect(widget, window)
    for port_widget in outside:
        port = _screen_rect(port_widget, window)
        height = min(rect.height(), port.height())
        rect.moveTop(min(max(rect.top(), port.top()), port.bottom() - height))
    return rect


def _places(here: QWidget, there: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """The two widgets' places, comparable: within one scrolled area, where they are
    in it; across its edge, where each shows when scrolled to."""
    ours, theirs = _viewports(here, window), _viewports(there, window)
    return (
        _seen_at(here, window, [port for port in ours if port not in theirs]),
        _seen_at(there, window, [port for port in theirs if port not in ours]),
    )


def backwards_tabs(window: QWidget, slack: int = 4) -> list[str]:
    """Steps of the Tab order that go back on screen: to a widget entirely above
    and not to the right, or on the same row to the left. Tab order is a ring: one
    step back (from the last widget to the first) is where it wraps round."""
    stops = tab_stops(window)
    problems = []
    for here, there in zip(stops, stops[1:] + stops[:1], strict=True):
        a, b = _places(here, there, window)
        above = b.bottom() < a.top() - slack and b.left() <= a.left() + slack
        same_row = not (b.bottom() < a.top() or b.top() > a.bottom())
        left = same_row and b.right() < a.left() - slack and b.top() >= a.top() - slack
        if above or left:
            problems.append(f"Tab goes back from {describe(here)} to {describe(there)}")
    return problems if len(problems) > 1 else []


TEXT_ROLES = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


def palette_problems(palette: QPalette, where: str) -> list[str]:
    """Text pairs of a palette under 4.5:1, its focus colour under 3:1."""
    problems = []
    for text, behind in TEXT_ROLES:
        value = contrast.ratio(palette.color(text), palette.color(behind))
        if value < contrast.TEXT:
            problems.append(f"{where}: {text.name} on {behind.name} is {value:.2f}:1")
    for behind in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        value = contrast.ratio(palette.color(QPalette.ColorRole.Highlight), palette.color(behind))
        if value < contrast.NON_TEXT:
            problems.append(f"{where}: focus (Highlight) on {behind.name} is {value:.2f}:1")
    return problems


def _pixels(image: QImage) -> np.ndarray:
    """A window's rendering as rows of 0xRRGGBB integers."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=rgb.height() * rgb.width())
    return (data.reshape(rgb.height(), rgb.width()) & 0xFFFFFF).copy()


def _linear(channel: np.ndarray) -> np.ndarray:
    value = channel / 255.0
    return np.where(value <= 0.04045, value / 12.92, ((value + 0.055) / 1.055) ** 2.4)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    red, green, blue = (pixels >> 16) & 0xFF, (pixels >> 8) & 0xFF, pixels & 0xFF
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def text_contrast(pixels: np.ndarray, rect: QRect) -> tuple[float, QColor, QColor] | None:
    """The contrast of the text painted in `rect` of a rendered window: the colour
    most of the area shows is the background; the text's ink is the pixel standing
    furthest off it (glyph stems reach the full text colour). None without text."""
    top, left = max(0, rect.top()), max(0, rect.left())
    area = pixels[top : rect.bottom() + 1, left : rect.right() + 1]
    if area.size == 0:
        return None
    colours, counts = np.unique(area, return_counts=True)
    if len(colours) < 2:
        return None
    back = int(colours[np.argmax(counts)])
    lights = _luminance(colours)
    back_light = float(_luminance(np.array([back]))[0])
    ratios = (np.maximum(lights, back_light) + 0.05) / (np.minimum(lights, back_light) + 0.05)
    best = int(np.argmax(ratios))
    return float(ratios[best]), QColor.fromRgb(int(colours[best])), QColor.fromRgb(back)


def _text_area(widget: QWidget, area: QRect) -> QRect:
    """Where a widget's text is: all of a label; a button or a box inside its frame
    (whose border is not text), without a combo box's arrow."""
    if isinstance(widget, QLabel):
        return area
    inset = 5
    arrow = 28 if isinstance(widget, QComboBox) else 0
    return area.adjusted(inset, area.height() // 5, -inset - arrow, -(area.height() // 5))


def _scroll_to(widget: QWidget) -> bool:
    """Scroll the areas around a widget until all of it shows (as Tab would)."""
    parent = widget.parentWidget()
    scrolled = False
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
            scrolled = True
        parent = parent.parentWidget()
    QApplication.processEvents()
    return scrolled


def widget_colour_problems(window: QWidget) -> list[str]:
    """Every shown label, button and combo box: the text as painted on what it is
    painted on (style sheets, parents and states all count); every list: its text
    colour on its base."""
    problems = []
    image = window.grab().toImage()
    scale = image.width() / max(1, window.width())
    pixels = _pixels(image)
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not shown(widget, window):
            continue
        if not widget.isEnabled():
            continue  # WCAG exempts inactive controls
        if isinstance(widget, (QAbstractItemView, QTextBrowser)):
            palette = widget.palette()
            value = contrast.ratio(
                palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
            )
            if value < contrast.TEXT:
                problems.append(f"{describe(widget)}: text on base {value:.2f}:1")
            continue
        if not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            continue
        if isinstance(widget, QLabel) and (
            not widget.text().strip() or not widget.pixmap().isNull()
        ):
            continue
        if isinstance(widget, QAbstractButton) and not widget.text().strip():
            continue
        if isinstance(widget, QComboBox) and not widget.currentText().strip():
            continue
        if widget.visibleRegion().boundingRect() != widget.rect():
            if not _scroll_to(widget):
                continue  # clipped by something that does not scroll
            image = window.grab().toImage()
            pixels = _pixels(image)
        seen = widget.visibleRegion().boundingRect()
        if seen.isEmpty():
            continue
        area = QRect(widget.mapTo(window, seen.topLeft()), seen.size())
        area = _text_area(widget, area)
        scaled = QRect(
            int(area.x() * scale),
            int(area.y() * scale),
            int(area.width() * scale),
            int(area.height() * scale),
        )
        measured = text_contrast(pixels, scaled)
        if measured is not None and measured[0] < contrast.TEXT:
            value, ink, back = measured
            problems.append(f"{describe(widget)}: text {ink.name()} on {back.name()} {value:.2f}:1")
    return problems


def all_problems(window: QWidget) -> list[str]:
    return (
        unnamed(window)
        + icon_buttons_without_tooltip(window)
        + mnemonic_problems(window)
        + backwards_tabs(window)
        + widget_colour_problems(window)
    )
