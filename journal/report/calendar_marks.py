"""What the clinic-style calendar shows on each day, worked out from the records.

Pain (worst of the day), migraine days and aura come from the summary's day rules;
a day whose attacks have no recorded 0-3 pain is marked as such, never as pain 0;
suspected triggers belong to the day an attack started; acute medication shows as a
letter per drug and treatment sessions as a number per treatment, each with a legend.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from journal import domain as d
from journal import i18n
from journal.analysis.days import DayFacts, acute_class
from journal.analysis.diary import Diary
from journal.report.wording import is_about_cycle

MARKS_PER_CELL = 2


@dataclass
class CalendarMarks:
    """Per-day marks of the span, plus the legends that explain the codes."""

    first: date
    last: date
    pain: dict[date, int] = field(default_factory=dict)
    pain_not_recorded: set[date] = field(default_factory=set)
    """Attack days where no attack has a 0-3 pain (imported from a 0-10 app, or never
    chosen): printed "?", never 0 and never a converted 0-10 rating."""
    migraine: set[date] = field(default_factory=set)
    aura: set[date] = field(default_factory=set)
    bleeding: dict[date, d.Flow] = field(default_factory=dict)
    medication: dict[date, list[str]] = field(default_factory=dict)
    triggers: dict[date, list[str]] = field(default_factory=dict)
    sessions: dict[date, list[str]] = field(default_factory=dict)
    medication_legend: list[tuple[str, str]] = field(default_factory=list)
    trigger_legend: list[tuple[str, str]] = field(default_factory=list)
    session_legend: list[tuple[str, str]] = field(default_factory=list)

    def in_span(self, day: date) -> bool:
        return self.first <= day <= self.last


def _codes(counts: Counter[str], alphabet: str) -> dict[str, str]:
    """Codes by how often each thing occurs, most frequent first; extras share '+'."""
    ranked = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
    return {name: alphabet[i] if i < len(alphabet) else "+" for i, name in enumerate(ranked)}


def cell_text(codes: Sequence[str]) -> str:
    """At most two codes fit a day's cell; more show as the first and '+'."""
    unique = list(dict.fromkeys(codes))
    if len(unique) <= MARKS_PER_CELL:
        return "".join(unique)
    return unique[0] + "+"


def calendar_marks(
    diary: Diary,
    facts: Mapping[date, DayFacts],
    first: date,
    last: date,
    *,
    include_cycle: bool = True,
) -> CalendarMarks:
    """The calendar's marks for `first`..`last` (records outside are ignored).

    Pain, aura and migraine days are the summary's own day facts, so the calendar
    and the figures always agree.
    """
    marks = CalendarMarks(first, last)
    recorded = {attack.id for attack in diary.attacks if attack.pain is not None}
    for fact in facts.values():
        if not marks.in_span(fact.day):
            continue
        if fact.pain:
            marks.pain[fact.day] = fact.pain
        elif fact.attack_ids and recorded.isdisjoint(fact.attack_ids):
            marks.pain_not_recorded.add(fact.day)
        if fact.migraine:
            marks.migraine.add(fact.day)
        if fact.aura:
            marks.aura.add(fact.day)
    _trigger_marks(marks, diary.attacks, include_cycle)
    _medication_marks(marks, diary)
    marks.bleeding = {b.day: b.flow for b in diary.bleeding_days if marks.in_span(b.day)}
    _session_marks(marks, diary)
    return marks


def _trigger_marks(marks: CalendarMarks, attacks: Iterable[d.Attack], include_cycle: bool) -> None:
    """Suspected triggers go on the day the attack started; those naming the cycle
    stay out when the cycle is left out of the report. "Stress" and "stress" are one
    trigger, shown as the patient first wrote it (never lowercased: German nouns keep
    their capitals)."""
    named: list[tuple[date, list[str]]] = []
    written: dict[str, str] = {}
    for attack in sorted(attacks, key=lambda attack: attack.start):
        onset = attack.start.date()
        if marks.in_span(onset) and attack.suspected_triggers:
            names = [
                t.strip().casefold()
                for t in attack.suspected_triggers
                if t.strip() and (include_cycle or not is_about_cycle(t))
            ]
            for t in attack.suspected_triggers:
                written.setdefault(t.strip().casefold(), t.strip())
            named.append((onset, names))
    code = _codes(Counter(n for _, names in named for n in names), string.ascii_lowercase)
    for onset, names in sorted(named):
        marks.triggers.setdefault(onset, []).extend(code[n] for n in names)
    marks.trigger_legend = [(c, written[name]) for name, c in code.items() if c != "+"]


def _medication_marks(marks: CalendarMarks, diary: Diary) -> None:
    by_id = diary.medications_by_id
    acute = [
        dose
        for dose in diary.doses
        if marks.in_span(dose.taken.date()) and acute_class(by_id.get(dose.medication_id))
    ]
    code = _codes(Counter(dose.medication_id for dose in acute), string.ascii_uppercase)
    for dose in sorted(acute, key=lambda dose: dose.taken):
        marks.medication.setdefault(dose.taken.date(), []).append(code[dose.medication_id])
    marks.medication_legend = [
        (c, _medication_label(by_id[medication_id]))
        for medication_id, c in code.items()
        if c != "+"
    ]


def _session_marks(marks: CalendarMarks, diary: Diary) -> None:
    names = {t.id: t.name for t in diary.treatments}
    held = [s for s in diary.sessions if marks.in_span(s.when.date()) and s.treatment_id in names]
    code = _codes(Counter(s.treatment_id for s in held), "123456789")
    for session in sorted(held, key=lambda session: session.when):
        marks.sessions.setdefault(session.when.date(), []).append(code[session.treatment_id])
    marks.session_legend = [(c, names[t]) for t, c in code.items() if c != "+"]


def _medication_label(medication: d.Medication) -> str:
    """The drug and its class as the language writes it, "Sumatriptan (Triptan)": never
    lowercased (German nouns keep their capitals, "AINS" stays an abbreviation)."""
    label = i18n._(d.CLASS_LABELS[medication.med_class])
    return f"{medication.name} ({label})"
