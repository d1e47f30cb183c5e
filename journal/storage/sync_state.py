"""Applying other computers' changes to the journal, in one transaction.

The storage side of journal.sync.merge: it folds the changes into each record's
state with the merge rule (journal.sync.rules), writes the records that result
(inserting, updating or deleting rows), keeps the values that lost in the
"changed on both computers" list, and records how far each computer's log was
read, all in the transaction that applies them. The capture triggers are quiet
meanwhile (those are not this computer's changes).

Two records that turn out to be one (the same calendar day, the same medication
or factor name, entered on two computers) become the one with the smaller id on
every computer: the other's values are merged in field by field, references to it
are moved over, and later changes to it are redirected (sync_aliases). A record
whose parent is not here (a dose whose medication's log has not arrived yet, a
session of a course deleted on another computer) is held back until it is.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journal.storage.capture import (
    CAPTURED_TABLES,
    StateKey,
    columns_of,
    load_states,
    save_states,
    stamp_pending,
)
from journal.sync import clock
from journal.sync.rules import Change, Conflict, RecordState, absorb, apply

if TYPE_CHECKING:
    from journal.storage.journal import Journal

_UNIQUE_FAILED = re.compile(r"UNIQUE constraint failed: (.+)")


@dataclass
class Applied:
    """What one merge changed in the journal."""

    changes: int = 0
    records: dict[str, int] = field(default_factory=dict)
    """Records written or removed, by table."""
    conflicts: list[Conflict] = field(default_factory=list)
    held_back: int = 0

    def count(self, table: str) -> None:
        self.records[table] = self.records.get(table, 0) + 1


@dataclass(frozen=True)
class PeerPosition:
    """How far a computer's log has been applied to this journal."""

    device: str
    name: str = ""
    segment: int = 0
    frames: int = 0
    chain: str = ""
    clock: str = ""
    seen_at: str = ""
    refused: str = ""


class _Tables:
    """Columns, keys and references of the captured tables, read once per merge."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.columns = {table: columns_of(conn, table) for table in CAPTURED_TABLES}
        self.references: dict[str, list[tuple[str, str, bool]]] = {}
        """table -> (column, parent table, column may be NULL)"""
        self.children: dict[str, list[tuple[str, str]]] = {}
        for table in CAPTURED_TABLES:
            nullable = {str(r[1]): not r[3] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
                parent, column = str(row[2]), str(row[3])
                self.references.setdefault(table, []).append((column, parent, nullable[column]))
                self.children.setdefault(parent, []).append((table, column))


def apply_changes(
    journal: Journal,
    changes: Sequence[Change],
    positions: Iterable[PeerPosition] = (),
    *,
    remote_clock: str = "",
) -> Applied:
    """Apply changes from other computers and record the peers' new positions, in
    one transaction: all of it is applied, or (on any error) none of it."""
    applied = Applied(changes=len(changes))
    conn: sqlite3.Connection = journal._db.conn
    with journal.atomic():
        stamp_pending(journal)  # this computer's own writes first get their clocks
        journal.run("INSERT INTO sync_applying (merge) VALUES (1)", ())
        journal.run("PRAGMA defer_foreign_keys = ON", ())
        try:
            _Apply(journal, conn, applied).run(changes)
            for position in positions:
                save_position(journal, position)
            if remote_clock:
                journal.run(
                    "UPDATE sync_device SET clock = ? WHERE clock < ?", (remote_clock, remote_clock)
                )
        finally:
            journal.run("DELETE FROM sync_applying", ())
    return applied


class _Apply:
    def __init__(self, journal: Journal, conn: sqlite3.Connection, applied: Applied) -> None:
        self.journal = journal
        self.conn = conn
        self.applied = applied
        self.tables = _Tables(conn)
        self.original: dict[StateKey, dict[str, Any]] = {}
        self.aliases = {
            (str(t), str(f)): str(to)
            for t, f, to in conn.execute("SELECT tbl, from_id, to_id FROM sync_aliases")
        }

    def run(self, changes: Sequence[Change]) -> None:
        for change in changes:
            if change.table not in CAPTURED_TABLES:
                raise ValueError(f"unknown table {change.table}")
        redirected = [self._redirect(change) for change in changes]
        keys = {(c.table, c.record_id) for c in redirected} | self._held_back()
        states = load_states(self.journal, keys)
        rows = self._rows(keys)
        for key in keys:
            state = states.setdefault(key, RecordState())
            if key in rows:
                state.values = dict(rows[key])
        for change in redirected:
            state = states[(change.table, change.record_id)]
            self.applied.conflicts += apply(state, change, key=CAPTURED_TABLES[change.table])
        present = set(rows)
        self.original = rows
        for key in sorted(keys):
            self._write(key, states, present)
        self._hold_back_orphans(states, present)
        save_states(self.journal, states, present)
        self._save_conflicts(self.applied.conflicts)

    def _redirect(self, change: Change) -> Change:
        to = self.aliases.get((change.table, change.record_id))
        if to is None:
            return change
        return Change(change.table, to, change.op, change.clock, change.fields, change.base)

    def _held_back(self) -> set[StateKey]:
        rows = self.conn.execute(
            "SELECT tbl, record_id FROM sync_records WHERE born > deleted AND ghost IS NOT NULL"
        ).fetchall()
        return {(str(t), str(r)) for t, r in rows if t in CAPTURED_TABLES}

    def _rows(self, keys: Iterable[StateKey]) -> dict[StateKey, dict[str, Any]]:
        by_table: dict[str, list[str]] = {}
        for table, record_id in keys:
            by_table.setdefault(table, []).append(record_id)
        found: dict[StateKey, dict[str, Any]] = {}
        for table, ids in by_table.items():
            key_column = CAPTURED_TABLES[table]
            names = self.tables.columns[table]
            columns = ", ".join(f'"{n}"' for n in names)
            for start in range(0, len(ids), 400):
                chunk = ids[start : start + 400]
                marks = ", ".join("?" for _ in chunk)
                cursor = self.conn.execute(
                    f'SELECT {columns} FROM "{table}" WHERE "{key_column}" IN ({marks})', chunk
                )
                for row in cursor.fetchall():
                    values = dict(zip(names, row, strict=True))
                    found[(table, str(values[key_column]))] = values
        return found

    def _write(
        self, key: StateKey, states: dict[StateKey, RecordState], present: set[StateKey]
    ) -> None:
        table, record_id = key
        state = states.get(key)
        if state is None:  # became one with its twin
            return
        key_column = CAPTURED_TABLES[table]
        if not state.exists:
            if key in present:
                self.conn.execute(f'DELETE FROM "{table}" WHERE "{key_column}" = ?', (record_id,))
                present.discard(key)
                self.applied.count(table)
            return
        values = self._row_values(table, record_id, state)
        if key in present and self.original.get(key) == values:
            return
        for _ in range(len(CAPTURED_TABLES) + 1):  # each round settles one collision
            try:
                self._upsert(table, key_column, values)
            except sqlite3.IntegrityError as error:
                found = _UNIQUE_FAILED.search(str(error))
                if found is None:  # a NOT NULL column not known yet: wait for its insert
                    if key in present:
                        self.conn.execute(
                            f'DELETE FROM "{table}" WHERE "{key_column}" = ?', (record_id,)
                        )
                        present.discard(key)
                    self.applied.held_back += 1
                    return
                record_id = self._merge_twins(table, record_id, found.group(1), states, present)
                state = states[(table, record_id)]
                values = self._row_values(table, record_id, state)
                continue
            present.add((table, record_id))
            self.applied.count(table)
            return
        raise sqlite3.IntegrityError(f"records of {table} could not be told apart")

    def _row_values(self, table: str, record_id: str, state: RecordState) -> dict[str, Any]:
        columns = self.tables.columns[table]
        values = {name: state.values[name] for name in columns if name in state.values}
        values[CAPTURED_TABLES[table]] = record_id
        for column, parent, _ in self.tables.references.get(table, []):
            target = values.get(column)
            if target is not None:
                values[column] = self.aliases.get((parent, str(target)), target)
        return values

    def _upsert(self, table: str, key_column: str, values: dict[str, Any]) -> None:
        names = list(values)
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != key_column)
        conflict = f' ON CONFLICT("{key_column}") DO UPDATE SET {updates}' if updates else ""
        self.conn.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks}){conflict}', list(values.values())
        )

    def _merge_twins(
        self,
        table: str,
        record_id: str,
        failed: str,
        states: dict[StateKey, RecordState],
        present: set[StateKey],
    ) -> str:
        """Two records with one natural key (the same day, the same name): they
        become the one with the smaller id, on every computer alike."""
        key_column = CAPTURED_TABLES[table]
        columns = [part.strip().split(".", 1)[1] for part in failed.split(",")]
        values = states[(table, record_id)].values
        condition = " AND ".join(f'"{c}" = ?{_collation(self.conn, table, c)}' for c in columns)
        row = self.conn.execute(
            f'SELECT "{key_column}" FROM "{table}" WHERE {condition} AND "{key_column}" != ?',
            [values.get(c) for c in columns] + [record_id],
        ).fetchone()
        if row is None:
            raise sqlite3.IntegrityError(f"UNIQUE constraint failed: {failed}")
        other = str(row[0])
        winner, loser = sorted((record_id, other))
        for key in ((table, winner), (table, loser)):
            if key not in states:
                loaded = load_states(self.journal, {key})
                states[key] = loaded.get(key, RecordState())
                states[key].values = self._rows([key]).get(key, states[key].values)
        kept, gone = states[(table, winner)], states[(table, loser)]
        self.applied.conflicts += absorb(kept, gone, table, winner)
        for child, column in self.tables.children.get(table, []):
            self.conn.execute(
                f'UPDATE "{child}" SET "{column}" = ? WHERE "{column}" = ?', (winner, loser)
            )
        self.conn.execute(f'DELETE FROM "{table}" WHERE "{key_column}" = ?', (loser,))
        present.discard((table, loser))
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_aliases (tbl, from_id, to_id) VALUES (?, ?, ?)",
            (table, loser, winner),
        )
        self.conn.execute(
            "UPDATE sync_aliases SET to_id = ? WHERE tbl = ? AND to_id = ?", (winner, table, loser)
        )
        self.aliases[(table, loser)] = winner
        del states[(table, loser)]
        self.conn.execute(
            "DELETE FROM sync_records WHERE tbl = ? AND record_id = ?", (table, loser)
        )
        return winner

    def _hold_back_orphans(
        self, states: dict[StateKey, RecordState], present: set[StateKey]
    ) -> None:
        """Rows whose parent is missing: a nullable reference is cleared (as a
        deletion of the parent does here), any other row waits for its parent."""
        while True:
            broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if not broken:
                return
            for table, rowid, _parent, fk_index in broken:
                references = self.conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
                column = next(str(r[3]) for r in references if r[0] == fk_index)
                nullable = next(
                    not r[3]
                    for r in self.conn.execute(f'PRAGMA table_info("{table}")')
                    if r[1] == column
                )
                key_column = CAPTURED_TABLES[str(table)]
                if nullable:
                    self.conn.execute(
                        f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,)
                    )
                    continue
                found = self.conn.execute(
                    f'SELECT "{key_column}" FROM "{table}" WHERE rowid = ?', (rowid,)
                ).fetchone()
                if found is None:
                    continue
                key = (str(table), str(found[0]))
                if key not in states:
                    loaded = load_states(self.journal, {key})
                    states[key] = loaded.get(key, RecordState())
                    states[key].values = self._rows([key]).get(key, {})
                self.conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                present.discard(key)
                self.applied.held_back += 1

    def _save_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        noticed = clock.wall_millis()
        self.conn.executemany(
            "INSERT OR IGNORE INTO sync_conflicts "
            "(tbl, record_id, field, lost, lost_clock, kept, kept_clock, noticed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.table,
                    c.record_id,
                    c.field,
                    json.dumps(c.lost, ensure_ascii=False),
                    c.lost_clock,
                    json.dumps(c.kept, ensure_ascii=False),
                    c.kept_clock,
                    str(noticed),
                )
                for c in conflicts
            ],
        )


def _collation(conn: sqlite3.Connection, table: str, column: str) -> str:
    """' COLLATE X' when a unique index compares the column by collation X."""
    for index in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
        if not index[2]:
            continue
        for info in conn.execute(f'PRAGMA index_xinfo("{index[1]}")').fetchall():
            if info[2] == column and info[4] and str(info[4]).upper() != "BINARY":
                return f" COLLATE {info[4]}"
    return ""


# -- peers ---------------------------------------------------------------------------


def positions(journal: Journal) -> dict[str, PeerPosition]:
    rows = journal.rows(
        "SELECT device, name, segment, frames, chain, clock, seen_at, refused FROM sync_peers", ()
    )
    return {
        str(r["device"]): PeerPosition(
            str(r["device"]),
            str(r["name"]),
            int(r["segment"]),
            int(r["frames"]),
            str(r["chain"]),
            str(r["clock"]),
            str(r["seen_at"]),
            str(r["refused"]),
        )
        for r in rows
    }


def save_position(journal: Journal, position: PeerPosition) -> None:
    journal.run(
        "INSERT INTO sync_peers (device, name, segment, frames, chain, clock, seen_at, refused) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device) DO UPDATE SET "
        "name = excluded.name, segment = excluded.segment, frames = excluded.frames, "
        "chain = excluded.chain, clock = excluded.clock, seen_at = excluded.seen_at, "
        "refused = excluded.refused",
        (
            position.device,
            position.name,
            position.segment,
            position.frames,
            position.chain,
            position.clock,
            position.seen_at,
            position.refused,
        ),
    )
