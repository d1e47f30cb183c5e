"""Change capture: every write to every record table is captured in the journal,
in the transaction that makes it, with its fields, its record and its clock."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal import operations as ops
from journal.storage import Journal
from journal.storage import sync_device as store
from journal.storage.capture import (
    CAPTURED_TABLES,
    tables_without_triggers,
    uncaptured_tables,
)
from journal.sync import clock

CEST = timezone(timedelta(hours=2))


def joined(journal: Journal, folder: Path) -> Journal:
    """Captured changes stay in the outbox only while a folder is set."""
    folder.mkdir(exist_ok=True)
    store.set_folder(journal, str(folder), None, "1")
    return journal


def outbox(journal: Journal) -> list[tuple[str, str, str, dict[str, object]]]:
    return [
        (o.change.table, o.change.record_id, o.change.op, dict(o.change.fields))
        for o in store.outbox(journal)
    ]


def test_every_table_of_the_schema_is_captured(journal: Journal) -> None:
    conn = journal._db.conn
    assert uncaptured_tables(conn) == []
    assert tables_without_triggers(conn) == []


def test_a_table_added_without_declaring_it_is_found_uncaptured(journal: Journal) -> None:
    conn = journal._db.conn
    conn.execute("CREATE TABLE day_notes (id TEXT PRIMARY KEY, day TEXT)")
    assert uncaptured_tables(conn) == ["day_notes"]


def test_a_declared_table_gets_its_triggers_at_the_next_migration(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.storage import capture

    conn = journal._db.conn
    conn.execute("CREATE TABLE day_notes (id TEXT PRIMARY KEY, day TEXT, note TEXT)")
    monkeypatch.setitem(capture.CAPTURED_TABLES, "day_notes", "id")
    capture.install_capture(conn)
    assert uncaptured_tables(conn) == [] and tables_without_triggers(conn) == []
    joined(journal, journal.path.parent / "folder")  # type: ignore[union-attr]
    with journal.atomic():
        journal.run("INSERT INTO day_notes VALUES ('n1', '2026-06-01', 'dark room')", ())
    assert outbox(journal) == [
        ("day_notes", "n1", "ins", {"id": "n1", "day": "2026-06-01", "note": "dark room"})
    ]


def test_insert_update_and_delete_are_captured_with_the_fields_set(
    journal: Journal, tmp_path: Path
) -> None:
    joined(journal, tmp_path / "folder")
    attack = ops.start_attack(journal, datetime(2026, 6, 1, 9, 0, tzinfo=CEST), pain=2)
    ops.save_attack(journal, dataclasses.replace(attack, note="after red wine"))
    ops.delete_attack(journal, attack.id)
    captured = outbox(journal)
    assert [(t, i, op) for t, i, op, _ in captured] == [
        ("attacks", attack.id, "ins"),
        ("attacks", attack.id, "put"),
        ("attacks", attack.id, "del"),
    ]
    assert captured[0][3]["pain"] == 2 and captured[0][3]["start"] == "2026-06-01T09:00:00+02:00"
    assert set(captured[1][3]) <= {"note", "updated"} and captured[1][3]["note"] == "after red wine"


def test_changes_get_increasing_clock_readings_of_this_device(
    journal: Journal, tmp_path: Path
) -> None:
    joined(journal, tmp_path / "folder")
    for name in ("Sumatriptan", "Ibuprofen", "Naproxen"):
        ops.save_medication(journal, ops.suggested_medication(name))
    readings = [o.change.clock for o in store.outbox(journal)]
    assert readings == sorted(readings) and len(set(readings)) == 3
    assert {clock.parse(r).device for r in readings} == {store.device(journal).id}


def test_a_cascade_inside_sqlite_is_captured_too(journal: Journal, tmp_path: Path) -> None:
    course = ops.save_treatment(
        journal,
        d.Treatment(
            name="Erenumab", kind=d.TreatmentKind.PROCEDURE, start=datetime(2026, 1, 1).date()
        ),
    )
    session = ops.save_session(
        journal,
        d.TreatmentSession(treatment_id=course.id, when=datetime(2026, 2, 1, 10, tzinfo=CEST)),
    )
    joined(journal, tmp_path / "folder")
    ops.delete_treatment(journal, course.id)
    deleted = {(t, i) for t, i, op, _ in outbox(journal) if op == "del"}
    assert ("treatment_sessions", session.id) in deleted and ("treatments", course.id) in deleted


def test_a_rolled_back_transaction_leaves_no_captured_change(
    journal: Journal, tmp_path: Path
) -> None:
    joined(journal, tmp_path / "folder")
    with pytest.raises(RuntimeError), journal.atomic():
        ops.save_medication(journal, ops.suggested_medication("Sumatriptan"))
        raise RuntimeError("the user's action failed halfway")
    assert outbox(journal) == []
    assert journal.rows("SELECT count(*) AS n FROM sync_records", ())[0]["n"] == 0


def test_settings_are_captured_by_key(journal: Journal, tmp_path: Path) -> None:
    joined(journal, tmp_path / "folder")
    ops.set_cycle_tracking(journal, False)
    assert outbox(journal)[-1][:3] == ("settings", ops.CYCLE_TRACKING, "ins")


def test_without_a_folder_the_outbox_stays_empty_but_clocks_are_kept(journal: Journal) -> None:
    medication = ops.save_medication(journal, ops.suggested_medication("Sumatriptan"))
    assert journal.rows("SELECT count(*) AS n FROM sync_outbox", ())[0]["n"] == 0
    clocks = journal.rows("SELECT born FROM sync_records WHERE record_id = ?", (medication.id,))
    assert clocks and clock.is_reading(clocks[0]["born"])


def test_a_deleted_record_keeps_its_values_as_a_ghost(journal: Journal, tmp_path: Path) -> None:
    joined(journal, tmp_path / "folder")
    medication = ops.save_medication(journal, ops.suggested_medication("Sumatriptan"))
    journal.medications.delete(medication.id)
    row = journal.rows(
        "SELECT ghost, deleted FROM sync_records WHERE record_id = ?", (medication.id,)
    )
    assert json.loads(row[0]["ghost"])["name"] == "Sumatriptan" and row[0]["deleted"]


def test_undo_of_a_deletion_brings_the_record_back_as_a_later_insert(
    journal: Journal, tmp_path: Path
) -> None:
    attack = ops.start_attack(journal, datetime(2026, 6, 1, 9, 0, tzinfo=CEST), pain=2)
    deleted = ops.delete_attack(journal, attack.id)
    ops.undo_delete_attack(journal, deleted)
    row = journal.rows("SELECT born, deleted FROM sync_records WHERE record_id = ?", (attack.id,))
    assert row[0]["born"] > row[0]["deleted"] > ""


@pytest.mark.parametrize("table", sorted(CAPTURED_TABLES))
def test_each_captured_table_has_its_key_column(journal: Journal, table: str) -> None:
    columns = [r[1] for r in journal._db.conn.execute(f'PRAGMA table_info("{table}")')]
    assert CAPTURED_TABLES[table] in columns


def test_capture_triggers_are_quiet_while_a_merge_applies(journal: Journal, tmp_path: Path) -> None:
    joined(journal, tmp_path / "folder")
    with journal.atomic():
        journal.run("INSERT INTO sync_applying (merge) VALUES (1)", ())
        ops.save_medication(journal, ops.suggested_medication("Sumatriptan"))
        journal.run("DELETE FROM sync_applying", ())
    assert outbox(journal) == []


def test_a_write_outside_a_transaction_is_stamped_before_it_is_sent(
    journal: Journal, tmp_path: Path
) -> None:
    joined(journal, tmp_path / "folder")
    journal.run("INSERT INTO settings (key, value) VALUES ('theme', 'dark')", ())
    assert outbox(journal)[0][:3] == ("settings", "theme", "ins")


def test_without_a_folder_a_large_import_does_not_write_its_rows_twice(journal: Journal) -> None:
    with journal.atomic():
        for number in range(50):
            ops.save_medication(journal, ops.suggested_medication(f"Medication {number}"))
        pending = journal.rows("SELECT fields FROM sync_outbox", ())
        assert len(pending) == 50 and {row["fields"] for row in pending} == {"{}"}
