"""The Canadian monthly 0-3 grid page, one per calendar month, filled in from the diary.

Added to the report with `report --calendar chs` or the report dialog. The Canadian
monthly grid (Canadian Headache Society / Canadian Headache Network
diary, headachenetwork.ca: "each diary sheet is for one month, and there is a
column for each day of the month"; each day divided into parts; symptomatic
medication as the number of tablets per day with a 0-3 relief code below it
(0 none, 1 slight, 2 moderate, 3 complete relief); preventive medication rows),
with headache severity on the 0-3 scale of the Canadian monthly headache calendar
(1 mild, 2 moderate, 3 severe; morning, afternoon, evening, night) and the
Migraine Monthly Index of the Canadian Migraine Tracker (migrainetracker.ca):
ROUND((1*n1 + 2*n2 + 3*n3) / d * 30).

Where only a 0-10 rating was recorded its band is printed with a "*" and the key says
so; a headache whose strength was recorded on neither scale shows "?".

The page is in the report's language, like every other page (the CHS diary is used in
English and in French across Canada; a German clinic reading a German report gets the
same grid in German). The index keeps its published name in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from journal.analysis.clinic_days import ClinicDay, ClinicMonth
from journal.i18n import _, day_pattern, pgettext, weekday_name
from journal.report.clinic_sheet import (
    CELL_FONT,
    MAX_MEDICATION_ROWS,
    NRS_MARK,
    UNRATED_MARK,
    grid_style,
    severity_text,
)
from journal.report.styles import INK, PAIN_SHADES, report_styles


def chs_pages(months: Sequence[ClinicMonth], include_cycle: bool) -> list[Flowable]:
    """One Canadian monthly grid per month of the span, with its Migraine Monthly Index."""
    story: list[Flowable] = []
    for number, month in enumerate(months):
        if number:
            story.append(PageBreak())
        story += _chs_month(month, include_cycle)
    return story


def _doses_of(name: str) -> Callable[[ClinicDay], str]:
    return lambda day: str(day.acute.get(name, 0) or "")


def _relief_of(name: str) -> Callable[[ClinicDay], str]:
    return lambda day: str(day.relief[name]) if name in day.relief else ""


def _preventive_of(name: str) -> Callable[[ClinicDay], str]:
    return lambda day: str(day.preventive.get(name, 0) or "")


def _chs_rows(
    month: ClinicMonth, include_cycle: bool
) -> list[tuple[str, Callable[[ClinicDay], str]]]:
    rows: list[tuple[str, Callable[[ClinicDay], str]]] = [
        (_("Morning (6-12)"), lambda day: severity_text(day, day.parts[0])),
        (_("Afternoon (12-18)"), lambda day: severity_text(day, day.parts[1])),
        (_("Evening (18-24)"), lambda day: severity_text(day, day.parts[2])),
        (_("Night (0-6)"), lambda day: severity_text(day, day.parts[3])),
        (_("Worst of the day"), lambda day: severity_text(day, day.severity)),
        # TRANSLATORS: "M" is the mark in the row's cells, the first letter of "Migraine"
        (_("Migraine day"), lambda day: _("M") if day.migraine else ""),
    ]
    acute = sorted({name for day in month.days for name in day.acute})
    for name in acute[:MAX_MEDICATION_ROWS]:
        rows.append((_("{medication}: doses").format(medication=name), _doses_of(name)))
        rows.append(("  " + _("relief 0-3"), _relief_of(name)))
    if len(acute) > MAX_MEDICATION_ROWS:
        rest = set(acute[MAX_MEDICATION_ROWS:])
        rows.append(
            (
                _("Other acute: doses"),
                lambda day: str(sum(c for n, c in day.acute.items() if n in rest) or ""),
            )
        )
    for name in sorted({name for day in month.days for name in day.preventive}):
        rows.append((_("{medication} (preventive)").format(medication=name), _preventive_of(name)))
    if include_cycle:
        rows.append((_("Menstruation"), lambda day: "●" if day.bleeding else ""))
    return rows


def _chs_month(month: ClinicMonth, include_cycle: bool) -> list[Flowable]:
    styles = report_styles()
    by_day = {day.day.day: day for day in month.days}
    numbers = range(1, 32)
    header = [
        pgettext("CHS calendar", "Date"),
        *[str(n) if n <= month.month_days else "" for n in numbers],
    ]
    weekdays = [
        "",
        *[
            weekday_name(date(month.year, month.month, n), "narrow")
            if n <= month.month_days
            else ""
            for n in numbers
        ],
    ]
    rows = _chs_rows(month, include_cycle)
    body = [
        [label, *[(mark(by_day[n]) if n in by_day else "") for n in numbers]]
        for label, mark in rows
    ]
    table = Table([header, weekdays, *body], colWidths=[92] + [13.2] * 31, rowHeights=15)
    style = grid_style(styles.regular, styles.bold, 2)
    style += [
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("FONT", (0, 2), (0, -1), styles.regular, CELL_FONT),
    ]
    for n in numbers:
        if n > month.month_days or n not in by_day:
            style.append(("BACKGROUND", (n, 2), (n, -1), colors.Color(0.8, 0.8, 0.8)))
            continue
        for row_index in range(5):
            severity = (*by_day[n].parts, by_day[n].severity)[row_index]
            if severity:
                style.append(
                    ("BACKGROUND", (n, row_index + 2), (n, row_index + 2), PAIN_SHADES[severity])
                )
                if severity == 3:
                    style.append(
                        ("TEXTCOLOR", (n, row_index + 2), (n, row_index + 2), colors.white)
                    )
    style.append(("LINEBELOW", (0, 6), (-1, 6), 0.8, INK))
    table.setStyle(TableStyle(style))
    table.hAlign = "LEFT"
    n1, n2, n3 = (month.severity_days(level) for level in (1, 2, 3))
    index = month.index
    index_text = (
        _(
            "<b>Migraine Monthly Index: {index}</b> = ROUND((1×{n1} + 2×{n2} + 3×{n3}) / "
            "{days} × 30): days of mild (n1), moderate (n2) and severe (n3) headache in a "
            "month of {days} days."
        ).format(index=index, n1=n1, n2=n2, n3=n3, days=month.month_days)
        if index is not None
        else _(
            "<b>Migraine Monthly Index:</b> not given for a part month (the report's span "
            "covers only some of its days); mild {n1}, moderate {n2}, severe {n3} days so far."
        ).format(n1=n1, n2=n2, n3=n3)
    )
    return [
        Paragraph(
            _("Monthly headache diary · {month}").format(
                month=day_pattern(date(month.year, month.month, 1), "yMMMM")
            ),
            styles.heading,
        ),
        Paragraph(
            _(
                "Layout of the Canadian Headache Society / Canadian Headache Network "
                "monthly diary, filled in from this diary."
            ),
            styles.small,
        ),
        table,
        Spacer(1, 5),
        Paragraph(index_text, styles.body),
        Paragraph(
            _(
                "Severity: 1 mild, 2 moderate, 3 severe, the worst headache in each part of "
                "the day; blank: no headache recorded. {nrs} read from a 0-10 rating (1-3 "
                "mild, 4-6 moderate, 7-10 severe); {unrated} strength not recorded. "
                "Medication: doses taken that day; relief 2 hours after the best dose: 0 "
                "none, 1 slight, 2 moderate, 3 complete. Grey: days outside the report's span."
            ).format(nrs=NRS_MARK, unrated=UNRATED_MARK),
            styles.small,
        ),
    ]
