"""The report's fonts: DejaVu Sans, embedded so every language's letters print.

The fonts ship inside the app (journal/resources/fonts, with their licence) and are
found through journal.resources, never on the system: a report prints the same on
every computer, whether or not the system has DejaVu. Registration with reportlab
happens once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journal.errors import JournalError
from journal.i18n import _
from journal.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class FontsMissing(JournalError):
    """The report's fonts are not where the app keeps them (a broken installation)."""


def font_file(file_name: str) -> Path:
    """The bundled font file `file_name`; FontsMissing when the installation lacks it."""
    candidate = resource_path(f"fonts/{file_name}")
    if candidate.is_file():
        return candidate
    raise FontsMissing(
        _(
            "The report font {file_name} is missing; reinstall Migraine Journal to print reports."
        ).format(file_name=file_name)
    )


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab; returns their names."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(file_name))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    # reportlab.graphics starts every drawing in its default font (Helvetica, never
    # embedded) before any String sets its own: start drawings in DejaVu Sans instead,
    # so the PDF references no font it does not embed.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR, BOLD
