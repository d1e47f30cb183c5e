"""Daily factors and check-ins: one action, one transaction.

Factors of the day are exposure data (what happened), kept apart from the suspected
triggers noted on an attack (what the patient believes). A check-in with no values
means "nothing of note"; a day with no check-in at all means the user did not say.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from typing import NamedTuple

from journal import domain as d
from journal.changes import Change, ChangedList, changes, reads
from journal.i18n import _
from journal.storage import Journal
from journal.validation import require
from journal.validation_records import day_entry_problems, factor_problems

DEFAULT_FACTORS_SEEDED = "default_factors_seeded"
"""Journal setting set once the default factors were added, so that a factor the
user renamed or hid is never added again."""


class FactorSpec(NamedTuple):
    key: str
    kind: d.FactorKind
    unit: str = ""

    def factor(self, position: int = 0) -> d.Factor:
        """The default factor as the app shows it (its name in the current language);
        it is stored by its key, without a name."""
        return d.factor_shown(d.Factor("", self.kind, self.unit, position=position, key=self.key))


DEFAULT_FACTORS: tuple[FactorSpec, ...] = (
    FactorSpec("stress", d.FactorKind.LEVEL),
    FactorSpec("sleep", d.FactorKind.AMOUNT, "h"),
    FactorSpec("water", d.FactorKind.AMOUNT, "glasses"),
    FactorSpec("caffeine", d.FactorKind.AMOUNT, "cups"),
    FactorSpec("alcohol", d.FactorKind.YES_NO),
    FactorSpec("skipped_meal", d.FactorKind.YES_NO),
    FactorSpec("screen_time", d.FactorKind.AMOUNT, "h"),
    FactorSpec("weather_change", d.FactorKind.YES_NO),
    FactorSpec("travel", d.FactorKind.YES_NO),
    FactorSpec("intense_exercise", d.FactorKind.YES_NO),
)
"""The factors a new journal tracks: stress 0-3, hours of sleep (the night before),
and the usual suspects of migraine diaries, by key (names: d.DEFAULT_FACTOR_NAMES)."""


@changes(Change.FACTORS)
def ensure_default_factors(journal: Journal) -> ChangedList[d.Factor]:
    """Add the default factors once per journal; returns every factor in order,
    saying whether any was added (Change.NOTHING at every later start, so the
    window announces nothing).

    Names the journal already has (in any case) are skipped, and after the first
    run nothing is added again, whatever the user renamed or hid since.
    """
    done = Change.NOTHING
    with journal.atomic():
        if journal.setting(DEFAULT_FACTORS_SEEDED) != "yes":
            existing = journal.factors.all()
            taken = {factor.name.casefold() for factor in existing}
            keys = {factor.key for factor in existing}
            position = max((factor.position for factor in existing), default=-1) + 1
            for spec in DEFAULT_FACTORS:
                made = spec.factor(position)
                if spec.key in keys or made.name.casefold() in taken:
                    continue
                journal.factors.save(made)
                done = Change.FACTORS
                position += 1
            journal.set_setting(DEFAULT_FACTORS_SEEDED, "yes")
        return ChangedList(journal.factors.all(), done)


@changes(Change.FACTORS)
def save_factor(journal: Journal, factor: d.Factor) -> d.Factor:
    """Add or change a factor. Its kind cannot change once a day holds a value for
    it, since the stored values would then mean something else."""
    factor = dataclasses.replace(factor, name=factor.name.strip(), unit=factor.unit.strip())
    with journal.atomic():
        problems = factor_problems(factor, journal.factors.all())
        before = journal.factors.find(factor.id)
        if (
            before is not None
            and before.kind is not factor.kind
            and _has_values(journal, factor.id)
        ):
            problems["kind"] = _(
                "Days already hold values for this factor; add a new factor for a different kind."
            )
        require(problems)
        return journal.factors.save(factor)


def _has_values(journal: Journal, factor_id: str) -> bool:
    return any(entry.value_of(factor_id) is not None for entry in journal.day_entries.all())


@changes(Change.FACTORS)
def add_factor(
    journal: Journal,
    name: str,
    kind: d.FactorKind = d.FactorKind.YES_NO,
    unit: str = "",
    role: d.FactorRole = d.FactorRole.NEUTRAL,
) -> d.Factor:
    """A new factor, placed after the others."""
    with journal.atomic():
        position = max((f.position for f in journal.factors.all()), default=-1) + 1
        return save_factor(journal, d.Factor(name, kind, unit, role, position=position))


def _change(journal: Journal, factor_id: str, **changes: object) -> d.Factor:
    with journal.atomic():
        factor = journal.factors.get(factor_id)
        return save_factor(journal, dataclasses.replace(factor, **changes))  # type: ignore[arg-type]


@changes(Change.FACTORS)
def rename_factor(journal: Journal, factor_id: str, name: str) -> d.Factor:
    return _change(journal, factor_id, name=name)


@changes(Change.FACTORS)
def hide_factor(journal: Journal, factor_id: str, hidden: bool = True) -> d.Factor:
    """Hide a factor from the check-in; its recorded values stay."""
    return _change(journal, factor_id, hidden=hidden)


@changes(Change.FACTORS)
def set_factor_role(journal: Journal, factor_id: str, role: d.FactorRole) -> d.Factor:
    """Mark a factor as a possible trigger, a possible protector, or neither."""
    return _change(journal, factor_id, role=d.FactorRole(role))


@changes(Change.FACTORS)
def reorder_factors(journal: Journal, ordered_ids: Iterable[str]) -> list[d.Factor]:
    """Put the listed factors first, in that order; the others follow as they were."""
    ordered = list(ordered_ids)
    with journal.atomic():
        factors = journal.factors.all()
        known = {factor.id: factor for factor in factors}
        if len(set(ordered)) != len(ordered):
            require({"order": _("A factor is listed twice in the new order.")})
        if any(factor_id not in known for factor_id in ordered):
            require({"order": _("A factor in the new order no longer exists.")})
        rest = [factor.id for factor in factors if factor.id not in set(ordered)]
        for position, factor_id in enumerate(ordered + rest):
            if known[factor_id].position != position:
                journal.factors.save(dataclasses.replace(known[factor_id], position=position))
        return journal.factors.all()


@reads
def factors_for_check_in(journal: Journal) -> list[d.Factor]:
    """The visible factors, in the user's order."""
    return [factor for factor in journal.factors.all() if not factor.hidden]


@changes(Change.DAYS)
def check_in(
    journal: Journal,
    day: date,
    values: Mapping[str, float | None] | Iterable[d.FactorValue] = (),
    note: str = "",
    *,
    today: date | None = None,
) -> d.DayEntry:
    """Save the check-in of `day`, replacing any earlier one for that day.

    `values` maps factor ids to values (None or absent: not recorded), or is a list
    of FactorValue. No values at all records "nothing of note" for the day.
    """
    if isinstance(values, Mapping):
        pairs = [(factor_id, value) for factor_id, value in values.items() if value is not None]
    else:
        pairs = [(item.factor_id, item.value) for item in values]
    items = tuple(d.FactorValue(factor_id, _number(value)) for factor_id, value in pairs)
    with journal.atomic():
        factors = {factor.id: factor for factor in journal.factors.all()}
        order = {factor_id: n for n, factor_id in enumerate(factors)}
        items = tuple(sorted(items, key=lambda item: order.get(item.factor_id, len(order))))
        earlier = journal.day_entries.on(day)
        entry = d.DayEntry(day, items, note.strip())
        if earlier is not None:
            entry = dataclasses.replace(entry, id=earlier.id, created=earlier.created)
        require(day_entry_problems(entry, factors, today or d.local_now().date()))
        return journal.day_entries.save(entry)


def _number(value: object) -> float:
    """Whole numbers and yes/no (True/False) are stored as floats, so a value reads
    back exactly as saved; anything else is left for validation to name."""
    if isinstance(value, int):
        return float(value)
    return value  # type: ignore[return-value]


@changes(Change.DAYS)
def clear_check_in(journal: Journal, day: date) -> d.DayEntry | None:
    """Remove the check-in of `day` (back to "no entry"); returns what was removed."""
    with journal.atomic():
        entry = journal.day_entries.on(day)
        if entry is not None:
            journal.day_entries.delete(entry.id)
        return entry
