"""Menstrual bleeding days and hormonal phases, as the user records them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from journal.domain.records import new_id


class Flow(StrEnum):
    SPOTTING = "spotting"
    LIGHT = "light"
    MEDIUM = "medium"
    HEAVY = "heavy"


@dataclass(frozen=True)
class BleedingDay:
    """One day of bleeding. Withdrawal bleeds (pill break, cyclical HRT) count as
    menstruation for the perimenstrual window."""

    day: date
    flow: Flow = Flow.MEDIUM
    withdrawal: bool = False
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
    intermenstrual: bool = False
    """Bleeding between periods (the source said so): kept and shown, but never the
    start or part of a period."""
    source: str = ""
    """The import format the day came from, empty when entered in this app."""


class PhaseKind(StrEnum):
    COMBINED_PILL_CYCLIC = "combined_pill_cyclic"
    COMBINED_PILL_CONTINUOUS = "combined_pill_continuous"
    PROGESTOGEN_ONLY = "progestogen_only"
    HORMONAL_IUD = "hormonal_iud"
    HRT_CYCLICAL = "hrt_cyclical"
    HRT_CONTINUOUS = "hrt_continuous"
    PREGNANCY = "pregnancy"
    POSTPARTUM = "postpartum"
    PERIMENOPAUSE = "perimenopause"
    POSTMENOPAUSE = "postmenopause"
    OTHER = "other"


COMBINED_CONTRACEPTIVES = frozenset(
    {PhaseKind.COMBINED_PILL_CYCLIC, PhaseKind.COMBINED_PILL_CONTINUOUS}
)
ESTROGEN_PHASES = COMBINED_CONTRACEPTIVES | {
    PhaseKind.HRT_CYCLICAL,
    PhaseKind.HRT_CONTINUOUS,
}
"""Phases of daily estrogen whose end may bring estrogen-withdrawal headache (8.3.3)."""


@dataclass(frozen=True)
class HormonalPhase:
    """A date range of a hormonal state; an ongoing phase has no end."""

    kind: PhaseKind
    start: date
    end: date | None = None
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
