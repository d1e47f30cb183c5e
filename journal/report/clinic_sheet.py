"""What the clinics' calendar sheets share (clinic_calendar_dmkg.py, clinic_calendar_chs.py):
the grid's look and the marks for a severity read from a 0-10 rating or not recorded.
Their words, months and weekdays are in the report's language (journal.i18n), never
the process locale's.
"""

from __future__ import annotations

from journal.analysis.clinic_days import ClinicDay
from journal.i18n import number_text
from journal.report.styles import FAINT, INK, RULE

NRS_MARK = "*"
UNRATED_MARK = "?"
CELL_FONT = 6.5
MAX_MEDICATION_ROWS = 6


def severity_text(day: ClinicDay, severity: int | None) -> str:
    if severity is None:
        return UNRATED_MARK if day.unrated_headache else ""
    return f"{severity}{NRS_MARK if day.severity_from_nrs else ''}"


def grid_style(font: str, bold: str, header_rows: int) -> list[tuple[object, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), font, CELL_FONT),
        ("FONT", (0, 0), (-1, header_rows - 1), bold, CELL_FONT),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), FAINT),
    ]


def hours_text(value: float) -> str:
    """Hours with one decimal at most, in the report language's way ("2,5" in German)."""
    return number_text(value, 1) if value else ""


def medication_text(day: ClinicDay, codes: dict[str, str]) -> str:
    return ", ".join(
        f"{codes[name]}{'' if count == 1 else f' ×{count}'}"
        for name, count in sorted(day.acute.items())
    )


def effect_text(day: ClinicDay) -> str:
    return ", ".join(str(code) for _, code in sorted(day.relief.items()))
