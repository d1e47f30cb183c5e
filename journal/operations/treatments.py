"""Treatments tried: courses, their dated sessions, and side effects of either.

Every kind of treatment (preventive medication, procedure, non-drug) records side
effects the same way; none is exempt. The list of side-effect names offered is the
common list, plus the names the user added or already recorded.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date

from journal import catalog
from journal import domain as d
from journal.changes import Change, changes, reads
from journal.i18n import _, pgettext
from journal.storage import Journal
from journal.validation import require
from journal.validation_records import (
    session_problems,
    side_effect_problems,
    treatment_problems,
)

CUSTOM_SIDE_EFFECTS = "custom_side_effects"
"""Journal setting: a JSON list of side-effect names the user added to the list."""


@dataclass(frozen=True)
class CourseDetail:
    """A course with its sessions (in time order) and the side effects of the
    course itself and of each session, for the Treatments view."""

    treatment: d.Treatment
    sessions: tuple[d.TreatmentSession, ...]
    side_effects: tuple[d.SideEffect, ...]
    session_side_effects: dict[str, tuple[d.SideEffect, ...]]


def _sessions_of(journal: Journal, treatment_id: str) -> list[d.TreatmentSession]:
    return [s for s in journal.sessions.all() if s.treatment_id == treatment_id]


@changes(Change.TREATMENTS | Change.MEDICATIONS)
def save_treatment(
    journal: Journal, treatment: d.Treatment, *, drug: d.Medication | None = None
) -> d.Treatment:
    """Add or change a course; its sessions must stay within its dates.

    A preventive-medication course is the one home of that drug: it is linked to
    the medication its doses are recorded under (one marked preventive, of the
    same drug), made from `drug` (its class) or the catalogue when there is none,
    so the Medications list shows it rather than holding it a second time. A rename
    of the drug's only course renames the drug with it."""
    treatment = dataclasses.replace(
        treatment,
        name=treatment.name.strip(),
        kind=d.TreatmentKind(treatment.kind),
        dose=treatment.dose.strip(),
        reason_stopped=treatment.reason_stopped.strip(),
    )
    with journal.atomic():
        medication_exists = (
            treatment.medication_id is not None
            and journal.medications.find(treatment.medication_id) is not None
        )
        session_days = [s.when.date() for s in _sessions_of(journal, treatment.id)]
        require(
            treatment_problems(
                treatment, medication_exists=medication_exists, session_days=session_days
            )
        )
        if treatment.kind is d.TreatmentKind.PREVENTIVE_MEDICATION:
            treatment = _linked_to_its_drug(journal, treatment, drug)
        return journal.treatments.save(treatment)


def _linked_to_its_drug(
    journal: Journal, treatment: d.Treatment, drug: d.Medication | None
) -> d.Treatment:
    medications = journal.medications.all()
    linked = next((m for m in medications if m.id == treatment.medication_id), None)
    if linked is not None:
        _rename_with_its_course(journal, treatment, linked, medications)
        return treatment
    same = catalog.drug_key(treatment.name)
    for medication in medications:
        if medication.use is d.Use.PREVENTIVE and catalog.drug_key(medication.name) == same:
            return dataclasses.replace(treatment, medication_id=medication.id)
    if any(m.name.casefold() == treatment.name.casefold() for m in medications):
        return treatment  # an acute drug of that name keeps its role and its counting
    known = catalog.lookup(treatment.name)
    template = drug or d.Medication(
        name="", med_class=known.med_class if known else d.MedicationClass.OTHER
    )
    made = dataclasses.replace(
        template, name=treatment.name, use=d.Use.PREVENTIVE, default_dose="", retired=False
    )
    saved = journal.medications.save(made)
    return dataclasses.replace(treatment, medication_id=saved.id)


def _rename_with_its_course(
    journal: Journal, treatment: d.Treatment, drug: d.Medication, medications: list[d.Medication]
) -> None:
    """The drug takes its course's new name when it is its only course (its name is
    changed in Treatments only) and no other medication has that name."""
    if drug.use is not d.Use.PREVENTIVE or drug.name == treatment.name:
        return
    if any(t.medication_id == drug.id and t.id != treatment.id for t in journal.treatments.all()):
        return
    if any(m.id != drug.id and m.name.casefold() == treatment.name.casefold() for m in medications):
        return
    journal.medications.save(dataclasses.replace(drug, name=treatment.name))


@changes(Change.TREATMENTS | Change.MEDICATIONS)
def delete_treatment(journal: Journal, treatment_id: str) -> CourseDetail:
    """Delete a course with its sessions and side effects; returns them all. Its
    drug record goes with it when nothing else holds it (no dose, no other course)."""
    with journal.atomic():
        detail = course_detail(journal, journal.treatments.get(treatment_id))
        journal.treatments.delete(treatment_id)  # sessions and side effects cascade
        drug_id = detail.treatment.medication_id
        drug = journal.medications.find(drug_id) if drug_id else None
        if (
            drug is not None
            and drug.use is d.Use.PREVENTIVE
            and all(t.medication_id != drug.id for t in journal.treatments.all())
            and all(dose.medication_id != drug.id for dose in journal.doses.all())
        ):
            journal.medications.delete(drug.id)
    return detail


@reads
def courses_by_drug(journal: Journal) -> dict[str, list[d.Treatment]]:
    """The courses of each preventive medication (by its id), oldest first: the
    Medications list shows these drugs and leaves them to Treatments. A course not
    linked yet (written by an import or another computer) counts as its drug's
    when it names the same drug; saving it links it."""
    preventive = [m for m in journal.medications.all() if m.use is d.Use.PREVENTIVE]
    ids = {m.id for m in preventive}
    by_drug = {catalog.drug_key(m.name): m.id for m in preventive}
    found: dict[str, list[d.Treatment]] = {}
    for course in sorted(journal.treatments.all(), key=lambda t: (t.start, t.id)):
        drug_id = course.medication_id
        if drug_id is None and course.kind is d.TreatmentKind.PREVENTIVE_MEDICATION:
            drug_id = by_drug.get(catalog.drug_key(course.name))
        if drug_id in ids:
            found.setdefault(drug_id, []).append(course)
    return found


@changes(Change.TREATMENTS)
def save_session(journal: Journal, session: d.TreatmentSession) -> d.TreatmentSession:
    """Add or change a session; it must fall within its course's dates."""
    session = dataclasses.replace(session, dose=session.dose.strip(), note=session.note.strip())
    with journal.atomic():
        require(session_problems(session, journal.treatments.find(session.treatment_id)))
        return journal.sessions.save(session)


@changes(Change.TREATMENTS)
def delete_session(journal: Journal, session_id: str) -> d.TreatmentSession:
    """Delete a session and the side effects recorded for it."""
    with journal.atomic():
        session = journal.sessions.get(session_id)
        journal.sessions.delete(session_id)
    return session


@changes(Change.TREATMENTS)
def record_side_effect(
    journal: Journal, effect: d.SideEffect, *, today: date | None = None
) -> d.SideEffect:
    """Add or change a side effect of a course, or of one session of it."""
    effect = dataclasses.replace(
        effect, name=effect.name.strip(), severity=d.Severity(effect.severity)
    )
    with journal.atomic():
        treatment = journal.treatments.find(effect.treatment_id)
        session = journal.sessions.find(effect.session_id) if effect.session_id else None
        require(side_effect_problems(effect, treatment, session, today or d.local_now().date()))
        return journal.side_effects.save(effect)


@changes(Change.TREATMENTS)
def delete_side_effect(journal: Journal, effect_id: str) -> d.SideEffect:
    with journal.atomic():
        effect = journal.side_effects.get(effect_id)
        journal.side_effects.delete(effect_id)
    return effect


@reads
def custom_side_effect_names(journal: Journal) -> list[str]:
    try:
        names = json.loads(journal.setting(CUSTOM_SIDE_EFFECTS, "[]"))
    except ValueError:
        return []
    return [str(name) for name in names] if isinstance(names, list) else []


@changes(Change.TREATMENTS)
def add_side_effect_name(journal: Journal, name: str) -> list[str]:
    """Extend the list of side effects offered; returns the whole list."""
    name = name.strip()
    if not name:
        require({"name": _("Name the side effect.")})
    with journal.atomic():
        if all(name.casefold() != known.casefold() for known in side_effect_names(journal)):
            names = [*custom_side_effect_names(journal), name]
            journal.set_setting(CUSTOM_SIDE_EFFECTS, json.dumps(names, ensure_ascii=False))
        return side_effect_names(journal)


@reads
def side_effect_names(journal: Journal) -> list[str]:
    """The common side effects in the app's language ("other" last), then the user's
    own names and any name already recorded, each once."""
    other = pgettext("side effect", "other")
    common = [_(name) for name in d.COMMON_SIDE_EFFECTS if name != "other"]
    # the English names too: a journal kept in English before offers each once
    seen = {name.casefold() for name in (*d.COMMON_SIDE_EFFECTS, *common, other)}
    extra: list[str] = []
    recorded = sorted({effect.name for effect in journal.side_effects.all()}, key=str.casefold)
    for name in [*custom_side_effect_names(journal), *recorded]:
        if name.strip() and name.casefold() not in seen:
            seen.add(name.casefold())
            extra.append(name)
    return [*common, *extra, other]


def _detail(
    treatment: d.Treatment,
    sessions: list[d.TreatmentSession],
    effects: list[d.SideEffect],
) -> CourseDetail:
    own_sessions = tuple(s for s in sessions if s.treatment_id == treatment.id)
    own_effects = [e for e in effects if e.treatment_id == treatment.id]
    return CourseDetail(
        treatment,
        own_sessions,
        tuple(e for e in own_effects if e.session_id is None),
        {s.id: tuple(e for e in own_effects if e.session_id == s.id) for s in own_sessions},
    )


@reads
def course_detail(journal: Journal, treatment: d.Treatment) -> CourseDetail:
    """One course with its sessions and side effects."""
    return _detail(treatment, journal.sessions.all(), journal.side_effects.all())


@reads
def treatment_overview(journal: Journal) -> list[CourseDetail]:
    """Every course, the most recent start first, with sessions and side effects."""
    sessions = journal.sessions.all()
    effects = journal.side_effects.all()
    courses = sorted(journal.treatments.all(), key=lambda t: t.start, reverse=True)
    return [_detail(treatment, sessions, effects) for treatment in courses]
