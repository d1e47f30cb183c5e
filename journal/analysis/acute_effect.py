"""How well each acute medication works (clinical-rules.md, "Acute treatment effect").

Per medication, over its doses in the span (IHS 0-3 pain scale):
- pain free at 2 h: pain 0 two hours after the dose. The rate's denominator is the
  doses with a 2 h rating (`with_2h_rating`).
- relief at 2 h: from moderate or severe (2-3) at the dose to none or mild (0-1) at
  2 h. Its denominator is the doses with pain 2-3 at the dose and a 2 h rating
  (`relief_rated`); doses taken at mild or unknown pain cannot show relief.
- sustained pain freedom: pain free at 2 h and still at 24 h, with no further dose
  (of any medication) for the same attack within 24 h. Its denominator is the doses
  with both ratings.
- a rate is None when its denominator is 0; every rate comes with its counts.
- consistency needs at least 4 treated attacks (distinct attacks with a dose).
Only medications the user marked as acute are judged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d

CONSISTENCY_ATTACKS = 4
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


def _rescued(dose: d.Dose, attack_doses: list[d.Dose]) -> bool:
    later = dose.taken + timedelta(hours=RESCUE_HOURS)
    return any(other.id != dose.id and dose.taken < other.taken <= later for other in attack_doses)


def acute_effects(
    doses: Iterable[d.Dose],
    medications: Iterable[d.Medication],
    first: date,
    last: date,
) -> tuple[AcuteEffect, ...]:
    """Effect figures per acute medication over its doses taken first..last.

    `doses` may be the whole diary: rescue doses are looked up across the span edge.
    """
    acute = {m.id: m for m in medications if m.use == d.Use.ACUTE}
    by_attack: dict[str, list[d.Dose]] = defaultdict(list)
    by_medication: dict[str, list[d.Dose]] = defaultdict(list)
    for dose in doses:
        if dose.attack_id is not None:
            by_attack[dose.attack_id].append(dose)
        if dose.medication_id in acute and first <= dose.taken.date() <= last:
            by_medication[dose.medication_id].append(dose)
    effects = []
    for medication_id, taken in by_medication.items():
        rated = [x for x in taken if x.pain_2h is not None]
        relief = [x for x in rated if x.pain_at_dose in (2, 3)]
        both = [x for x in rated if x.pain_24h is not None]
        sustained = [
            x
            for x in both
            if x.pain_2h == 0
            and x.pain_24h == 0
            and not (x.attack_id and _rescued(x, by_attack[x.attack_id]))
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
            )
        )
    return tuple(sorted(effects, key=lambda e: (-e.doses, e.medication.casefold())))
