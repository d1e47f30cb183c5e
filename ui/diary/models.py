"""The Qt item model of the day view: a day's entries (attacks, doses) as rows and words.

They only reshape journal/ records into rows and words; the records themselves
are handed out through ENTRY_ROLE so that views act on the real objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal import domain as d
from ui.kit import vocabulary
from ui.kit.journal_words import journal_word
from ui.kit.locale_text import moment_text
from ui.session import Reads

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
PAIN_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def _moment(moment: datetime, day: date) -> str:
    """ "08:10" on the day shown, "23 Nov 22:00" on another day."""
    return f"{moment:%H:%M}" if moment.date() == day else moment_text(moment)


@dataclass(frozen=True)
class DiaryEntry:
    """One row of the day view: an attack (with its doses), a dose, or a day with
    headache or migraine without times (a day record, imported from a day-based app)."""

    attack: d.Attack | None = None
    dose: d.Dose | None = None
    medication: d.Medication | None = None
    attack_doses: tuple[tuple[d.Dose, str], ...] = ()
    day_record: d.DayRecord | None = None

    @property
    def record_id(self) -> str:
        """The id of the attack, dose or day record the row shows."""
        record = self.attack or self.dose or self.day_record
        assert record is not None
        return record.id

    @property
    def moment(self) -> datetime:
        """When the row's event began; a day record is listed first on its day."""
        if self.attack is not None:
            return self.attack.start
        if self.day_record is not None:
            return datetime.combine(self.day_record.day, datetime.min.time()).astimezone()
        assert self.dose is not None
        return self.dose.taken


def diary_entries(reads: Reads, day: date) -> list[DiaryEntry]:
    """The attacks touching `day` and the doses taken on it, in time order."""
    medications = {m.id: m for m in reads.medications()}
    names = {m_id: m.name for m_id, m in medications.items()}
    entries: list[DiaryEntry] = []
    doses = reads.doses_between(day, day)
    for attack in reads.attacks_touching(day, day):
        linked = tuple(
            (dose, names.get(dose.medication_id, translate("models", "unknown medication")))
            for dose in sorted(reads.doses_for_attack(attack.id), key=lambda x: x.taken)
        )
        entries.append(DiaryEntry(attack=attack, attack_doses=linked))
    for dose in doses:
        entries.append(DiaryEntry(dose=dose, medication=medications.get(dose.medication_id)))
    for record in reads.day_records_between(day, day):
        entries.append(DiaryEntry(day_record=record))
    return sorted(entries, key=lambda entry: (entry.moment, entry.dose is not None))


def entry_title(entry: DiaryEntry, day: date) -> str:
    if entry.day_record is not None:
        kind = (
            translate("models", "Migraine")
            if entry.day_record.kind == d.DayRecordKind.MIGRAINE
            else translate("models", "Headache")
        )
        return translate("models", "{0} · this day, hours not recorded").format(kind)
    if entry.attack is not None:
        attack = entry.attack
        start = _moment(attack.start, day)
        if attack.end_unknown:
            span = translate("models", "from {0}, end not recorded").format(start)
        elif attack.end is None:
            span = translate("models", "since {0}, still going on").format(start)
        else:
            span = f"{start} – {_moment(attack.end, day)}"
        return f"{vocabulary.attack_type(attack.type).short} · {span}"
    assert entry.dose is not None
    name = entry.medication.name if entry.medication else translate("models", "Unknown medication")
    amount = f" {entry.dose.amount}" if entry.dose.amount else ""
    return translate("models", "{0}{1} at {2}").format(name, amount, _moment(entry.dose.taken, day))


def day_cycle_text(reads: Reads, day: date) -> str:
    """The day's bleeding (flow, withdrawal), cycle day and hormonal phases in words,
    "" when there is nothing to say (the facts: journal.analysis.day_cycle)."""
    parts = []
    facts = reads.day_cycle(day)
    bleeding = facts.bleeding
    if bleeding is not None and not facts.menstruation:
        parts.append(vocabulary.flow(bleeding.flow).label)
    elif bleeding is not None:
        parts.append(
            translate("models", "Period: {0} flow").format(vocabulary.flow(bleeding.flow).short)
        )
        if bleeding.withdrawal:
            parts.append(translate("models", "withdrawal bleed"))
    if facts.cycle_day is not None:
        parts.append(translate("models", "cycle day {0}").format(facts.cycle_day))
    for phase in facts.phases:
        parts.append(vocabulary.phase_kind(phase.kind).label)
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def _pain_text(pain: int | None) -> str:
    if pain is None:
        return "–"
    return f"{pain} ({journal_word(d.PAIN_LABELS[pain])})"


def _day_record_detail(record: d.DayRecord) -> list[str]:
    parts = []
    if record.pain is not None:
        parts.append(
            translate("models", "Pain {0} ({1})").format(
                record.pain, journal_word(d.PAIN_LABELS[record.pain])
            )
        )
    if record.pain_nrs is not None:
        parts.append(f"{record.pain_nrs}/10")
    symptoms = [vocabulary.symptom(s).short for s in record.symptoms]
    if record.aura:
        symptoms.append(vocabulary.aura_type(d.AuraType.UNSPECIFIED).short)
    if symptoms:
        parts.append(", ".join(symptoms))
    parts += vocabulary.provenance_short(record.source, record.provenance)
    if record.note:
        parts.append(record.note)
    return parts


def entry_detail(entry: DiaryEntry) -> str:
    parts: list[str] = []
    if entry.day_record is not None:
        parts = _day_record_detail(entry.day_record)
    elif entry.attack is not None:
        attack = entry.attack
        if attack.pain is None:
            pain = translate("models", "Pain not recorded")
        else:
            pain = translate("models", "Pain {0} ({1})").format(
                attack.pain, journal_word(d.PAIN_LABELS[attack.pain])
            )
        if attack.pain_nrs is not None:
            pain += f" · {attack.pain_nrs}/10"
        parts.append(pain)
        symptoms = [
            *(vocabulary.symptom(s).short for s in attack.symptoms),
            *(vocabulary.aura_type(aura.type).short for aura in attack.aura),
        ]
        if symptoms:
            parts.append(", ".join(symptoms))
        for dose, name in entry.attack_doses:
            parts.append(translate("models", "took {0} at {1}").format(name, f"{dose.taken:%H:%M}"))
        parts += vocabulary.provenance_short(attack.source, attack.provenance)
        if attack.note:
            parts.append(attack.note)
    else:
        assert entry.dose is not None
        dose = entry.dose
        if dose.attack_id is not None:
            parts.append(translate("models", "for an attack"))
        if dose.pain_at_dose is not None:
            parts.append(
                translate("models", "pain at dose {0}").format(_pain_text(dose.pain_at_dose))
            )
        if dose.pain_2h is not None:
            parts.append(translate("models", "after 2 h {0}").format(_pain_text(dose.pain_2h)))
        elif dose.awaits_2h_rating:
            parts.append(translate("models", "2-hour pain not noted yet"))
        if dose.side_effects:
            parts.append(", ".join(dose.side_effects))
        if dose.provenance:
            parts.append("; ".join(vocabulary.file_fact(f, short=True) for f in dose.provenance))
        if dose.note:
            parts.append(dose.note)
    return " · ".join(parts)


class DiaryEntriesModel(QAbstractListModel):
    """The entries of one day; reset as a whole when the day or the journal changes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._day = date.today()
        self._entries: list[DiaryEntry] = []

    def set_entries(self, day: date, entries: list[DiaryEntry]) -> None:
        self.beginResetModel()
        self._day = day
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> DiaryEntry:
        return self._entries[row]

    def row_of(self, record_id: str) -> int:
        """The row showing the attack or dose `record_id`, or -1."""
        ids = [entry.record_id for entry in self._entries]
        return ids.index(record_id) if record_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_title(entry, self._day)
        if role == DETAIL_ROLE:
            return entry_detail(entry)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            detail = entry_detail(entry)
            title = entry_title(entry, self._day)
            return f"{title}. {detail}" if detail else title
        if role == ENTRY_ROLE:
            return entry
        if role == PAIN_ROLE:
            # an attack's strip: its pain's shade, the palest when pain was not recorded
            if entry.day_record is not None:
                return entry.day_record.pain or 0
            return (entry.attack.pain or 0) if entry.attack is not None else None
        return None
