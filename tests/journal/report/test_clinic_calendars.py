"""The clinics' own calendar pages: the German DMKG Kopfschmerzkalender and the
Canadian monthly 0-3 grid with its Migraine Monthly Index."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal.analysis.diary import Diary
from journal.cli import main
from journal.report import ClinicCalendar, ReportOptions, build_report
from journal.storage import Journal

Pages = Callable[[bytes], list[str]]
TZ = timezone(timedelta(hours=2))
JUNE = (date(2026, 6, 1), date(2026, 6, 30))
TODAY = date(2026, 7, 3)
TRIPTAN = d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, id="triptan")
PROPRANOLOL = d.Medication(
    "Propranolol", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE, id="propranolol"
)


def _attack(day: int, pain: int | None = None, **fields: object) -> d.Attack:
    start = datetime(2026, 6, day, 9, tzinfo=TZ)
    return d.Attack(start=start, end=start + timedelta(hours=3), pain=pain, **fields)  # type: ignore[arg-type]


def june_diary() -> Diary:
    """4 mild, 3 moderate and 1 severe headache day in June (30 days): index 13."""
    attacks = [
        *(_attack(day, 1) for day in (1, 2, 3, 4)),
        *(_attack(day, 2) for day in (10, 11, 12)),
        _attack(20, 3, unilateral=True, pulsating=True, symptoms=("nausea",)),
        _attack(24, pain_nrs=8),  # only 0-10: severe band, marked
    ]
    doses = [
        d.Dose(TRIPTAN.id, datetime(2026, 6, 20, 10, tzinfo=TZ), pain_at_dose=3, pain_2h=0),
        d.Dose(PROPRANOLOL.id, datetime(2026, 6, 5, 8, tzinfo=TZ)),
    ]
    return Diary(
        attacks=tuple(attacks),
        doses=tuple(doses),
        medications=(TRIPTAN, PROPRANOLOL),
        bleeding_days=(d.BleedingDay(date(2026, 6, 8)),),
    )


def calendar_pages(
    read_pdf: Pages, style: ClinicCalendar, diary: Diary, language: str = "en"
) -> list[str]:
    options = ReportOptions(*JUNE, clinic_calendar=style, language=language)
    pdf = build_report(diary, options, TODAY)
    return [" ".join(page.split()) for page in read_pdf(pdf)]


def test_chs_grid_prints_the_migraine_monthly_index_of_the_month(read_pdf: Pages) -> None:
    diary = june_diary()
    diary = Diary(
        attacks=diary.attacks[:-1], doses=diary.doses, medications=diary.medications
    )  # without the 0-10 day: n1..n3 = 4, 3, 1
    (page,) = [
        p
        for p in calendar_pages(read_pdf, ClinicCalendar.CHS, diary)
        if "Monthly headache diary" in p
    ]
    assert "Monthly headache diary · June 2026" in page
    assert "Migraine Monthly Index: 13 = ROUND((1×4 + 2×3 + 3×1) / 30 × 30)" in page
    assert "Sumatriptan: doses" in page and "Propranolol (preventive)" in page


def test_chs_grid_reads_a_0_10_rating_in_its_band_and_marks_it(read_pdf: Pages) -> None:
    (page,) = [
        p
        for p in calendar_pages(read_pdf, ClinicCalendar.CHS, june_diary())
        if "Monthly headache diary" in p
    ]
    assert "3*" in page
    assert "Migraine Monthly Index: 16 = ROUND((1×4 + 2×3 + 3×2) / 30 × 30)" in page


def test_dmkg_calendar_has_a_row_per_day_and_the_month_sums(read_pdf: Pages) -> None:
    pages = calendar_pages(read_pdf, ClinicCalendar.DMKG, june_diary(), "de")
    (page,) = [p for p in pages if "Kopfschmerzkalender · Juni 2026" in p]
    assert "Aufbau des Kopfschmerzkalenders der DMKG" in page
    assert "Begleitsymptome" in page and "Akutmedikation: A = Sumatriptan" in page
    assert "30 Di" in page and "31" not in page.split("Summe")[0].split("Di")[-1]
    sums = page.split("Summe", 1)[1].split()
    # migraine, other headache, aura, hours, mild, moderate, severe days
    assert sums[:7] == ["9", "0", "0", "27", "4", "3", "2"]  # all typed migraine, 3 h each
    assert "A = Sumatriptan" in page


def test_clinic_calendars_are_left_out_unless_chosen(read_pdf: Pages) -> None:
    pages = read_pdf(build_report(june_diary(), ReportOptions(*JUNE), TODAY))
    titles = ("DMKG headache calendar", "Kopfschmerzkalender", "Monthly headache diary")
    assert not any(title in p for p in pages for title in titles)


@pytest.mark.parametrize(
    ("style", "title"), [("dmkg", "DMKG headache calendar"), ("chs", "Monthly headache diary")]
)
def test_report_verb_adds_the_clinic_calendar(
    tmp_path: Path, read_pdf: Pages, style: str, title: str
) -> None:
    db = tmp_path / "journal.sqlite3"
    with Journal.open(db, create=True) as journal:
        journal.medications.save(TRIPTAN)
        journal.attacks.save(_attack(3, 2))
    target = tmp_path / "out.pdf"
    argv = ["report", "--db", str(db), "--from", "2026-06-01", "--to", "2026-06-30"]
    assert main([*argv, "--calendar", style, "-o", str(target)]) == 0
    assert any(title in page for page in read_pdf(target.read_bytes()))


def test_clinic_calendars_are_in_the_reports_language(read_pdf: Pages) -> None:
    """Like every page of the report, the clinic calendars speak the report's language
    (their texts go through journal.i18n); the DMKG sheet keeps its name."""
    english = calendar_pages(read_pdf, ClinicCalendar.DMKG, june_diary())
    (page,) = [p for p in english if "DMKG headache calendar · June 2026" in p]
    assert "Symptoms" in page and "Length" in page and "Total" in page and "30 Tu" in page
    assert "Kopfschmerzkalender" not in page and "Summe" not in page
    french = calendar_pages(read_pdf, ClinicCalendar.CHS, june_diary(), "fr")
    (page,) = [p for p in french if "Journal mensuel des céphalées · juin 2026" in p]
    assert "Matin (6-12)" in page and "Sumatriptan : prises" in page
    assert "Propranolol (préventif)" in page
    assert "Indice mensuel de migraine (Migraine Monthly Index) : 16" in page
    assert "Monthly headache diary" not in page and "Morning" not in page
    german = calendar_pages(read_pdf, ClinicCalendar.CHS, june_diary(), "de")
    (page,) = [p for p in german if "Monatliches Kopfschmerztagebuch · Juni 2026" in p]
    assert "Vormittag (6-12)" in page and "Sumatriptan: Einnahmen" in page
