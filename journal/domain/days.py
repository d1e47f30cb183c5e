"""Daily check-ins: the factors a user tracks and what each day brought.

Factors of the day are exposure data. They are kept apart from the suspected
triggers noted on an attack, which are the patient's belief.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from journal.domain.records import new_id
from journal.i18n import LANGUAGES, N_, _, ngettext, using_language


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
    key: str = ""
    """A default factor's stable key ("sleep", DEFAULT_FACTOR_NAMES); "" for the user's own.
    A keyed factor is stored without a name unless the user renamed it, and shown with
    its default name in the current language."""


DEFAULT_FACTOR_NAMES: dict[str, str] = {
    "stress": N_("Stress"),
    "sleep": N_("Sleep"),
    "water": N_("Water"),
    "caffeine": N_("Caffeine"),
    "alcohol": N_("Alcohol"),
    "skipped_meal": N_("Skipped meal"),
    "screen_time": N_("Screen time"),
    "weather_change": N_("Weather change"),
    "travel": N_("Travel"),
    "intense_exercise": N_("Intense exercise"),
}
"""The default factors by key, with their English names (translated where shown)."""

DEFAULT_UNITS: tuple[str, ...] = (N_("h"), N_("glasses"), N_("cups"))
"""Units of the default factors, stored in English and shown translated."""


def _in_every_language(text: str) -> set[str]:
    spelled = set()
    for code in LANGUAGES:
        with using_language(code):
            spelled.add(_(text).casefold())
    return spelled


def factor_shown(factor: Factor) -> Factor:
    """A stored factor as the user sees it: a default factor's name and unit in the
    current language (a renamed one keeps the user's name)."""
    name, unit = factor.name, factor.unit
    if factor.key in DEFAULT_FACTOR_NAMES and not name:
        name = _(DEFAULT_FACTOR_NAMES[factor.key])
    if unit in DEFAULT_UNITS:
        unit = _(unit)
    if (name, unit) == (factor.name, factor.unit):
        return factor
    return replace(factor, name=name, unit=unit)


def unit_for_amount(unit: str, amount: float) -> str:
    """The unit to write after `amount`: a default unit (in any language) in the
    singular for exactly one ("1 cup", "1 glass"), the plural otherwise; a unit of
    the person's own stays as they wrote it."""
    count = 1 if amount == 1 else 2
    folded = unit.strip().casefold()
    if folded in _in_every_language("cups"):
        return ngettext("cup", "cups", count)
    if folded in _in_every_language("glasses"):
        return ngettext("glass", "glasses", count)
    return unit


def factor_stored(factor: Factor) -> Factor:
    """A factor as it is stored: a default factor whose name is its default name (in
    any language) without a name; a default unit in English."""
    name, unit = factor.name, factor.unit
    default = DEFAULT_FACTOR_NAMES.get(factor.key)
    if default and name.strip().casefold() in _in_every_language(default):
        name = ""
    for english in DEFAULT_UNITS:
        if unit.strip().casefold() in _in_every_language(english):
            unit = english
    if (name, unit) == (factor.name, factor.unit):
        return factor
    return replace(factor, name=name, unit=unit)


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
