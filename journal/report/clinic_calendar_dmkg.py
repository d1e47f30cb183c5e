"""The German DMKG headache calendar page, one per calendar month, filled in from the diary.

Added to the report with `report --calendar dmkg` or the report dialog. The German
headache calendar of the DMKG (Deutsche Migräne- und Kopfschmerz-
gesellschaft, "Kopfschmerzkalender", offered for download by the DMKG and the
Stiftung Kopfschmerz): a month per sheet, one row per day of the month, with the
kind of headache (migraine or other headache), how long and how strong it was
(leicht / mittel / stark, 1-3), the accompanying symptoms, the acute medication
taken with its effect, the period, and the month's sums at the foot. The columns
follow the DMKG sheet as its publishers describe it (stiftung-kopfschmerz.de,
oeksg.at "Praxismaterial Kalender": when, how long, how strong, accompanying
complaints, medication) and as the open-source German calendar ksk prints it
(github.com/J0hnHawk/ksk, include/report_pdf.php: rows 1-31, kind of headache
M/S/U, medication, grade, sums per month); the DMKG's printed sheet itself was not
at hand to measure, so spacing and wording of the headings are ours.

The sheet is in the report's language, like every other page: a doctor reads one
language through the whole report, and the form is recognised by its layout (a row
per day, the same columns in the same order). In a German report its words are the
German sheet's ("Kopfschmerzkalender", "Begleitsymptome", "Summe"); in English or
French it keeps the DMKG's name in its title so a clinic still knows the form.

Where only a 0-10 rating was recorded its band is printed with a "*" and the key says
so; a headache whose strength was recorded on neither scale shows "?".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from journal.analysis.clinic_days import ClinicMonth
from journal.i18n import _, day_pattern, ngettext, pgettext, weekday_name
from journal.report.clinic_sheet import (
    CELL_FONT,
    NRS_MARK,
    UNRATED_MARK,
    effect_text,
    grid_style,
    hours_text,
    medication_text,
)
from journal.report.styles import FAINT, INK, PAIN_SHADES, report_styles
from journal.report.wording import safe


def dmkg_pages(months: Sequence[ClinicMonth], include_cycle: bool) -> list[Flowable]:
    """One DMKG "Kopfschmerzkalender" sheet per month of the span."""
    story: list[Flowable] = []
    for number, month in enumerate(months):
        if number:
            story.append(PageBreak())
        story += _dmkg_month(month, include_cycle)
    return story


def _medication_codes(months: Sequence[ClinicMonth] | ClinicMonth) -> dict[str, str]:
    chosen = months if isinstance(months, Sequence) else [months]
    names = sorted({name for month in chosen for day in month.days for name in day.acute})
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {name: letters[i] if i < len(letters) else "+" for i, name in enumerate(names)}


def _dmkg_month(month: ClinicMonth, include_cycle: bool) -> list[Flowable]:
    styles = report_styles()
    codes = _medication_codes(month)
    by_day = {day.day.day: day for day in month.days}
    header = [
        [
            pgettext("DMKG calendar", "Day"),
            "",
            pgettext("DMKG calendar", "Headache"),
            "",
            "",
            pgettext("DMKG calendar", "Length"),
            pgettext("DMKG calendar", "Strength"),
            "",
            "",
            pgettext("DMKG calendar", "Symptoms"),
            "",
            pgettext("DMKG calendar", "Acute medication"),
            pgettext("DMKG calendar", "Effect"),
            pgettext("DMKG calendar", "Period"),
        ],
        [
            "",
            "",
            pgettext("DMKG calendar", "Migraine"),
            pgettext("DMKG calendar", "other"),
            pgettext("DMKG calendar", "Aura"),
            # TRANSLATORS: hours, abbreviated for a narrow column
            pgettext("DMKG calendar", "hrs"),
            "1",
            "2",
            "3",
            # TRANSLATORS: nausea/vomiting, two short lines of a narrow column
            pgettext("DMKG calendar", "Naus./\nvomit."),
            # TRANSLATORS: light and sound sensitivity, two short lines of a narrow column
            pgettext("DMKG calendar", "Light +\nsound"),
            pgettext("DMKG calendar", "Drug (number)"),
            "0-3",
            "",
        ],
    ]
    rows: list[list[str]] = []
    for number in range(1, month.month_days + 1):
        day = by_day.get(number)
        weekday = weekday_name(date(month.year, month.month, number)).rstrip(".")
        if day is None:
            rows.append([str(number), weekday, *[""] * 12])
            continue
        severity = [""] * 3
        if day.severity:
            severity[day.severity - 1] = "X" + (NRS_MARK if day.severity_from_nrs else "")
        elif day.unrated_headache:
            severity = [UNRATED_MARK, UNRATED_MARK, UNRATED_MARK]
        rows.append(
            [
                str(number),
                weekday,
                "X" if day.migraine else "",
                "X" if day.headache and not day.migraine else "",
                "X" if day.aura else "",
                hours_text(day.hours),
                *severity,
                "X" if day.nausea else "",
                "X" if day.light_and_sound else "",
                medication_text(day, codes),
                effect_text(day),
                "●" if include_cycle and day.bleeding else "",
            ]
        )
    days = month.days
    medication_days = sum(bool(day.acute) for day in days)
    sums = [
        pgettext("DMKG calendar", "Total"),
        "",
        str(sum(day.migraine for day in days)),
        str(sum(day.headache and not day.migraine for day in days)),
        str(sum(day.aura for day in days)),
        hours_text(sum(day.hours for day in days)) or "0",
        *(str(month.severity_days(level)) for level in (1, 2, 3)),
        str(sum(day.nausea for day in days)),
        str(sum(day.light_and_sound for day in days)),
        ngettext("{n} day", "{n} days", medication_days).format(n=medication_days),
        "",
        str(sum(day.bleeding for day in days)) if include_cycle else "",
    ]
    widths = [20, 16, 32, 30, 24, 28, 16, 16, 16, 34, 34, 168, 40, 32]
    table = Table(
        header + rows + [sums], colWidths=widths, rowHeights=[11, 17] + [12.6] * (len(rows) + 1)
    )
    style = grid_style(styles.regular, styles.bold, 2)
    style += [
        ("SPAN", (0, 0), (1, 1)),
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (6, 0), (8, 0)),
        ("SPAN", (9, 0), (10, 0)),
        ("SPAN", (13, 0), (13, 1)),
        ("SPAN", (0, -1), (1, -1)),
        ("ALIGN", (11, 2), (11, -1), "LEFT"),
        ("FONT", (0, -1), (-1, -1), styles.bold, CELL_FONT),
        ("BACKGROUND", (0, -1), (-1, -1), FAINT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
    ]
    for offset, number in enumerate(range(1, month.month_days + 1)):
        if date(month.year, month.month, number).weekday() >= 5:
            style.append(("BACKGROUND", (0, offset + 2), (1, offset + 2), FAINT))
        day = by_day.get(number)
        if day is not None and day.severity:
            column = 5 + day.severity
            style.append(
                (
                    "BACKGROUND",
                    (column, offset + 2),
                    (column, offset + 2),
                    PAIN_SHADES[day.severity],
                )
            )
            if day.severity == 3:
                style.append(
                    ("TEXTCOLOR", (column, offset + 2), (column, offset + 2), colors.white)
                )
        if day is None:
            style.append(
                ("BACKGROUND", (2, offset + 2), (-1, offset + 2), colors.Color(0.8, 0.8, 0.8))
            )
    table.setStyle(TableStyle(style))
    table.hAlign = "LEFT"
    title = _("DMKG headache calendar · {month}").format(
        month=day_pattern(date(month.year, month.month, 1), "yMMMM")
    )
    legend = _(
        "Strength: 1 mild, 2 moderate, 3 severe (the worst headache of the day; {nrs} read "
        "from a 0-10 rating: 1-3 mild, 4-6 moderate, 7-10 severe; {unrated} strength not "
        "given). Migraine: a migraine day by the diary's rules (ICHD-3 features, own label "
        "or migraine-specific drug). Effect after 2 hours: 0 none, 1 slight, 2 clear, 3 pain "
        "free. Grey rows: days outside the report's span."
    ).format(nrs=NRS_MARK, unrated=UNRATED_MARK)
    key = "; ".join(f"{code} = {safe(name)}" for name, code in codes.items())
    story: list[Flowable] = [
        Paragraph(title, styles.heading),
        Paragraph(
            _(
                "Layout of the DMKG headache calendar (German Migraine and Headache "
                "Society), filled in from this diary."
            ),
            styles.small,
        ),
        table,
        Spacer(1, 4),
        Paragraph(legend, styles.small),
    ]
    if key:
        story.append(Paragraph(_("Acute medication: {key}").format(key=key), styles.small))
    return story
