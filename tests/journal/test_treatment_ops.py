"""Treatments, their sessions within the course dates, and side effects with a
severity for every kind of treatment, from a list the user can extend."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import ValidationError
from journal.storage import Journal

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 24)
K = d.TreatmentKind


def infusions(journal: Journal) -> d.Treatment:
    return ops.save_treatment(
        journal, d.Treatment("Ketamine infusions", K.PROCEDURE, date(2026, 4, 1), date(2026, 4, 5))
    )


def at(day: int, month: int = 4) -> datetime:
    return datetime(2026, month, day, 9, 30, tzinfo=TZ)


@pytest.mark.parametrize("kind", list(d.TreatmentKind))
def test_a_course_of_every_kind_is_saved_with_its_dates(journal: Journal, kind: K) -> None:
    saved = ops.save_treatment(journal, d.Treatment(" Course ", kind, date(2026, 1, 1)))
    assert journal.treatments.all() == [saved]
    assert saved.name == "Course" and saved.end is None


def test_a_preventive_course_links_its_medication_and_reason_stopped(journal: Journal) -> None:
    medication = ops.save_medication(
        journal, d.Medication("Topiramate", d.MedicationClass.ANTICONVULSANT, d.Use.PREVENTIVE)
    )
    course = ops.save_treatment(
        journal,
        d.Treatment(
            "Topiramate",
            K.PREVENTIVE_MEDICATION,
            date(2026, 1, 1),
            date(2026, 3, 1),
            medication_id=medication.id,
            dose="50 mg",
            reason_stopped="Tingling ",
        ),
    )
    assert journal.treatments.get(course.id).reason_stopped == "Tingling"


@pytest.mark.parametrize(
    ("treatment", "field", "reason"),
    [
        (d.Treatment(" ", K.NON_DRUG, date(2026, 1, 1)), "name", "The treatment needs a name."),
        (
            d.Treatment("Physio", K.NON_DRUG, date(2026, 2, 1), date(2026, 1, 1)),
            "end",
            "The end is before the start.",
        ),
        (
            d.Treatment("Erenumab", K.PREVENTIVE_MEDICATION, date(2026, 1, 1), medication_id="x"),
            "medication_id",
            "The linked medication no longer exists.",
        ),
    ],
)
def test_a_bad_course_is_refused_in_words_and_not_saved(
    journal: Journal, treatment: d.Treatment, field: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        ops.save_treatment(journal, treatment)
    assert raised.value.problems == {field: reason}
    assert journal.treatments.count() == 0


def test_sessions_within_the_course_dates_are_saved(journal: Journal) -> None:
    course = infusions(journal)
    first = ops.save_session(journal, d.TreatmentSession(course.id, at(1), "0.5 mg/kg"))
    last = ops.save_session(journal, d.TreatmentSession(course.id, at(5)))
    assert journal.sessions.all() == [first, last]


@pytest.mark.parametrize("when", [at(31, 3), at(6)])
def test_a_session_outside_the_course_dates_is_refused(journal: Journal, when: datetime) -> None:
    course = infusions(journal)
    with pytest.raises(ValidationError) as raised:
        ops.save_session(journal, d.TreatmentSession(course.id, when))
    assert raised.value.problems == {
        "when": "A session must fall within the course, from 1 Apr 2026 to 5 Apr 2026."
    }
    assert journal.sessions.count() == 0


def test_a_session_of_an_ongoing_course_may_be_any_day_after_its_start(
    journal: Journal,
) -> None:
    course = ops.save_treatment(journal, d.Treatment("Botox", K.PROCEDURE, date(2025, 1, 1)))
    session = ops.save_session(journal, d.TreatmentSession(course.id, at(1, 11)))
    assert journal.sessions.all() == [session]
    with pytest.raises(ValidationError, match=r"which has run since 1 Jan 2025\.$"):
        ops.save_session(journal, d.TreatmentSession(course.id, at(1) - timedelta(days=500)))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ein Termin muss innerhalb der Behandlung liegen, die seit 01.01.2025 läuft."),
        ("fr", "Une séance doit se situer pendant le traitement, en cours depuis le 1 janv. 2025."),
    ],
)
def test_a_course_still_going_on_is_worded_since_its_start(
    journal: Journal, language: str, sentence: str
) -> None:
    from journal.i18n import using_language

    course = ops.save_treatment(journal, d.Treatment("Botox", K.PROCEDURE, date(2025, 1, 1)))
    with using_language(language), pytest.raises(ValidationError) as raised:
        ops.save_session(journal, d.TreatmentSession(course.id, at(1) - timedelta(days=500)))
    assert raised.value.problems == {"when": sentence}


def test_a_session_for_no_known_treatment_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="Choose the treatment"):
        ops.save_session(journal, d.TreatmentSession("nowhere", at(1)))


def test_course_dates_that_would_leave_a_session_outside_are_refused(journal: Journal) -> None:
    course = infusions(journal)
    ops.save_session(journal, d.TreatmentSession(course.id, at(5)))
    shorter = dataclasses.replace(course, end=date(2026, 4, 3))
    with pytest.raises(ValidationError, match="sessions would fall outside"):
        ops.save_treatment(journal, shorter)
    assert journal.treatments.get(course.id).end == date(2026, 4, 5)


@pytest.mark.parametrize("kind", list(d.TreatmentKind))
def test_every_kind_of_treatment_records_side_effects_with_a_severity(
    journal: Journal, kind: K
) -> None:
    course = ops.save_treatment(journal, d.Treatment("Course", kind, date(2026, 1, 1)))
    effect = ops.record_side_effect(
        journal,
        d.SideEffect(course.id, " fatigue ", d.Severity.MODERATE, date(2026, 1, 10)),
        today=TODAY,
    )
    assert journal.side_effects.all() == [effect]
    assert (effect.name, effect.severity) == ("fatigue", d.Severity.MODERATE)


def test_a_session_records_its_own_side_effects(journal: Journal) -> None:
    course = infusions(journal)
    session = ops.save_session(journal, d.TreatmentSession(course.id, at(2)))
    effect = ops.record_side_effect(
        journal,
        d.SideEffect(course.id, "dissociation", d.Severity.SEVERE, date(2026, 4, 2), session.id),
        today=TODAY,
    )
    detail = ops.course_detail(journal, course)
    assert detail.session_side_effects == {session.id: (effect,)}
    assert detail.side_effects == ()


def test_bad_side_effects_are_refused_in_words_and_not_saved(journal: Journal) -> None:
    course = infusions(journal)
    other = ops.save_treatment(journal, d.Treatment("Botox", K.PROCEDURE, date(2026, 1, 1)))
    session = ops.save_session(journal, d.TreatmentSession(course.id, at(3)))
    cases = [
        (
            d.SideEffect(course.id, "", d.Severity.MILD, date(2026, 4, 1)),
            "name",
            "Name the side effect.",
        ),
        (
            d.SideEffect(course.id, "nausea", d.Severity.MILD, date(2026, 3, 1)),
            "day",
            "A side effect cannot come before the treatment started.",
        ),
        (
            d.SideEffect(course.id, "nausea", d.Severity.MILD, date(2026, 4, 2), session.id),
            "day",
            "A side effect of a session cannot come before the session.",
        ),
        (
            d.SideEffect(course.id, "nausea", d.Severity.MILD, date(2026, 12, 1)),
            "day",
            "The day is in the future.",
        ),
        (
            d.SideEffect(other.id, "nausea", d.Severity.MILD, date(2026, 4, 3), session.id),
            "session_id",
            "That session is not part of this treatment.",
        ),
        (
            d.SideEffect("gone", "nausea", d.Severity.MILD, date(2026, 4, 3)),
            "treatment_id",
            "Choose the treatment this side effect belongs to.",
        ),
    ]
    for effect, field, reason in cases:
        with pytest.raises(ValidationError) as raised:
            ops.record_side_effect(journal, effect, today=TODAY)
        assert raised.value.problems[field] == reason
    assert journal.side_effects.count() == 0


def test_a_side_effect_may_be_noticed_after_the_course_ended(journal: Journal) -> None:
    course = infusions(journal)
    late = ops.record_side_effect(
        journal,
        d.SideEffect(course.id, "vivid dreams", d.Severity.MILD, date(2026, 4, 9)),
        today=TODAY,
    )
    assert journal.side_effects.all() == [late]


def test_the_side_effect_list_is_the_common_one_extended_by_the_user(journal: Journal) -> None:
    names = ops.side_effect_names(journal)
    assert names[:4] == ["dissociation", "dizziness", "nausea", "sedation"]
    assert names[-1] == "other" and len(names) == len(d.COMMON_SIDE_EFFECTS)
    extended = ops.add_side_effect_name(journal, " Cold hands ")
    assert extended[-2:] == ["Cold hands", "other"]
    assert ops.add_side_effect_name(journal, "cold HANDS") == extended
    assert ops.add_side_effect_name(journal, "Nausea") == extended
    course = infusions(journal)
    ops.record_side_effect(
        journal,
        d.SideEffect(course.id, "vivid dreams", d.Severity.MILD, date(2026, 4, 1)),
        today=TODAY,
    )
    assert ops.side_effect_names(journal)[-3:] == ["Cold hands", "vivid dreams", "other"]


def test_an_empty_side_effect_name_is_not_added_to_the_list(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="Name the side effect"):
        ops.add_side_effect_name(journal, "  ")
    assert ops.side_effect_names(journal)[-1] == "other"
    assert journal.setting(ops.treatments.CUSTOM_SIDE_EFFECTS) == ""


def test_deleting_a_course_removes_its_sessions_and_side_effects_and_returns_them(
    journal: Journal,
) -> None:
    course = infusions(journal)
    session = ops.save_session(journal, d.TreatmentSession(course.id, at(1)))
    effect = ops.record_side_effect(
        journal,
        d.SideEffect(course.id, "nausea", d.Severity.MILD, date(2026, 4, 1), session.id),
        today=TODAY,
    )
    removed = ops.delete_treatment(journal, course.id)
    assert removed.sessions == (session,) and removed.session_side_effects == {
        session.id: (effect,)
    }
    assert journal.sessions.count() == 0 and journal.side_effects.count() == 0


def test_deleting_a_session_removes_its_side_effects_but_not_the_courses(
    journal: Journal,
) -> None:
    course = infusions(journal)
    session = ops.save_session(journal, d.TreatmentSession(course.id, at(1)))
    ops.record_side_effect(
        journal,
        d.SideEffect(course.id, "nausea", d.Severity.MILD, date(2026, 4, 1), session.id),
        today=TODAY,
    )
    own = ops.record_side_effect(
        journal, d.SideEffect(course.id, "fatigue", d.Severity.MILD, date(2026, 4, 2)), today=TODAY
    )
    assert ops.delete_session(journal, session.id) == session
    assert journal.side_effects.all() == [own]
    assert ops.delete_side_effect(journal, own.id) == own
    assert journal.side_effects.count() == 0


def test_the_overview_lists_courses_latest_first_with_their_sessions(journal: Journal) -> None:
    older = ops.save_treatment(journal, d.Treatment("Physio", K.NON_DRUG, date(2025, 1, 1)))
    course = infusions(journal)
    session = ops.save_session(journal, d.TreatmentSession(course.id, at(1)))
    overview = ops.treatment_overview(journal)
    assert [item.treatment for item in overview] == [course, older]
    assert overview[0].sessions == (session,) and overview[1].sessions == ()


def test_the_common_side_effects_are_offered_in_the_apps_language(journal: Journal) -> None:
    from journal.i18n import using_language

    with using_language("de"):
        names = ops.side_effect_names(journal)
    assert names[:3] == ["Dissoziation", "Schwindel", "Übelkeit"]
    assert names[-1] == "Sonstiges" and len(names) == len(d.COMMON_SIDE_EFFECTS)
    course = infusions(journal)
    ops.record_side_effect(  # recorded in English before: not offered twice
        journal,
        d.SideEffect(course.id, "dizziness", d.Severity.MILD, date(2026, 4, 1)),
        today=TODAY,
    )
    with using_language("fr"):
        names = ops.side_effect_names(journal)
    assert "vertiges" in names and "dizziness" not in names and names[-1] == "autre"
