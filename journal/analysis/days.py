"""What each calendar day was: migraine day (and on what basis), headache day, acute
medication classes.

clinical-rules.md, "Attacks and days". A calendar day runs 00:00-23:59 local time; an
attack counts on every day it touches (an end at exactly 00:00 does not touch the new
day), an open attack counts on every day until `today`, and an attack with only a
start (its end unknown) counts on its start day and meets no duration criterion.

Migraine day (default, `DayRules`), a day touched by at least one of:
 (a) `meets_ichd_features`: an attack with headache of 30 min or more, at least 2 of
     the 4 pain features (moderate-or-severe read from the 0-3 pain, or from the
     0-10 rating's band when only that was recorded) and nausea or vomiting, or
     photophobia with phonophobia;
 (b) `has_typical_aura`: a typical aura (only visual, sensory or speech symptoms;
     none motor, brainstem or retinal) with a symptom lasting 5-60 min, or whose
     minutes were not recorded (each symptom is judged on its own: 4 or 61 min does
     not count); an aura of unrecorded kind cannot be shown typical and is not (b);
 (c) `patient_calls_migraine`: an attack the patient typed "migraine" lasting 30 min
     or more (ICHD-3 1.3 C3: "believed by the patient to be migraine");
 (d) `migraine_specific_intake`: a dose of a triptan, ergot, gepant or ditan taken as
     acute treatment (a medication marked acute, or a dose linked to an attack).
 The criteria add up, so recording more detail never removes a migraine day. Each
 day keeps the basis it rests on (`MigraineBasis`): the ICHD-3 features (a or b),
 else the patient's label (c), else medication only (d). An attack "type not given"
 counts by (a), (b) and (d) only.
Headache day: an attack with headache (any type but "aura only") of 1 h or more, or
intake of an acute headache medication that day (antiemetics excepted). Every
migraine day is also a headache day.

Day-level records (a day with "headache" or "migraine" and no times) add to the same
per-day marks through `DayMarks` (`mark_migraine`, `mark_headache`).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from itertools import repeat
from typing import NamedTuple

from journal import domain as d
from journal.analysis.attack_days import open_until, touched_days
from journal.analysis.diary import Diary

C = d.MedicationClass
NOT_HEADACHE_MEDICATION = frozenset({C.ANTIEMETIC, C.SUPPLEMENT})
"""Acute classes that do not make a headache day on their own."""
RELIEVING_CLASSES = frozenset({C.TRIPTAN, C.ERGOT})
"""ICHD-3 1.3 C3: a triptan or ergot that relieved the headache."""
ASSOCIATED = frozenset({d.Symptom.NAUSEA.value, d.Symptom.VOMITING.value})
PHOTOPHOBIA, PHONOPHOBIA = d.Symptom.PHOTOPHOBIA, d.Symptom.PHONOPHOBIA
AURA_ONLY = d.AttackType.AURA_ONLY
ATYPICAL_AURA = frozenset({d.AuraType.MOTOR, d.AuraType.BRAINSTEM, d.AuraType.RETINAL})
"""Aura kinds that make an aura not typical (ICHD-3 1.2.2-1.2.4)."""


class MigraineBasis(IntEnum):
    """What a migraine day rests on, strongest first (the day keeps the strongest)."""

    FEATURES = 1
    """ICHD-3 features (a) or typical aura (b)."""
    LABEL = 2
    """The patient's own label only (c)."""
    MEDICATION = 3
    """Migraine-specific acute medication only (d)."""

    @property
    def key(self) -> str:
        """The summary contract's key: "features", "label" or "medication"."""
        return self.name.lower()


@dataclass(frozen=True)
class DayRules:
    """The configurable parts of the migraine-day and headache-day rules."""

    migraine_minutes: int = 30
    pain_features_needed: int = 2
    aura_minutes: tuple[int, int] = (5, 60)
    aura_without_duration_counts: bool = True
    label_counts: bool = True
    """Criterion (c): an attack the patient typed "migraine" (30 min or more)."""
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
    """Peak recorded IHS pain (0-3) of the attacks touching the day (0-10 ratings are
    not turned into it: the calendar marks such days as not recorded)."""
    attack_ids: tuple[str, ...] = ()
    """Attacks touching the day (an attack spanning midnight is on both days)."""
    aura: bool = False
    acute_classes: frozenset[d.MedicationClass] = NO_CLASSES
    """Classes of acute medication taken that day (acute medication days per class)."""
    acute_doses: int = 0
    bleeding: bool = False
    checked_in: bool = False
    migraine_basis: MigraineBasis | None = None
    """What the day's migraine rests on (None: not a migraine day)."""
    intake_classes: frozenset[d.MedicationClass] = NO_CLASSES
    """Classes of every dose taken that day, however the medication is marked
    (ICHD-3 8.2 counts all regular intake)."""
    triptan_relief: bool = False
    """A triptan or ergot dose that day relieved the pain (2 h rating lower than at the
    dose): what lets a label-only day count towards chronic migraine (1.3 C3)."""

    @property
    def acute_medication(self) -> bool:
        return bool(self.acute_classes)

    @property
    def chronic_migraine(self) -> bool:
        """Counts towards the 8 migraine days of ICHD-3 1.3: (a) or (b), or the
        patient's label (c) on a day a triptan or ergot relieved the pain."""
        basis = self.migraine_basis
        return basis is MigraineBasis.FEATURES or (
            basis is MigraineBasis.LABEL and self.triptan_relief
        )


_day_facts = functools.partial(tuple.__new__, DayFacts)
"""DayFacts from a tuple of all its fields (what DayFacts._make does, minus checks)."""


def attack_minutes(attack: d.Attack, today: date) -> float | None:
    """How long the attack lasted; an open attack as long as it has lasted so far
    (attack_days.open_until); None when its end is unknown."""
    if attack.end is None and attack.end_unknown:
        return None
    end = attack.end or open_until(attack, today)
    return max(0.0, (end - attack.start).total_seconds() / 60)


def has_headache(attack: d.Attack) -> bool:
    return attack.type != AURA_ONLY


def lasted(minutes: float | None, needed: int) -> bool:
    """Whether a known duration reaches `needed` minutes (unknown never does)."""
    return minutes is not None and minutes >= needed


def meets_ichd_features(attack: d.Attack, minutes: float | None, rules: DayRules) -> bool:
    """Criterion (a): headache of 30 min or more, 2 of the 4 pain features, and
    nausea or vomiting, or photophobia with phonophobia."""
    return (
        attack.type != AURA_ONLY
        and lasted(minutes, rules.migraine_minutes)
        and attack.pain_features >= rules.pain_features_needed
        and (
            not ASSOCIATED.isdisjoint(attack.symptoms)
            or (PHOTOPHOBIA in attack.symptoms and PHONOPHOBIA in attack.symptoms)
        )
    )


def has_typical_aura(attack: d.Attack, rules: DayRules) -> bool:
    """Criterion (b), typical aura (clinical-rules.md: "Typical aura = only visual,
    sensory or speech"; ICHD-3 1.2.1 B/C): at least one visual, sensory or
    speech/language symptom lasting 5-60 minutes (or of unrecorded length), and no
    motor, brainstem or retinal symptom. An aura with one of those is not typical
    (ICHD-3 1.2.2-1.2.4), so it is not (b); its day may still count by (a), (c) or (d).

    An aura "kind not recorded" (`AuraType.UNSPECIFIED`, added by importers when the
    source only says "with aura") cannot be shown typical: on its own it does not
    meet (b). It does not show an atypical aura either, so beside a recorded visual,
    sensory or speech symptom it does not take (b) away. Such attacks mostly count by
    the patient's label (c): the sources type them "migraine with aura".
    """
    kinds = {aura.type for aura in attack.aura}
    if not kinds.isdisjoint(ATYPICAL_AURA):
        return False
    low, high = rules.aura_minutes
    return any(
        aura.type in d.TYPICAL_AURA
        and (
            (aura.minutes is None and rules.aura_without_duration_counts)
            or (aura.minutes is not None and low <= aura.minutes <= high)
        )
        for aura in attack.aura
    )


def patient_calls_migraine(attack: d.Attack, minutes: float | None, rules: DayRules) -> bool:
    """Criterion (c): typed "migraine" by the patient and lasting 30 min or more."""
    return (
        rules.label_counts
        and attack.type == d.AttackType.MIGRAINE
        and lasted(minutes, rules.migraine_minutes)
    )


def attack_basis(
    attack: d.Attack, today: date, rules: DayRules = DEFAULT_RULES
) -> MigraineBasis | None:
    """The strongest basis on which the attack makes its days migraine days, or None."""
    minutes = attack_minutes(attack, today)
    if has_typical_aura(attack, rules) or meets_ichd_features(attack, minutes, rules):
        return MigraineBasis.FEATURES
    if patient_calls_migraine(attack, minutes, rules):
        return MigraineBasis.LABEL
    return None


def is_migraine_attack(attack: d.Attack, today: date, rules: DayRules = DEFAULT_RULES) -> bool:
    """Whether the attack makes each day it touches a migraine day ((a), (b) or (c))."""
    return attack_basis(attack, today, rules) is not None


def is_headache_attack(attack: d.Attack, today: date, rules: DayRules = DEFAULT_RULES) -> bool:
    """An attack with headache (any type but aura only) of 1 h or more."""
    return has_headache(attack) and lasted(attack_minutes(attack, today), rules.headache_minutes)


def acute_class(medication: d.Medication | None) -> d.MedicationClass | None:
    """The class a dose counts in as acute medication, or None (preventive, unknown)."""
    if medication is None or medication.use != d.Use.ACUTE:
        return None
    return medication.med_class


def dose_acute_class(dose: d.Dose, medication: d.Medication | None) -> d.MedicationClass | None:
    """The class a dose counts in as acute treatment: a medication marked acute, or
    any dose linked to an attack (a preventive taken for an attack treats it)."""
    if medication is None:
        return None
    if medication.use == d.Use.ACUTE or dose.attack_id is not None:
        return medication.med_class
    return None


def migraine_specific_intake(
    dose: d.Dose, medication: d.Medication | None, rules: DayRules = DEFAULT_RULES
) -> bool:
    """Criterion (d): a migraine-specific drug taken as acute treatment."""
    return dose_acute_class(dose, medication) in rules.migraine_specific


def relieved_pain(dose: d.Dose, medication: d.Medication | None) -> bool:
    """A triptan or ergot dose whose 2 h rating is lower than the pain at the dose."""
    return (
        medication is not None
        and medication.med_class in RELIEVING_CLASSES
        and dose.pain_at_dose is not None
        and dose.pain_2h is not None
        and dose.pain_2h < dose.pain_at_dose
    )


class DayMarks:
    """The per-day marks records leave while days are classified: each record type
    (attacks, doses, and day-level records as they are added) marks the same days,
    and `facts` turns the marks into one DayFacts per day."""

    def __init__(self, first: date, last: date, today: date, rules: DayRules) -> None:
        self.first, self.last, self.today, self.rules = first, last, today, rules
        self.basis: dict[date, MigraineBasis] = {}
        self.headache: set[date] = set()
        self.pain: dict[date, int] = defaultdict(int)
        self.attack_ids: dict[date, list[str]] = defaultdict(list)
        self.aura: set[date] = set()
        self.classes: dict[date, set[d.MedicationClass]] = defaultdict(set)
        self.intake: dict[date, set[d.MedicationClass]] = defaultdict(set)
        self.relief: set[date] = set()
        self.dose_counts: dict[date, int] = defaultdict(int)

    def mark_migraine(self, day: date, basis: MigraineBasis) -> None:
        """A migraine day on `basis` (the day keeps its strongest basis)."""
        known = self.basis.get(day)
        if known is None or basis < known:
            self.basis[day] = basis

    def add_day_record(self, record: d.DayRecord) -> None:
        """A headache or migraine on a day with no times (clinical-rules.md, "Records
        without times"): a headache day; a day-level migraine is a migraine day by
        the patient's label (c), its duration unknown."""
        day = record.day
        if not self.first <= day <= self.last:
            return
        self.mark_headache(day)
        if record.kind == d.DayRecordKind.MIGRAINE:
            self.mark_migraine(day, MigraineBasis.LABEL)
        if record.pain is not None:
            self.pain[day] = max(self.pain[day], record.pain)
        if record.aura:
            self.aura.add(day)

    def mark_headache(self, day: date) -> None:
        self.headache.add(day)

    def add_attack(self, attack: d.Attack) -> None:
        start, end = touched_days(attack, self.today)
        if end < self.first or start > self.last:
            return
        basis = attack_basis(attack, self.today, self.rules)
        is_headache = is_headache_attack(attack, self.today, self.rules)
        severity = attack.pain or 0  # not recorded (or only 0-10): no shade, the report says so
        for ordinal in range(
            max(start, self.first).toordinal(), min(end, self.last).toordinal() + 1
        ):
            day = date.fromordinal(ordinal)
            self.attack_ids[day].append(attack.id)
            self.pain[day] = max(self.pain[day], severity)
            if basis is not None:
                self.mark_migraine(day, basis)
            if is_headache:
                self.mark_headache(day)
            if attack.aura:
                self.aura.add(day)

    def add_dose(self, dose: d.Dose, medication: d.Medication | None) -> None:
        day = dose.taken.date()
        if medication is None or day < self.first or day > self.last:
            return
        self.intake[day].add(medication.med_class)
        if relieved_pain(dose, medication):
            self.relief.add(day)
        med_class = dose_acute_class(dose, medication)
        if med_class is None:
            return
        self.classes[day].add(med_class)
        self.dose_counts[day] += 1
        if med_class in self.rules.migraine_specific:
            self.mark_migraine(day, MigraineBasis.MEDICATION)
        if med_class not in NOT_HEADACHE_MEDICATION:
            self.mark_headache(day)

    def facts(self, bleeding: set[date], checked_in: set[date]) -> dict[date, DayFacts]:
        """One DayFacts per day first..last, in date order.

        Built a column at a time (every step runs in C): this is the hot spot of
        opening a long diary, with one DayFacts for each of its thousands of days.
        """
        first, last, basis = self.first, self.last, self.basis
        headache = self.headache | basis.keys()
        days = list(map(date.fromordinal, range(first.toordinal(), last.toordinal() + 1)))
        ids = {day: tuple(found) for day, found in self.attack_ids.items()}
        classes = {day: frozenset(found) for day, found in self.classes.items()}
        taken = {day: frozenset(found) for day, found in self.intake.items()}
        columns = (
            days,
            map(basis.__contains__, days),
            map(headache.__contains__, days),
            map(self.pain.get, days, repeat(0)),
            map(ids.get, days, repeat(())),
            map(self.aura.__contains__, days),
            map(classes.get, days, repeat(NO_CLASSES)),
            map(self.dose_counts.get, days, repeat(0)),
            map(bleeding.__contains__, days),
            map(checked_in.__contains__, days),
            map(basis.get, days),
            map(taken.get, days, repeat(NO_CLASSES)),
            map(self.relief.__contains__, days),
        )
        return dict(zip(days, map(_day_facts, zip(*columns, strict=True)), strict=True))


def classify_days(
    diary: Diary, first: date, last: date, today: date, rules: DayRules = DEFAULT_RULES
) -> dict[date, DayFacts]:
    """The facts of every day from first to last (inclusive), in date order.

    Each record is visited once and indexed by day, so a 20-year diary stays fast.
    """
    marks = DayMarks(first, last, today, rules)
    for attack in diary.attacks:
        marks.add_attack(attack)
    medications = diary.medications_by_id
    for dose in diary.doses:
        marks.add_dose(dose, medications.get(dose.medication_id))
    for record in diary.day_records:
        marks.add_day_record(record)
    bleeding = {b.day for b in diary.bleeding_days}
    checked_in = {entry.day for entry in diary.day_entries}
    return marks.facts(bleeding, checked_in)
