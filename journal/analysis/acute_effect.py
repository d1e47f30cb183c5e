"""How well each acute medication works (clinical-rules.md, "Acute treatment effect").

Per medication, over its doses in the span (IHS 0-3 pain scale):
- a dose taken before any pain (pain 0 at the dose: in the prodrome or aura) is
  counted apart, as `taken_before_pain`, and is in none of the rates;
- a dose whose pain at intake was not recorded is counted apart too, as
  `pain_at_dose_unknown`, and is in none of the rates: the rule counts "among doses
  taken at pain 1 or more", which such a dose cannot be shown to be;
- pain free at 2 h: pain 0 two hours after the dose, among the doses taken at a
  known pain of 1 or more with a 2 h rating (`with_2h_rating`).
- relief at 2 h: from moderate or severe (2-3) at the dose to none or mild (0-1) at
  2 h. Its denominator is the doses with pain 2-3 at the dose and a 2 h rating
  (`relief_rated`); doses taken at mild pain cannot show relief.
- sustained pain freedom: pain free at 2 h and still at 24 h, with no other acute
  dose (any medication marked acute, or any dose linked to an attack) from 2 h to
  24 h after it, whether or not that dose was linked to the same attack. Its
  denominator is the doses taken at a known pain of 1 or more with both ratings.
- a rate is None when its denominator is 0; every rate comes with its counts.
- consistency needs at least 4 treated attacks (distinct attacks with a dose).
Only medications the user marked as acute are judged.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal import domain as d
from journal.analysis.days import dose_acute_class

CONSISTENCY_ATTACKS = 4
RESCUE_FROM_HOURS = 2
RESCUE_HOURS = 24


@dataclass(frozen=True)
class AcuteEffect:
    """The effect figures of one acute medication."""

    medication: str
    medication_id: str
    med_class: d.MedicationClass
    doses: int
    with_2h_rating: int
    pain_free_2h_count: int
    relief_rated: int
    relief_2h_count: int
    sustained_rated: int
    sustained_pain_free_count: int
    treated_attacks: int
    taken_before_pain: int = 0
    """Doses taken at pain 0 (prodrome, aura): in none of the rates."""
    pain_at_dose_unknown: int = 0
    """Doses whose pain at intake was not recorded: in none of the rates."""

    @property
    def pain_free_2h(self) -> float | None:
        return _rate(self.pain_free_2h_count, self.with_2h_rating)

    @property
    def relief_2h(self) -> float | None:
        return _rate(self.relief_2h_count, self.relief_rated)

    @property
    def sustained_pain_free(self) -> float | None:
        return _rate(self.sustained_pain_free_count, self.sustained_rated)

    @property
    def enough_for_consistency(self) -> bool:
        """At least 4 treated attacks: enough to say whether it works consistently."""
        return self.treated_attacks >= CONSISTENCY_ATTACKS


def _rate(count: int, denominator: int) -> float | None:
    return round(count / denominator, 4) if denominator else None


def _rescued(dose: d.Dose, acute_taken: list[datetime]) -> bool:
    """Another acute dose from 2 h to 24 h after `dose` (`acute_taken` sorted)."""
    since = dose.taken + timedelta(hours=RESCUE_FROM_HOURS)
    until = dose.taken + timedelta(hours=RESCUE_HOURS)
    index = bisect_left(acute_taken, since)
    return index < len(acute_taken) and acute_taken[index] <= until


def acute_effects(
    doses: Iterable[d.Dose],
    medications: Iterable[d.Medication],
    first: date,
    last: date,
) -> tuple[AcuteEffect, ...]:
    """Effect figures per acute medication over its doses taken first..last.

    `doses` may be the whole diary: rescue doses are looked up across the span edge.
    """
    known = {m.id: m for m in medications}
    acute = {m_id: m for m_id, m in known.items() if m.use == d.Use.ACUTE}
    acute_taken: list[datetime] = []
    by_medication: dict[str, list[d.Dose]] = defaultdict(list)
    for dose in doses:
        if dose_acute_class(dose, known.get(dose.medication_id)) is not None:
            acute_taken.append(dose.taken)
        if dose.medication_id in acute and first <= dose.taken.date() <= last:
            by_medication[dose.medication_id].append(dose)
    acute_taken.sort()
    effects = []
    for medication_id, taken in by_medication.items():
        during_pain = [x for x in taken if x.pain_at_dose is not None and x.pain_at_dose >= 1]
        rated = [x for x in during_pain if x.pain_2h is not None]
        relief = [x for x in rated if x.pain_at_dose in (2, 3)]
        both = [x for x in rated if x.pain_24h is not None]
        sustained = [
            x for x in both if x.pain_2h == 0 and x.pain_24h == 0 and not _rescued(x, acute_taken)
        ]
        medication = acute[medication_id]
        effects.append(
            AcuteEffect(
                medication=medication.name,
                medication_id=medication_id,
                med_class=medication.med_class,
                doses=len(taken),
                with_2h_rating=len(rated),
                pain_free_2h_count=sum(1 for x in rated if x.pain_2h == 0),
                relief_rated=len(relief),
                relief_2h_count=sum(1 for x in relief if (x.pain_2h or 0) <= 1),
                sustained_rated=len(both),
                sustained_pain_free_count=len(sustained),
                treated_attacks=len({x.attack_id for x in taken if x.attack_id}),
                taken_before_pain=sum(1 for x in taken if x.pain_at_dose == 0),
                pain_at_dose_unknown=sum(1 for x in taken if x.pain_at_dose is None),
            )
        )
    return tuple(sorted(effects, key=lambda e: (-e.doses, e.medication.casefold())))
