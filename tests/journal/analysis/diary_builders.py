"""Builders for small hand-made diaries whose figures are known (imported by the tests)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone

from journal import domain as d

TZ = timezone(timedelta(hours=1))

TRIPTAN = d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, d.Use.ACUTE, id="triptan")
IBUPROFEN = d.Medication(
    "Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC, d.Use.ACUTE, id="ibuprofen"
)
PARACETAMOL = d.Medication(
    "Paracetamol", d.MedicationClass.SIMPLE_ANALGESIC, d.Use.ACUTE, id="paracetamol"
)
CODEINE = d.Medication("Codeine", d.MedicationClass.OPIOID, d.Use.ACUTE, id="codeine")
METOCLOPRAMIDE = d.Medication(
    "Metoclopramide", d.MedicationClass.ANTIEMETIC, d.Use.ACUTE, id="antiemetic"
)
RIMEGEPANT = d.Medication("Rimegepant", d.MedicationClass.GEPANT, d.Use.ACUTE, id="gepant")
ATOGEPANT = d.Medication("Atogepant", d.MedicationClass.GEPANT, d.Use.PREVENTIVE, id="atogepant")
MEDICATIONS = (TRIPTAN, IBUPROFEN, PARACETAMOL, CODEINE, METOCLOPRAMIDE, RIMEGEPANT, ATOGEPANT)

FULL_MIGRAINE = {
    "pain": 3,
    "unilateral": True,
    "pulsating": True,
    "symptoms": ("nausea",),
}
"""Features that meet migraine-day criterion (a) on their own."""


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def attack(
    day: date,
    hours: float = 4,
    *,
    hour: int = 9,
    kind: d.AttackType = d.AttackType.MIGRAINE,
    **fields: object,
) -> d.Attack:
    """An attack starting on `day` at `hour` and lasting `hours`."""
    start = at(day, hour)
    return d.Attack(start=start, end=start + timedelta(hours=hours), type=kind, **fields)  # type: ignore[arg-type]


def dose(medication: d.Medication, day: date, hour: int = 10, **fields: object) -> d.Dose:
    return d.Dose(medication.id, at(day, hour), **fields)  # type: ignore[arg-type]


def days_from(first: date, count: int, step: int = 1) -> list[date]:
    return [first + timedelta(days=n * step) for n in range(count)]


def bleeding(days: Iterable[date], flow: d.Flow = d.Flow.MEDIUM) -> tuple[d.BleedingDay, ...]:
    return tuple(d.BleedingDay(day, flow) for day in days)


def period_run(day1: date, length: int = 5) -> tuple[d.BleedingDay, ...]:
    return bleeding(days_from(day1, length))
