"""The window's rules, applied to whole records that come from outside (imports).

An importer builds domain records and asks `record_problem` (the rules one record
must meet on its own: the same functions the editors call, plus what an editor
cannot get wrong but a file can: an empty id, a creation stamp that is not a time,
text too long to be a note) and `link_problem` (the rules that need the records it
refers to: a check-in's factors, a session's course, a side effect's treatment).
Each returns one sentence, or "" when the record may be saved.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from journal import domain as d
from journal.i18n import _
from journal.validation import attack_problems, dose_problems, medication_problems
from journal.validation_records import (
    bleeding_day_problems,
    day_entry_problems,
    factor_problems,
    hit6_problems,
    midas_problems,
    phase_problems,
    session_problems,
    side_effect_problems,
    treatment_problems,
    visit_note_problems,
)

MAX_ID_CHARACTERS = 100
MAX_TEXT_CHARACTERS = 1_000_000
"""Longer than any note a person types (about 400 pages); a 100 MB "note" is refused."""

Lookup = Callable[[str, str], Any]
"""`lookup(section, id)`: the record of that section with that id (in the journal
or in the same file), or None."""


def record_problem(record: object, now: datetime) -> str:
    """Why `record` cannot be saved as it is, judged alone ("" if it can)."""
    problem = _common_problem(record)
    if problem:
        return problem
    today = now.date()
    problems: dict[str, str] = {}
    if isinstance(record, d.Attack):
        problems = attack_problems(record, now)
    elif isinstance(record, d.Dose):
        problems = dose_problems(record, now, d.Medication(name="(checked by its link)"))
    elif isinstance(record, d.Medication):
        problems = medication_problems(record, [])
    elif isinstance(record, d.Factor):
        problems = factor_problems(record, [])
    elif isinstance(record, d.BleedingDay):
        problems = bleeding_day_problems(record, today)
    elif isinstance(record, d.HormonalPhase):
        problems = phase_problems(record, [])
    elif isinstance(record, d.Treatment):
        problems = treatment_problems(record, medication_exists=True)
    elif isinstance(record, d.MidasEntry):
        problems = midas_problems(record, today)
    elif isinstance(record, d.Hit6Entry):
        problems = hit6_problems(record, today)
    elif isinstance(record, d.VisitNote):
        problems = visit_note_problems(record)
    return next(iter(problems.values()), "")


def link_problem(record: object, lookup: Lookup, now: datetime) -> str:
    """Why `record` cannot be saved next to the records it refers to ("" if it can)."""
    today = now.date()
    problems: dict[str, str] = {}
    if isinstance(record, d.DayEntry):
        factors = {
            item.factor_id: found
            for item in record.values
            if (found := lookup("factors", item.factor_id)) is not None
        }
        problems = day_entry_problems(record, factors, today)
    elif isinstance(record, d.TreatmentSession):
        problems = session_problems(record, lookup("treatments", record.treatment_id))
    elif isinstance(record, d.SideEffect):
        session = lookup("treatment_sessions", record.session_id) if record.session_id else None
        treatment = lookup("treatments", record.treatment_id)
        problems = side_effect_problems(record, treatment, session, today)
    return next(iter(problems.values()), "")


def _common_problem(record: object) -> str:
    record_id = getattr(record, "id", None)
    if not isinstance(record_id, str) or not record_id.strip():
        return _("The entry has no id.")
    if len(record_id) > MAX_ID_CHARACTERS:
        return _("The id is longer than {most} characters.").format(most=MAX_ID_CHARACTERS)
    for name in ("created", "updated"):
        stamp = getattr(record, name, "")
        if stamp and not _is_time(stamp):
            return _("“{name}” must be a time like 2026-03-31T08:00:00+00:00.").format(name=name)
    record_type: Any = type(record)
    for name in _text_fields(record_type):
        value = getattr(record, name)
        if type(value) is str:
            too_long = len(value) > MAX_TEXT_CHARACTERS
        else:
            too_long = bool(value) and _too_long(value)
        if too_long:
            return _("The {field} is longer than {most} characters.").format(
                field=name.replace("_", " "), most=MAX_TEXT_CHARACTERS
            )
    return ""


@functools.cache
def _text_fields(record_type: type) -> tuple[str, ...]:
    """The fields of a record type that hold text (or a tuple of texts)."""
    if not dataclasses.is_dataclass(record_type):
        return ()
    return tuple(
        item.name
        for item in dataclasses.fields(record_type)
        if str(item.type).startswith(("str", "tuple")) and item.name not in ("created", "updated")
    )


def _too_long(value: object) -> bool:
    if isinstance(value, str):
        return len(value) > MAX_TEXT_CHARACTERS
    if isinstance(value, tuple):
        return any(_too_long(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(_too_long(getattr(value, f.name)) for f in dataclasses.fields(value))
    return False


@functools.lru_cache(maxsize=4096)
def _is_time(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        return False
    return found.tzinfo is not None and date(1900, 1, 1) <= found.date() <= date(2100, 12, 31)
