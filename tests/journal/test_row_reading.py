"""Reading records fast (journal.storage.rows) gives exactly the generic decoder's records.

The fast reader cuts a check-in's JSON list of factor values into items and decodes
each distinct item once; whatever the JSON looks like, the records must be the ones
`codec.decoder(cls, trusted=True)` makes of the same row.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal.codec import decoder, to_plain
from journal.storage import Journal
from journal.storage.rows import RowReader

ENTRY_FIELDS = [f.name for f in dataclasses.fields(d.DayEntry)]
ATTACK_FIELDS = [f.name for f in dataclasses.fields(d.Attack)]
ATTACK_LISTS = {"symptoms", "aura", "locations", "activities", "suspected_triggers"}


def generic(cls: type[Any], fields: list[str], lists: set[str], row: tuple[Any, ...]) -> Any:
    """What the journal read before the fast reader: a dict row, JSON, trusted decoder."""
    plain = dict(zip(fields, row, strict=True))
    for name in lists:
        plain[name] = json.loads(plain[name])
    return decoder(cls, trusted=True)(plain)


def entry_row(day: date, values_text: str) -> tuple[Any, ...]:
    plain = to_plain(d.DayEntry(day, note="", id=f"id-{day}", created="c", updated="u"))
    plain["values"] = values_text
    return tuple(plain[name] for name in ENTRY_FIELDS)


def values_json(pairs: list[tuple[str, float]], **dumps: Any) -> str:
    return json.dumps([{"factor_id": f, "value": v} for f, v in pairs], **dumps)


SLEEP, WINE, STRESS = "sleep-id", "wine-id", "stress-id"
VALUE_TEXTS = {
    "several values": values_json([(SLEEP, 6.5), (WINE, 1.0), (STRESS, 2.0)]),
    "one value": values_json([(SLEEP, 7.0)]),
    "no values": "[]",
    "whole numbers stay whole": values_json([(WINE, 1), (STRESS, 0)]),
    "compact separators": values_json([(SLEEP, 6.0), (WINE, 0.0)], separators=(",", ":")),
    "indented": values_json([(SLEEP, 6.0), (WINE, 0.0)], indent=2),
    "separator inside an id": values_json([("odd}, {id", 1.0), (WINE, 0.0)]),
    "quote and brace in an id": values_json([('say "}]"', 2.0), (SLEEP, 8.0)]),
    "non-ASCII id, escaped": values_json([("Über", 1.0), (WINE, 1.0)]),
    "non-ASCII id, as is": values_json([("Über", 1.0), (WINE, 1.0)], ensure_ascii=False),
    "key order swapped": '[{"value": 3.0, "factor_id": "x"}, {"value": 1.0, "factor_id": "y"}]',
}


@pytest.mark.parametrize("text", VALUE_TEXTS.values(), ids=VALUE_TEXTS.keys())
def test_check_in_values_read_the_same_as_the_generic_decoder(text: str) -> None:
    rows = [
        entry_row(date(2026, 3, 1), text),
        entry_row(date(2026, 3, 2), VALUE_TEXTS["one value"]),
    ]
    fast = RowReader(d.DayEntry, ENTRY_FIELDS, {"values"}).records(rows)
    slow = [generic(d.DayEntry, ENTRY_FIELDS, {"values"}, row) for row in rows]
    assert fast == slow
    for got, expected in zip(fast, slow, strict=True):
        assert type(got) is d.DayEntry
        assert [type(v) for v in got.values] == [d.FactorValue] * len(expected.values)
        assert [type(v.value) for v in got.values] == [type(v.value) for v in expected.values]


def test_many_check_ins_sharing_items_read_back_item_for_item() -> None:
    texts = [
        values_json([(SLEEP, 6.0 + n % 3), (WINE, float(n % 2)), (STRESS, float(n % 4))])
        for n in range(50)
    ] + ["[]"] * 3
    rows = [
        entry_row(date.fromordinal(date(2026, 1, 1).toordinal() + n), t)
        for n, t in enumerate(texts)
    ]
    fast = RowReader(d.DayEntry, ENTRY_FIELDS, {"values"}).records(rows)
    assert fast == [generic(d.DayEntry, ENTRY_FIELDS, {"values"}, row) for row in rows]
    assert [len(entry.values) for entry in fast] == [3] * 50 + [0] * 3
    # each distinct item is decoded once: 3 sleep, 2 wine and 4 stress values
    assert len({id(value) for entry in fast for value in entry.values}) == 9


def test_an_older_row_missing_a_nested_field_reads_with_its_default() -> None:
    attack = d.Attack(
        start=d.local_now(), aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),), symptoms=("nausea",)
    )
    plain = to_plain(attack)
    row = tuple(
        json.dumps(plain[name]) if name in ATTACK_LISTS else plain[name] for name in ATTACK_FIELDS
    )
    older = tuple(
        '[{"type": "visual"}]' if name == "aura" else value
        for name, value in zip(ATTACK_FIELDS, row, strict=True)
    )
    fast = RowReader(d.Attack, ATTACK_FIELDS, ATTACK_LISTS).records([row, older])
    assert fast == [generic(d.Attack, ATTACK_FIELDS, ATTACK_LISTS, r) for r in (row, older)]
    assert fast[0] == attack
    assert fast[1].aura == (d.AuraSymptom(d.AuraType.VISUAL, None),)


def test_a_factor_value_without_its_value_is_refused_like_the_generic_decoder() -> None:
    row = entry_row(date(2026, 3, 1), '[{"factor_id": "x"}]')
    with pytest.raises(TypeError):
        generic(d.DayEntry, ENTRY_FIELDS, {"values"}, row)
    with pytest.raises(TypeError):
        RowReader(d.DayEntry, ENTRY_FIELDS, {"values"}).records([row])


def test_read_records_are_frozen_hashable_and_equal_to_hand_built_ones(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        saved = journal.day_entries.save(
            d.DayEntry(date(2026, 3, 1), (d.FactorValue("a", 1.0), d.FactorValue("b", 7.5)))
        )
        (read,) = journal.day_entries.all()
    assert read == saved and hash(read) == hash(saved)
    assert read.value_of("b") == 7.5
    assert dataclasses.replace(read, note="x").note == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.note = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.values[0].value = 2.0  # type: ignore[misc]


def test_every_check_in_survives_saving_and_reopening(tmp_path: Path) -> None:
    entries = [
        d.DayEntry(date(2026, 3, n + 1), tuple(d.FactorValue(f, v) for f, v in pairs), note=note)
        for n, (pairs, note) in enumerate(
            [
                ([(SLEEP, 6.5), (WINE, 1.0), (STRESS, 3.0)], ""),
                ([], "nothing of note"),
                ([("odd}, {id", 1.0)], ""),
                ([("Über", 0.0), (SLEEP, 9.0)], "Ölig"),
                ([(WINE, 1)], ""),
            ]
        )
    ]
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        saved = [journal.day_entries.save(entry) for entry in entries]
    with Journal.open(path) as journal:
        assert journal.day_entries.all() == saved
        assert journal.day_entries.between(date(2026, 3, 2), date(2026, 3, 3)) == saved[1:3]
        assert journal.day_entries.on(date(2026, 3, 5)) == saved[4]
