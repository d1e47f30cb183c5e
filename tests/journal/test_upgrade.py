"""A journal written by the foundation release (schema 0001 only) opens with today's
code, is upgraded to the current schema, and keeps every record exactly."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal import operations as ops
from journal.analysis.attack_days import days_touched
from journal.codec import to_plain
from journal.errors import JournalError
from journal.storage import Journal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "foundation-0.1.sqlite3"
JSON_COLUMNS = {
    "symptoms",
    "aura",
    "locations",
    "activities",
    "suspected_triggers",
    "side_effects",
    "provenance",
}
BOOL_COLUMNS = {"retired", "unilateral", "pulsating", "worse_with_activity"}


def foundation_rows(path: Path, table: str) -> list[dict[str, Any]]:
    """The table's rows as the foundation release stored them, read with plain sqlite3."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        connection.close()
    for row in rows:
        for name in JSON_COLUMNS & set(row):
            row[name] = json.loads(row[name])
        for name in BOOL_COLUMNS & set(row):
            row[name] = bool(row[name])
    return rows


@pytest.fixture
def upgraded_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_foundation_journal_with_records_of_each_kind() -> None:
    connection = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in connection.execute("SELECT name FROM _sqlite_migrations")]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert applied == ["0001_foundation"]
    assert "factors" not in tables and "settings" not in tables
    assert [len(foundation_rows(FIXTURE, t)) for t in ("medications", "attacks", "doses")] == [
        4,
        4,
        5,
    ]


def test_opening_a_foundation_journal_upgrades_it_to_the_current_schema(
    upgraded_copy: Path,
) -> None:
    with Journal.open(upgraded_copy, create=False) as journal:
        assert journal.applied_migrations() == Journal.known_migrations()
        assert journal.factors.count() == 0 and journal.setting("cycle_tracking") == ""


ADDED_SINCE: dict[str, dict[str, object]] = {
    "attacks": {"end_unknown": False, "source": "", "provenance": []},
    "doses": {"route": "", "helpfulness": None, "source": "", "provenance": []},
}
"""Fields later migrations added, with the value they give every existing record."""


@pytest.mark.parametrize("table", ["medications", "attacks", "doses"])
def test_the_upgrade_keeps_every_record_exactly(upgraded_copy: Path, table: str) -> None:
    before = foundation_rows(upgraded_copy, table)
    added = ADDED_SINCE.get(table, {})
    with Journal.open(upgraded_copy, create=False) as journal:
        after = sorted(
            (to_plain(record) for record in getattr(journal, table).all()),
            key=lambda plain: plain["id"],
        )
    assert after == [{**row, **added} for row in before]
    assert foundation_rows(upgraded_copy, table) == [{**row, **added} for row in before]


def test_the_upgraded_records_read_back_as_the_domain_objects_they_were(
    upgraded_copy: Path,
) -> None:
    with Journal.open(upgraded_copy, create=False) as journal:
        overnight = journal.attacks.get("7d1e2f30-5c4b-4a69-8e7d-00000000a001")
        open_attack = journal.attacks.open_attacks()
        retired = [m.name for m in journal.medications.all() if m.retired]
        rescue = journal.doses.get("c3a8b7d2-9e61-4f05-b2a4-00000000d002")
    cet = timezone(timedelta(hours=1))
    assert overnight.start == datetime(2026, 1, 9, 22, 30, tzinfo=cet)
    assert days_touched(overnight, overnight.start.date()) == [date(2026, 1, 9), date(2026, 1, 10)]
    assert overnight.aura == (
        d.AuraSymptom(d.AuraType.VISUAL, 25),
        d.AuraSymptom(d.AuraType.SENSORY, None),
    )
    assert overnight.note == "Zürich trip, über-tired 😴"
    assert overnight.pain_features == 4
    assert [a.type for a in open_attack] == [d.AttackType.NOT_SURE]
    assert retired == ["Cafergot"]
    assert (rescue.pain_at_dose, rescue.pain_2h, rescue.note) == (2, 0, "rescue")


def test_an_upgraded_journal_takes_the_new_records_and_opens_again_unchanged(
    upgraded_copy: Path,
) -> None:
    with Journal.open(upgraded_copy, create=False) as journal:
        factors = ops.ensure_default_factors(journal)
        ops.check_in(journal, date(2026, 4, 1), {factors[0].id: 2}, today=date(2026, 4, 1))
        ops.start_period(journal, date(2026, 4, 1), today=date(2026, 4, 1))
    with Journal.open(upgraded_copy, create=False) as journal:
        assert journal.factors.count() == 10
        assert journal.day_entries.on(date(2026, 4, 1)) is not None
        assert journal.attacks.count() == 4 and journal.doses.count() == 5


def test_pain_may_be_unrecorded_after_the_upgrade_and_dose_links_survive_the_rebuild(
    upgraded_copy: Path,
) -> None:
    """Migration 0003 rebuilds the attacks table so pain may be NULL; with foreign
    keys on, dropping the old table would have cut every dose from its attack."""
    linked = [row["attack_id"] for row in foundation_rows(upgraded_copy, "doses")]
    assert any(linked)  # the fixture has doses taken for an attack
    with Journal.open(upgraded_copy, create=False) as journal:
        assert [dose.attack_id for dose in sorted(journal.doses.all(), key=lambda x: x.id)] == (
            [
                row["attack_id"]
                for row in sorted(foundation_rows(upgraded_copy, "doses"), key=lambda r: r["id"])
            ]
        )
        assert journal.pragma("foreign_keys") == 1
        start = datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
        saved = ops.save_attack(journal, d.Attack(start=start, end=start + timedelta(hours=3)))
        assert journal.attacks.get(saved.id).pain is None
        with pytest.raises(JournalError, match="its rules"):  # the CHECK on pain is kept
            journal.run("UPDATE attacks SET pain = 4 WHERE id = ?", (saved.id,))


def test_the_pain_rebuild_finds_its_work_done_when_its_record_was_lost(
    upgraded_copy: Path,
) -> None:
    with Journal.open(upgraded_copy, create=False) as journal:
        ids = sorted(a.id for a in journal.attacks.all())
        journal.run(
            "DELETE FROM _sqlite_migrations WHERE name = ?", ("0003_pain_may_be_unrecorded",)
        )
    with Journal.open(upgraded_copy, create=False) as journal:  # runs 0003 again
        # (now recorded after the later migrations: the same set, another order)
        assert sorted(journal.applied_migrations()) == sorted(Journal.known_migrations())
        assert sorted(a.id for a in journal.attacks.all()) == ids


def test_a_journal_with_entries_upgraded_to_the_revised_rules_is_told_once(
    upgraded_copy: Path,
) -> None:
    """Its user has seen figures counted by the earlier rules: Insights says once what
    changed (a new journal has nothing to compare and is told nothing)."""
    from journal import operations

    with Journal.open(upgraded_copy, create=False) as journal:
        assert operations.counting_rules_notice_due(journal)
    with Journal.open(upgraded_copy.with_name("new.sqlite3"), create=True) as journal:
        assert not operations.counting_rules_notice_due(journal)
