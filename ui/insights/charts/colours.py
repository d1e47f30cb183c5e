"""The colours of the Insights charts in the current look (light, dark or high
contrast).

Colours follow Okabe & Ito (2008): distinguishable with every common colour vision;
no figure is told apart by red against green alone, and each series has a label.
Every mark stands 3:1 off the chart's background and the axis text 4.5:1 (WCAG
1.4.11 and 1.4.3): a colour that does not is darkened (or lightened) towards the
text colour just enough, keeping its hue; the high-contrast look also outlines
every bar in the text colour and draws the axes in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen

from ui.kit import contrast, theme

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
LIGHTER_BLUE = "#5DA5DA"
"""Okabe-Ito blue lifted for a dark page, where #0072B2 sinks into the background."""

LIGHT_SEVERITY = ("#8f9299", "#6b8fd0", "#4f6bb8", "#4f4a94")
"""Pain 0-3 on a light page: the calendar's blue-to-violet ramp, each shade dark
enough for 3:1 on white and a step off the next (the calendar's pale mild and
moderate, darkened to 3:1, became the grey of no pain); no pain stays grey."""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Colours:
    """The colours of one look (light or dark) for every chart."""

    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    severity: tuple[str, str, str, str]
    """Pain 0-3: the calendar's one-hue ramp (brighter is worse in dark mode)."""
    migraine: str
    headache: str
    medication: tuple[str, ...]
    period: QColor
    window: QColor
    blue: str
    high_contrast: bool = False

    @classmethod
    def from_palette(cls, palette: QPalette, high_contrast: bool | None = None) -> Colours:
        """The colours of the look whose palette is `palette` (high contrast when
        that look is on, unless told)."""
        if high_contrast is None:
            high_contrast = theme.high_contrast_shown()
        dark = is_dark(palette)
        background = palette.color(QPalette.ColorRole.Base)
        foreground = contrast.towards(
            palette.color(QPalette.ColorRole.Text), contrast.far(background), [background], 7.0
        )
        muted = QColor(foreground)
        muted.setAlphaF(1.0 if high_contrast else 0.6)
        period = QColor(OKABE_ITO["purple"])
        period.setAlphaF(0.3)
        window = QColor(OKABE_ITO["orange"])
        window.setAlphaF(0.22 if dark else 0.18)

        def mark(colour: str) -> str:
            """`colour`, moved towards the text colour until it stands 3:1 off the
            background (the pastels of the Okabe-Ito set and of the calendar ramp
            did not on a white page)."""
            moved = contrast.towards(QColor(colour), foreground, [background], contrast.NON_TEXT)
            return str(moved.name())

        blue = mark(LIGHTER_BLUE if dark else OKABE_ITO["blue"])
        severity = ("#8b939d", *theme.DARK_SEVERITY[1:]) if dark else LIGHT_SEVERITY
        return cls(
            dark=dark,
            background=background,
            foreground=foreground,
            muted=muted,
            severity=(mark(severity[0]), mark(severity[1]), mark(severity[2]), mark(severity[3])),
            migraine=mark(theme.DARK_SEVERITY[3] if dark else theme.LIGHT_SEVERITY[3]),
            headache=mark(OKABE_ITO["sky"]),
            medication=(
                mark(OKABE_ITO["orange"]),
                mark(OKABE_ITO["vermillion"]),
                mark(OKABE_ITO["green"]),
                mark(OKABE_ITO["purple"]),
                mark(OKABE_ITO["yellow"]),
                blue,
            ),
            period=period,
            window=window,
            blue=blue,
            high_contrast=high_contrast,
        )

    def bar_pen(self) -> QPen:
        """The outline of a bar: none, or the text colour in the high-contrast look
        (bars side by side stay apart whatever their colours)."""
        if not self.high_contrast:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(self.foreground, 1)
        pen.setCosmetic(True)
        return pen


def faded(colour: str | QColor, alpha: float = 0.3) -> QColor:
    """A colour made see-through, for figures that rest on too little data."""
    faded_colour = QColor(colour)
    faded_colour.setAlphaF(alpha)
    return faded_colour
