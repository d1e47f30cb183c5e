"""Helpers for the attack, dose and follow-up dialog tests (imported explicitly;
tests/ui/conftest.py belongs to the main-window tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from journal import domain as d
from journal import operations
from journal.storage import Journal

OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
"""Typing a word that matches a suggestion opens the completer pop-up, which the
offscreen platform cannot raise or give the keyboard to; its warning is harmless."""


@dataclass(frozen=True)
class Medications:
    triptan: d.Medication
    nsaid: d.Medication
    preventive: d.Medication
    retired: d.Medication


def open_journal(folder: Path) -> Journal:
    """A fresh journal file (WAL, FULL, foreign keys as in real use)."""
    return Journal.open(folder / "journal.sqlite3")


def add_medications(journal: Journal) -> Medications:
    save = journal.medications.save
    return Medications(
        triptan=save(d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, default_dose="50 mg")),
        nsaid=save(
            d.Medication("Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC, default_dose="400 mg")
        ),
        preventive=save(
            d.Medication("Propranolol", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE)
        ),
        retired=save(d.Medication("Naproxen", d.MedicationClass.SIMPLE_ANALGESIC, retired=True)),
    )


def start_attack(journal: Journal, minutes_ago: int = 35, **details: object) -> d.Attack:
    """An open attack, saved as the "Attack now" button would."""
    start = d.local_now() - timedelta(minutes=minutes_ago)
    return operations.start_attack(journal, start, **details)


class ErrorBoxes:
    """Stands in for QMessageBox.warning and records the sentences shown."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, *args: object) -> object:
        self.shown.append(text)
        return None
