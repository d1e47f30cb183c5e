"""Fetched rows into records, fast: the journal reads all its records at open.

A 20-year journal holds some 10,000 records and 60,000 check-in values. Rows come
as plain tuples and are converted a column at a time, with the per-value steps
running in C (map, zip) wherever they can. JSON columns (the tuple fields) are
decoded once per distinct text; a list of records (a check-in's factor values)
once per distinct item, since the same few items repeat on thousands of days.
Records come out equal to what `journal.codec.decoder(cls, trusted=True)` makes of
the same row: the same types, fields and values.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any, Generic, TypeVar

from journal.codec import Converter, stored_converter

R = TypeVar("R")

ITEM_SEPARATOR = "}, {"
"""What `json.dumps` (default separators) writes between two objects of a list."""
EMPTY_LIST = "[]"

Column = Callable[[Sequence[Any]], Iterable[Any]]
"""Turns a column of stored values into the field values, in order."""


class _Decoded(dict[str, Any]):
    """Decoded values by their text; a text not seen yet is decoded on lookup."""

    def __init__(self, decode: Converter) -> None:
        super().__init__()
        self._decode = decode

    def __missing__(self, text: str) -> Any:
        value = self[text] = self._decode(text)
        return value


class _RecordLists:
    """Decodes a column of JSON lists of records ('[{"factor_id": ..}, ..]').

    Each text is cut where json.dumps writes ITEM_SEPARATOR and each piece is
    decoded once. The first piece still starts with '[{', the last still ends with
    '}]'; a piece can only start or end so when it is first or last in its list (an
    object's inside starts with a key's quote, and a bracket that closes inside it
    also opens inside it). A cut that is not between two items (the separator inside
    a string or a nested list, other spacing) leaves a piece that is not valid JSON
    on its own: then the column is decoded the plain way, list by list.
    """

    def __init__(self, item: Converter) -> None:
        self._item = item

    def __call__(self, texts: Sequence[str]) -> list[tuple[Any, ...]]:
        pieces = _Decoded(self._piece)
        try:
            found = list(
                map(
                    tuple,
                    map(
                        map,
                        repeat(pieces.__getitem__),
                        map(str.split, texts, repeat(ITEM_SEPARATOR)),
                    ),
                )
            )
        except json.JSONDecodeError:
            return [tuple(map(self._item, json.loads(text))) for text in texts]
        if EMPTY_LIST in pieces:  # an empty list is one piece, decoded as a marker
            found = [
                () if text == EMPTY_LIST else row for text, row in zip(texts, found, strict=True)
            ]
        return found

    def _piece(self, piece: str) -> Any:
        if piece == EMPTY_LIST:
            return None
        inner = piece[2:] if piece.startswith("[{") else piece
        inner = inner[:-2] if inner.endswith("}]") else inner
        return self._item(json.loads("{" + inner + "}"))


def _plain_lists(item: Converter | None) -> Column:
    """A column of JSON lists of plain values (text, numbers), decoded once per text."""
    if item is None:
        decode: Converter = lambda text: tuple(json.loads(text))  # noqa: E731
    else:
        decode = lambda text: tuple(map(item, json.loads(text)))  # noqa: E731
    return lambda texts: map(_Decoded(decode).__getitem__, texts)


def _json_column(hint: Any) -> Column:
    """The decoder of a column of tuple fields stored as JSON text."""
    (item_hint, *_) = typing.get_args(hint)
    item = stored_converter(item_hint)
    if isinstance(item_hint, type) and dataclasses.is_dataclass(item_hint) and item is not None:
        return _RecordLists(item)
    return _plain_lists(item)


def _scalar_column(convert: Converter) -> Column:
    return lambda values: map(convert, values)


_instance_dict = attrgetter("__dict__")


_readers: dict[tuple[type[Any], tuple[str, ...], frozenset[str]], RowReader[Any]] = {}


def row_reader(cls: type[R], fields: tuple[str, ...], json_fields: frozenset[str]) -> RowReader[R]:
    """The reader for one record type and column order, built once per process (a
    journal is opened often: tests, backups, the window)."""
    key = (cls, fields, json_fields)
    found = _readers.get(key)
    if found is None:
        found = _readers[key] = RowReader(cls, fields, json_fields)
    return found


class RowReader(Generic[R]):
    """Turns rows (tuples in the order of `fields`) into records of `cls`."""

    def __init__(self, cls: type[R], fields: Sequence[str], json_fields: Iterable[str]) -> None:
        hints = typing.get_type_hints(cls)
        stored_as_json = set(json_fields)
        self._cls = cls
        self._fields = tuple(fields)
        self._columns: list[tuple[int, Column]] = []
        for index, name in enumerate(self._fields):
            if name in stored_as_json:
                self._columns.append((index, _json_column(hints[name])))
            elif (convert := stored_converter(hints[name])) is not None:
                self._columns.append((index, _scalar_column(convert)))
        self._direct = (
            dataclasses.is_dataclass(cls)
            and not hasattr(cls, "__post_init__")
            and not hasattr(cls, "__slots__")
            and {f.name for f in dataclasses.fields(cls)} == set(self._fields)
        )

    def records(self, rows: Sequence[Sequence[Any]]) -> list[R]:
        if not rows:
            return []
        columns: list[Iterable[Any]] = list(zip(*rows, strict=True))
        for index, convert in self._columns:
            columns[index] = convert(typing.cast(Sequence[Any], columns[index]))
        field_values = map(zip, repeat(self._fields), zip(*columns, strict=True))
        if not self._direct:
            return [self._cls(**dict(values)) for values in field_values]
        # A frozen dataclass without __post_init__: filling its fields directly makes
        # the same record as __init__, without a Python call per record.
        records: list[R] = list(map(object.__new__, repeat(self._cls, len(rows))))
        deque(map(dict.update, map(_instance_dict, records), field_values), maxlen=0)
        return records
