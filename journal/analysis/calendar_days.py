"""What each day of the diary's month calendar shows: the day's peak pain, its
attacks, doses and check-in, and (cycle tracking on) its cycle facts.

An attack is on the days `journal.analysis.attack_days.touched_days` says, the one
definition the summary and the doctor's PDF count by: an attack from 20:00 to
00:00 is on its first day only. The window draws these marks (ui.diary.day_marks)
and decides nothing about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.analysis.attack_days import days_touched
from journal.analysis.calendar_cycle import CycleDayMark, calendar_cycle_marks
from journal.storage import Journal

CYCLE_HISTORY = timedelta(days=400)
"""Bleeding days read around a span: enough for the day 1s and the prediction from
the last 6 cycles, without reading decades of history for one month."""


@dataclass(frozen=True)
class DayMark:
    """What the calendar shows for one day."""

    peak_pain: int | None = None
    """Highest recorded 0-3 pain; None without an attack or when none has its pain."""
    attacks: int = 0
    doses: int = 0
    checked_in: bool = False
    cycle: CycleDayMark | None = None
    """Cycle facts of the day; always None while cycle tracking is off."""
    unrecorded_nrs: int | None = None
    """Highest 0-10 rating of the day's attacks without a 0-3 pain (as given, never
    converted); only shown while no attack of the day has a recorded pain."""
    attack_types: tuple[d.AttackType, ...] = ()
    """The types of the day's attacks and headache days, each once, in the order of
    `d.AttackType`."""
    medications: tuple[str, ...] = ()
    """The names of the medications taken that day, each once, in the order taken."""

    @property
    def pain_not_recorded(self) -> bool:
        """Attacks that day, none with a recorded 0-3 pain."""
        return self.attacks > 0 and self.peak_pain is None

    @property
    def has_medication(self) -> bool:
        return self.doses > 0


def day_marks(
    journal: Journal,
    first: date,
    last: date,
    *,
    cycle_tracking: bool,
    today: date | None = None,
) -> dict[date, DayMark]:
    """The marks of each day first..last that has any.

    A handful of reads per call, whatever the span: attacks touching it, days with
    headache or migraine without times, doses and check-ins within it, and the
    bleeding days and phases (day 1s and the prediction need the history around it).
    """
    today = today or d.local_now().date()
    peaks: dict[date, int] = {}
    ratings: dict[date, int] = {}
    attacks: dict[date, int] = {}
    types: dict[date, set[d.AttackType]] = {}
    for attack in journal.attacks.touching(first, last):
        for day in days_touched(attack, today):
            if first <= day <= last:
                attacks[day] = attacks.get(day, 0) + 1
                types.setdefault(day, set()).add(attack.type)
                if attack.pain is not None:
                    peaks[day] = max(peaks.get(day, 0), attack.pain)
                elif attack.pain_nrs is not None:
                    ratings[day] = max(ratings.get(day, 0), attack.pain_nrs)
    for record in journal.day_records.between(first, last):  # a headache day, no times
        attacks[record.day] = attacks.get(record.day, 0) + 1
        types.setdefault(record.day, set()).add(d.AttackType(record.kind.value))
        if record.pain is not None:
            peaks[record.day] = max(peaks.get(record.day, 0), record.pain)
        elif record.pain_nrs is not None:
            ratings[record.day] = max(ratings.get(record.day, 0), record.pain_nrs)
    doses: dict[date, int] = {}
    names: dict[date, list[str]] = {}
    medications = {medication.id: medication.name for medication in journal.medications.all()}
    for dose in sorted(journal.doses.between(first, last), key=lambda dose: dose.taken):
        day = dose.taken.date()
        doses[day] = doses.get(day, 0) + 1
        name = medications.get(dose.medication_id)
        if name is not None and name not in names.setdefault(day, []):
            names[day].append(name)
    checked_in = {entry.day for entry in journal.day_entries.between(first, last)}
    cycle: dict[date, CycleDayMark] = {}
    if cycle_tracking:
        recent = journal.bleeding_days.between(first - CYCLE_HISTORY, last + CYCLE_HISTORY)
        cycle = calendar_cycle_marks(recent, journal.phases.all(), first, last)
    return {
        day: DayMark(
            peaks.get(day),
            attacks.get(day, 0),
            doses.get(day, 0),
            day in checked_in,
            cycle.get(day),
            None if day in peaks else ratings.get(day),
            tuple(kind for kind in d.AttackType if kind in types.get(day, ())),
            tuple(names.get(day, ())),
        )
        for day in sorted(set(attacks) | set(doses) | checked_in | set(cycle))
    }
