"""The rules an entry must meet before it is saved, with a reason per field.

The editors call these as the user types (to show the reason next to the field)
and the operations call them again before saving, so no path skips them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from journal import domain as d
from journal.errors import ValidationError
from journal.i18n import _, moment_text

FUTURE_SLACK = timedelta(minutes=5)
"""Clocks differ a little; a start up to five minutes ahead is accepted."""

MAX_AURA_MINUTES = 24 * 60


def attack_problems(attack: d.Attack, now: datetime) -> dict[str, str]:
    problems: dict[str, str] = {}
    if attack.start > now + FUTURE_SLACK:
        problems["start"] = _("The start is in the future.")
    if attack.end is not None:
        if attack.end < attack.start:
            problems["end"] = _("The end is before the start.")
        elif attack.end > now + FUTURE_SLACK:
            problems["end"] = _("The end is in the future; leave the attack open instead.")
    if attack.pain is not None and not 0 <= attack.pain <= 3:
        problems["pain"] = _("Pain must be 0 (none) to 3 (severe).")
    if attack.pain_nrs is not None and not 0 <= attack.pain_nrs <= 10:
        problems["pain_nrs"] = _("The 0-10 rating must be between 0 and 10.")
    for aura in attack.aura:
        if aura.minutes is not None and not 0 <= aura.minutes <= MAX_AURA_MINUTES:
            problems["aura"] = _("Aura minutes must be between 0 and {most}.").format(
                most=MAX_AURA_MINUTES
            )
    for name in attack.symptoms + attack.locations + attack.activities:
        if not name.strip():
            problems["symptoms"] = _("A symptom, location or activity has no name.")
    for name in attack.suspected_triggers:
        if not name.strip():
            problems["suspected_triggers"] = _("A suspected trigger has no name.")
    return problems


TYPICAL_ATTACK = timedelta(hours=4)
"""A typical attack's length: the end offered where one must be guessed (an attack
left open and forgotten, a past attack entered afterwards), never more than now."""
FORGOTTEN_AFTER = timedelta(hours=24)
"""An attack still open after this was most likely never ended: ask when it did."""
LONG_ATTACK = timedelta(hours=72)
"""Longer than this (status migrainosus length) the end is worth a second look."""


def left_open_too_long(attack: d.Attack, now: datetime) -> bool:
    """An open attack that started more than FORGOTTEN_AFTER before `now`."""
    return attack.end is None and now - attack.start > FORGOTTEN_AFTER


def may_still_be_going_on(start: datetime, now: datetime | None = None) -> bool:
    """Whether an attack that a file gives no end for may really still be going on:
    one that started within LONG_ATTACK (status migrainosus length) of `now`.

    The one rule of every importer (journal.exchange.foreign.Collector): an older
    one was left open in the other app, or the file simply has no end, and it is
    kept with its end not recorded (it counts on its start day only,
    clinical-rules.md) rather than as an attack lasting until today, which would
    make every day since a headache day."""
    return (now or d.local_now()) - start <= LONG_ATTACK


def likely_end(start: datetime, now: datetime) -> datetime:
    """The end to offer for an attack that started at `start`: a typical length
    later, but not after `now`."""
    return min(start + TYPICAL_ATTACK, now)


def nrs_band(nrs: int) -> int:
    """The 0-3 pain a 0-10 rating usually goes with (0; 1-3; 4-6; 7-10)."""
    return 0 if nrs == 0 else 1 if nrs <= 3 else 2 if nrs <= 6 else 3


def attack_notes(attack: d.Attack) -> dict[str, str]:
    """Things worth a second look that never block saving, by field."""
    notes: dict[str, str] = {}
    if attack.end is not None and attack.end - attack.start > LONG_ATTACK:
        notes["end"] = _("This attack lasts longer than 3 days — is the end right?")
    if (
        attack.pain is not None
        and attack.pain_nrs is not None
        and abs(nrs_band(attack.pain_nrs) - attack.pain) >= 2
    ):
        notes["pain_nrs"] = _(
            "{pain_nrs}/10 usually goes with a different 0-3 pain — "
            "worth a second look, but saving is fine."
        ).format(pain_nrs=attack.pain_nrs)
    return notes


def overlapping_attacks(
    attack: d.Attack, others: Iterable[d.Attack], now: datetime
) -> list[d.Attack]:
    """The other attacks whose time overlaps `attack`'s (an open attack lasts until
    `now`; one whose end is unknown is taken as its start only), earliest first.

    Two entries for one time are most often the same attack logged twice (an attack
    still open from before, a forgotten end): worth a word, never a refusal, since a
    person can have a tension headache inside a migraine."""

    def span(a: d.Attack) -> tuple[datetime, datetime]:
        if a.end is not None:
            return a.start, a.end
        return a.start, a.start if a.end_unknown else max(now, a.start)

    first, last = span(attack)
    found = []
    for other in others:
        if other.id == attack.id:
            continue
        start, end = span(other)
        if start <= last and first <= end:
            found.append(other)
    return sorted(found, key=lambda a: a.start)


def attacks_overlapping_others(
    attacks: Iterable[d.Attack], others: Iterable[d.Attack], now: datetime
) -> list[d.Attack]:
    """Those of `attacks` whose time overlaps another attack, of `attacks` or of
    `others` (the journal's), by the rule of `overlapping_attacks`; in one pass over
    the attacks sorted by start, so a file of thousands is checked at once."""

    def span(a: d.Attack) -> tuple[datetime, datetime]:
        if a.end is not None:
            return a.start, max(a.end, a.start)
        return a.start, a.start if a.end_unknown else max(now, a.start)

    mine = {a.id: a for a in attacks}
    every = {a.id: a for a in others} | mine
    ordered = sorted(every.values(), key=span)
    found: dict[str, d.Attack] = {}
    latest: d.Attack | None = None
    for attack in ordered:
        start, end = span(attack)
        if latest is not None and start <= span(latest)[1]:
            for one in (attack, latest):
                if one.id in mine:
                    found[one.id] = one
        if latest is None or end > span(latest)[1]:
            latest = attack
    return sorted(found.values(), key=lambda a: a.start)


TRIPTAN_GAP = timedelta(hours=24)
"""Different triptans are not combined within 24 hours (their labels say so)."""


def other_triptan(
    dose: d.Dose, earlier: Iterable[d.Dose], medications: Mapping[str, d.Medication]
) -> d.Dose | None:
    """A dose of a different triptan within 24 hours of `dose` (a triptan), if
    any: the closest in time. Never a refusal, the person may have been told to
    switch; a note asks them to check."""

    def triptan(x: d.Dose) -> d.Medication | None:
        medication = medications.get(x.medication_id)
        if medication is None or medication.med_class is not d.MedicationClass.TRIPTAN:
            return None
        return medication

    taken = triptan(dose)
    if taken is None:
        return None
    close = [
        other
        for other in earlier
        if other.id != dose.id
        and (other_med := triptan(other)) is not None
        and other_med.id != taken.id
        and other_med.name.casefold() != taken.name.casefold()
        and abs(other.taken - dose.taken) < TRIPTAN_GAP
    ]
    return min(close, key=lambda x: abs(x.taken - dose.taken), default=None)


def dose_problems(dose: d.Dose, now: datetime, medication: d.Medication | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if medication is None:
        problems["medication_id"] = _("Choose the medication taken.")
    if dose.taken > now + FUTURE_SLACK:
        problems["taken"] = _("The time taken is in the future.")
    for name, value in (
        ("pain_at_dose", dose.pain_at_dose),
        ("pain_2h", dose.pain_2h),
        ("pain_24h", dose.pain_24h),
    ):
        if value is not None and not 0 <= value <= 3:
            problems[name] = _("Pain must be 0 (none) to 3 (severe).")
    return problems


def dose_notes(dose: d.Dose, attack: d.Attack | None) -> dict[str, str]:
    """Things about a dose worth a second look that never block saving, by field:
    taken before the attack it is for started (the attack's start or the dose's
    time may be wrong; a dose in the warning phase before the pain is fine)."""
    notes: dict[str, str] = {}
    if attack is not None and dose.taken < attack.start - FUTURE_SLACK:
        notes["taken"] = _(
            "Taken before this attack started ({start}). If the attack began earlier, "
            "correct its start; a dose taken in the warning phase is fine as it is."
        ).format(start=moment_text(attack.start))
    return notes


def medication_problems(medication: d.Medication, others: list[d.Medication]) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = medication.name.strip()
    if not name:
        problems["name"] = _("The medication needs a name.")
    elif any(
        other.name.strip().casefold() == name.casefold() and other.id != medication.id
        for other in others
    ):
        problems["name"] = _("“{name}” is already in your medications.").format(name=name)
    return problems


def require(problems: dict[str, str]) -> None:
    """Raise ValidationError when there are problems."""
    if problems:
        raise ValidationError(problems)
