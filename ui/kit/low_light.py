"""The low-light look of the screens used during an attack.

Someone in an attack is often light-sensitive: these screens stay dark and calm
whatever the system theme (their own palette and style sheet), with large targets,
soft contrast without pure white, and no animation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

BACKGROUND = "#121418"
SURFACE = "#1c2026"
BORDER = "#2b3139"
TEXT = "#cdd3da"
MUTED = "#8a939e"
ACCENT = "#6d8db0"
CHECKED = "#2f4257"
SCROLL_TRACK = SURFACE
SCROLL_HANDLE = "#3d4652"
"""A dark track and a muted handle: a system scroll bar would be the brightest thing
on the screen."""

PAIN_CHECKED = ("#2c3440", "#33465e", "#43598a", "#5d4f96")
"""The calendar's one-hue ramp (safe for every colour vision), dimmed for a dark room."""

SCROLL_BARS = f"""
QScrollBar {{ background: {SCROLL_TRACK}; border: none; margin: 0; }}
QScrollBar:vertical {{ width: 12px; }}
QScrollBar:horizontal {{ height: 12px; }}
QScrollBar::handle {{ background: {SCROLL_HANDLE}; border-radius: 5px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 40px; }}
QScrollBar::handle:horizontal {{ min-width: 40px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: #4a5562; }}
QScrollBar::add-line, QScrollBar::sub-line {{
    width: 0; height: 0; border: none; background: none;
}}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
"""Scroll bars in the low-light colours (used by both style sheets below)."""

FIELDS = f"""
QLineEdit, QComboBox, QDateTimeEdit, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; padding: 3px 6px;
    selection-background-color: {ACCENT}; selection-color: {BACKGROUND};
}}
QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; selection-background-color: {CHECKED}; }}
QCalendarWidget QWidget {{ background: {SURFACE}; alternate-background-color: {BACKGROUND}; }}
"""
"""Fields in the low-light colours (used by both style sheets below): the system's
white field was the brightest thing on the attack screen's "Add medication…"."""

_SHEET_COLOURS = {
    "window": BACKGROUND,
    "base": SURFACE,
    "button": SURFACE,
    "mid": BORDER,
    "highlight": ACCENT,
    "highlighted-text": BACKGROUND,
    "link": ACCENT,
    "text": TEXT,
    "window-text": TEXT,
    "button-text": TEXT,
}
"""palette(...) in a widget's own style sheet, in the low-light colours."""

# A button is min-height 48 + padding 2×4 + border 2×1 = 58 px tall: a large target
# (56 px or more) for a hand in pain, and short enough that the attack screen with six
# medications fits 1024×700 without scrolling (tests/ui/test_attack_screen_fit.py).
# The side padding (10 px) lets four symptoms share a row in German and French too.
STYLE_SHEET = f"""
QWidget#lowLight {{ background: {BACKGROUND}; }}
QWidget {{ color: {TEXT}; font-size: 13pt; }}
QLabel#title {{ font-size: 20pt; font-weight: 600; }}
QLabel#started {{ font-size: 14pt; color: {MUTED}; }}
QLabel#section {{ font-size: 11pt; color: {MUTED}; font-weight: 600; }}
QLabel#taken {{ font-size: 12pt; color: {MUTED}; }}
QPushButton, QToolButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px;
    min-height: 48px; padding: 4px 10px; color: {TEXT};
}}
QPushButton:hover {{ border-color: #3d4652; }}
QPushButton:focus {{ border: 2px dotted {MUTED}; padding: 3px 9px; }}
QPushButton:checked {{
    background: {CHECKED}; border: 2px solid {ACCENT}; color: #e8ecf0; padding: 3px 9px;
}}
QPushButton[pain="0"]:checked {{ background: {PAIN_CHECKED[0]}; }}
QPushButton[pain="1"]:checked {{ background: {PAIN_CHECKED[1]}; }}
QPushButton[pain="2"]:checked {{ background: {PAIN_CHECKED[2]}; }}
QPushButton[pain="3"]:checked {{ background: {PAIN_CHECKED[3]}; }}
QPushButton[pain] {{ font-size: 15pt; }}
QPushButton#done {{ background: #243243; }}
QPushButton#over {{ background: {SURFACE}; }}
QPushButton#undo {{ min-height: 40px; font-size: 11pt; color: {MUTED}; }}
QToolTip {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; }}
{FIELDS}
{SCROLL_BARS}"""


def palette() -> QPalette:
    """A dark palette, so that parts a style sheet does not reach stay dark too."""
    colours = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, BACKGROUND),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, SURFACE),
        (QPalette.ColorRole.ButtonText, TEXT),
        # the focus colour stands 3:1 off the dark page (a selection is the same
        # muted blue, with dark text on it)
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, BACKGROUND),
        (QPalette.ColorRole.Link, ACCENT),
        (QPalette.ColorRole.ToolTipBase, SURFACE),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        colours.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor("#5d6570"))
    return colours


FORM_STYLE_SHEET = f"""
QDialog {{ background: {BACKGROUND}; }}
QWidget {{ color: {TEXT}; }}
{FIELDS}
QPushButton, QToolButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 12px;
}}
QPushButton:focus, QToolButton:focus {{ border: 1px dotted {MUTED}; }}
QPushButton:checked {{ background: {CHECKED}; border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #5d6570; }}
QGroupBox {{ border: 1px solid {BORDER}; border-radius: 6px; margin-top: 16px; padding: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; color: {MUTED}; }}
QToolTip {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; }}
{SCROLL_BARS}"""
"""The same dark colours for an ordinary form (the dose editor) opened from the attack
screen. A style sheet, because an application style sheet stops a palette from
reaching child widgets."""


LOW_LIGHT = "lowLight"
"""The property that marks a low-light window: a dialog opened from it (a message,
a file dialog) is made dark before it first paints (ui.kit.theme_style)."""


def apply_form(dialog: QWidget) -> None:
    """Dark and calm for a form dialog (or message) opened during an attack."""
    dialog.setProperty(LOW_LIGHT, True)
    dialog.setPalette(palette())
    dialog.setStyleSheet(FORM_STYLE_SHEET)
    dim_own_sheets(dialog)


def dim_sheet(sheet: str) -> str:
    """A widget's own style sheet with its palette(...) colours made low-light.

    A widget's own sheet wins over the low-light sheet of its dialog, and under an
    application style sheet its palette(...) names the application's colours, not
    the dialog's: the dose form's pain buttons were the light look's light grey."""
    for role, colour in _SHEET_COLOURS.items():
        sheet = sheet.replace(f"palette({role})", colour)
    return sheet


def dim_own_sheets(window: QWidget) -> None:
    """Every widget in `window` with a style sheet of its own naming palette
    colours gets the low-light ones."""
    for widget in window.findChildren(QWidget):
        own = widget.styleSheet()
        if "palette(" in own:
            widget.setStyleSheet(dim_sheet(own))


def body(dialog: QDialog) -> QWidget:
    """Give `dialog` the low-light look and return the widget to build its content in.

    The style sheet sits on this body rather than on the dialog, so that a dialog
    opened from here (the dose editor) is not restyled with huge buttons.
    """
    dialog.setProperty(LOW_LIGHT, True)
    dialog.setPalette(palette())
    dialog.setAutoFillBackground(True)
    inner = QWidget(dialog)
    inner.setObjectName("lowLight")
    inner.setStyleSheet(STYLE_SHEET)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(inner)
    dialog.installEventFilter(_DIMMER)
    return inner


class _Dimmer(QObject):
    """Dims the own style sheets in a low-light window as it shows (its content
    is built after `body`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            dim_own_sheets(watched)
        return False


_DIMMER = _Dimmer()
