"""The merge rule on real journals: whatever the grouping of the changes into
merges (random partitions), their order, and repetitions, journals end with the
same rows (hypothesis). tests/journal/sync/test_rules.py proves the same of the
rule alone; this proves the storage side applies it faithfully."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from journal import operations as ops
from journal.storage import Journal
from journal.storage.sync_state import apply_changes
from journal.sync.rules import DELETED_KEY, Change

DEVICES = ("aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc")
RECORDS = ("11111111-aaaa", "22222222-bbbb", "33333333-cccc")
NOTES = ("aura", "rain", "stress", "")


def template() -> dict[str, Any]:
    """Every column of a real attack row, as the journal stores it."""
    journal = Journal.in_memory()
    saved = ops.start_attack(journal, datetime(2026, 6, 1, 9, tzinfo=timezone(timedelta(hours=2))))
    row = journal.rows("SELECT * FROM attacks WHERE id = ?", (saved.id,))[0]
    journal.close()
    return dict(row)


TEMPLATE = template()


def reading(tick: int, device: str) -> str:
    return f"{1_765_000_000_000 + tick:013d}-000000-{device}"


@st.composite
def change_sets(draw: st.DrawFn) -> list[Change]:
    count = draw(st.integers(1, 12))
    ticks = draw(st.lists(st.integers(0, 60), min_size=count, max_size=count, unique=True))
    found = []
    for tick in sorted(ticks):
        device = draw(st.sampled_from(DEVICES))
        now = reading(tick, device)
        record = draw(st.sampled_from(RECORDS))
        op = draw(st.sampled_from(["ins", "ins", "put", "put", "del"]))
        seen = {
            d: reading(draw(st.integers(0, tick)), d)
            for d in draw(st.sets(st.sampled_from(DEVICES)))
        }
        if op == "ins":
            fields = {
                **TEMPLATE,
                "id": record,
                "note": draw(st.sampled_from(NOTES)),
                "pain": draw(st.integers(0, 3)),
            }
            found.append(Change("attacks", record, "ins", now, fields, {}))
        elif op == "put":
            fields = {"note": draw(st.sampled_from(NOTES))}
            if draw(st.booleans()):
                fields["pain"] = draw(st.integers(0, 3))
            found.append(Change("attacks", record, "put", now, fields, dict.fromkeys(fields, seen)))
        else:
            found.append(Change("attacks", record, "del", now, {}, {DELETED_KEY: seen}))
    return found


def merged(batches: list[list[Change]]) -> list[tuple[Any, ...]]:
    journal = Journal.in_memory()
    try:
        for batch in batches:
            apply_changes(journal, batch)
        _, rows = journal.tuples("SELECT id, note, pain, start FROM attacks ORDER BY id", ())
        return rows
    finally:
        journal.close()


@settings(max_examples=60, deadline=None)
@given(
    change_sets(),
    st.randoms(use_true_random=False),
    st.lists(st.integers(0, 2), min_size=12, max_size=12),
)
def test_journals_end_alike_whatever_the_order_grouping_and_repetition(
    changes: list[Change], rng: random.Random, parts: list[int]
) -> None:
    everything = merged([changes])
    shuffled = list(changes)
    rng.shuffle(shuffled)
    assert merged([shuffled]) == everything  # commutative
    batches = [[c for c, p in zip(shuffled, parts, strict=False) if p == i] for i in range(3)]
    assert merged(batches) == everything  # any grouping into merges (associative)
    assert merged([*batches, changes, batches[0]]) == everything  # idempotent
