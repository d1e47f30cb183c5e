"""One look for every table of the report: a shaded header row and thin rules.

Columns are sized from their words: a header or cell wraps only between words (or
after a hyphen the word already has, "Kombi-|Analgetikum"), never inside one, so
the widths a page asks for are the starting point and a column whose longest word
does not fit takes the room from columns that have more than they need. German and
French headers ("Kopfschmerztage", "Antiémétique") are longer than the English ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from journal.report.styles import FAINT, RULE, report_styles

PLAIN_CHARACTERS = 16
PADDING = 3
"""Left and right padding of every cell, in points."""
SMALLEST_HEADER = 5.5
"""The header's type shrinks to this size (in 0.5 pt steps) before a word is split."""

_TAG = re.compile(r"<[^<>]*>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _cell(text: str, style: ParagraphStyle) -> Paragraph | str:
    """Short plain figures stay strings (fast for 240-row tables); the rest wraps."""
    if _is_plain(text):
        return text
    return Paragraph(text, style)


def _is_plain(text: str) -> bool:
    return len(text) <= PLAIN_CHARACTERS and "<" not in text and "&" not in text


def _pieces(word: str) -> list[str]:
    """The parts a word may break into: after each hyphen it has ("Kombi-", "Analgetikum")."""
    return [piece for piece in re.split(r"(?<=-)(?=\w)", word) if piece]


def word_width(text: str, style: ParagraphStyle, *, wraps: bool = True) -> float:
    """The width a cell needs so that no word of `text` is split: its widest word (or
    hyphen-part of a word), or the whole text when it does not wrap (a plain string)."""
    if not wraps:
        return float(stringWidth(text, style.fontName, style.fontSize))
    bold = report_styles().bold
    font = bold if "<b>" in text else style.fontName
    lines = _BREAK.split(text)
    words = [word for line in lines for word in unescape(_TAG.sub("", line)).split()]
    return max(
        (
            float(stringWidth(piece, font, style.fontSize))
            for word in words
            for piece in _pieces(word)
        ),
        default=0.0,
    )


def column_widths(needed: Sequence[float], wanted: Sequence[float]) -> list[float] | None:
    """Widths as close to `wanted` as lets every column have what it `needed`, within
    the same total: a column short of room takes it from the others in proportion to
    what they have to spare. None when the needs add up to more than the total."""
    total = sum(wanted)
    if sum(needed) > total + 1e-6:
        return None
    widths = [max(w, n) for w, n in zip(wanted, needed, strict=True)]
    excess = sum(widths) - total
    spare = [w - n for w, n in zip(widths, needed, strict=True)]
    if excess > 0:
        room = sum(spare)
        widths = [w - excess * s / room for w, s in zip(widths, spare, strict=True)]
    return widths


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    header_size: float | None = None,
) -> Table:
    """A table of mini-HTML strings; the header repeats on every page it spans. The
    columns are `widths` wide where the words allow it (see the module's docstring)."""
    styles = report_styles()
    cell_style = ParagraphStyle("cell_words", parent=styles.cell, embeddedHyphenation=1)
    cell_needs = [
        max(
            (word_width(row[column], cell_style, wraps=not _is_plain(row[column])) for row in rows),
            default=0.0,
        )
        for column in range(len(header))
    ]
    size = header_size or styles.cell_bold.fontSize
    while True:
        head = ParagraphStyle(
            "head_words",
            parent=styles.cell_bold,
            fontSize=size,
            leading=min(styles.cell_bold.leading, size + 2),
            embeddedHyphenation=1,
        )
        needed = [
            max(word_width(text, head), cell) + 2 * PADDING + 0.5
            for text, cell in zip(header, cell_needs, strict=True)
        ]
        fitted = column_widths(needed, widths)
        if fitted is not None or size <= SMALLEST_HEADER:
            break
        size -= 0.5
    if fitted is None:  # words wider than the page: split as little as can be
        fitted = column_widths([n * sum(widths) / sum(needed) for n in needed], widths)
        assert fitted is not None
    cells = [[Paragraph(text, head) for text in header]]
    cells += [[_cell(text, cell_style) for text in row] for row in rows]
    table = Table(cells, colWidths=fitted, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), FAINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("FONT", (0, 0), (-1, -1), styles.regular, styles.cell.fontSize),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table
