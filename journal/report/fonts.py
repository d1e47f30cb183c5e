"""The report's fonts: DejaVu Sans, embedded so every language's letters print.

The fonts ship in resources/fonts (with their licence); a frozen app carries them in
its bundle. Registration with reportlab happens once per process.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journal.errors import JournalError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class FontsMissing(JournalError):
    """The report's fonts are not where the app keeps them (a broken installation)."""


def font_folders() -> list[Path]:
    """Where the fonts may be: the source tree, a frozen bundle, the system."""
    folders = [Path(__file__).resolve().parents[2] / "resources" / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "resources" / "fonts")
    folders.append(Path("/usr/share/fonts/truetype/dejavu"))
    return folders


def _find(file_name: str) -> Path:
    for folder in font_folders():
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    raise FontsMissing(
        f"The report font {file_name} is missing; reinstall Migraine Journal to print reports."
    )


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab; returns their names."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(_find(file_name))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    # reportlab.graphics starts every drawing in its default font (Helvetica, never
    # embedded) before any String sets its own: start drawings in DejaVu Sans instead,
    # so the PDF references no font it does not embed.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR, BOLD
