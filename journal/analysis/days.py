"""What each calendar day was: migraine day, headache day, acute medication classes.

clinical-rules.md, "Attacks and days". A calendar day runs 00:00-23:59 local time; an
attack counts on every day it touches (an end at exactly 00:00 does not touch the new
day), and an open attack counts on every day until `today`.

Migraine day (default, `DayRules`), a day with at least one of:
 (a) an attack with headache of 30 min or more, at least 2 of the 4 pain features and
     nausea, vomiting, or photophobia with phonophobia;
 (b) aura of 5-60 min (an aura symptom with no recorded duration counts: the user
     recorded an aura);
 (c) intake of a migraine-specific acute drug (triptan, ergot, gepant, ditan) whatever
     its effect. A medication the user marked as preventive is not an acute drug.
 When an attack has none of the pain features unilateral, pulsating or worse with
 activity recorded, its own type decides: a "migraine" or "aura only" attack makes a
 migraine day, "headache" and "not sure" do not. The quick attack screen records pain
 and symptoms but not those features, so symptoms alone do not make the criteria
 apply (`symptoms_are_features=True` makes them). With a feature recorded, the
 criteria decide.
Headache day: an attack with headache (any type but "aura only") of 1 h or more, or
any acute headache medication that day (antiemetics are not headache medication;
doses of medications marked preventive are not acute). Every migraine day is also a
headache day.
Day records ("headache" or "migraine" on a day, no times: `day_record_days`) are a
separate input: a day-level headache makes a headache day, a day-level migraine a
migraine day by the patient's label (c), its duration unknown.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import repeat
from typing import NamedTuple

from journal import domain as d
from journal.analysis.diary import Diary

C = d.MedicationClass
NOT_HEADACHE_MEDICATION = frozenset({C.ANTIEMETIC, C.SUPPLEMENT})
"""Acute classes that do not make a headache day on their own."""
ASSOCIATED = frozenset({d.Symptom.NAUSEA.value, d.Symptom.VOMITING.value})
SYMPTOMS = frozenset(symptom.value for symptom in d.Symptom)
PHOTOPHOBIA, PHONOPHOBIA = d.Symptom.PHOTOPHOBIA, d.Symptom.PHONOPHOBIA
AURA_ONLY = d.AttackType.AURA_ONLY
MIDNIGHT = time(0, 0)
MIGRAINE_TYPES = (d.AttackType.MIGRAINE, d.AttackType.AURA_ONLY)
"""The types that make a migraine day when no pain feature was recorded."""


@dataclass(frozen=True)
class DayRules:
    """The configurable parts of the migraine-day and headache-day rules."""

    migraine_minutes: int = 30
    pain_features_needed: int = 2
    aura_minutes: tuple[int, int] = (5, 60)
    aura_without_duration_counts: bool = True
    type_decides_without_features: bool = True
    symptoms_are_features: bool = False
    """Whether a recorded symptom alone (no pain feature) makes criterion (a) apply
    instead of the type. False: only unilateral/pulsating/worse-with-activity do."""
    headache_minutes: int = 60
    migraine_specific: frozenset[d.MedicationClass] = d.MIGRAINE_SPECIFIC


DEFAULT_RULES = DayRules()


NO_CLASSES: frozenset[d.MedicationClass] = frozenset()


class DayFacts(NamedTuple):
    """The facts of one calendar day, as the rules count them.

    An immutable NamedTuple rather than a dataclass: a 20-year diary has 7,300 of
    them and they must be built in a few milliseconds.
    """

    day: date
    migraine: bool = False
    headache: bool = False
    pain: int = 0
    """Peak IHS pain (0-3) of the attacks touching the day."""
    attack_ids: tuple[str, ...] = ()
    """Attacks touching the day (an attack spanning midnight is on both days)."""
    aura: bool = False
    acute_classes: frozenset[d.MedicationClass] = NO_CLASSES
    """Classes of acute medication taken that day (acute medication days per class)."""
    acute_doses: int = 0
    bleeding: bool = False
    checked_in: bool = False

    @property
    def acute_medication(self) -> bool:
        return bool(self.acute_classes)


_day_facts = functools.partial(tuple.__new__, DayFacts)
"""DayFacts from a tuple of all its fields (what DayFacts._make does, minus checks)."""


def touched_days(attack: d.Attack, today: date) -> tuple[date, date]:
    """The first and last calendar day an attack touches (open: until today)."""
    first = attack.start.date()
    if attack.end is None:
        return first, max(first, today)
    last = attack.end.date()
    if last > first and attack.end.time() == MIDNIGHT:
        last -= timedelta(days=1)
    return first, max(first, last)


def attack_minutes(attack: d.Attack, today: date) -> float:
    """How long the attack lasted; an open attack lasts until the end of today."""
    end = attack.end or datetime.combine(
        today + timedelta(days=1), time(0, 0), tzinfo=attack.start.tzinfo
    )
    return max(0.0, (end - attack.start).total_seconds() / 60)


def has_features(attack: d.Attack, rules: DayRules = DEFAULT_RULES) -> bool:
    """Whether any pain feature (or, by default, associated symptom) was recorded.

    Pain intensity does not count: it is recorded for every attack.
    """
    return (
        attack.unilateral
        or attack.pulsating
        or attack.worse_with_activity
        or (rules.symptoms_are_features and not SYMPTOMS.isdisjoint(attack.symptoms))
    )


def has_headache(attack: d.Attack) -> bool:
    return attack.type != AURA_ONLY


def meets_migraine_criteria(attack: d.Attack, minutes: float, rules: DayRules) -> bool:
    """Criterion (a): headache, duration, 2 of 4 features, and the symptoms."""
    return (
        attack.type != AURA_ONLY
        and minutes >= rules.migraine_minutes
        and attack.pain_features >= rules.pain_features_needed
        and (
            not ASSOCIATED.isdisjoint(attack.symptoms)
            or (PHOTOPHOBIA in attack.symptoms and PHONOPHOBIA in attack.symptoms)
        )
    )


def has_migraine_aura(attack: d.Attack, rules: DayRules) -> bool:
    """Criterion (b): an aura symptom lasting 5-60 minutes (or of unknown length)."""
    if not attack.aura:
        return False
    low, high = rules.aura_minutes
    return any(
        (aura.minutes is None and rules.aura_without_duration_counts)
        or (aura.minutes is not None and low <= aura.minutes <= high)
        for aura in attack.aura
    )


def is_migraine_attack(attack: d.Attack, today: date, rules: DayRules = DEFAULT_RULES) -> bool:
    """Whether the attack makes each day it touches a migraine day ((a), (b) or type)."""
    if attack.aura and has_migraine_aura(attack, rules):
        return True
    if rules.type_decides_without_features and not has_features(attack, rules):
        return attack.type in MIGRAINE_TYPES
    return meets_migraine_criteria(attack, attack_minutes(attack, today), rules)


def is_headache_attack(attack: d.Attack, today: date, rules: DayRules = DEFAULT_RULES) -> bool:
    return has_headache(attack) and attack_minutes(attack, today) >= rules.headache_minutes


def acute_class(medication: d.Medication | None) -> d.MedicationClass | None:
    """The class a dose counts in as acute medication, or None (preventive, unknown)."""
    if medication is None or medication.use != d.Use.ACUTE:
        return None
    return medication.med_class


class DayRecordDays(NamedTuple):
    """What day records (no start or end) make of the days they are on."""

    migraine: set[date]
    """Days of a day-level migraine: migraine days by the patient's label (c)."""
    headache: set[date]
    """Days of any day record: headache days."""
    pain: dict[date, int]
    """Peak 0-3 pain the day records give their days (where recorded)."""


def day_record_days(records: Iterable[d.DayRecord], first: date, last: date) -> DayRecordDays:
    """The migraine days (by label), headache days and pains day records make, first..last."""
    found = DayRecordDays(set(), set(), {})
    for record in records:
        if not first <= record.day <= last:
            continue
        found.headache.add(record.day)
        if record.kind == d.DayRecordKind.MIGRAINE:
            found.migraine.add(record.day)
        if record.pain is not None:
            found.pain[record.day] = max(found.pain.get(record.day, 0), record.pain)
    return found


def classify_days(
    diary: Diary, first: date, last: date, today: date, rules: DayRules = DEFAULT_RULES
) -> dict[date, DayFacts]:
    """The facts of every day from first to last (inclusive), in date order.

    Each record is visited once and indexed by day, so a 20-year diary stays fast.
    """
    migraine: set[date] = set()
    headache: set[date] = set()
    pain: dict[date, int] = defaultdict(int)
    attack_ids: dict[date, list[str]] = defaultdict(list)
    aura: set[date] = set()
    for attack in diary.attacks:
        start, end = touched_days(attack, today)
        if end < first or start > last:
            continue
        is_migraine = is_migraine_attack(attack, today, rules)
        is_headache = is_headache_attack(attack, today, rules)
        for ordinal in range(max(start, first).toordinal(), min(end, last).toordinal() + 1):
            day = date.fromordinal(ordinal)
            attack_ids[day].append(attack.id)
            pain[day] = max(pain[day], attack.pain or 0)  # not recorded: no shade
            if is_migraine:
                migraine.add(day)
            if is_headache:
                headache.add(day)
            if attack.aura:
                aura.add(day)
    classes: dict[date, set[d.MedicationClass]] = defaultdict(set)
    dose_counts: dict[date, int] = defaultdict(int)
    acute_classes = {
        medication.id: med_class
        for medication in diary.medications
        if (med_class := acute_class(medication)) is not None
    }
    for dose in diary.doses:
        med_class = acute_classes.get(dose.medication_id)
        if med_class is None:
            continue
        day = dose.taken.date()
        if day < first or day > last:
            continue
        classes[day].add(med_class)
        dose_counts[day] += 1
        if med_class in rules.migraine_specific:
            migraine.add(day)
        if med_class not in NOT_HEADACHE_MEDICATION:
            headache.add(day)
    by_records = day_record_days(diary.day_records, first, last)
    migraine |= by_records.migraine
    headache |= by_records.headache
    for day, level in by_records.pain.items():
        pain[day] = max(pain[day], level)
    bleeding = {b.day for b in diary.bleeding_days}
    checked_in = {entry.day for entry in diary.day_entries}
    headache |= migraine
    # Built a column at a time (every step runs in C): this is the hot spot of
    # opening a long diary, with one DayFacts for each of its thousands of days.
    days = list(map(date.fromordinal, range(first.toordinal(), last.toordinal() + 1)))
    ids = {day: tuple(found) for day, found in attack_ids.items()}
    frozen = {day: frozenset(found) for day, found in classes.items()}
    columns = (
        days,
        map(migraine.__contains__, days),
        map(headache.__contains__, days),
        map(pain.get, days, repeat(0)),
        map(ids.get, days, repeat(())),
        map(aura.__contains__, days),
        map(frozen.get, days, repeat(NO_CLASSES)),
        map(dose_counts.get, days, repeat(0)),
        map(bleeding.__contains__, days),
        map(checked_in.__contains__, days),
    )
    return dict(zip(days, map(_day_facts, zip(*columns, strict=True)), strict=True))
