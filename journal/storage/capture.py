"""Record-level change capture: every write to a record table, in its transaction.

SQLite triggers on every captured table write each insert, update and deletion to
the outbox (sync_outbox), inside the statement that makes it: a write made by any
code path (an operation, an import, a cascade of a deletion, a migration's data
fix) is captured, and a transaction that rolls back takes its captured changes
with it. At the end of each transaction the new changes get their clock readings
and the records their clocks (`stamp_pending`), so the journal always knows which
write of each field is the latest. While a merge applies other computers' changes
(journal.storage.sync_state), the triggers are quiet: those are not this
computer's changes.

A table is captured by declaring it in CAPTURED_TABLES; the triggers are rebuilt
from the tables' columns after every schema migration, and a test fails when a
table of the schema is neither captured nor listed as internal.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from journal.sync import clock

if TYPE_CHECKING:
    from journal.storage.journal import Journal
    from journal.sync.rules import Change, RecordState

CAPTURED_TABLES: dict[str, str] = {
    "medications": "id",
    "attacks": "id",
    "doses": "id",
    "factors": "id",
    "day_entries": "id",
    "bleeding_days": "id",
    "hormonal_phases": "id",
    "treatments": "id",
    "treatment_sessions": "id",
    "side_effects": "id",
    "midas_entries": "id",
    "hit6_entries": "id",
    "visit_notes": "id",
    "day_records": "id",
    "settings": "key",
}
"""Every table whose rows are the user's diary, with the column that names a row.
A table added to the schema is added here (tests/journal/sync/test_capture.py
fails until it is, or until it is listed in INTERNAL_TABLES)."""

INTERNAL_PREFIXES = ("sync_", "sqlite_", "_sqlite_")
"""Tables that are the journal's own bookkeeping, never synced."""

TRIGGER_PREFIX = "capture_"
DEVICE_ID_BYTES = 6


def is_internal(table: str) -> bool:
    return table.startswith(INTERNAL_PREFIXES)


def uncaptured_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables of the schema that hold records but are not captured (must be none)."""
    names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return sorted(
        str(name)
        for (name,) in names
        if not is_internal(str(name)) and str(name) not in CAPTURED_TABLES
    )


def tables_without_triggers(conn: sqlite3.Connection) -> list[str]:
    """Captured tables missing one of their three capture triggers (must be none)."""
    found = {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    return sorted(
        table
        for table in CAPTURED_TABLES
        if not all(f"{TRIGGER_PREFIX}{table}_{w}" in found for w in ("insert", "update", "delete"))
    )


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_json(columns: Sequence[str], row: str, *, always: bool = False) -> str:
    """The row's values as JSON while a sync folder is set; otherwise nothing (only
    the clocks are kept, and a large import does not write the rows twice). A
    deletion's values are always kept (`always`): they are what a later merge
    lists, or brings back, when another computer had edited the record."""
    pairs = ", ".join(f"'{name}', {row}.{_quoted(name)}" for name in columns)
    if always:
        return f"json_object({pairs})"
    joined = "(SELECT folder FROM sync_device) != ''"
    return f"CASE WHEN {joined} THEN json_object({pairs}) ELSE '{{}}' END"


def _trigger_sql(table: str, key: str, columns: Sequence[str]) -> list[str]:
    quiet = "NOT EXISTS (SELECT 1 FROM sync_applying)"
    insert = "INSERT INTO sync_outbox (tbl, record_id, op, fields, changed)"
    differs = " OR ".join(f"OLD.{_quoted(c)} IS NOT NEW.{_quoted(c)}" for c in columns)
    changed = " || ".join(
        f"CASE WHEN OLD.{_quoted(c)} IS NOT NEW.{_quoted(c)} THEN '{c},' ELSE '' END"
        for c in columns
    )
    name = f"{TRIGGER_PREFIX}{table}"
    k = _quoted(key)
    return [
        f"""CREATE TRIGGER {name}_insert AFTER INSERT ON {_quoted(table)} WHEN {quiet}
        BEGIN {insert} VALUES ('{table}', NEW.{k}, 'ins', {_row_json(columns, "NEW")}, ''); END""",
        f"""CREATE TRIGGER {name}_update AFTER UPDATE ON {_quoted(table)}
        WHEN {quiet} AND ({differs})
        BEGIN
            {insert} SELECT '{table}', OLD.{k}, 'del', {_row_json(columns, "OLD", always=True)},
                '' WHERE OLD.{k} IS NOT NEW.{k};
            {insert} SELECT '{table}', NEW.{k}, 'ins', {_row_json(columns, "NEW")}, ''
                WHERE OLD.{k} IS NOT NEW.{k};
            {insert} SELECT '{table}', NEW.{k}, 'put', {_row_json(columns, "NEW")}, {changed}
                WHERE OLD.{k} IS NEW.{k};
        END""",
        f"""CREATE TRIGGER {name}_delete AFTER DELETE ON {_quoted(table)} WHEN {quiet}
        BEGIN {insert} VALUES ('{table}', OLD.{k}, 'del', {_row_json(columns, "OLD", always=True)},
        ''); END""",
    ]


def install_capture(conn: sqlite3.Connection) -> None:
    """(Re)create the capture triggers of every captured table, in one transaction,
    and give a journal without one its device identity."""
    conn.execute("BEGIN")
    try:
        old = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (TRIGGER_PREFIX + "%",),
        ).fetchall()
        for (name,) in old:
            conn.execute(f"DROP TRIGGER {_quoted(str(name))}")
        for table, key in CAPTURED_TABLES.items():
            for sql in _trigger_sql(table, key, columns_of(conn, table)):
                conn.execute(sql)
        if conn.execute("SELECT count(*) FROM sync_device").fetchone()[0] == 0:
            conn.execute(
                "INSERT INTO sync_device (id, name) VALUES (?, ?)",
                (new_device_id(), default_device_name()),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def new_device_id() -> str:
    return os.urandom(DEVICE_ID_BYTES).hex()


def default_device_name() -> str:
    """The computer's own name, as the system knows it (no network involved), or ""
    when it has none: a record holds no sentence, the app words a nameless computer
    ("This computer") in its language where it shows it."""
    import platform  # with sysconfig: only when a journal gets its device identity

    return platform.node().split(".")[0].strip()


# -- stamping -------------------------------------------------------------------


def stamp_pending(journal: Journal) -> int:
    """Give the changes captured since the last stamp their clock readings and
    fold them into their records' clocks; returns how many. Called inside the
    transaction that made them (Journal.atomic), and before every append or merge
    for a write made outside one."""
    rows = journal.rows(
        "SELECT seq, tbl, record_id, op, fields, changed FROM sync_outbox "
        "WHERE hlc IS NULL ORDER BY seq",
        (),
    )
    if not rows:
        return 0  # as at every start: the merge rule (journal.sync.rules) loads once needed
    from journal.sync.rules import RecordState, apply

    device = journal.rows("SELECT id, clock, folder FROM sync_device", ())[0]
    states = load_states(journal, {(str(r["tbl"]), str(r["record_id"])) for r in rows})
    last = str(device["clock"])
    stamped: list[tuple[str, str, int]] = []
    for row in rows:
        last = clock.tick(last, str(device["id"]))
        key = (str(row["tbl"]), str(row["record_id"]))
        state = states.setdefault(key, RecordState())
        change, ghost = _local_change(row, state, last)
        apply(state, change, key=CAPTURED_TABLES.get(key[0], "id"))
        if change.op == "ins":
            _written_whole(state, change)
        state.values = ghost if not state.exists else {}
        stamped.append((last, json.dumps(change.base), int(row["seq"])))
    journal.run_many("UPDATE sync_outbox SET hlc = ?, base = ? WHERE seq = ?", stamped)
    save_states(journal, states)
    journal.run("UPDATE sync_device SET clock = ?", (last,))
    if not device["folder"]:
        journal.run("DELETE FROM sync_outbox WHERE hlc IS NOT NULL", ())  # nowhere to send
    return len(rows)


def _local_change(
    row: dict[str, Any], state: RecordState, reading: str
) -> tuple[Change, dict[str, Any]]:
    """The change a captured row stands for, with what this computer had seen of
    each field it wrote, and the values to keep of the record if it no longer
    exists (a deletion's ghost)."""
    from journal.sync.rules import DELETED_KEY, Change

    fields: dict[str, Any] = json.loads(row["fields"])
    op = str(row["op"])
    table, record_id = str(row["tbl"]), str(row["record_id"])
    if op == "put":
        names = [name for name in str(row["changed"]).split(",") if name]
        fields = {name: fields.get(name) for name in names}
        base = {name: state.knowledge([name]) for name in names}
        return Change(table, record_id, "put", reading, fields, base), {}
    if op == "del":
        seen = {DELETED_KEY: state.knowledge([*fields, *state.clocks])}
        return Change(table, record_id, "del", reading, fields, seen), fields
    known = bool(state.born or state.deleted or state.clocks)
    base = {name: state.knowledge([name]) for name in fields} if known else {}
    return Change(table, record_id, "ins", reading, fields, base), {}


def _written_whole(state: RecordState, change: Change) -> None:
    """A local insert wrote every field of the row at its reading, whether or not
    its values were captured (without a sync folder they are not)."""
    from journal.sync.rules import DELETED_KEY

    for name in [n for n in state.clocks if n != DELETED_KEY]:
        state.clocks[name] = (change.clock, dict(change.base.get(name, {})))
    state.compact()


# -- record states ----------------------------------------------------------------

StateKey = tuple[str, str]
_CHUNK = 400


def load_states(journal: Journal, keys: set[StateKey]) -> dict[StateKey, RecordState]:
    """The stored clocks (and ghost values) of these records."""
    from journal.sync.rules import RecordState

    states: dict[StateKey, RecordState] = {}
    by_table: dict[str, list[str]] = {}
    for table, record_id in keys:
        by_table.setdefault(table, []).append(record_id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            _, rows = journal.tuples(
                "SELECT record_id, born, deleted, clocks, ghost FROM sync_records "
                f"WHERE tbl = ? AND record_id IN ({marks})",
                (table, *chunk),
            )
            for record_id, born, deleted, clocks, ghost in rows:
                states[(table, str(record_id))] = RecordState(
                    str(born),
                    str(deleted),
                    {name: (c[0], dict(c[1])) for name, c in json.loads(clocks).items()},
                    json.loads(ghost) if ghost else {},
                )
    return states


def save_states(
    journal: Journal, states: dict[StateKey, RecordState], present: set[StateKey] | None = None
) -> None:
    """Store records' clocks; the values of a record without a row (`present`
    says which have one; by default those that exist) are kept as its ghost: what
    a deletion removed, what arrived before its insert, or a record held back."""

    def ghost(key: StateKey, state: RecordState) -> str | None:
        absent = not state.exists if present is None else key not in present
        return json.dumps(state.values, separators=(",", ":")) if absent and state.values else None

    journal.run_many(
        "INSERT INTO sync_records (tbl, record_id, born, deleted, clocks, ghost) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, record_id) DO UPDATE SET "
        "born = excluded.born, deleted = excluded.deleted, clocks = excluded.clocks, "
        "ghost = excluded.ghost",
        [
            (
                table,
                record_id,
                state.born,
                state.deleted,
                json.dumps(state.clocks, separators=(",", ":")),
                ghost((table, record_id), state),
            )
            for (table, record_id), state in states.items()
        ],
    )
