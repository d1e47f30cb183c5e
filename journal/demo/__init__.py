"""A realistic synthetic journal to try the app, show it, and measure it.

`write_demo` fills an empty journal with months of a made-up patient's life: daily
check-ins whose poor sleep, stress and alcohol raise the next day's attack chance,
regular cycles with more attacks in the perimenstrual window (-2..+3), a combined-pill
phase, attacks of every type with doses of several classes, a preventive that cuts
the attack chance by more than half after six weeks, an infusion series with side
effects at every session, MIDAS and HIT-6 entries, and questions for the next visit.

The same seed and end day give the same journal, ids and stamps included: every value
comes from seeded random streams and every stamp from the record's own time.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from datetime import date, timedelta
from typing import Any

from journal import domain as d
from journal.analysis.attack_days import days_touched
from journal.demo import attacks as demo_attacks
from journal.demo.care import CarePlan, make_medications, make_treatments
from journal.demo.cycles import make_cycles
from journal.demo.days import (
    POOR_SLEEP_HOURS,
    Exposure,
    exposure_effect,
    make_check_ins,
    make_exposures,
    make_factors,
)
from journal.demo.support import Ids, Span, stream
from journal.demo.visits import make_questionnaires, make_visit_notes
from journal.errors import JournalError
from journal.exchange.sections import records_counted
from journal.i18n import N_, _, list_text
from journal.operations.cycle import CYCLE_TRACKING
from journal.operations.days import DEFAULT_FACTORS_SEEDED
from journal.operations.treatments import CUSTOM_SIDE_EFFECTS
from journal.storage import Journal
from journal.storage.repository import Repository

BASE_CHANCE = 0.12
"""The daily chance of an attack starting, before the factors multiply it."""
WINDOW_EFFECT = 2.5
"""How much more likely an attack is to start in the perimenstrual window."""


@dataclass(frozen=True)
class DemoStats:
    """How many records of each kind the demo wrote."""

    medications: int
    attacks: int
    doses: int
    factors: int
    check_ins: int
    bleeding_days: int
    day_records: int
    phases: int
    treatments: int
    sessions: int
    side_effects: int
    midas: int
    hit6: int
    visit_notes: int

    def __str__(self) -> str:
        """The counts in words, in the language set ("1 attack", "12 Attacken")."""
        return list_text(
            [
                records_counted(_SECTIONS.get(field.name, field.name), count)
                for field, count in zip(fields(self), astuple(self), strict=True)
            ]
        )


_SECTIONS = {
    "check_ins": "day_entries",
    "phases": "hormonal_phases",
    "sessions": "treatment_sessions",
}
"""The export sections whose names differ from the fields here (the counts are worded
as an import preview words them)."""


def _suspects(
    rng: random.Random, before: Exposure | None, today: Exposure, in_window: bool
) -> list[str]:
    """What the patient believes set the attack off: mostly true exposures, sometimes not."""
    beliefs = []
    if before is not None and before.sleep < POOR_SLEEP_HOURS and rng.random() < 0.6:
        beliefs.append(N_("poor sleep"))
    if before is not None and before.stress >= 2 and rng.random() < 0.5:
        beliefs.append(N_("stress"))
    if in_window and rng.random() < 0.6:
        beliefs.append(N_("period"))
    if before is not None and before.alcohol and rng.random() < 0.5:
        beliefs.append(N_("red wine"))
    if today.weather and rng.random() < 0.4:
        beliefs.append(N_("weather"))
    if rng.random() < 0.06:
        beliefs.append(rng.choice((N_("chocolate"), N_("bright light"), N_("cheese"))))
    return beliefs


def _day_records(
    rng: random.Random, ids: Ids, span: Span, attacks: list[d.Attack], window: set[date]
) -> list[d.DayRecord]:
    """A few headache days and a migraine day without times, as if imported from a
    cycle app the patient used before (drip records them per day): on days of the
    first three months at least a day away from any attack, the migraine in a
    perimenstrual window (so the menstrual pattern stays what the attacks make it)."""
    taken = {
        day
        for attack in attacks
        for day in days_touched(attack, (attack.end or attack.start).date())
    }
    near = taken | {day + timedelta(days=step) for day in taken for step in (-1, 1)}
    free = [
        day
        for day in (span.first + timedelta(days=n) for n in range(1, 90))
        if day not in near and day - timedelta(days=1) not in near
    ]
    outside = [day for day in free if day not in window]
    inside = [day for day in free if day in window]
    headache = sorted(rng.sample(outside[::3], min(3, len(outside[::3]))))
    migraine = [rng.choice(inside)] if inside else []
    records: list[tuple[date, d.DayRecordKind, tuple[str, ...]]]
    records = [(day, d.DayRecordKind.HEADACHE, ()) for day in headache]
    records += [(day, d.DayRecordKind.MIGRAINE, (d.Symptom.NAUSEA.value,)) for day in migraine]
    return [
        d.DayRecord(day, kind, symptoms=symptoms, source="drip", id=ids())
        for day, kind, symptoms in sorted(records)
    ]


def _refuse_unless_empty(journal: Journal) -> None:
    filled = (journal.medications, journal.attacks, journal.factors, journal.day_entries)
    if any(repository.count() for repository in filled):
        raise JournalError(_("The demo only writes into an empty journal; this one has entries."))


def write_demo(
    journal: Journal, *, months: int = 12, seed: int = 1, end: date | None = None
) -> DemoStats:
    """Fill an empty journal with `months` of demo data up to the day before `end`
    (default today); `end` itself is left for the user, so nothing is in the future."""
    end = end or d.local_now().date()
    span = Span(end - timedelta(days=max(1, round(months * 365.25 / 12))), end)
    ids = Ids(seed)
    plan = CarePlan.for_span(span)
    medications = make_medications(ids, span, plan)
    factors = make_factors(ids, span.first)
    exposures = make_exposures(stream(seed, "days"), span)
    check_ins = make_check_ins(stream(seed, "check-ins"), ids, exposures, factors)
    pill = (span.at(0.08), span.at(0.33))
    cycles = make_cycles(stream(seed, "cycles"), ids, span, pill=pill)
    pharmacy = demo_attacks.Pharmacy(medications, plan.gepant_from)
    rng = stream(seed, "attacks")
    attacks: list[d.Attack] = []
    doses: list[d.Dose] = []
    free_from = span.first
    latest = demo_attacks.latest_end(span.last)
    before: Exposure | None = None
    for today in exposures:
        in_window = today.day in cycles.window
        chance = BASE_CHANCE * exposure_effect(before, today) * plan.effect(today.day)
        chance *= WINDOW_EFFECT if in_window else 1.0
        if today.day >= free_from and rng.random() < chance:
            beliefs = _suspects(rng, before, today, in_window)
            attack = demo_attacks.make_attack(rng, ids, today.day, latest, beliefs)
            attacks.append(attack)
            doses += demo_attacks.make_doses(rng, ids, attack, pharmacy)
            free_from = (attack.end or attack.start).date() + timedelta(days=1)
        before = today
    care = make_treatments(stream(seed, "care"), ids, span, plan, medications)
    midas, hit6 = make_questionnaires(stream(seed, "visits"), ids, span, attacks)
    notes = make_visit_notes(ids, span)
    phases = [cycles.pill] if cycles.pill else []
    day_records = _day_records(stream(seed, "day-records"), ids, span, attacks, set(cycles.window))
    with journal.atomic():
        _refuse_unless_empty(journal)
        stored: tuple[tuple[Repository[Any], Iterable[Any]], ...] = (
            (journal.medications, medications.values()),
            (journal.factors, factors),
            (journal.day_entries, check_ins),
            (journal.bleeding_days, cycles.bleeding),
            (journal.day_records, day_records),
            (journal.phases, phases),
            (journal.attacks, attacks),
            (journal.doses, doses),
            (journal.treatments, care.treatments),
            (journal.sessions, care.sessions),
            (journal.side_effects, care.side_effects),
            (journal.midas, midas),
            (journal.hit6, hit6),
            (journal.visit_notes, notes),
        )
        for repository, records in stored:
            repository.insert_exact(records)
        journal.set_setting(CYCLE_TRACKING, "on")
        journal.set_setting(DEFAULT_FACTORS_SEEDED, "yes")
        custom = [_("vivid dreams"), _("cold hands")]
        journal.set_setting(CUSTOM_SIDE_EFFECTS, json.dumps(custom, ensure_ascii=False))
    return DemoStats(
        len(medications),
        len(attacks),
        len(doses),
        len(factors),
        len(check_ins),
        len(cycles.bleeding),
        len(day_records),
        len(phases),
        len(care.treatments),
        len(care.sessions),
        len(care.side_effects),
        len(midas),
        len(hit6),
        len(notes),
    )
