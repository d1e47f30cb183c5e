"""Contrast ratios as WCAG 2 defines them, and a palette made readable with them.

Text needs 4.5:1 against what is behind it, a focus ring or an essential mark
3:1 (WCAG 2.2, 1.4.3 and 1.4.11). The light, dark and high-contrast looks are
chosen to pass; a system palette is whatever the platform gives, so `readable`
moves the few roles the window uses for muted text, links and focus just far enough
towards the text colour to pass, keeping their hue.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5
"""The least contrast of text (WCAG 1.4.3, level AA)."""
NON_TEXT = 3.0
"""The least contrast of a focus ring or an essential mark (WCAG 1.4.11)."""

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def ratio(one: QColor, other: QColor) -> float:
    """The contrast ratio of two opaque colours: 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour: QColor, behind: QColor) -> QColor:
    """A translucent colour as it shows over an opaque one."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + behind.redF() * (1 - alpha),
        colour.greenF() * alpha + behind.greenF() * (1 - alpha),
        colour.blueF() * alpha + behind.blueF() * (1 - alpha),
    )


def towards(colour: QColor, target: QColor, backgrounds: list[QColor], least: float) -> QColor:
    """`colour`, moved in small steps towards `target` until it stands `least` off
    every background (unchanged when it already does)."""
    for step in range(21):
        share = step / 20
        mixed = QColor.fromRgbF(
            colour.redF() * (1 - share) + target.redF() * share,
            colour.greenF() * (1 - share) + target.greenF() * share,
            colour.blueF() * (1 - share) + target.blueF() * share,
        )
        if all(ratio(mixed, behind) >= least for behind in backgrounds):
            return mixed
    return QColor(target)


def readable(palette: QPalette) -> QPalette:
    """`palette` with muted text, links, the focus colour and tooltips readable on its
    window and field backgrounds (a copy; the roles that pass are kept as they are)."""
    fixed = QPalette(palette)
    page = [palette.color(Role.Window), palette.color(Role.Base)]
    text = palette.color(Role.Text)
    for role, least in (
        (Role.PlaceholderText, TEXT),
        (Role.Link, TEXT),
        (Role.Highlight, NON_TEXT),
    ):
        colour = palette.color(QPalette.ColorGroup.Active, role)
        better = towards(colour, text, page, least)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            fixed.setColor(group, role, better)
    highlight = fixed.color(Role.Highlight)
    chosen = fixed.color(Role.HighlightedText)
    if ratio(chosen, highlight) < TEXT:
        fixed.setColor(Role.HighlightedText, far(highlight))
    tip = fixed.color(Role.ToolTipBase)
    fixed.setColor(Role.ToolTipText, towards(fixed.color(Role.ToolTipText), far(tip), [tip], TEXT))
    return fixed


def far(behind: QColor) -> QColor:
    """Black or white, whichever stands further off `behind`."""
    white, black = QColor("#ffffff"), QColor("#000000")
    return white if ratio(white, behind) >= ratio(black, behind) else black
