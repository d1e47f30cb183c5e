"""This computer's side of syncing, as the journal keeps it: its identity, the
folder it syncs through, its outbox of changes not yet in its log, the states of
all records for a snapshot, and the "changed on both computers" list.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journal.storage.capture import (
    CAPTURED_TABLES,
    columns_of,
    new_device_id,
    stamp_pending,
)
from journal.sync import clock

if TYPE_CHECKING:
    from journal.storage.journal import Journal
    from journal.sync.rules import Change, Op


@dataclass(frozen=True)
class Device:
    """This computer as the journal knows it."""

    id: str
    name: str
    clock: str
    folder: str
    folder_key: bytes | None
    joined: str
    logged_seq: int
    """The last outbox change this computer wrote to its log."""


def device(journal: Journal) -> Device:
    row = journal.rows(
        "SELECT id, name, clock, folder, folder_key, joined, logged_seq FROM sync_device", ()
    )[0]
    key = str(row["folder_key"])
    return Device(
        str(row["id"]),
        str(row["name"]),
        str(row["clock"]),
        str(row["folder"]),
        bytes.fromhex(key) if key else None,
        str(row["joined"]),
        int(row["logged_seq"]),
    )


def folder_of_open(journal: Journal) -> str:
    """The sync folder, or "" when there is none or the journal was closed meanwhile
    (a window's timer may fire while the window is being closed)."""
    try:
        return device(journal).folder
    except sqlite3.ProgrammingError:
        return ""


def rename_device(journal: Journal, name: str) -> None:
    with journal.atomic():
        journal.run("UPDATE sync_device SET name = ?", (name,))


def set_folder(journal: Journal, folder: str, folder_key: bytes | None, joined: str) -> None:
    """Join (or, with an empty folder, leave) a sync folder. Joining gives every
    record without clocks (written before syncing existed) its insert reading."""
    with journal.atomic():
        stamp_pending(journal)
        journal.run(
            "UPDATE sync_device SET folder = ?, folder_key = ?, joined = ?",
            (folder, folder_key.hex() if folder_key else "", joined),
        )
        if folder:
            _adopt_untracked(journal)
        else:
            journal.run("DELETE FROM sync_outbox", ())


def _adopt_untracked(journal: Journal) -> None:
    me = device(journal)
    last = me.clock
    for table, key_column in CAPTURED_TABLES.items():
        _, rows = journal.tuples(
            f'SELECT "{key_column}" FROM "{table}" WHERE "{key_column}" NOT IN '
            "(SELECT record_id FROM sync_records WHERE tbl = ?)",
            (table,),
        )
        stamped = []
        for (record_id,) in rows:
            last = clock.tick(last, me.id)
            stamped.append((table, str(record_id), last))
        journal.run_many(
            "INSERT INTO sync_records (tbl, record_id, born) VALUES (?, ?, ?)", stamped
        )
    journal.run("UPDATE sync_device SET clock = ?", (last,))


def take_new_identity(journal: Journal) -> str:
    """A new device id, for a journal found older than its own log (restored from a
    backup, or copied): it must not write into the log it forked from."""
    new_id = new_device_id()
    with journal.atomic():
        journal.run("UPDATE sync_device SET id = ?, logged_seq = 0", (new_id,))
    return new_id


def observe_clock(journal: Journal, reading: str) -> None:
    journal.run("UPDATE sync_device SET clock = ? WHERE clock < ?", (reading, reading))


# -- the outbox ----------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    seq: int
    change: Change


def outbox(journal: Journal) -> list[Outgoing]:
    """Changes captured and stamped but not yet in this computer's log, in order."""
    from journal.sync.rules import OPS, Change  # the merge rule loads once syncing

    with journal.atomic():
        stamp_pending(journal)
    rows = journal.rows(
        "SELECT seq, tbl, record_id, op, fields, changed, hlc, base FROM sync_outbox "
        "WHERE hlc IS NOT NULL ORDER BY seq",
        (),
    )
    found = []
    for row in rows:
        fields: dict[str, Any] = json.loads(row["fields"])
        if row["op"] == "put":
            names = [name for name in str(row["changed"]).split(",") if name]
            fields = {name: fields.get(name) for name in names}
        op = str(row["op"])
        assert op in OPS
        found.append(
            Outgoing(
                int(row["seq"]),
                Change(
                    str(row["tbl"]),
                    str(row["record_id"]),
                    _op(op),
                    str(row["hlc"]),
                    fields,
                    json.loads(row["base"] or "{}"),
                ),
            )
        )
    return found


def _op(text: str) -> Op:
    if text == "ins":
        return "ins"
    if text == "put":
        return "put"
    return "del"


def drop_outbox(journal: Journal, through_seq: int) -> None:
    """Forget outbox changes now safely in the log (through `through_seq`)."""
    with journal.atomic():
        journal.run("DELETE FROM sync_outbox WHERE seq <= ? AND hlc IS NOT NULL", (through_seq,))
        journal.run(
            "UPDATE sync_device SET logged_seq = ? WHERE logged_seq < ?", (through_seq, through_seq)
        )


def highest_seq(journal: Journal) -> int:
    """The highest outbox number this journal ever gave (kept after deletions)."""
    rows = journal.rows("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'", ())
    return int(rows[0]["seq"]) if rows else 0


# -- snapshots -------------------------------------------------------------------------

SnapshotRecord = list[Any]
"""[table, record_id, born, deleted, clocks, values]"""


def snapshot_records(journal: Journal) -> Iterator[SnapshotRecord]:
    """Every record's state: live rows with their clocks, and the tombstones and
    ghosts of records that are not in a table."""
    with journal.atomic():
        stamp_pending(journal)
    conn = journal._db.conn
    for table, key_column in CAPTURED_TABLES.items():
        names = columns_of(conn, table)
        clocks = {
            str(r[0]): (str(r[1]), str(r[2]), str(r[3]))
            for r in conn.execute(
                "SELECT record_id, born, deleted, clocks FROM sync_records WHERE tbl = ?", (table,)
            )
        }
        columns = ", ".join(f'"{n}"' for n in names)
        live = set()
        for row in conn.execute(f'SELECT {columns} FROM "{table}"'):
            values = dict(zip(names, row, strict=True))
            record_id = str(values[key_column])
            live.add(record_id)
            born, deleted, record_clocks = clocks.get(record_id, ("", "", "{}"))
            yield [table, record_id, born, deleted, json.loads(record_clocks), values]
        for record_id, born, deleted, record_clocks, ghost in conn.execute(
            "SELECT record_id, born, deleted, clocks, ghost FROM sync_records WHERE tbl = ?",
            (table,),
        ):
            if str(record_id) not in live:
                values = json.loads(ghost) if ghost else {}
                yield [table, str(record_id), born, deleted, json.loads(record_clocks), values]


# -- "changed on both computers" ---------------------------------------------------------


@dataclass(frozen=True)
class LostValue:
    """A value that lost to a concurrent change on another computer."""

    id: int
    table: str
    record_id: str
    field: str
    """The field, or "" when an edit lost to a deletion (lost holds the fields)."""
    lost: Any
    lost_clock: str
    kept: Any
    kept_clock: str
    noticed_millis: int
    status: str


def lost_values(journal: Journal, *, open_only: bool = True) -> list[LostValue]:
    condition = "status = 'open'" if open_only else "1"
    rows = journal.rows(
        "SELECT id, tbl, record_id, field, lost, lost_clock, kept, kept_clock, noticed, status "
        f"FROM sync_conflicts WHERE {condition} ORDER BY id",
        (),
    )
    return [
        LostValue(
            int(r["id"]),
            str(r["tbl"]),
            str(r["record_id"]),
            str(r["field"]),
            json.loads(r["lost"]),
            str(r["lost_clock"]),
            json.loads(r["kept"]),
            str(r["kept_clock"]),
            int(r["noticed"] or 0),
            str(r["status"]),
        )
        for r in rows
    ]


def record_values(journal: Journal, table: str, record_id: str) -> dict[str, Any]:
    """A record's stored values (or, once deleted, what it held), for saying which
    entry a lost value belongs to; {} when nothing is known."""
    key_column = CAPTURED_TABLES.get(table)
    if key_column is None:
        return {}
    found = journal.rows(f'SELECT * FROM "{table}" WHERE "{key_column}" = ?', (record_id,))
    if found:
        return dict(found[0])
    ghost = journal.rows(
        "SELECT ghost FROM sync_records WHERE tbl = ? AND record_id = ?", (table, record_id)
    )
    return dict(json.loads(ghost[0]["ghost"])) if ghost and ghost[0]["ghost"] else {}


def set_lost_status(journal: Journal, lost_id: int, status: str) -> None:
    journal.run("UPDATE sync_conflicts SET status = ? WHERE id = ?", (status, lost_id))


def take_back(journal: Journal, lost: LostValue) -> None:
    """Put a lost value back as a new change of this computer (it then wins on every
    computer, since its clock is the latest), in one transaction."""
    key_column = CAPTURED_TABLES[lost.table]
    with journal.atomic():
        if lost.field:
            journal.run(
                f'UPDATE "{lost.table}" SET "{lost.field}" = ? WHERE "{key_column}" = ?',
                (lost.lost, lost.record_id),
            )
        else:
            ghost = journal.rows(
                "SELECT ghost FROM sync_records WHERE tbl = ? AND record_id = ?",
                (lost.table, lost.record_id),
            )
            values = dict(json.loads(ghost[0]["ghost"] or "{}")) if ghost else {}
            values.update(lost.lost)
            values[key_column] = lost.record_id
            names = [n for n in columns_of(journal._db.conn, lost.table) if n in values]
            columns = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" for _ in names)
            journal.run(
                f'INSERT INTO "{lost.table}" ({columns}) VALUES ({marks}) ON CONFLICT DO NOTHING',
                [values[n] for n in names],
            )
        set_lost_status(journal, lost.id, "taken back")
