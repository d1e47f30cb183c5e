"""What the person chose in the report dialog (or on the command line)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reportlab.lib.pagesizes import A4, LETTER


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class ClinicCalendar(StrEnum):
    """A clinic's own calendar layout added to the report (journal/report/clinic_calendars.py)."""

    DMKG = "dmkg"
    """The German DMKG headache calendar (Kopfschmerzkalender)."""
    CHS = "chs"
    """The Canadian monthly 0-3 grid with the Migraine Monthly Index."""


PAGE_SIZES: dict[Paper, tuple[float, float]] = {Paper.A4: A4, Paper.LETTER: LETTER}
"""Portrait page sizes in PDF points (1/72 inch)."""


@dataclass(frozen=True)
class ReportOptions:
    """The span and the choices that shape one report.

    Name and date of birth are printed only when given, and only in the page body:
    never in the PDF's metadata. The patient may leave out:
    - free-text notes (`include_notes`): notes on attacks, days, treatments and side
      effects, reasons a treatment stopped, and the written questions for the visit;
    - the menstrual cycle (`include_cycle`): the cycle page, the period row of the
      calendar, the menstrual pattern, the aura/contraceptive safety note, and
      suspected triggers or tracked factors whose names speak of the cycle.
    """

    first: date
    last: date
    paper: Paper = Paper.A4
    patient_name: str = ""
    birth_date: date | None = None
    include_notes: bool = True
    include_cycle: bool = True
    clinic_calendar: ClinicCalendar | None = None
    """A clinic's calendar pages to add after the report's own calendar."""
    language: str = "en"
    """The report's language (journal.i18n.LANGUAGES): its texts, dates and numbers,
    whatever language the window or the system is in."""

    @property
    def page_size(self) -> tuple[float, float]:
        return PAGE_SIZES[Paper(self.paper)]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1
