"""What an action changed in the journal, said by the action itself.

Every function that writes to the journal declares the kinds of records it may
change with `@changes(Change.ATTACKS | Change.DOSES)`; a function that only reads
says so with `@reads`. The window runs writes through its session, which reads the
declaration and tells every view what changed, so a view reloads only when a change
touches what it shows (the pattern of Anki's OpChanges). Nothing here knows Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Flag, auto
from typing import Any, Generic, TypeVar


class Change(Flag):
    """The kinds of records an action may change; combine them with `|`."""

    NOTHING = 0
    ATTACKS = auto()
    """Attacks: start, end, pain, symptoms, aura, notes; deleting one. Days with
    headache or migraine without times (day records) count as attacks."""
    DOSES = auto()
    """Doses and their 2-hour ratings."""
    MEDICATIONS = auto()
    """The medication list: names, classes, retired or not."""
    DAYS = auto()
    """Daily check-ins: factors present, sleep, water, stress, the day's note."""
    FACTORS = auto()
    """The tracked factors themselves: names, roles, order, hidden or not."""
    PERIODS = auto()
    """Bleeding days (periods)."""
    PHASES = auto()
    """Hormonal phases."""
    CYCLE_TRACKING = auto()
    """The switch that shows or hides everything about the menstrual cycle."""
    TREATMENTS = auto()
    """Treatment courses, their sessions and side effects."""
    QUESTIONNAIRES = auto()
    """MIDAS and HIT-6 entries."""
    VISIT_NOTES = auto()
    """Questions and notes for the next visit."""
    SYNC = auto()
    """Syncing through a folder: the folder, this computer's name, the other
    computers' state, the "changed on both computers" list (journal.sync)."""
    NOTICES = auto()
    """One-time notices shown and put away (no figure or record changes)."""

    CYCLE = PERIODS | PHASES | CYCLE_TRACKING
    """Everything the cycle marks are drawn from."""
    EVERYTHING = (
        ATTACKS
        | DOSES
        | MEDICATIONS
        | DAYS
        | FACTORS
        | PERIODS
        | PHASES
        | CYCLE_TRACKING
        | TREATMENTS
        | QUESTIONNAIRES
        | VISIT_NOTES
    )
    """An import, a restored backup or another journal: every view reloads."""

    def touches(self, shown: Change) -> bool:
        """Whether this change touches any of the kinds a view shows."""
        return bool(self & shown)


F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

CHANGES_ATTRIBUTE = "journal_changes"
"""Where `changes` and `reads` keep their declaration on the function."""


def said(result: object, change: Change) -> None:
    """Say on an action's result which of its declared changes it did (`change`
    may be Change.NOTHING): the window's session announces only those."""
    setattr(result, CHANGES_ATTRIBUTE, change)


class ChangedList(list[T], Generic[T]):
    """A list an action returns that also says which of its declared changes it
    did (see `said`): an action that may add records, and found nothing to add,
    returns its list with Change.NOTHING, and nothing is announced."""

    def __init__(self, items: Iterable[T], change: Change) -> None:
        super().__init__(items)
        said(self, change)


def changes(change: Change) -> Callable[[F], F]:
    """Declare that the decorated action may change the records in `change`."""
    if not change:
        raise ValueError("an action that changes nothing is declared with @reads")

    def declare(function: F) -> F:
        setattr(function, CHANGES_ATTRIBUTE, change)
        return function

    return declare


def reads(function: F) -> F:
    """Declare that the decorated function only reads the journal."""
    setattr(function, CHANGES_ATTRIBUTE, Change.NOTHING)
    return function


def declared_changes(function: Callable[..., object]) -> Change | None:
    """What `function` declared it changes (NOTHING for a read), None if undeclared."""
    declared = getattr(function, CHANGES_ATTRIBUTE, None)
    return declared if isinstance(declared, Change) else None
