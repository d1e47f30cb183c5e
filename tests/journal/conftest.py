"""Fixtures for journal/ tests: a fresh journal file in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal.storage import Journal

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    opened = Journal.open(journal_path)
    yield opened
    opened.close()


@pytest.fixture
def fill() -> Callable[[Journal], None]:
    """Fills a journal with one or more records of every type it holds."""
    return fill_every_record_type


def fill_every_record_type(journal: Journal) -> None:
    """One or more records of every type the journal holds."""
    triptan = journal.medications.save(
        d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, d.Use.ACUTE, "50 mg")
    )
    preventive = journal.medications.save(
        d.Medication("Propranolol", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE)
    )
    attack = journal.attacks.save(
        d.Attack(
            start=datetime(2026, 6, 1, 23, 0, tzinfo=CEST),
            end=datetime(2026, 6, 2, 8, 0, tzinfo=CEST),
            pain=3,
            symptoms=("nausea", "photophobia", "phonophobia"),
            aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),),
            suspected_triggers=("wine",),
            note="Über-long night",
        )
    )
    journal.doses.save(
        d.Dose(triptan.id, datetime(2026, 6, 1, 23, 30, tzinfo=CEST), "50 mg", attack.id, 3, 1)
    )
    journal.doses.save(d.Dose(triptan.id, datetime(2026, 1, 5, 9, 0, tzinfo=CET)))
    sleep = journal.factors.save(d.Factor("Sleep", d.FactorKind.AMOUNT, "h"))
    journal.day_entries.save(d.DayEntry(date(2026, 6, 1), (d.FactorValue(sleep.id, 5.5),)))
    journal.day_entries.save(d.DayEntry(date(2026, 6, 2)))
    journal.bleeding_days.save(d.BleedingDay(date(2026, 5, 30), d.Flow.HEAVY))
    journal.day_records.save(
        d.DayRecord(date(2026, 5, 12), d.DayRecordKind.MIGRAINE, symptoms=("nausea",), aura=True)
    )
    journal.phases.save(d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CYCLIC, date(2026, 1, 1)))
    course = journal.treatments.save(
        d.Treatment(
            "Propranolol",
            d.TreatmentKind.PREVENTIVE_MEDICATION,
            date(2026, 2, 1),
            medication_id=preventive.id,
            dose="80 mg",
        )
    )
    infusions = journal.treatments.save(
        d.Treatment(
            "Ketamine infusions", d.TreatmentKind.PROCEDURE, date(2026, 4, 1), date(2026, 4, 5)
        )
    )
    session = journal.sessions.save(
        d.TreatmentSession(infusions.id, datetime(2026, 4, 1, 10, 0, tzinfo=CEST), "0.5 mg/kg")
    )
    journal.side_effects.save(
        d.SideEffect(
            infusions.id, "dissociation", d.Severity.MODERATE, date(2026, 4, 1), session.id
        )
    )
    journal.side_effects.save(
        d.SideEffect(course.id, "fatigue", d.Severity.MILD, date(2026, 2, 10))
    )
    journal.midas.save(d.MidasEntry(date(2026, 6, 1), 2, 3, 4, 1, 2, 20, 6))
    journal.hit6.save(d.Hit6Entry(date(2026, 6, 1), 61))
    journal.visit_notes.save(d.VisitNote("Is the pill still safe with aura?"))
    journal.set_setting("cycle_tracking", "on")
