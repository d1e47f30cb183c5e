"""How the window looks: the system palette, a calm light or dark Fusion one, or a
high-contrast one.

The choice ("system", "light", "dark" or "high-contrast") is kept in QSettings under "theme", per
user and not in the journal, because it belongs to the computer, not the diary.
The severity shades of the calendar live here too, so every view draws pain
with the same colour-blind-safe ramp (one hue, lighter to darker, never red/green).

Every look passes WCAG AA (ui.kit.contrast): text 4.5:1, focus and marks 3:1. The
platform's palette is made readable where it falls short, and when the system asks
for more contrast (Qt's QAccessibilityHints.contrastPreference), following the
system means the high-contrast look, black on white or white on black as the
system's colour scheme is light or dark.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QToolTip

from journal.resources import resource_path
from ui.kit import contrast, theme_style
from ui.kit.theme_style import DarkThemeStyle, ThemeStyle

ORGANIZATION = "migraine-journal"
APPLICATION = "Migraine Journal"
THEME_KEY = "theme"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


LIGHT_SEVERITY = ("#e4e7ef", "#c9d7ea", "#8fa7d3", "#4f4a94")
"""Pain 0-3 on a light page: a single blue-violet ramp, safe for every colour vision."""

DARK_SEVERITY = ("#353a44", "#4d6a99", "#6a88cc", "#9a8ce0")
"""The same ramp for a dark page: brighter means worse, kept soft on the eyes; even
mild (1) stands 3:1 off the dark page (Base) so it is not lost."""

MEDICATION_MARK = ("#b86e1b", "#e0a25a")
"""Amber for the medication mark (light, dark): distinct from the blue ramp."""

_DARK = {
    QPalette.ColorRole.Window: "#23262b",
    QPalette.ColorRole.WindowText: "#dfe3e8",
    QPalette.ColorRole.Base: "#1b1e22",
    QPalette.ColorRole.AlternateBase: "#262a30",
    QPalette.ColorRole.ToolTipBase: "#2d3137",
    QPalette.ColorRole.ToolTipText: "#dfe3e8",
    QPalette.ColorRole.PlaceholderText: "#8b939d",
    QPalette.ColorRole.Text: "#dfe3e8",
    QPalette.ColorRole.Button: "#2d3137",
    QPalette.ColorRole.ButtonText: "#dfe3e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#3a3f46",
    QPalette.ColorRole.Midlight: "#33373d",
    QPalette.ColorRole.Mid: "#2a2e33",
    QPalette.ColorRole.Dark: "#15171a",
    QPalette.ColorRole.Shadow: "#0c0d0f",
    QPalette.ColorRole.Highlight: "#5578a6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8fb4e3",
}

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#23272e",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f7f9",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#23272e",
    QPalette.ColorRole.PlaceholderText: "#5f6670",
    QPalette.ColorRole.Text: "#23272e",
    QPalette.ColorRole.Button: "#e9ebef",
    QPalette.ColorRole.ButtonText: "#23272e",
    QPalette.ColorRole.Highlight: "#4f6f9c",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#2f5b91",
}

_HIGH_LIGHT = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f0f0",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#3b3b3b",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#000000",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#5a5a5a",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#0032a0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0032a0",
}
"""High contrast on a light system: black on white, a deep blue for focus and selection."""

_HIGH_DARK = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#141414",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#cfcfcf",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#a0a0a0",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#ffd400",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#8cc8ff",
}
"""High contrast on a dark system: white on black, yellow for focus and selection."""

HIGH_CONTRAST_STYLE = """
QPushButton, QToolButton, QLineEdit, QPlainTextEdit {
    border-width: 1px; border-style: solid; border-color: PAGE_INK; border-radius: 3px;
    padding: 3px 8px; background: PAGE;
}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus {
    border-width: 3px; border-color: FOCUS;
}
QPushButton:checked, QToolButton:checked { background: FOCUS; color: PAGE; }
QPushButton:disabled, QToolButton:disabled { border-style: dashed; }
QAbstractSpinBox, QComboBox {
    border: 1px solid PAGE_INK; border-radius: 3px; padding: 2px 4px; background: PAGE;
}
QAbstractSpinBox:focus, QComboBox:focus { border: 3px solid FOCUS; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 18px; }
QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow, QComboBox::down-arrow {
    width: 8px; height: 8px;
}
QComboBox::drop-down { width: 20px; border-left: 1px solid PAGE_INK; }
QComboBox::down-arrow { image: url("ARROW"); width: 10px; height: 6px; }
"""
"""Every control drawn with an ink border (Fusion's own frame is drawn in a shade
of the window colour: invisible on black), and a 3 px focus ring in the focus
colour."""

STYLE_SHEET = """
QLabel#dayTitle { font-size: 15pt; font-weight: 600; }
QLabel#monthTitle { font-size: 15pt; font-weight: 600; }
QLabel#emptyDay { font-size: 12pt; }
QToolButton#attackNow {
    background: #4f4a94; color: #ffffff; font-size: 12pt; font-weight: 600;
    border: 1px solid #3b3775; border-radius: 8px; padding: 8px 16px;
    padding-right: 34px;
}
QToolButton#attackNow:hover { background: #5b56a3; }
QToolButton#attackNow:pressed { background: #3b3775; }
QToolButton#attackNow:focus { border: 2px solid #c9d7ea; }
QToolButton#attackNow::menu-button {
    width: 26px; border-left: 1px solid #7d78c0;
    border-top-right-radius: 8px; border-bottom-right-radius: 8px;
}
QFrame#attackBanner {
    background: BANNER_BG; border: 1px solid BANNER_BORDER; border-radius: 8px;
}
QFrame#attackBanner QLabel { color: BANNER_TEXT; font-size: 11pt; font-weight: 600; }
QFrame#attackBanner QLabel#alsoOpen { font-size: 10pt; font-weight: normal; }
QAbstractItemView#completerPopup { border: 1px solid POPUP_BORDER; }
"""

BANNER_LIGHT = {"BANNER_BG": "#e6e3f5", "BANNER_BORDER": "#b9b3e3", "BANNER_TEXT": "#3b3775"}
BANNER_DARK = {"BANNER_BG": "#2f2c4a", "BANNER_BORDER": "#4f4a94", "BANNER_TEXT": "#d9d5f5"}
POPUP_BORDER = {False: "#9aa0a8", True: "#6b737d"}
"""The frame of a completer's list (light, dark), so it stands off the field under it."""


def style_sheet(dark: bool, high_contrast: bool = False) -> str:
    """The application style sheet with the colours of the light or dark look (and
    the bordered controls of the high-contrast look)."""
    sheet = STYLE_SHEET
    for key, value in (BANNER_DARK if dark else BANNER_LIGHT).items():
        sheet = sheet.replace(key, value)
    sheet = sheet.replace("POPUP_BORDER", POPUP_BORDER[dark])
    if high_contrast:
        colours = _HIGH_DARK if dark else _HIGH_LIGHT
        # a styled drop-down draws no arrow of its own: an ink-coloured one
        arrow = resource_path(f"icons/arrow-down-{'white' if dark else 'black'}.svg")
        sheet += (
            HIGH_CONTRAST_STYLE.replace("ARROW", arrow.as_posix())
            .replace("PAGE_INK", colours[QPalette.ColorRole.Text])
            .replace("PAGE", colours[QPalette.ColorRole.Base])
            .replace("FOCUS", colours[QPalette.ColorRole.Highlight])
        )
    return sheet


def settings() -> QSettings:
    """The per-user settings (organisation "migraine-journal")."""
    return QSettings(ORGANIZATION, APPLICATION)


def saved_theme() -> Theme:
    value = str(settings().value(THEME_KEY, Theme.SYSTEM.value))
    return Theme(value) if value in Theme.__members__.values() else Theme.SYSTEM


def save_theme(theme: Theme) -> None:
    store = settings()
    store.setValue(THEME_KEY, theme.value)
    store.sync()


def _palette(
    colours: dict[QPalette.ColorRole, str], dark: bool, disabled_text: str = ""
) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(disabled_text or ("#8a9099" if dark else "#6e747d"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, dark=True)


def light_palette() -> QPalette:
    return _palette(_LIGHT, dark=False)


def high_contrast_palette(dark: bool) -> QPalette:
    colours = _HIGH_DARK if dark else _HIGH_LIGHT
    return _palette(colours, dark=dark, disabled_text="#a8a8a8" if dark else "#595959")


def system_wants_contrast() -> bool:
    """The system asks for high contrast (Qt 6.10+: QStyleHints.accessibility())."""
    style_hints = QGuiApplication.styleHints()  # held: PySide 6.12 drops the wrapper of
    # accessibility() with the temporary wrapper of its parent ("already deleted")
    accessibility = style_hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: Theme) -> Theme:
    """The look shown for a choice: following the system means high contrast
    whenever the system asks for it."""
    if theme is Theme.SYSTEM and system_wants_contrast():
        return Theme.HIGH_CONTRAST
    return theme


class _Original:
    """The style the platform gave, to go back to when following the system."""

    style: str | None = None
    applied: tuple[object, ...] | None = None
    """What the last apply left: the choice, the system's look, the palette and the
    style sheet. Applying the same look again changes nothing and re-polishes no
    widget (every window's fixture applies the saved look)."""


def _applied_state(app: QApplication, theme: Theme) -> tuple[object, ...]:
    return (theme, effective_theme(theme), system_is_dark(), app.palette().cacheKey(),
            app.styleSheet(), type(app.style()))  # fmt: skip


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Give the whole application the chosen look, at once and for every window."""
    if _Original.applied == _applied_state(app, theme):
        return
    if _Original.style is None:
        _Original.style = app.style().name()
    hints = QGuiApplication.styleHints()
    shown = effective_theme(theme)
    palette: QPalette | None = None
    if shown is Theme.SYSTEM:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # an empty palette means the platform's own
        style = _Original.style
    elif shown is Theme.HIGH_CONTRAST:
        if theme is Theme.HIGH_CONTRAST:
            hints.unsetColorScheme()  # light or dark as the system is
        palette = high_contrast_palette(system_is_dark())
        style = "Fusion"
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if shown is Theme.DARK else Qt.ColorScheme.Light)
        palette = dark_palette() if shown is Theme.DARK else light_palette()
        style = "Fusion"
    if palette is not None:
        app.setPalette(palette)
    wanted = DarkThemeStyle if is_dark(app.palette()) else ThemeStyle
    if not _is_style(app.style(), wanted, style):
        # Replacing the style re-polishes every widget and deletes the old style:
        # done only when the look really changes, never on a repeated apply.
        app.setStyle(wanted(style))
    # setStyle gave the style's own palette back; the platform's is made readable
    app.setPalette(palette if palette is not None else contrast.readable(app.palette()))
    app.setStyleSheet(style_sheet(is_dark(app.palette()), shown is Theme.HIGH_CONTRAST))
    QToolTip.setPalette(app.palette())  # tooltips keep the palette of their first use
    _Original.applied = _applied_state(app, theme)


def _is_style(current: QStyle, wanted: type[ThemeStyle], base: str) -> bool:
    """Whether `current` is already `wanted` over the named base style."""
    if type(current) is not wanted:
        return False
    proxied = current.baseStyle() if isinstance(current, QProxyStyle) else None
    return proxied is not None and proxied.name().lower() == base.lower()


def is_high_contrast() -> bool:
    """The high-contrast look is on (chosen, or asked for by the system)."""
    return effective_theme(saved_theme()) is Theme.HIGH_CONTRAST


def high_contrast_shown() -> bool:
    """The look applied now is the high-contrast one (what the charts follow);
    before any look is applied, whether the saved choice makes it so."""
    if _Original.applied is None:
        return is_high_contrast()
    return _Original.applied[1] is Theme.HIGH_CONTRAST


def follow_system_changes(app: QApplication) -> None:
    """Re-apply the look when the system turns dark or light or asks for more contrast."""

    def changed(*_value: object) -> None:
        if saved_theme() in (Theme.SYSTEM, Theme.HIGH_CONTRAST):
            apply_theme(app, saved_theme())

    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(changed)
    hints.accessibility().contrastPreferenceChanged.connect(changed)


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark, whatever set it."""
    return theme_style.is_dark(palette)


def severity_colour(pain: int, palette: QPalette) -> QColor:
    """The calendar shade for a peak pain 0-3 on this palette."""
    ramp = DARK_SEVERITY if is_dark(palette) else LIGHT_SEVERITY
    return QColor(ramp[max(0, min(3, pain))])


def medication_colour(palette: QPalette) -> QColor:
    return QColor(MEDICATION_MARK[1] if is_dark(palette) else MEDICATION_MARK[0])


def icon(name: str) -> QIcon:
    """An SVG icon bundled with the app (journal/resources/icons), e.g. icon("app")."""
    return QIcon(str(resource_path(f"icons/{name}.svg")))


class LegendCell:
    """A small transparent square to paint one legend swatch on, as the calendar's
    legends do: `painter` (antialiased) and `cell`, the cell's outline inside it;
    `done()` ends the painting and gives the picture."""

    def __init__(self, size: int) -> None:
        self.pixmap = QPixmap(size, size)
        self.pixmap.fill(Qt.GlobalColor.transparent)
        self.painter = QPainter(self.pixmap)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.cell = QRectF(0.5, 0.5, size - 1, size - 1)

    def done(self) -> QPixmap:
        self.painter.end()
        return self.pixmap
