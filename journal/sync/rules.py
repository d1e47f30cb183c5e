"""The merge rule, on one record: field by field, the later clock wins.

A record's state is its field values and, for each field, the clock reading of the
write that set it and what its author had seen of that field (for each computer,
the latest of its writes the author had merged: a version vector). Changes arrive
from any computer in any order, more than once, or folded into a snapshot; the
state they leave is the same (the rule is commutative, associative and
idempotent: tests/journal/sync/test_rules.py proves it over random changes):

- a field takes the value of the write with the latest clock (the device id in the
  reading breaks ties, so two readings are never equal unless they are one write);
- a record exists while its latest insert is later than its latest deletion: a
  deletion (tombstone) wins over older inserts, and an undo (a later insert of the
  same record) brings it back;
- nothing is lost silently: when a value is replaced by a write whose author had
  not seen it, or a write arrives that loses to a value whose author had not seen
  it, the losing value is reported as a Conflict (listed as "changed on both
  computers"), as is an edit the author of a deletion had not seen. (The clock
  order alone cannot tell "had seen" from "came later": the version vectors can.)

Pure Python, no SQL: journal.storage.sync_state loads and saves states.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Op = Literal["ins", "put", "del"]
OPS: tuple[str, ...] = ("ins", "put", "del")
DELETED_KEY = "*"
"""The key of a record's deletion in its clocks (the deletion's reading and base)."""
RECORD_FIELD = ""
"""The field name of a conflict about the whole record (edited after deletion)."""
QUIET_FIELDS = frozenset({"created", "updated"})
"""Fields whose lost value is not worth listing (when a record was made or saved)."""

_MISSING: Any = object()


Seen = dict[str, str]
"""For each computer (device id), the latest of its readings an author had seen."""


def device_of(reading: str) -> str:
    return reading.split("-", 2)[2] if reading else ""


def saw(seen: Mapping[str, str], reading: str) -> bool:
    """Whether an author who had seen `seen` had seen the write at `reading`."""
    return not reading or seen.get(device_of(reading), "") >= reading


def seen_with(seen: Mapping[str, str], reading: str) -> Seen:
    """`seen` and the write at `reading` too."""
    found = dict(seen)
    device = device_of(reading)
    if reading and found.get(device, "") < reading:
        found[device] = reading
    return found


@dataclass(frozen=True)
class Change:
    """One write to one record, as a computer captured it."""

    table: str
    record_id: str
    op: Op
    clock: str
    fields: Mapping[str, Any]
    base: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """For each field written (DELETED_KEY for a deletion), what the author had seen."""


@dataclass(frozen=True)
class Conflict:
    """A value that lost to a concurrent write (or an edit lost to a deletion)."""

    table: str
    record_id: str
    field: str
    lost: Any
    lost_clock: str
    kept: Any
    kept_clock: str


@dataclass
class RecordState:
    """What a journal knows of one record: values, clocks, insert and deletion."""

    born: str = ""
    deleted: str = ""
    clocks: dict[str, tuple[str, Seen]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return self.born > self.deleted

    def clock_of(self, name: str) -> tuple[str, Seen]:
        """The reading that set a field and what that write's author had seen."""
        return self.clocks.get(name, (self.born, {}))

    def deletion_seen(self) -> Seen:
        return self.clocks.get(DELETED_KEY, ("", {}))[1]

    def knowledge(self, names: Iterable[str]) -> Seen:
        """Everything this record's fields (and insert and deletion) say was seen:
        what a write made now has seen."""
        found: Seen = seen_with(self.deletion_seen(), self.deleted)
        found = _union(found, seen_with({}, self.born))
        for name in names:
            reading, seen = self.clock_of(name)
            found = _union(found, seen_with(seen, reading))
        return found

    def newest(self) -> str:
        """The latest reading of any write to the record."""
        readings = [self.born, self.deleted, *(c for c, _ in self.clocks.values())]
        return max(readings)

    def compact(self) -> None:
        """Drop clock entries that say no more than the record's insert."""
        self.clocks = {
            name: clock
            for name, clock in self.clocks.items()
            if name == DELETED_KEY or clock != (self.born, {})
        }

    def copy(self) -> RecordState:
        return RecordState(self.born, self.deleted, dict(self.clocks), dict(self.values))


def apply(state: RecordState, change: Change, *, key: str = "id") -> list[Conflict]:
    """Fold one change into a record's state; returns the values it made lose."""
    conflicts: list[Conflict] = []
    if change.op == "del":
        _delete(state, change, conflicts)
    else:
        was_deleted = bool(state.deleted) and not state.exists
        for name, value in change.fields.items():
            if name != key:
                _write_field(state, change, name, value, conflicts)
        if change.op == "ins":
            state.values[key] = change.record_id
            state.born = max(state.born, change.clock)
        unseen_by_deletion = not saw(state.deletion_seen(), change.clock)
        if change.op == "ins" and not state.exists and unseen_by_deletion:
            edited = {n: v for n, v in change.fields.items() if n not in QUIET_FIELDS}
            conflicts.append(_record_conflict(change, edited, state.deleted))
        elif was_deleted and change.op == "put" and unseen_by_deletion:
            edited = {n: v for n, v in change.fields.items() if n not in QUIET_FIELDS}
            if edited:
                conflicts.append(_record_conflict(change, edited, state.deleted))
    state.compact()
    return conflicts


def _write_field(
    state: RecordState, change: Change, name: str, value: Any, conflicts: list[Conflict]
) -> None:
    current_clock, current_seen = state.clock_of(name)
    if change.clock == current_clock:
        return  # this very write, seen before
    current = state.values.get(name, _MISSING)
    seen = dict(change.base.get(name, {}))
    listed = name not in QUIET_FIELDS and current is not _MISSING and current != value
    if change.clock > current_clock:
        if listed and not saw(seen, current_clock):
            conflicts.append(
                Conflict(
                    change.table,
                    change.record_id,
                    name,
                    current,
                    current_clock,
                    value,
                    change.clock,
                )
            )
        state.values[name] = value
        state.clocks[name] = (change.clock, seen)
    elif listed and not saw(current_seen, change.clock):
        conflicts.append(
            Conflict(
                change.table, change.record_id, name, value, change.clock, current, current_clock
            )
        )


def _delete(state: RecordState, change: Change, conflicts: list[Conflict]) -> None:
    if change.clock <= state.deleted:
        return
    seen = dict(change.base.get(DELETED_KEY, {}))
    if state.exists and change.clock > state.born:
        unseen = {
            name: state.clock_of(name)[0]
            for name in state.values
            if name not in QUIET_FIELDS and not saw(seen, state.clock_of(name)[0])
        }
        if unseen:
            edited = {name: state.values[name] for name in unseen}
            conflicts.append(
                Conflict(
                    change.table,
                    change.record_id,
                    RECORD_FIELD,
                    edited,
                    max(unseen.values()),
                    None,
                    change.clock,
                )
            )
    state.deleted = change.clock
    state.clocks[DELETED_KEY] = (change.clock, seen)


def _record_conflict(change: Change, edited: Mapping[str, Any], deleted: str) -> Conflict:
    """An edit the deletion's author had not seen: kept as a whole-record conflict."""
    return Conflict(
        change.table, change.record_id, RECORD_FIELD, dict(edited), change.clock, None, deleted
    )


def _union(left: Mapping[str, str], right: Mapping[str, str]) -> Seen:
    found = dict(left)
    for device, reading in right.items():
        if found.get(device, "") < reading:
            found[device] = reading
    return found


def merged(states: Mapping[str, RecordState], changes: list[Change]) -> dict[str, RecordState]:
    """The states after a list of changes (for tests and the benchmark)."""
    result = {key: state.copy() for key, state in states.items()}
    for change in changes:
        apply(result.setdefault(change.record_id, RecordState()), change)
    return result


def absorb(into: RecordState, other: RecordState, table: str, record_id: str) -> list[Conflict]:
    """Fold another record's state into this one (two records found to be one: the
    same day or name entered on two computers); returns the values that lost."""
    conflicts: list[Conflict] = []
    for name, value in other.values.items():
        if name == "id":
            continue
        reading, seen = other.clock_of(name)
        change = Change(table, record_id, "put", reading, {name: value}, {name: seen})
        _write_field(into, change, name, value, conflicts)
    into.born = max(into.born, other.born)
    if other.deleted > into.deleted:
        into.deleted = other.deleted
        into.clocks[DELETED_KEY] = other.clocks.get(DELETED_KEY, (other.deleted, {}))
    into.compact()
    return conflicts
