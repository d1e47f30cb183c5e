"""The rules for the records beyond attacks and doses, with a reason per field.

Factors, check-ins, bleeding days, hormonal phases, treatments with their sessions
and side effects, MIDAS and HIT-6 entries, and notes for the visit. Like
journal.validation, each function returns {field: reason} (empty when all is well)
so an editor can show the reason next to the field as the user types, and the
operations call them again before saving.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from datetime import date

from journal import domain as d
from journal.i18n import N_, _, date_text

MIDAS_MAX_DAYS = 90
"""MIDAS asks about the last 3 months: no count can exceed 90 days."""

HIT6_RANGE = (36, 78)
HIT6_ITEM_SCORES = (6, 8, 10, 11, 13)
"""What one HIT-6 answer scores (never ... always); the total is six of them."""
HIT6_TOTALS = frozenset(
    sum(answers) for answers in itertools.combinations_with_replacement(HIT6_ITEM_SCORES, 6)
)
"""Every total six answers can give: 36 to 78 except 37, 39 and 77."""
HOURS_UNITS = frozenset({"h", "hours", "hour", "hrs"})


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def factor_problems(factor: d.Factor, others: Iterable[d.Factor]) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = factor.name.strip()
    if not name:
        problems["name"] = _("The factor needs a name.")
    elif any(_same_name(other.name, name) and other.id != factor.id for other in others):
        problems["name"] = _("“{name}” is already one of your factors.").format(name=name)
    if factor.kind is not d.FactorKind.AMOUNT and factor.unit.strip():
        problems["unit"] = _("Only an amount has a unit; yes/no and 0-3 levels have none.")
    return problems


def value_problem(factor: d.Factor, value: float) -> str | None:
    """Why `value` cannot be this factor's value on a day, or None if it can."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return _("{name}: enter a number.").format(name=factor.name)
    if factor.kind is d.FactorKind.YES_NO and value not in (0, 1):
        return _("{name} is yes or no.").format(name=factor.name)
    if factor.kind is d.FactorKind.LEVEL and value not in (0, 1, 2, 3):
        return _("{name} is a level from 0 (none) to 3 (a lot).").format(name=factor.name)
    if factor.kind is d.FactorKind.AMOUNT:
        if value < 0:
            return _("{name} cannot be negative.").format(name=factor.name)
        if factor.unit.strip().casefold() in HOURS_UNITS and value > 24:
            return _("{name} cannot be more than 24 hours in a day.").format(name=factor.name)
    return None


def day_entry_problems(
    entry: d.DayEntry, factors: Mapping[str, d.Factor], today: date
) -> dict[str, str]:
    """Problems of a check-in; a value's problem is keyed "value:<factor id>"."""
    problems: dict[str, str] = {}
    if entry.day > today:
        problems["day"] = _("You cannot check in for a day that has not come yet.")
    seen: set[str] = set()
    for item in entry.values:
        factor = factors.get(item.factor_id)
        key = f"value:{item.factor_id}"
        if factor is None:
            problems[key] = _("A value is for a factor that no longer exists.")
        elif item.factor_id in seen:
            problems[key] = _("{name} has two values for the same day.").format(name=factor.name)
        else:
            reason = value_problem(factor, item.value)
            if reason is not None:
                problems[key] = reason
        seen.add(item.factor_id)
    return problems


def bleeding_day_problems(bleeding: d.BleedingDay, today: date) -> dict[str, str]:
    if bleeding.day > today:
        return {"day": _("A bleeding day cannot be in the future; the next one is predicted.")}
    return {}


def phase_problems(phase: d.HormonalPhase, others: Iterable[d.HormonalPhase]) -> dict[str, str]:
    """End before start, and overlap with another phase of the same kind."""
    problems: dict[str, str] = {}
    if phase.end is not None and phase.end < phase.start:
        problems["end"] = _("The end is before the start.")
        return problems
    last = phase.end or date.max
    for other in others:
        if other.id == phase.id or other.kind is not phase.kind:
            continue
        if phase.start <= (other.end or date.max) and other.start <= last:
            if other.end is None:  # an open end is its own sentence
                problems["start"] = _(
                    "This overlaps another phase of the same kind, still going on since {start}."
                ).format(start=date_text(other.start))
            else:
                problems["start"] = _(
                    "This overlaps another phase of the same kind, from {start} to {until}."
                ).format(start=date_text(other.start), until=date_text(other.end))
            break
    return problems


def _outside_course(when: date, treatment: d.Treatment) -> bool:
    return when < treatment.start or (treatment.end is not None and when > treatment.end)


def _session_outside(treatment: d.Treatment) -> str:
    """Why a session's day is refused: the course's dates, an open end in its own words."""
    if treatment.end is None:
        return _("A session must fall within the course, which has run since {start}.").format(
            start=date_text(treatment.start)
        )
    return _("A session must fall within the course, from {start} to {until}.").format(
        start=date_text(treatment.start), until=date_text(treatment.end)
    )


def treatment_problems(
    treatment: d.Treatment,
    *,
    medication_exists: bool,
    session_days: Iterable[date] = (),
) -> dict[str, str]:
    """A course's own rules, and that its recorded sessions stay within its dates."""
    problems: dict[str, str] = {}
    if not treatment.name.strip():
        problems["name"] = _("The treatment needs a name.")
    if treatment.end is not None and treatment.end < treatment.start:
        problems["end"] = _("The end is before the start.")
    elif any(_outside_course(day, treatment) for day in session_days):
        problems["start"] = _(
            "Some recorded sessions would fall outside these dates; move or delete them first."
        )
    if treatment.medication_id is not None and not medication_exists:
        problems["medication_id"] = _("The linked medication no longer exists.")
    return problems


def session_problems(session: d.TreatmentSession, treatment: d.Treatment | None) -> dict[str, str]:
    if treatment is None:
        return {"treatment_id": _("Choose the treatment this session belongs to.")}
    if _outside_course(session.when.date(), treatment):
        return {"when": _session_outside(treatment)}
    return {}


def side_effect_problems(
    effect: d.SideEffect,
    treatment: d.Treatment | None,
    session: d.TreatmentSession | None,
    today: date,
) -> dict[str, str]:
    """A side effect needs a name, and a day from the course (or session) start on;
    it may be noticed after a course ended, but not before it began."""
    problems: dict[str, str] = {}
    if not effect.name.strip():
        problems["name"] = _("Name the side effect.")
    if treatment is None:
        problems["treatment_id"] = _("Choose the treatment this side effect belongs to.")
        return problems
    if effect.session_id is not None and (session is None or session.treatment_id != treatment.id):
        problems["session_id"] = _("That session is not part of this treatment.")
    if effect.day > today:
        problems["day"] = _("The day is in the future.")
    elif session is not None and effect.day < session.when.date():
        problems["day"] = _("A side effect of a session cannot come before the session.")
    elif effect.day < treatment.start:
        problems["day"] = _("A side effect cannot come before the treatment started.")
    return problems


MIDAS_COUNTS = (
    "missed_work",
    "reduced_work",
    "missed_household",
    "reduced_household",
    "missed_social",
)


def midas_problems(entry: d.MidasEntry, today: date) -> dict[str, str]:
    """Counts are whole days within the last 3 months (0-90); item B is 0-10."""
    problems: dict[str, str] = {}
    if entry.day > today:
        problems["day"] = _("The day is in the future.")
    for name in (*MIDAS_COUNTS, "headache_days"):
        value = getattr(entry, name)
        if value is None and name == "headache_days":
            continue
        if not _whole(value) or not 0 <= value <= MIDAS_MAX_DAYS:
            problems[name] = _("Enter a whole number of days from 0 to {most}.").format(
                most=MIDAS_MAX_DAYS
            )
    for missed, reduced, area in (
        ("missed_work", "reduced_work", N_("work or school")),
        ("missed_household", "reduced_household", N_("household work")),
    ):
        counts = (getattr(entry, missed), getattr(entry, reduced))
        if (
            missed not in problems
            and reduced not in problems
            and all(_whole(c) for c in counts)
            and sum(counts) > MIDAS_MAX_DAYS
        ):
            problems[reduced] = _(
                "Days missed and days of halved {area} together cannot exceed {most}."
            ).format(area=_(area), most=MIDAS_MAX_DAYS)
    pain = entry.average_pain
    if pain is not None and (not _whole(pain) or not 0 <= pain <= 10):
        problems["average_pain"] = _("Average pain is a whole number from 0 to 10.")
    return problems


def hit6_problems(entry: d.Hit6Entry, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if entry.day > today:
        problems["day"] = _("The day is in the future.")
    low, high = HIT6_RANGE
    if not _whole(entry.total) or not low <= entry.total <= high:
        problems["total"] = _("A HIT-6 total is a whole number from {low} to {high}.").format(
            low=low, high=high
        )
    elif entry.total not in HIT6_TOTALS:
        problems["total"] = _(
            "No set of HIT-6 answers adds up to {total}: each of the six answers "
            "scores 6, 8, 10, 11 or 13. Please check the total."
        ).format(total=entry.total)
    return problems


def visit_note_problems(note: d.VisitNote) -> dict[str, str]:
    if not note.text.strip():
        return {"text": _("The note is empty.")}
    return {}
