"""The report's "How the figures were counted" box (clinical-rules.md, "What the
doctor's summary holds"): the migraine-day definition with the basis split of the
span's migraine days, the headache-day definition, and how the diary was kept."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from journal.analysis.explain import DOCTOR_BASIS_WORDS, counting_box
from journal.analysis.summary import Summary
from journal.i18n import _
from journal.report.styles import FAINT, RULE, report_styles
from journal.report.wording import safe


def counting_box_flowable(summary: Summary, width: float) -> Flowable:
    """A framed box of four short lines, kept on one page."""
    styles = report_styles()
    box = counting_box(summary, DOCTOR_BASIS_WORDS)
    lines = [
        Paragraph("<b>{}</b>".format(_("How the figures were counted")), styles.small),
        Paragraph(f"<b>{safe(box.basis)}.</b> {safe(box.migraine_day)}", styles.small),
        Paragraph(safe(box.headache_day), styles.small),
        Paragraph(
            _("<b>Diary completeness:</b> {completeness}").format(
                completeness=safe(box.completeness)
            ),
            styles.small,
        ),
    ]
    table = Table([[line] for line in lines], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.regular, styles.small.fontSize),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), FAINT),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (0, 0), 4),
                ("BOTTOMPADDING", (0, -1), (0, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    table.hAlign = "LEFT"
    return KeepTogether([table])
