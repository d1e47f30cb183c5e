"""One look for every table of the report: a shaded header row and thin rules."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from journal.report.styles import FAINT, RULE, report_styles

PLAIN_CHARACTERS = 16


def _cell(text: str, style: ParagraphStyle) -> Paragraph | str:
    """Short plain figures stay strings (fast for 240-row tables); the rest wraps."""
    if len(text) <= PLAIN_CHARACTERS and "<" not in text and "&" not in text:
        return text
    return Paragraph(text, style)


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    header_size: float | None = None,
) -> Table:
    """A table of mini-HTML strings; the header repeats on every page it spans."""
    styles = report_styles()
    head = styles.cell_bold
    if header_size:
        head = ParagraphStyle("narrow_head", parent=head, fontSize=header_size, leading=9)
    cells = [[Paragraph(text, head) for text in header]]
    cells += [[_cell(text, styles.cell) for text in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), FAINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("FONT", (0, 0), (-1, -1), styles.regular, styles.cell.fontSize),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table
