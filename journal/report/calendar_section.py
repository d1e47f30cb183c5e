"""The calendar pages: a key to the marks, then one block per month."""

from __future__ import annotations

from html import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from journal.i18n import _
from journal.report.calendar_grid import month_blocks
from journal.report.calendar_marks import CalendarMarks
from journal.report.styles import INK, PAIN_SHADES, RULE, report_styles
from journal.report.wording import NOT_RECORDED_MARK, NOT_RECORDED_WORDS

SWATCH = 14
"""The width of a pain swatch ("1", "2", "3", "?") in the key, in points."""
SWATCH_COLUMNS = (1, 3, 5, 7)


def _pain_key() -> Table:
    styles = report_styles()
    cells = [
        _("Pain, the worst of the day:"),
        "1",
        _("mild"),
        "2",
        _("moderate"),
        "3",
        _("severe"),
        NOT_RECORDED_MARK,
        _(NOT_RECORDED_WORDS),
    ]
    # the swatches are 14 pt; each text as wide as its words in the language (German
    # "Schmerz, der stärkste des Tages:" is longer than the English)
    widths = [
        SWATCH if column in SWATCH_COLUMNS else stringWidth(text, styles.regular, 7.5) + 9
        for column, text in enumerate(cells)
    ]
    table = Table([cells], colWidths=widths, rowHeights=[12])
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.regular, 7.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for column, pain in ((1, 1), (3, 2), (5, 3)):
        commands += [
            ("BACKGROUND", (column, 0), (column, 0), PAIN_SHADES[pain]),
            ("BOX", (column, 0), (column, 0), 0.4, RULE),
            ("ALIGN", (column, 0), (column, 0), "CENTER"),
            ("FONT", (column, 0), (column, 0), styles.bold, 7.5),
        ]
    commands += [
        ("BOX", (7, 0), (7, 0), 0.4, RULE),
        ("ALIGN", (7, 0), (7, 0), "CENTER"),
        ("TEXTCOLOR", (6, 0), (-1, 0), INK),
    ]
    commands.append(("TEXTCOLOR", (5, 0), (5, 0), colors.white))
    commands.append(("TEXTCOLOR", (0, 0), (4, 0), INK))
    table.setStyle(TableStyle(commands))
    table.hAlign = "LEFT"
    return table


def _legend(title: str, entries: list[tuple[str, str]], empty: str) -> Paragraph:
    styles = report_styles()
    if entries:
        text = "&nbsp;&nbsp;&nbsp; ".join(
            f"<b>{escape(code)}</b> {escape(label)}" for code, label in entries
        )
    else:
        text = empty
    return Paragraph(_("{title}: {text}").format(title=title, text=text), styles.small)


def calendar_section(marks: CalendarMarks, include_cycle: bool) -> list[Flowable]:
    """Heading, key and month blocks of the clinic-style calendar."""
    styles = report_styles()
    gap = "&nbsp;&nbsp;&nbsp; "
    # TRANSLATORS: M and A are the calendar's marks; keep them as they are
    marks_text = _("<b>M</b> migraine day (by the diary's day rule)") + gap + _("<b>A</b> aura")
    if include_cycle:
        marks_text += gap + _("<b>●</b> period") + gap + _("<b>○</b> spotting")
    marks_text += gap + _(
        "Grey cells: days outside the report's span. The column at the right counts "
        "the marked days of each month."
    )
    story: list[Flowable] = [
        Paragraph(_("Headache calendar"), styles.heading),
        _pain_key(),
        Paragraph(marks_text, styles.small),
        _legend(_("Acute medication"), marks.medication_legend, _("none taken in this span")),
        _legend(
            _("Suspected triggers (the patient's own notes on attacks)"),
            marks.trigger_legend,
            _("none noted"),
        ),
        _legend(_("Treatment sessions"), marks.session_legend, _("none in this span")),
    ]
    story.extend(month_blocks(marks, include_cycle))
    return story
