"""Before/after figures of each treatment course (clinical-rules.md, "Preventive and
procedural treatments").

- Baseline: the days just before the start, 28 days by default and up to 84 days
  (3 x 28) when the diary covers them; fewer than 28 diary days before the start is
  not enough data.
- After: from 4 weeks (28 days) after the start, the same length as the baseline,
  or shorter when today comes first; fewer than 28 days is not enough data yet.
- Both spans are migraine days per 28 days; change_percent is (after - baseline) /
  baseline x 100; a responder has at least 50% fewer migraine days (exactly 50% is a
  responder). With no migraine day in the baseline there is no percentage.
- Days before the diary's first record are not data. A figure that cannot be given
  is None, with the reason in `note`.
- Overlapping courses: when another course was active on any day of this course's
  baseline or after span (e.g. mindfulness started while propranolol was taken), the
  before/after cannot tell the two apart. `overlapping` names those courses and
  `note` says so ("Overlaps with Propranolol: the change may not be due to this
  course alone."). The responder verdict still follows the rule; readers print it
  with that caveat.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction

from journal import domain as d
from journal.i18n import _, list_text

BASELINE_DAYS = 28
BEST_BASELINE_DAYS = 84
ONSET_DAYS = 28
MIN_AFTER_DAYS = 28
RESPONDER_REDUCTION = Fraction(1, 2)


@dataclass(frozen=True)
class TreatmentEffect:
    """One course with its sessions, side effects and before/after figures."""

    treatment: d.Treatment
    sessions: int
    side_effects: int
    baseline: tuple[date, date] | None
    after: tuple[date, date] | None
    baseline_migraine_days: int | None
    after_migraine_days: int | None
    baseline_migraine_days_per_28: float | None
    after_migraine_days_per_28: float | None
    change_percent: float | None
    responder: bool | None
    note: str
    """Why a figure is missing, then the overlap caveat ("" when neither applies)."""
    overlapping: tuple[str, ...] = ()
    """Names of the other courses active during the baseline or the after span."""

    @property
    def overlap_note(self) -> str:
        """The caveat for overlapping courses, in one sentence ("" with none)."""
        return overlap_sentence(self.overlapping)


def overlap_sentence(names: Sequence[str]) -> str:
    """ "Overlaps with A and B: the change may not be due to this course alone." """
    if not names:
        return ""
    return _("Overlaps with {listed}: the change may not be due to this course alone.").format(
        listed=list_text(list(names))
    )


def _active(course: d.Treatment, span: tuple[date, date]) -> bool:
    return course.start <= span[1] and (course.end is None or course.end >= span[0])


def _with_overlaps(effect: TreatmentEffect, others: Iterable[d.Treatment]) -> TreatmentEffect:
    """The effect with the other courses active in its baseline or after span named."""
    spans = [span for span in (effect.baseline, effect.after) if span is not None]
    names: list[str] = []
    for other in others:
        if other.id == effect.treatment.id or other.name in names:
            continue
        if any(_active(other, span) for span in spans):
            names.append(other.name)
    if not names:
        return effect
    note = " ".join(part for part in (effect.note, overlap_sentence(names)) if part)
    return replace(effect, overlapping=tuple(names), note=note)


def _count(migraine_days: Set[date], first: date, last: date) -> int:
    return sum(
        1 for n in range((last - first).days + 1) if first + timedelta(days=n) in migraine_days
    )


def treatment_effect(
    treatment: d.Treatment,
    migraine_days: Set[date],
    first_recorded: date | None,
    today: date,
    *,
    sessions: Iterable[d.TreatmentSession] = (),
    side_effects: Iterable[d.SideEffect] = (),
) -> TreatmentEffect:
    """Judge one course on the diary's migraine days."""
    own_sessions = sum(1 for s in sessions if s.treatment_id == treatment.id)
    own_effects = sum(1 for s in side_effects if s.treatment_id == treatment.id)

    def missing(note: str, baseline: tuple[date, date] | None = None) -> TreatmentEffect:
        base_days = _count(migraine_days, *baseline) if baseline else None
        return TreatmentEffect(
            treatment,
            own_sessions,
            own_effects,
            baseline,
            None,
            base_days,
            None,
            _per_28(base_days, baseline),
            None,
            None,
            None,
            note,
        )

    start = treatment.start
    covered_before = (start - first_recorded).days if first_recorded else 0
    if covered_before < BASELINE_DAYS:
        return missing(
            _(
                "Not enough data: the diary needs {needed} days before the start "
                "for a baseline and has {has}."
            ).format(needed=BASELINE_DAYS, has=max(0, covered_before))
        )
    length = min(covered_before, BEST_BASELINE_DAYS)
    baseline = (start - timedelta(days=length), start - timedelta(days=1))
    after_first = start + timedelta(days=ONSET_DAYS)
    after_last = min(after_first + timedelta(days=length - 1), today)
    after_length = (after_last - after_first).days + 1
    if after_length < MIN_AFTER_DAYS:
        return missing(
            _(
                "Not enough data yet: the comparison starts 4 weeks after the start and "
                "needs {needed} days; {has} so far."
            ).format(needed=MIN_AFTER_DAYS, has=max(0, after_length)),
            baseline,
        )
    after = (after_first, after_last)
    base_count = _count(migraine_days, *baseline)
    after_count = _count(migraine_days, *after)
    base_rate = Fraction(base_count, length)
    after_rate = Fraction(after_count, after_length)
    change = None if base_rate == 0 else (after_rate - base_rate) / base_rate * 100
    responder = None if base_rate == 0 else after_rate <= base_rate * RESPONDER_REDUCTION
    note = "" if base_rate else _("No migraine days in the baseline: no percentage change.")
    return TreatmentEffect(
        treatment,
        own_sessions,
        own_effects,
        baseline,
        after,
        base_count,
        after_count,
        _per_28(base_count, baseline),
        _per_28(after_count, after),
        None if change is None else round(float(change), 1),
        responder,
        note,
    )


def _per_28(count: int | None, span: tuple[date, date] | None) -> float | None:
    if count is None or span is None:
        return None
    return round(count * 28 / ((span[1] - span[0]).days + 1), 2)


def treatment_effects(
    treatments: Iterable[d.Treatment],
    migraine_days: Set[date],
    first_recorded: date | None,
    today: date,
    *,
    sessions: Iterable[d.TreatmentSession] = (),
    side_effects: Iterable[d.SideEffect] = (),
) -> tuple[TreatmentEffect, ...]:
    """Every course, in order of start, with the courses overlapping each named."""
    all_sessions = tuple(sessions)
    all_effects = tuple(side_effects)
    courses = sorted(treatments, key=lambda t: (t.start, t.name))
    return tuple(
        _with_overlaps(
            treatment_effect(
                t,
                migraine_days,
                first_recorded,
                today,
                sessions=all_sessions,
                side_effects=all_effects,
            ),
            courses,
        )
        for t in courses
    )
