"""Demo attacks and the doses that treated them.

Types come in realistic shares (migraine without aura most, then headache, migraine
with aura, a few aura-only and not-sure), each with pain features and symptoms that
fit it. Doses carry pain at intake and at 2 h: triptans and the gepant work better
than simple analgesics, paracetamol least; a poor result sometimes brings a rescue dose.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from journal import domain as d
from journal.demo.support import Ids, local, stamp, weighted
from journal.i18n import N_, _

A = d.AttackType
_TYPES = {"without_aura": 0.52, "with_aura": 0.15, "headache": 0.21, "aura": 0.05, "unsure": 0.07}
_NOTES = (
    N_("Woke up with it."),
    N_("Started at work."),
    N_("Had to lie down in the dark."),
    N_("Came on fast."),
)
"""Notes as the patient writes them: in the language the demo is made in (so are the
triggers, activities and side effects; medication names stay as they are)."""
# (pain free at 2 h, relief to mild) for moderate or severe pain at intake.
EFFECT = {
    "Rizatriptan": (0.42, 0.33),
    "Sumatriptan": (0.36, 0.34),
    "Ubrogepant": (0.22, 0.38),
    "Excedrin": (0.24, 0.30),
    "Ibuprofen": (0.18, 0.30),
    "Paracetamol": (0.12, 0.24),
}
TRIPTANS = frozenset({"Sumatriptan", "Rizatriptan"})


@dataclass(frozen=True)
class Pharmacy:
    """The demo's medications by name, and when the gepant was first prescribed."""

    by_name: dict[str, d.Medication]
    gepant_from: date


def _start(rng: random.Random, day: date, kind: str) -> datetime:
    if kind in ("without_aura", "with_aura") and rng.random() < 0.3:
        hour = rng.randint(5, 7)  # woke up with it
    elif rng.random() < 0.12:
        hour = rng.randint(20, 23)  # late: these often run past midnight
    else:
        hour = rng.randint(8, 19)
    return local(day, hour, rng.randrange(0, 60, 5))


def _hours(rng: random.Random, kind: str) -> float:
    if kind in ("without_aura", "with_aura"):
        return min(72.0, rng.lognormvariate(2.4, 0.6))  # median about 11 h
    if kind == "headache":
        return rng.uniform(1.5, 8.0)
    if kind == "unsure":
        return rng.uniform(2.0, 12.0)
    return rng.uniform(0.4, 1.0)


def make_attack(
    rng: random.Random, ids: Ids, day: date, latest_end: datetime, suspects: list[str]
) -> d.Attack:
    """One attack starting on `day`, ending no later than `latest_end`."""
    kind = weighted(rng, _TYPES)
    if "period" in suspects and kind in ("with_aura", "aura") and rng.random() < 0.7:
        kind = "without_aura"  # menstrual attacks are mostly without aura
    start = _start(rng, day, kind)
    end = min(start + timedelta(hours=_hours(rng, kind)), latest_end)
    end = max(end, start + timedelta(minutes=20))
    end = end.replace(minute=end.minute - end.minute % 5, second=0, microsecond=0)
    aura: tuple[d.AuraSymptom, ...] = ()
    if kind in ("with_aura", "aura"):
        aura = (d.AuraSymptom(d.AuraType.VISUAL, rng.randrange(15, 45, 5)),)
        if rng.random() < 0.35:
            aura += (d.AuraSymptom(d.AuraType.SENSORY, rng.randrange(10, 35, 5)),)
        if rng.random() < 0.12:
            aura += (d.AuraSymptom(d.AuraType.SPEECH, rng.randrange(5, 25, 5)),)
    symptoms: list[str] = []
    locations: tuple[str, ...]
    activities: tuple[str, ...]
    if kind in ("without_aura", "with_aura"):
        attack_type, pain = A.MIGRAINE, rng.choices((2, 3), weights=(0.55, 0.45))[0]
        unilateral, pulsating, activity = (rng.random() < p for p in (0.75, 0.8, 0.85))
        if rng.random() < 0.7:
            symptoms.append("nausea")
            if rng.random() < 0.25:
                symptoms.append("vomiting")
        symptoms += [
            s for s, p in (("photophobia", 0.85), ("phonophobia", 0.75)) if rng.random() < p
        ]
        side = "right" if rng.random() < 0.7 else "left"
        locations = (
            (side, rng.choice(("temple", "behind_eye")))
            if unilateral
            else ("both_sides", "forehead")
        )
        activities = (N_("work"), N_("household")) if pain == 3 else (N_("work"),)
    elif kind == "headache":
        attack_type, pain = A.HEADACHE, rng.choices((1, 2), weights=(0.6, 0.4))[0]
        unilateral, pulsating, activity = False, rng.random() < 0.1, rng.random() < 0.15
        if rng.random() < 0.15:
            symptoms.append("photophobia")
        locations = ("both_sides", rng.choice(("forehead", "back_of_head", "neck")))
        activities = (N_("work"),) if pain == 2 else ()
    elif kind == "aura":
        attack_type, pain = A.AURA_ONLY, 0
        unilateral = pulsating = activity = False
        locations, activities = (), ()
    else:
        attack_type, pain = A.NOT_SURE, rng.choice((1, 2))
        unilateral, pulsating, activity = (rng.random() < 0.4 for _ in range(3))
        if rng.random() < 0.3:
            symptoms.append("nausea")
        locations, activities = ("both_sides",), ()
    nrs = None if pain == 0 else rng.randint(*{1: (2, 4), 2: (4, 7), 3: (7, 10)}[pain])
    return d.Attack(
        start=start,
        end=end,
        type=attack_type,
        pain=pain,
        pain_nrs=nrs,
        unilateral=unilateral,
        pulsating=pulsating,
        worse_with_activity=activity,
        symptoms=tuple(symptoms),
        aura=aura,
        locations=locations,
        activities=tuple(_(activity) for activity in activities),
        suspected_triggers=tuple(_(suspect) for suspect in suspects),
        note=_(rng.choice(_NOTES)) if rng.random() < 0.08 else "",
        id=ids(),
        created=stamp(start + timedelta(minutes=10)),
        updated=stamp(end + timedelta(minutes=15)),
    )


def _after_2h(rng: random.Random, name: str, pain: int) -> int:
    free, relief = EFFECT[name]
    if pain <= 1:
        free = min(0.9, free + 0.35)
    roll = rng.random()
    if roll < free:
        return 0
    if roll < free + relief:
        return 1
    return pain if rng.random() < 0.6 else max(1, pain - 1)


def _dose(
    rng: random.Random,
    ids: Ids,
    medication: d.Medication,
    attack: d.Attack,
    *,
    taken: datetime,
    pain: int | None,
) -> d.Dose:
    name = medication.name
    pain_2h = _after_2h(rng, name, pain) if pain is not None else None
    pain_24h = None
    if pain_2h is not None and rng.random() < 0.6:
        relapse = 0.2 if name in TRIPTANS else 0.1
        pain_24h = (
            2 if pain_2h == 0 and rng.random() < relapse else min(pain_2h, rng.choice((0, 0, 1)))
        )
    side_effects: tuple[str, ...] = ()
    if name in TRIPTANS and rng.random() < 0.08:
        side_effects = (_(rng.choice((N_("chest tightness"), N_("tingling"), N_("fatigue")))),)
    elif name == "Metoclopramide" and rng.random() < 0.15:
        side_effects = (_("drowsiness"),)
    rated = taken + timedelta(hours=2, minutes=5) if pain_2h is not None else taken
    return d.Dose(
        medication_id=medication.id,
        taken=taken,
        amount=medication.default_dose,
        attack_id=attack.id,
        pain_at_dose=pain,
        pain_2h=pain_2h,
        pain_24h=pain_24h,
        side_effects=side_effects,
        id=ids(),
        created=stamp(taken + timedelta(minutes=2)),
        updated=stamp(rated),
    )


def _first_choice(rng: random.Random, attack: d.Attack, pharmacy: Pharmacy) -> str | None:
    if attack.type is A.MIGRAINE:
        if rng.random() > 0.88:
            return None
        choices = {
            "Sumatriptan": 0.42,
            "Rizatriptan": 0.2,
            "Ibuprofen": 0.13,
            "Paracetamol": 0.07,
            "Excedrin": 0.08,
        }
        if attack.start.date() >= pharmacy.gepant_from:
            choices["Ubrogepant"] = 0.15
        return weighted(rng, choices)
    if attack.type in (A.HEADACHE, A.NOT_SURE) and rng.random() < 0.65:
        return weighted(rng, {"Ibuprofen": 0.42, "Paracetamol": 0.43, "Excedrin": 0.15})
    return None


def make_doses(rng: random.Random, ids: Ids, attack: d.Attack, pharmacy: Pharmacy) -> list[d.Dose]:
    """The doses taken for one attack: a first choice, sometimes an antiemetic with it,
    and a rescue dose when the first did not help."""
    name = _first_choice(rng, attack, pharmacy)
    if name is None or attack.end is None:
        return []
    aura_minutes = max((a.minutes or 0 for a in attack.aura), default=0)
    delay = timedelta(minutes=aura_minutes + rng.randrange(15, 95, 5))
    taken = min(attack.start + delay, attack.end - timedelta(minutes=5))
    pain = max(1, (attack.pain or 0) - (1 if rng.random() < 0.3 else 0))
    doses = [_dose(rng, ids, pharmacy.by_name[name], attack, taken=taken, pain=pain)]
    if "nausea" in attack.symptoms and rng.random() < 0.4:
        antiemetic = pharmacy.by_name["Metoclopramide"]
        doses.append(
            _dose(rng, ids, antiemetic, attack, taken=taken - timedelta(minutes=5), pain=None)
        )
    first = doses[0]
    rescue_at = taken + timedelta(minutes=rng.randrange(130, 200, 10))
    if (first.pain_2h or 0) >= 2 and rescue_at < attack.end and rng.random() < 0.5:
        rescue = "Ibuprofen" if name != "Ibuprofen" else "Paracetamol"
        if attack.type is A.MIGRAINE and name not in TRIPTANS and rng.random() < 0.6:
            rescue = "Sumatriptan"
        doses.append(
            _dose(rng, ids, pharmacy.by_name[rescue], attack, taken=rescue_at, pain=first.pain_2h)
        )
    return doses


def latest_end(day: date) -> datetime:
    """The latest an attack may end: late on the demo's last day, so it is never open
    and never in the future."""
    return datetime.combine(day, time(23, 55)).astimezone()
