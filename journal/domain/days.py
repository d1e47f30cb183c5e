"""Daily check-ins: the factors a user tracks and what each day brought.

Factors of the day are exposure data. They are kept apart from the suspected
triggers noted on an attack, which are the patient's belief.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from journal.domain.records import new_id


class FactorKind(StrEnum):
    YES_NO = "yes_no"
    LEVEL = "level"  # 0-3
    AMOUNT = "amount"  # a number with a unit


class FactorRole(StrEnum):
    NEUTRAL = "neutral"
    POSSIBLE_TRIGGER = "possible_trigger"
    POSSIBLE_PROTECTOR = "possible_protector"


@dataclass(frozen=True)
class Factor:
    """Something the user tracks every day (sleep, stress, alcohol...)."""

    name: str
    kind: FactorKind = FactorKind.YES_NO
    unit: str = ""
    role: FactorRole = FactorRole.NEUTRAL
    hidden: bool = False
    position: int = 0
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class FactorValue:
    """A factor's value on one day: 1/0 for yes/no, 0-3 for a level, else an amount."""

    factor_id: str
    value: float


@dataclass(frozen=True)
class DayEntry:
    """A day's check-in. An entry with no values means "nothing of note"; a day
    with no entry at all means the user did not check in."""

    day: date
    values: tuple[FactorValue, ...] = ()
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""

    def value_of(self, factor_id: str) -> float | None:
        for factor_value in self.values:
            if factor_value.factor_id == factor_id:
                return factor_value.value
        return None
