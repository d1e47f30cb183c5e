"""Medications the user takes, and the doses they log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from journal.domain.provenance import FileFact
from journal.domain.records import new_id
from journal.i18n import N_


class MedicationClass(StrEnum):
    """Drug classes as clinical-rules.md counts them (ICHD-3 8.2 and preventives)."""

    TRIPTAN = "triptan"
    ERGOT = "ergot"
    OPIOID = "opioid"
    COMBINATION_ANALGESIC = "combination_analgesic"
    SIMPLE_ANALGESIC = "simple_analgesic"
    GEPANT = "gepant"
    DITAN = "ditan"
    ANTIEMETIC = "antiemetic"
    BETA_BLOCKER = "beta_blocker"
    ANTICONVULSANT = "anticonvulsant"
    ANTIDEPRESSANT = "antidepressant"
    ANGIOTENSIN_BLOCKER = "angiotensin_blocker"
    ANTI_CGRP_ANTIBODY = "anti_cgrp_antibody"
    BOTULINUM_TOXIN = "botulinum_toxin"
    CALCIUM_CHANNEL_BLOCKER = "calcium_channel_blocker"
    SUPPLEMENT = "supplement"
    OTHER = "other"


CLASS_LABELS: dict[MedicationClass, str] = {
    MedicationClass.TRIPTAN: N_("Triptan"),
    MedicationClass.ERGOT: N_("Ergot"),
    MedicationClass.OPIOID: N_("Opioid"),
    MedicationClass.COMBINATION_ANALGESIC: N_("Combination analgesic"),
    MedicationClass.SIMPLE_ANALGESIC: N_("Simple analgesic / NSAID"),
    MedicationClass.GEPANT: N_("Gepant"),
    MedicationClass.DITAN: N_("Ditan"),
    MedicationClass.ANTIEMETIC: N_("Antiemetic"),
    MedicationClass.BETA_BLOCKER: N_("Beta blocker"),
    MedicationClass.ANTICONVULSANT: N_("Anticonvulsant"),
    MedicationClass.ANTIDEPRESSANT: N_("Antidepressant"),
    MedicationClass.ANGIOTENSIN_BLOCKER: N_("Angiotensin receptor blocker"),
    MedicationClass.ANTI_CGRP_ANTIBODY: N_("Anti-CGRP antibody"),
    MedicationClass.BOTULINUM_TOXIN: N_("Botulinum toxin"),
    MedicationClass.CALCIUM_CHANNEL_BLOCKER: N_("Calcium channel blocker"),
    MedicationClass.SUPPLEMENT: N_("Supplement"),
    MedicationClass.OTHER: N_("Other"),
}

MIGRAINE_SPECIFIC = frozenset(
    {
        MedicationClass.TRIPTAN,
        MedicationClass.ERGOT,
        MedicationClass.GEPANT,
        MedicationClass.DITAN,
    }
)
"""Acute drugs whose intake alone makes a migraine day (clinical rules, migraine day c)."""


class Helpfulness(StrEnum):
    """How much a dose helped, as apps such as Migraine Buddy ask it."""

    HELPFUL = "helpful"
    SOMEWHAT_HELPFUL = "somewhat_helpful"
    UNHELPFUL = "unhelpful"
    UNSURE = "unsure"


class Use(StrEnum):
    ACUTE = "acute"
    PREVENTIVE = "preventive"


@dataclass(frozen=True)
class Medication:
    """A medication in the user's list; retired ones keep their history."""

    name: str
    med_class: MedicationClass = MedicationClass.OTHER
    use: Use = Use.ACUTE
    default_dose: str = ""
    retired: bool = False
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Dose:
    """One intake of a medication, possibly for an attack.

    Pain is on the IHS 0-3 scale at the dose, two hours later and (for sustained
    pain freedom) 24 hours later; None means not recorded.
    """

    medication_id: str
    taken: datetime
    amount: str = ""
    attack_id: str | None = None
    pain_at_dose: int | None = None
    pain_2h: int | None = None
    pain_24h: int | None = None
    side_effects: tuple[str, ...] = ()
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
    route: str = ""
    """How it was taken, in the source's words ("oral", "nasal spray"...)."""
    helpfulness: Helpfulness | None = None
    source: str = ""
    """The import format the dose came from, empty when entered in this app. An
    imported dose whose source has no intake time is placed at its attack's start."""
    provenance: tuple[FileFact, ...] = ()
    """What the imported file said that has no field here (journal.domain.provenance)."""

    @property
    def awaits_2h_rating(self) -> bool:
        """A dose for an attack with pain noted at intake, not yet rated at 2 h."""
        return self.attack_id is not None and self.pain_at_dose is not None and self.pain_2h is None
