"""The record sections of an exported journal, in the order they may reference each
other (a dose needs its medication and attack first)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal import domain as d
from journal.storage import Journal
from journal.storage.repository import Repository


@dataclass(frozen=True)
class Section:
    """A list in the export file, the record type it holds, and its journal table."""

    key: str
    record: type[Any]
    attribute: str
    label: str  # plural, for previews: "42 attacks will be added"

    def repository(self, journal: Journal) -> Repository[Any]:
        repository: Repository[Any] = getattr(journal, self.attribute)
        return repository


SECTIONS: tuple[Section, ...] = (
    Section("medications", d.Medication, "medications", "medications"),
    Section("attacks", d.Attack, "attacks", "attacks"),
    Section("doses", d.Dose, "doses", "doses"),
    Section("factors", d.Factor, "factors", "tracked factors"),
    Section("day_entries", d.DayEntry, "day_entries", "daily check-ins"),
    Section("bleeding_days", d.BleedingDay, "bleeding_days", "bleeding days"),
    Section("hormonal_phases", d.HormonalPhase, "phases", "hormonal phases"),
    Section("treatments", d.Treatment, "treatments", "treatments"),
    Section("treatment_sessions", d.TreatmentSession, "sessions", "treatment sessions"),
    Section("side_effects", d.SideEffect, "side_effects", "side effects"),
    Section("midas", d.MidasEntry, "midas", "MIDAS entries"),
    Section("hit6", d.Hit6Entry, "hit6", "HIT-6 entries"),
    Section("visit_notes", d.VisitNote, "visit_notes", "questions for the visit"),
)

REFERENCES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    # section: (field, referenced section, required)
    "doses": (("medication_id", "medications", True), ("attack_id", "attacks", False)),
    "treatments": (("medication_id", "medications", False),),
    "treatment_sessions": (("treatment_id", "treatments", True),),
    "side_effects": (
        ("treatment_id", "treatments", True),
        ("session_id", "treatment_sessions", False),
    ),
}
"""Links between records that an import checks before writing anything."""

DAY_UNIQUE = ("day_entries", "bleeding_days")
"""Sections with at most one record per calendar day."""
