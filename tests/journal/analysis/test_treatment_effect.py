"""Before/after figures of treatments (clinical-rules.md, "Preventive and procedural
treatments")."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from diary_builders import TZ, days_from

from journal import domain as d
from journal.analysis.treatment_effect import treatment_effect, treatment_effects

START = date(2026, 4, 1)
COURSE = d.Treatment("Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, START, id="course")


def migraine_days(before: int, after: int, baseline_days: int = 28) -> set[date]:
    """`before` migraine days in the baseline, `after` in the span from week 4 on."""
    return {
        *days_from(START - timedelta(days=baseline_days), before),
        *days_from(START + timedelta(days=28), after),
    }


def test_responder_at_exactly_50_percent_fewer_migraine_days() -> None:
    effect = treatment_effect(COURSE, migraine_days(8, 4), date(2026, 3, 4), date(2026, 6, 1))
    assert effect.baseline == (date(2026, 3, 4), date(2026, 3, 31))
    assert effect.after == (date(2026, 4, 29), date(2026, 5, 26))
    assert effect.baseline_migraine_days_per_28 == 8.0
    assert effect.after_migraine_days_per_28 == 4.0
    assert effect.change_percent == -50.0
    assert effect.responder is True
    assert effect.note == ""


def test_just_under_50_percent_fewer_is_not_a_responder() -> None:
    effect = treatment_effect(COURSE, migraine_days(8, 5), date(2026, 3, 4), date(2026, 6, 1))
    assert effect.change_percent == -37.5
    assert effect.responder is False


def test_baseline_uses_up_to_3_months_when_the_diary_has_them() -> None:
    days = migraine_days(12, 6, baseline_days=84)
    effect = treatment_effect(COURSE, days, date(2025, 1, 1), date(2026, 12, 1))
    assert effect.baseline == (START - timedelta(days=84), START - timedelta(days=1))
    assert effect.baseline_migraine_days == 12
    assert effect.baseline_migraine_days_per_28 == 4.0
    assert effect.after == (START + timedelta(days=28), START + timedelta(days=28 + 83))
    assert effect.after_migraine_days_per_28 == 2.0
    assert effect.responder is True


def test_not_enough_data_without_28_diary_days_before_the_start() -> None:
    effect = treatment_effect(COURSE, migraine_days(8, 4), date(2026, 3, 5), date(2026, 6, 1))
    assert effect.baseline_migraine_days_per_28 is None
    assert effect.change_percent is None and effect.responder is None
    assert "Not enough data" in effect.note and "27" in effect.note


def test_not_enough_data_with_no_diary_at_all() -> None:
    effect = treatment_effect(COURSE, set(), None, date(2026, 6, 1))
    assert effect.responder is None and "Not enough data" in effect.note


def test_not_enough_data_before_4_weeks_plus_28_days_have_passed() -> None:
    too_soon = date(2026, 5, 25)  # 27 days of the after span so far
    effect = treatment_effect(COURSE, migraine_days(8, 2), date(2026, 3, 4), too_soon)
    assert effect.after is None and effect.responder is None
    assert effect.baseline_migraine_days_per_28 is not None  # the baseline is known
    assert "Not enough data yet" in effect.note
    ready = treatment_effect(COURSE, migraine_days(8, 2), date(2026, 3, 4), date(2026, 5, 26))
    assert ready.after == (date(2026, 4, 29), date(2026, 5, 26))
    assert ready.responder is True


def test_no_migraine_days_in_the_baseline_gives_no_percentage() -> None:
    effect = treatment_effect(COURSE, migraine_days(0, 2), date(2026, 1, 1), date(2026, 12, 1))
    assert effect.baseline_migraine_days_per_28 == 0.0
    assert effect.change_percent is None and effect.responder is None
    assert effect.note


def test_sessions_and_side_effects_are_counted_per_treatment() -> None:
    infusions = d.Treatment(
        "Ketamine infusions", d.TreatmentKind.PROCEDURE, START, START + timedelta(days=4), id="k"
    )
    sessions = [
        d.TreatmentSession("k", datetime(2026, 4, n, 10, tzinfo=TZ)) for n in range(1, 6)
    ] + [d.TreatmentSession("other", datetime(2026, 4, 1, 10, tzinfo=TZ))]
    effects = [d.SideEffect("k", "dissociation", d.Severity.MODERATE, START)]
    effect = treatment_effect(
        infusions,
        set(),
        date(2026, 1, 1),
        date(2026, 12, 1),
        sessions=sessions,
        side_effects=effects,
    )
    assert (effect.sessions, effect.side_effects) == (5, 1)


MINDFULNESS = d.Treatment("Mindfulness", d.TreatmentKind.NON_DRUG, date(2026, 5, 1), id="mind")


def test_overlapping_courses_are_named_with_a_caveat_and_the_verdict_stays() -> None:
    found = treatment_effects(
        [MINDFULNESS, COURSE], migraine_days(8, 4), date(2026, 3, 4), date(2026, 6, 1)
    )
    propranolol, mindfulness = found
    # Mindfulness started during propranolol's after span (29 Apr - 26 May).
    assert propranolol.overlapping == ("Mindfulness",)
    assert propranolol.responder is True
    assert propranolol.note == (
        "Overlaps with Mindfulness: the change may not be due to this course alone."
    )
    # Propranolol was taken during mindfulness's baseline (and is still ongoing).
    assert mindfulness.overlapping == ("Propranolol",)
    assert mindfulness.note.startswith("Not enough data yet")
    assert mindfulness.note.endswith(
        "Overlaps with Propranolol: the change may not be due to this course alone."
    )


def test_overlapping_course_ended_before_the_baseline_is_not_named() -> None:
    earlier = d.Treatment(
        "Topiramate", d.TreatmentKind.PREVENTIVE_MEDICATION, date(2025, 6, 1), date(2026, 3, 3)
    )
    later = d.Treatment("Botox", d.TreatmentKind.PROCEDURE, date(2026, 5, 27), id="botox")
    found = treatment_effects(
        [earlier, COURSE, later], migraine_days(8, 4), date(2026, 3, 4), date(2026, 6, 1)
    )
    course = next(e for e in found if e.treatment.id == "course")
    # Topiramate ended the day before the baseline; Botox began after the after span.
    assert course.overlapping == ()
    assert course.note == ""
    assert course.overlap_note == ""
