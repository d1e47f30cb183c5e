"""The demo patient's care: medications, and the treatments tried over the span.

A preventive (topiramate) stopped for side effects when the span is long enough,
a series of five ketamine infusions with side effects at every session, propranolol
from the middle of the span that cuts the attack chance by more than half after six
weeks, and a non-drug treatment. The infusions bring only a small, short-lived change, as the
evidence suggests; nothing here promises results.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.demo.support import Ids, Span, day_stamp, local, stamp
from journal.i18n import N_, _, number_text

C, U, K = d.MedicationClass, d.Use, d.TreatmentKind
_MEDICATIONS = (
    ("Sumatriptan", C.TRIPTAN, U.ACUTE, "50 mg"),
    ("Rizatriptan", C.TRIPTAN, U.ACUTE, "10 mg"),
    ("Ibuprofen", C.SIMPLE_ANALGESIC, U.ACUTE, "400 mg"),
    ("Paracetamol", C.SIMPLE_ANALGESIC, U.ACUTE, "1000 mg"),
    ("Excedrin", C.COMBINATION_ANALGESIC, U.ACUTE, N_("2 tablets")),
    ("Metoclopramide", C.ANTIEMETIC, U.ACUTE, "10 mg"),
    ("Ubrogepant", C.GEPANT, U.ACUTE, "100 mg"),
    ("Propranolol", C.BETA_BLOCKER, U.PREVENTIVE, ""),
    ("Topiramate", C.ANTICONVULSANT, U.PREVENTIVE, ""),
)
"""The preventives are only the drugs their courses (make_treatments) are of: each
one's dose, dates and reason for stopping live in its course, their one home."""
SESSION_EFFECTS = (
    (N_("dissociation"), 0.9, (d.Severity.MILD, d.Severity.MODERATE, d.Severity.MODERATE)),
    (N_("nausea"), 0.45, (d.Severity.MILD, d.Severity.MODERATE)),
    (N_("raised blood pressure"), 0.4, (d.Severity.MILD, d.Severity.MODERATE)),
    (N_("vivid dreams"), 0.3, (d.Severity.MILD,)),
    (N_("blurred vision"), 0.2, (d.Severity.MILD,)),
    (N_("sedation"), 0.3, (d.Severity.MILD, d.Severity.MODERATE)),
)
INFUSIONS = 5


@dataclass(frozen=True)
class CarePlan:
    """When each treatment happens, fixed by the span before anything is drawn."""

    topiramate: tuple[date, date] | None
    infusions_start: date
    propranolol_start: date
    meditation_start: date
    gepant_from: date

    @classmethod
    def for_span(cls, span: Span) -> CarePlan:
        topiramate = None
        if span.days >= 300:
            start = span.at(0.06)
            topiramate = (start, start + timedelta(days=75))
        return cls(topiramate, span.at(0.3), span.at(0.5), span.at(0.7), span.at(0.6))

    def effect(self, day: date) -> float:
        """How the treatments multiply the attack chance on `day`."""
        effect = 1.0
        if self.topiramate and self.topiramate[0] + timedelta(28) <= day <= self.topiramate[1]:
            effect *= 0.85
        infusions_end = self.infusions_start + timedelta(days=INFUSIONS - 1)
        if infusions_end < day <= infusions_end + timedelta(days=21):
            effect *= 0.8
        if day >= self.propranolol_start + timedelta(weeks=6):
            effect *= 0.45
        return effect


def make_medications(ids: Ids, span: Span, plan: CarePlan) -> dict[str, d.Medication]:
    made = day_stamp(span.first, 9)
    medications = {}
    for name, med_class, use, usual in _MEDICATIONS:
        created = updated = made
        if name == "Ubrogepant":
            created = updated = day_stamp(plan.gepant_from, 9)
        if name == "Topiramate":
            if plan.topiramate is None:
                continue
            created = updated = day_stamp(plan.topiramate[0], 9)
        if name == "Propranolol":
            created = updated = day_stamp(plan.propranolol_start, 9)
        dose = _(usual) if usual == "2 tablets" else usual  # a dose in words, translated
        medications[name] = d.Medication(name, med_class, use, dose, False, ids(), created, updated)
    return medications


@dataclass(frozen=True)
class Treatments:
    treatments: list[d.Treatment]
    sessions: list[d.TreatmentSession]
    side_effects: list[d.SideEffect]


def _course(
    ids: Ids, name: str, kind: d.TreatmentKind, start: date, end: date | None, **more: str | None
) -> d.Treatment:
    return d.Treatment(
        name,
        kind,
        start,
        end,
        id=ids(),
        created=day_stamp(start, 12),
        updated=day_stamp(end or start, 12),
        **more,  # type: ignore[arg-type]
    )


def _effect(
    ids: Ids,
    course: d.Treatment,
    name: str,
    severity: d.Severity,
    day: date,
    *,
    session_id: str | None = None,
) -> d.SideEffect:
    made = day_stamp(day, 20)
    return d.SideEffect(course.id, _(name), severity, day, session_id, "", ids(), made, made)


def make_treatments(
    rng: random.Random, ids: Ids, span: Span, plan: CarePlan, meds: dict[str, d.Medication]
) -> Treatments:
    courses, sessions, effects = [], [], []
    if plan.topiramate is not None:
        start, end = plan.topiramate
        course = _course(
            ids,
            "Topiramate",
            K.PREVENTIVE_MEDICATION,
            start,
            end,
            medication_id=meds["Topiramate"].id,
            dose=_("25 mg, then 50 mg daily"),
            reason_stopped=_("Tingling in the hands and trouble finding words."),
        )
        courses.append(course)
        effects += [
            _effect(ids, course, N_("tingling"), d.Severity.MODERATE, start + timedelta(days=9)),
            _effect(ids, course, N_("fatigue"), d.Severity.MILD, start + timedelta(days=14)),
            _effect(
                ids,
                course,
                N_("word-finding trouble"),
                d.Severity.MODERATE,
                start + timedelta(days=30),
            ),
        ]
    first = plan.infusions_start
    infusions = _course(
        ids,
        _("Ketamine infusions"),
        K.PROCEDURE,
        first,
        first + timedelta(days=INFUSIONS - 1),
        dose=_("0.3 to 0.6 mg/kg over 40 min"),
        reason_stopped=_("Series completed."),
        note=_("Outpatient series of five infusions."),
    )
    courses.append(infusions)
    for n in range(INFUSIONS):
        when = local(first + timedelta(days=n), 9, 30)
        session = d.TreatmentSession(
            infusions.id,
            when,
            _("{amount} mg/kg").format(amount=number_text((3, 4, 5, 6, 6)[n] / 10, exact=True)),
            "",
            ids(),
            stamp(when + timedelta(hours=4)),
            stamp(when + timedelta(hours=4)),
        )
        sessions.append(session)
        drawn = [(name, sev) for name, chance, sev in SESSION_EFFECTS if rng.random() < chance]
        for name, severities in drawn or [(SESSION_EFFECTS[0][0], SESSION_EFFECTS[0][2])]:
            effects.append(
                _effect(
                    ids, infusions, name, rng.choice(severities), when.date(), session_id=session.id
                )
            )
    start = plan.propranolol_start
    course = _course(
        ids,
        "Propranolol",
        K.PREVENTIVE_MEDICATION,
        start,
        None,
        medication_id=meds["Propranolol"].id,
        dose=_("80 mg daily"),
    )
    courses.append(course)
    effects += [
        _effect(ids, course, N_("fatigue"), d.Severity.MILD, start + timedelta(days=8)),
        _effect(ids, course, N_("cold hands"), d.Severity.MILD, start + timedelta(days=20)),
    ]
    courses.append(
        _course(
            ids,
            _("Mindfulness meditation"),
            K.NON_DRUG,
            plan.meditation_start,
            None,
            dose=_("10 minutes a day"),
        )
    )
    effects = [e for e in effects if e.day <= span.last]
    return Treatments(courses, sessions, effects)
