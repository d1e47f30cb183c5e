"""The merge rule is a join: whatever the order, grouping or repetition in which
changes arrive, every computer ends with the same records (hypothesis)."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.sync.rules import (
    DELETED_KEY,
    Change,
    RecordState,
    absorb,
    apply,
)

FIELDS = ("pain", "note", "end")
DEVICES = ("aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc")
RECORDS = ("r1", "r2")


def reading(tick: int, device: str) -> str:
    return f"{1_765_000_000_000 + tick:013d}-000000-{device}"


@st.composite
def change_sets(draw: st.DrawFn) -> list[Change]:
    """Writes with distinct readings (one reading is one write), random bases."""
    count = draw(st.integers(0, 14))
    ticks = draw(st.lists(st.integers(0, 40), min_size=count, max_size=count, unique=True))
    changes = []
    for tick in ticks:
        device = draw(st.sampled_from(DEVICES))
        now = reading(tick, device)
        base = {
            other: reading(draw(st.integers(0, tick)), other)
            for other in draw(st.lists(st.sampled_from(DEVICES), unique=True))
        }
        op = draw(st.sampled_from(["ins", "put", "put", "del"]))
        record = draw(st.sampled_from(RECORDS))
        if op == "ins":
            fields: dict[str, Any] = {name: draw(st.integers(0, 3)) for name in FIELDS}
            changes.append(Change("attacks", record, "ins", now, fields, {}))
        elif op == "put":
            names = draw(st.lists(st.sampled_from(FIELDS), min_size=1, unique=True))
            fields = {name: draw(st.integers(0, 3)) for name in names}
            bases = dict.fromkeys(names, base)
            changes.append(Change("attacks", record, "put", now, fields, bases))
        else:
            changes.append(Change("attacks", record, "del", now, {}, {DELETED_KEY: base}))
    return changes


def folded(changes: list[Change]) -> dict[str, RecordState]:
    states: dict[str, RecordState] = {}
    for change in changes:
        apply(states.setdefault(change.record_id, RecordState()), change)
    return states


def seen(states: dict[str, RecordState]) -> dict[str, tuple[Any, ...]]:
    """What a person (and an export) sees of the records, with their clocks."""
    return {
        record: (
            state.exists,
            state.born,
            state.deleted,
            {name: (state.values.get(name), state.clock_of(name)[0]) for name in FIELDS},
        )
        for record, state in states.items()
        if state.born or state.deleted or state.values
    }


def joined(left: dict[str, RecordState], right: dict[str, RecordState]) -> dict[str, RecordState]:
    result = {record: state.copy() for record, state in left.items()}
    for record, state in right.items():
        absorb(result.setdefault(record, RecordState()), state, "attacks", record)
    return result


@settings(max_examples=300, deadline=None)
@given(change_sets(), st.randoms(use_true_random=False))
def test_merging_is_commutative_in_the_order_changes_arrive(
    changes: list[Change], rng: random.Random
) -> None:
    shuffled = list(changes)
    rng.shuffle(shuffled)
    assert seen(folded(shuffled)) == seen(folded(changes))


@settings(max_examples=300, deadline=None)
@given(change_sets(), st.randoms(use_true_random=False))
def test_merging_is_idempotent_when_changes_arrive_again(
    changes: list[Change], rng: random.Random
) -> None:
    repeated = changes + rng.sample(changes, len(changes) // 2) + changes
    assert seen(folded(repeated)) == seen(folded(changes))


@settings(max_examples=300, deadline=None)
@given(change_sets(), st.lists(st.integers(0, 2), min_size=14, max_size=14))
def test_merging_partitions_is_associative_and_commutative(
    changes: list[Change], parts: list[int]
) -> None:
    """Three computers each saw one part; however their states are merged, the
    result is the state of all changes."""
    groups = [[c for c, p in zip(changes, parts, strict=False) if p == i] for i in range(3)]
    a, b, c = (folded(group) for group in groups)
    everything = seen(folded(changes))
    assert seen(joined(joined(a, b), c)) == everything
    assert seen(joined(a, joined(b, c))) == everything
    assert seen(joined(joined(c, a), b)) == everything
    assert seen(joined(a, a)) == seen(a)


def test_the_later_clock_wins_a_field_and_the_loser_is_listed() -> None:
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, DEVICES[0]), {"note": "x"}))
    mine = Change(
        "attacks",
        "r",
        "put",
        reading(3, DEVICES[0]),
        {"note": "mine"},
        {"note": {DEVICES[0]: reading(1, DEVICES[0])}},
    )
    theirs = Change(
        "attacks",
        "r",
        "put",
        reading(2, DEVICES[1]),
        {"note": "theirs"},
        {"note": {DEVICES[0]: reading(1, DEVICES[0])}},
    )
    assert apply(state, mine) == []
    lost = apply(state, theirs)
    assert state.values["note"] == "mine"
    assert [(c.field, c.lost, c.kept) for c in lost] == [("note", "theirs", "mine")]


def test_a_sequential_edit_is_not_a_conflict() -> None:
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, DEVICES[0]), {"note": "x"}))
    later = Change(
        "attacks",
        "r",
        "put",
        reading(2, DEVICES[1]),
        {"note": "y"},
        {"note": {DEVICES[0]: reading(1, DEVICES[0])}},
    )
    assert apply(state, later) == [] and state.values["note"] == "y"


def test_the_device_id_breaks_a_tie_of_the_same_millisecond() -> None:
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, DEVICES[0]), {"note": "x"}))
    apply(state, Change("attacks", "r", "put", reading(5, DEVICES[0]), {"note": "a"}, {}))
    apply(state, Change("attacks", "r", "put", reading(5, DEVICES[1]), {"note": "b"}, {}))
    assert state.values["note"] == "b"


def test_a_tombstone_wins_over_older_edits_and_lists_edits_it_had_not_seen() -> None:
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, DEVICES[0]), {"note": "x"}))
    apply(
        state,
        Change(
            "attacks",
            "r",
            "put",
            reading(2, DEVICES[1]),
            {"note": "y"},
            {"note": {DEVICES[0]: reading(1, DEVICES[0])}},
        ),
    )
    lost = apply(
        state,
        Change(
            "attacks",
            "r",
            "del",
            reading(3, DEVICES[0]),
            {},
            {DELETED_KEY: {DEVICES[0]: reading(1, DEVICES[0])}},
        ),
    )
    assert not state.exists
    assert [(c.field, c.lost) for c in lost] == [("", {"note": "y"})]


def test_an_undo_after_a_deletion_brings_the_record_back() -> None:
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, DEVICES[0]), {"note": "x"}))
    apply(
        state,
        Change(
            "attacks",
            "r",
            "del",
            reading(2, DEVICES[0]),
            {},
            {DELETED_KEY: {DEVICES[0]: reading(1, DEVICES[0])}},
        ),
    )
    apply(state, Change("attacks", "r", "ins", reading(3, DEVICES[0]), {"note": "x"}, {}))
    assert state.exists and state.values["note"] == "x"


def test_a_loss_is_noticed_even_after_the_winner_wrote_again() -> None:
    """Laptop wrote twice without seeing the desk's edit: the clock order alone
    would take the desk's edit as seen; the version vector knows better."""
    desk, laptop = DEVICES[0], DEVICES[1]
    start = {"note": {desk: reading(1, desk)}}
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, desk), {"note": "x"}))
    apply(state, Change("attacks", "r", "put", reading(3, laptop), {"note": "l1"}, start))
    second = {"note": {desk: reading(1, desk), laptop: reading(3, laptop)}}
    apply(state, Change("attacks", "r", "put", reading(4, laptop), {"note": "l2"}, second))
    lost = apply(state, Change("attacks", "r", "put", reading(2, desk), {"note": "d"}, start))
    assert [(c.lost, c.kept) for c in lost] == [("d", "l2")]


def test_an_undo_that_loses_to_a_later_deletion_it_had_not_seen_is_listed() -> None:
    desk, laptop = DEVICES[0], DEVICES[1]
    state = RecordState()
    apply(state, Change("attacks", "r", "ins", reading(1, desk), {"note": "x"}))
    apply(
        state,
        Change(
            "attacks", "r", "del", reading(5, laptop), {}, {DELETED_KEY: {desk: reading(1, desk)}}
        ),
    )
    seen = {"note": {desk: reading(1, desk)}}
    lost = apply(state, Change("attacks", "r", "ins", reading(3, desk), {"note": "back"}, seen))
    assert not state.exists
    assert [(c.field, c.lost) for c in lost] == [("", {"note": "back"})]
