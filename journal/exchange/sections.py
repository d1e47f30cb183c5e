"""The record sections of an exported journal, in the order they may reference each
other (a dose needs its medication and attack first)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal import domain as d
from journal.i18n import ngettext
from journal.storage import Journal
from journal.storage.repository import Repository


@dataclass(frozen=True)
class Section:
    """A list in the export file, the record type it holds, and its journal table."""

    key: str
    record: type[Any]
    attribute: str
    label: str  # plural, for previews: "42 attacks will be added"
    label_one: str  # singular: "1 attack"

    def counted(self, number: int) -> str:
        """ "42 attacks" in the current language."""
        return records_counted(self.key, number)

    def repository(self, journal: Journal) -> Repository[Any]:
        repository: Repository[Any] = getattr(journal, self.attribute)
        return repository


SECTIONS: tuple[Section, ...] = (
    Section("medications", d.Medication, "medications", "medications", "medication"),
    Section("attacks", d.Attack, "attacks", "attacks", "attack"),
    Section("doses", d.Dose, "doses", "doses", "dose"),
    Section(
        "day_records",
        d.DayRecord,
        "day_records",
        "days with headache or migraine (no times)",
        "day with headache or migraine (no times)",
    ),
    Section("factors", d.Factor, "factors", "tracked factors", "tracked factor"),
    Section("day_entries", d.DayEntry, "day_entries", "daily check-ins", "daily check-in"),
    Section("bleeding_days", d.BleedingDay, "bleeding_days", "bleeding days", "bleeding day"),
    Section("hormonal_phases", d.HormonalPhase, "phases", "hormonal phases", "hormonal phase"),
    Section("treatments", d.Treatment, "treatments", "treatments", "treatment"),
    Section(
        "treatment_sessions",
        d.TreatmentSession,
        "sessions",
        "treatment sessions",
        "treatment session",
    ),
    Section("side_effects", d.SideEffect, "side_effects", "side effects", "side effect"),
    Section("midas", d.MidasEntry, "midas", "MIDAS entries", "MIDAS entry"),
    Section("hit6", d.Hit6Entry, "hit6", "HIT-6 entries", "HIT-6 entry"),
    Section(
        "visit_notes",
        d.VisitNote,
        "visit_notes",
        "questions for the visit",
        "question for the visit",
    ),
)


def records_counted(key: str, n: int) -> str:
    """A count of one section's records in words ("1 attack", "3 Attacken")."""
    forms = {
        "medications": ngettext("{n} medication", "{n} medications", n),
        "attacks": ngettext("{n} attack", "{n} attacks", n),
        "doses": ngettext("{n} dose", "{n} doses", n),
        "day_records": ngettext(
            "{n} day with headache or migraine (no times)",
            "{n} days with headache or migraine (no times)",
            n,
        ),
        "factors": ngettext("{n} tracked factor", "{n} tracked factors", n),
        "day_entries": ngettext("{n} daily check-in", "{n} daily check-ins", n),
        "bleeding_days": ngettext("{n} bleeding day", "{n} bleeding days", n),
        "hormonal_phases": ngettext("{n} hormonal phase", "{n} hormonal phases", n),
        "treatments": ngettext("{n} treatment", "{n} treatments", n),
        "treatment_sessions": ngettext("{n} treatment session", "{n} treatment sessions", n),
        "side_effects": ngettext("{n} side effect", "{n} side effects", n),
        "midas": ngettext("{n} MIDAS entry", "{n} MIDAS entries", n),
        "hit6": ngettext("{n} HIT-6 entry", "{n} HIT-6 entries", n),
        "visit_notes": ngettext("{n} question for the visit", "{n} questions for the visit", n),
    }
    form = forms.get(key)
    return form.format(n=n) if form else f"{n} {key.replace('_', ' ')}"


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
