"""Type, greys and paragraph styles shared by every page of the report.

Everything must read in black and white: meaning is carried by grey levels,
hatching, marks and numbers, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from journal.report.fonts import register_fonts

MARGIN = 15 * mm
INK = colors.black
RULE = colors.Color(0.55, 0.55, 0.55)
FAINT = colors.Color(0.93, 0.93, 0.93)
PAIN_SHADES = (
    colors.white,
    colors.Color(0.82, 0.82, 0.82),
    colors.Color(0.55, 0.55, 0.55),
    colors.Color(0.2, 0.2, 0.2),
)
"""Cell fill for IHS pain 0-3: the darker, the worse."""


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the report, built once the fonts are registered."""

    regular: str
    bold: str
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@cache
def report_styles() -> Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12, spaceAfter=3)
    return Styles(
        regular=regular,
        bold=bold,
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=2
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=bold,
            fontSize=9.5,
            leading=13,
            spaceBefore=5,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, spaceAfter=2),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontSize=8.5,
            leading=11,
            borderWidth=0.8,
            borderColor=INK,
            borderPadding=5,
            leftIndent=5,
            rightIndent=5,
            spaceBefore=8,
            spaceAfter=10,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=bold, fontSize=8, leading=10, spaceAfter=0
        ),
    )
