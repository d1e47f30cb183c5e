"""Fixtures for the report tests: PDF text per page, a demo journal, a small diary."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal.analysis.diary import Diary, load_diary
from journal.demo import write_demo
from journal.storage import Journal

CET = timezone(timedelta(hours=1))
DEMO_END = date(2026, 11, 24)


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page as pdftotext lays it out, runs of spaces made one."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is needed to read the report"
    result = subprocess.run(
        [pdftotext, "-layout", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    pages = result.stdout.decode("utf-8").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [re.sub(r"[ \t]+", " ", page) for page in pages]


@pytest.fixture
def read_pdf() -> Callable[[bytes], list[str]]:
    return pdf_pages


@pytest.fixture(scope="session")
def demo_diary(tmp_path_factory: pytest.TempPathFactory) -> Diary:
    """A 12-month demo journal ending 2026-11-24, read into a Diary once."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Journal.open(path, create=True) as journal:
        write_demo(journal, months=12, seed=1, end=DEMO_END)
        return load_diary(journal)


def at(day: date, hour: int = 8) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CET)


def small_diary(*, note: str = "", aura: bool = False, pill: bool = False) -> Diary:
    """March 2026: three migraine attacks, triptan and ibuprofen, a period, a course."""
    triptan = d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN)
    ibuprofen = d.Medication("Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC)
    attacks = []
    doses = []
    for day in (date(2026, 3, 2), date(2026, 3, 10), date(2026, 3, 20)):
        attack = d.Attack(
            start=at(day),
            end=at(day, 20),
            pain=3,
            unilateral=True,
            pulsating=True,
            symptoms=("nausea",),
            aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),) if aura else (),
            suspected_triggers=("red wine",),
            note=note,
        )
        attacks.append(attack)
        doses.append(d.Dose(triptan.id, at(day, 9), attack_id=attack.id, pain_at_dose=3, pain_2h=0))
    doses.append(d.Dose(ibuprofen.id, at(date(2026, 3, 25))))
    bleeding = tuple(d.BleedingDay(date(2026, 3, 9) + timedelta(days=n)) for n in range(4))
    phases = (d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CYCLIC, date(2026, 1, 1)),) if pill else ()
    course = d.Treatment("Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, date(2026, 2, 1))
    return Diary(
        attacks=tuple(attacks),
        doses=tuple(doses),
        medications=(triptan, ibuprofen),
        bleeding_days=bleeding,
        phases=phases,
        treatments=(course,),
        day_entries=(d.DayEntry(date(2026, 3, 5), note=note),) if note else (),
        visit_notes=(d.VisitNote("Should I try a gepant?"),),
    )


@pytest.fixture
def make_small_diary() -> Callable[..., Diary]:
    return small_diary


@pytest.fixture
def demo_end() -> date:
    return DEMO_END


@pytest.fixture
def tmp_pdf(tmp_path: Path) -> Path:
    return tmp_path / "report.pdf"
