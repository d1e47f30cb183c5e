"""How the window looks: the system palette, or a calm light or dark Fusion one.

The choice ("system", "light" or "dark") is kept in QSettings under "theme", per
user and not in the journal, because it belongs to the computer, not the diary.
The severity shades of the calendar live here too, so every view draws pain
with the same colour-blind-safe ramp (one hue, lighter to darker, never red/green).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QToolTip

from journal.resources import resource_path
from ui.kit import theme_style
from ui.kit.theme_style import DarkThemeStyle, ThemeStyle

ORGANIZATION = "migraine-journal"
APPLICATION = "Migraine Journal"
THEME_KEY = "theme"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


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
    QPalette.ColorRole.Highlight: "#4a6a94",
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
    QPalette.ColorRole.PlaceholderText: "#7a818b",
    QPalette.ColorRole.Text: "#23272e",
    QPalette.ColorRole.Button: "#e9ebef",
    QPalette.ColorRole.ButtonText: "#23272e",
    QPalette.ColorRole.Highlight: "#4f6f9c",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#2f5b91",
}

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
QAbstractItemView#completerPopup { border: 1px solid POPUP_BORDER; }
"""

BANNER_LIGHT = {"BANNER_BG": "#e6e3f5", "BANNER_BORDER": "#b9b3e3", "BANNER_TEXT": "#3b3775"}
BANNER_DARK = {"BANNER_BG": "#2f2c4a", "BANNER_BORDER": "#4f4a94", "BANNER_TEXT": "#d9d5f5"}
POPUP_BORDER = {False: "#9aa0a8", True: "#6b737d"}
"""The frame of a completer's list (light, dark), so it stands off the field under it."""


def style_sheet(dark: bool) -> str:
    """The application style sheet with the colours of the light or dark look."""
    sheet = STYLE_SHEET
    for key, value in (BANNER_DARK if dark else BANNER_LIGHT).items():
        sheet = sheet.replace(key, value)
    sheet = sheet.replace("POPUP_BORDER", POPUP_BORDER[dark])
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


def _palette(colours: dict[QPalette.ColorRole, str], dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#70767f" if dark else "#9aa0a8")
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


class _Original:
    """The style the platform gave, to go back to when following the system."""

    style: str | None = None


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Give the whole application the chosen look, at once and for every window."""
    if _Original.style is None:
        _Original.style = app.style().name()
    hints = QGuiApplication.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # an empty palette means the platform's own
        style = _Original.style
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light)
        app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())
        style = "Fusion"
    wanted = DarkThemeStyle if is_dark(app.palette()) else ThemeStyle
    if not _is_style(app.style(), wanted, style):
        # Replacing the style re-polishes every widget and deletes the old style:
        # done only when the look really changes, never on a repeated apply.
        app.setStyle(wanted(style))
        if theme is not Theme.SYSTEM:  # setStyle gave the style's own palette back
            app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())
    app.setStyleSheet(style_sheet(is_dark(app.palette())))
    QToolTip.setPalette(app.palette())  # tooltips keep the palette of their first use


def _is_style(current: QStyle, wanted: type[ThemeStyle], base: str) -> bool:
    """Whether `current` is already `wanted` over the named base style."""
    if type(current) is not wanted:
        return False
    proxied = current.baseStyle() if isinstance(current, QProxyStyle) else None
    return proxied is not None and proxied.name().lower() == base.lower()


def follow_system_changes(app: QApplication) -> None:
    """When following the system, re-apply the look when the system turns dark or light."""

    def changed(_scheme: Qt.ColorScheme) -> None:
        if saved_theme() is Theme.SYSTEM:
            apply_theme(app, Theme.SYSTEM)

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)


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
