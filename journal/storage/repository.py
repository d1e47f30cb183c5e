"""One table of records: read them as domain objects, save and delete them.

Every record table has the record's fields as columns; tuples become JSON text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from journal.codec import plain_value
from journal.domain.records import utc_stamp
from journal.errors import NotFound
from journal.i18n import _
from journal.storage.rows import RowReader, row_reader

if TYPE_CHECKING:
    from journal.storage.journal import Journal

R = TypeVar("R")


@dataclass(frozen=True)
class TableSpec(Generic[R]):
    """Where a record type lives and the order it is listed in."""

    table: str
    record: type[R]
    order_by: str
    shown: Callable[[R], R] | None = None
    """Turns a stored record into what the app sees (a default factor's name in the
    current language); `stored` is its reverse, applied before writing."""
    stored: Callable[[R], R] | None = None


def _quoted(name: str) -> str:
    return f'"{name}"'


class Repository(Generic[R]):
    """Reads and writes one record type; each write is its own transaction unless
    the caller already holds one (then it joins it)."""

    def __init__(self, journal: Journal, spec: TableSpec[R]) -> None:
        self._journal = journal
        self._spec = spec
        self._fields = [f.name for f in dataclasses.fields(spec.record)]  # type: ignore[arg-type]
        self._json_fields = {
            f.name
            for f in dataclasses.fields(spec.record)  # type: ignore[arg-type]
            if str(f.type).startswith("tuple")
        }

    @cached_property
    def _reader(self) -> RowReader[R]:
        """Built at the first read: it resolves the record's type hints, and a start
        reads only some of the tables (the others wait for their tab)."""
        return row_reader(self._spec.record, tuple(self._fields), frozenset(self._json_fields))

    @property
    def spec(self) -> TableSpec[R]:
        return self._spec

    def all(self) -> list[R]:
        return self.where("1", ())

    def count(self) -> int:
        rows = self._journal.rows(f"SELECT count(*) AS n FROM {self._spec.table}", ())
        return int(rows[0]["n"])

    def find(self, record_id: str) -> R | None:
        found = self.where("id = ?", (record_id,))
        return found[0] if found else None

    def get(self, record_id: str) -> R:
        record = self.find(record_id)
        if record is None:
            raise NotFound(_("That entry no longer exists; it may have been deleted."))
        return record

    def ids(self) -> set[str]:
        rows = self._journal.rows(f"SELECT id FROM {self._spec.table}", ())
        return {row["id"] for row in rows}

    def where(self, condition: str, params: Sequence[Any]) -> list[R]:
        """Records matching an SQL condition, in the table's order (storage only)."""
        columns = ", ".join(_quoted(name) for name in self._fields)
        sql = (
            f"SELECT {columns} FROM {self._spec.table} "
            f"WHERE {condition} ORDER BY {self._spec.order_by}"
        )
        _, rows = self._journal.tuples(sql, params)
        records = self._reader.records(rows)
        shown = self._spec.shown
        return records if shown is None else [shown(record) for record in records]

    def save(self, record: R) -> R:
        """Insert or update the record, stamping created/updated; returns it stamped."""
        now = utc_stamp()
        created = getattr(record, "created", "") or now
        stamped = dataclasses.replace(record, created=created, updated=now)  # type: ignore[type-var]
        with self._journal.atomic():
            self._write([stamped], replace=True)
        return stamped

    def insert_exact(self, records: Iterable[R]) -> None:
        """Insert records as they are, stamps included (imports, restores)."""
        with self._journal.atomic():
            self._write(list(records), replace=False)

    def update_exact(self, records: Iterable[R]) -> None:
        """Replace records by id as they are, stamps included (an import of edits
        made elsewhere); the stored creation time is kept."""
        with self._journal.atomic():
            self._write(list(records), replace=True)

    def delete(self, record_id: str) -> None:
        with self._journal.atomic():
            self._journal.run(f"DELETE FROM {self._spec.table} WHERE id = ?", (record_id,))

    def _write(self, records: list[R], *, replace: bool) -> None:
        if not records:
            return
        if self._spec.stored is not None:
            records = [self._spec.stored(record) for record in records]
        columns = ", ".join(_quoted(name) for name in self._fields)
        marks = ", ".join("?" for _ in self._fields)
        if replace:
            updates = ", ".join(
                f"{_quoted(name)} = excluded.{_quoted(name)}"
                for name in self._fields
                if name not in ("id", "created")
            )
            conflict = f" ON CONFLICT(id) DO UPDATE SET {updates}"
        else:
            conflict = ""
        sql = f"INSERT INTO {self._spec.table} ({columns}) VALUES ({marks}){conflict}"
        self._journal.run_many(sql, [self._row(record) for record in records])

    def _row(self, record: R) -> list[Any]:
        """The record's column values (what `to_plain` gives, tuples as JSON text),
        field by field: an import writes tens of thousands of rows."""
        row: list[Any] = []
        for name in self._fields:
            value = getattr(record, name)
            if name in self._json_fields:
                row.append(json.dumps(plain_value(value), ensure_ascii=False) if value else "[]")
            elif isinstance(value, (str, int, float)) and not isinstance(value, Enum):
                row.append(value)
            else:
                row.append(plain_value(value))
        return row
