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
at hand to measure, so spacing and wording of the headings are ours. The sheet is in
German, as the clinics that ask for it use it.

Where only a 0-10 rating was recorded its band is printed with a "*" and the key says
so; a headache whose strength was recorded on neither scale shows "?".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from journal.analysis.clinic_days import ClinicMonth
from journal.report.clinic_sheet import (
    CELL_FONT,
    GERMAN_MONTHS,
    GERMAN_WEEKDAYS,
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
            "Tag",
            "",
            "Kopfschmerz",
            "",
            "",
            "Dauer",
            "Stärke",
            "",
            "",
            "Begleitsymptome",
            "",
            "Akutmedikation",
            "Wirkung",
            "Periode",
        ],
        [
            "",
            "",
            "Migräne",
            "andere",
            "Aura",
            "Std.",
            "1",
            "2",
            "3",
            "Übelk./\nErbr.",
            "Licht +\nLärm",
            "Mittel (Anzahl)",
            "0-3",
            "",
        ],
    ]
    rows: list[list[str]] = []
    for number in range(1, month.month_days + 1):
        day = by_day.get(number)
        weekday = GERMAN_WEEKDAYS[date(month.year, month.month, number).weekday()]
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
    sums = [
        "Summe",
        "",
        str(sum(day.migraine for day in days)),
        str(sum(day.headache and not day.migraine for day in days)),
        str(sum(day.aura for day in days)),
        hours_text(sum(day.hours for day in days)) or "0",
        *(str(month.severity_days(level)) for level in (1, 2, 3)),
        str(sum(day.nausea for day in days)),
        str(sum(day.light_and_sound for day in days)),
        f"{sum(bool(day.acute) for day in days)} Tage",
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
    title = f"Kopfschmerzkalender · {GERMAN_MONTHS[month.month - 1]} {month.year}"
    legend = (
        "Stärke: 1 leicht, 2 mittel, 3 stark (die stärksten Kopfschmerzen des Tages; "
        f"{NRS_MARK} aus einer 0-10-Angabe abgelesen: 1-3 leicht, 4-6 mittel, 7-10 stark; "
        f"{UNRATED_MARK} Stärke nicht angegeben). Migräne: Migränetag nach den Regeln des "
        "Tagebuchs (ICHD-3-Merkmale, eigene Angabe oder migränespezifisches Mittel). "
        "Wirkung nach 2 Stunden: 0 keine, 1 gering, 2 deutlich, 3 schmerzfrei. "
        "Graue Zeilen: Tage außerhalb des Berichtszeitraums."
    )
    key = "; ".join(f"{code} = {safe(name)}" for name, code in codes.items())
    story: list[Flowable] = [
        Paragraph(title, styles.heading),
        Paragraph(
            "Layout of the DMKG headache calendar (German Migraine and Headache Society), "
            "filled in from this diary.",
            styles.small,
        ),
        table,
        Spacer(1, 4),
        Paragraph(legend, styles.small),
    ]
    if key:
        story.append(Paragraph(f"Akutmedikation: {key}", styles.small))
    return story
