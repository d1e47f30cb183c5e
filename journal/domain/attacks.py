"""Attacks: a headache or aura episode with its pain, features and symptoms.

Pain is kept on the IHS 4-point scale (0 none, 1 mild, 2 moderate, 3 severe), with an
optional 0-10 rating beside it; neither is ever converted into the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from journal.domain.provenance import FileFact
from journal.domain.records import new_id
from journal.i18n import N_


class AttackType(StrEnum):
    MIGRAINE = "migraine"
    HEADACHE = "headache"
    AURA_ONLY = "aura_only"
    NOT_SURE = "not_sure"
    NOT_GIVEN = "not_given"
    """Logged without a type: the app never chooses one for the patient (counts by
    the ICHD-3 features, typical aura and migraine-specific medication only)."""


PAIN_LABELS = (N_("none"), N_("mild"), N_("moderate"), N_("severe"))
"""Words for the IHS 0-3 pain scale, indexed by the stored integer (also keys of
counts: translated with _() only where shown)."""


def nrs_band(rating: int) -> int:
    """The IHS 0-3 band of a 0-10 rating (clinical-rules.md, "Pain and symptoms"):
    0 none, 1-3 mild, 4-6 moderate, 7-10 severe. A reading, never stored."""
    if rating <= 0:
        return 0
    if rating <= 3:
        return 1
    return 2 if rating <= 6 else 3


class Symptom(StrEnum):
    """The associated symptoms of ICHD-3 1.1 D; users may add their own words too."""

    NAUSEA = "nausea"
    VOMITING = "vomiting"
    PHOTOPHOBIA = "photophobia"
    PHONOPHOBIA = "phonophobia"


class AuraType(StrEnum):
    """ICHD-3 1.2 aura types; visual, sensory and speech make a typical aura."""

    VISUAL = "visual"
    SENSORY = "sensory"
    SPEECH = "speech"
    MOTOR = "motor"
    BRAINSTEM = "brainstem"
    RETINAL = "retinal"
    UNSPECIFIED = "unspecified"
    """An aura the source noted without saying which kind (Migraine Buddy's
    "Auras: Yes", a "migraine with aura" tag)."""


TYPICAL_AURA = frozenset({AuraType.VISUAL, AuraType.SENSORY, AuraType.SPEECH})


class PainLocation(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH_SIDES = "both_sides"
    FOREHEAD = "forehead"
    TEMPLE = "temple"
    BEHIND_EYE = "behind_eye"
    BACK_OF_HEAD = "back_of_head"
    NECK = "neck"


@dataclass(frozen=True)
class AuraSymptom:
    type: AuraType
    minutes: int | None = None


@dataclass(frozen=True)
class Attack:
    """One attack. An open attack (still going on) has no end."""

    start: datetime
    end: datetime | None = None
    type: AttackType = AttackType.MIGRAINE
    pain: int | None = None
    """Peak pain on the IHS 0-3 scale; None while not recorded (not the same as 0)."""
    pain_nrs: int | None = None
    unilateral: bool = False
    pulsating: bool = False
    worse_with_activity: bool = False
    symptoms: tuple[str, ...] = ()
    aura: tuple[AuraSymptom, ...] = ()
    locations: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    suspected_triggers: tuple[str, ...] = ()
    note: str = ""
    end_unknown: bool = False
    """Only the start is known (not "still going on"): the attack counts on its start
    day and meets no duration criterion by itself (clinical-rules.md)."""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
    source: str = ""
    """The import format the attack came from ("migraine-buddy"...), empty when
    entered in this app."""
    provenance: tuple[FileFact, ...] = ()
    """What the imported file said that has no field here (journal.domain.provenance)."""

    @property
    def is_open(self) -> bool:
        """Still going on: no end yet (an attack whose end is unknown is not open)."""
        return self.end is None and not self.end_unknown

    @property
    def severity(self) -> int | None:
        """Peak pain on the IHS 0-3 scale: the 0-3 pain when recorded, else the band
        of the 0-10 rating, else None (not recorded)."""
        if self.pain is not None:
            return self.pain
        return None if self.pain_nrs is None else nrs_band(self.pain_nrs)

    def duration(self, now: datetime) -> timedelta:
        """How long it lasted, or has lasted until now when still open."""
        return (self.end or now) - self.start

    def has_symptom(self, symptom: str) -> bool:
        return symptom in self.symptoms

    @property
    def pain_features(self) -> int:
        """How many of the four ICHD-3 1.1 C features the attack had.

        Moderate-or-severe intensity is read from the peak pain (2 or 3), or from the
        0-10 rating's band when only that was recorded (4-10), so the intensity is
        never recorded twice.
        """
        severity = self.severity
        moderate_or_severe = severity is not None and severity >= 2
        return sum((self.unilateral, self.pulsating, moderate_or_severe, self.worse_with_activity))
