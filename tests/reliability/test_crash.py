"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it
acknowledged and leaves nothing half saved; the same for backups and upgrades."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from journal.storage import Journal
from journal.storage.backup import integrity_problem, list_backups, newest_good_backup
from journal.storage.schema import migrations

KILLS = 220
SOAK_KILLS = 2000
BACKUP_KILLS = 30
MIGRATION_KILLS = 30
FOUNDATION_TABLES = {"medications", "attacks", "doses"}


@dataclass
class Acknowledged:
    """What the killed writers said they saved: attack id -> (dose id, symptoms)."""

    attacks: dict[str, tuple[str | None, list[str]]] = field(default_factory=dict)

    def add(self, lines: list[str]) -> None:
        for line in lines:
            assert not line.startswith("error"), line
            if line.startswith("ack attack "):
                _, _, attack, _, dose, _, symptoms = line.split()
                self.attacks[attack] = (None if dose == "-" else dose, symptoms.split(","))


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def verify_after_kill(path: Path, acknowledged: Acknowledged, figures: Counter[str]) -> None:
    """Open as the app would after a crash, then compare the file with the acks."""
    Journal.open(path).close()  # the check at open passes, recovery is verified
    assert integrity_problem(path) is None
    connection = _read_only(path)
    try:
        attacks = {
            row[0]: (row[1], json.loads(row[2]))
            for row in connection.execute("SELECT id, note, symptoms FROM attacks")
        }
        doses = dict(connection.execute("SELECT id, attack_id FROM doses").fetchall())
    finally:
        connection.close()
    lost = partial = 0
    for attack_id, (dose_id, _) in acknowledged.attacks.items():
        if attack_id not in attacks or (dose_id is not None and dose_id not in doses):
            lost += 1
    for attack_id, (note, symptoms) in attacks.items():
        wanted = note.split()[0].removeprefix("dose=")
        acked = acknowledged.attacks.get(attack_id)
        if wanted != "-" and doses.get(wanted) != attack_id:
            partial += 1  # an attack written with a dose, but without it
        elif acked is not None and symptoms != acked[1]:
            partial += 1  # an attack without the symptoms it was written with
    partial += sum(1 for attack_id in doses.values() if attack_id not in attacks)
    figures["lost"] += lost
    figures["partial"] += partial
    assert (lost, partial) == (0, 0)


def run_writer_kills(zygote: Any, path: Path, kills: int, figures: Counter[str]) -> int:
    rng = random.Random(20261124)
    acknowledged = Acknowledged()
    for number in range(kills):
        # Every other kill lands a random moment after the writer's first save, so
        # the kills hit writes however slow a loaded machine makes the start; the
        # others a random moment after its start (opening, recovery, first save).
        after = "ack" if number % 2 else ""
        lines = zygote.round(f"write {path} {number}", rng.uniform(0.0, 0.06), wait_for=after)
        acknowledged.add(lines)
        figures["kills"] += 1
        figures["kills_writing"] += 1
        verify_after_kill(path, acknowledged, figures)
    figures["acknowledged"] += len(acknowledged.attacks)
    return len(acknowledged.attacks)


def test_a_writer_killed_at_random_moments_loses_no_acknowledged_entry_and_leaves_none_half_saved(
    zygote: Any, tmp_path: Path, figures: Counter[str]
) -> None:
    acknowledged = run_writer_kills(zygote, tmp_path / "journal.sqlite3", KILLS, figures)
    assert acknowledged >= KILLS // 2  # the kills landed while entries were being written


@pytest.mark.soak
def test_two_thousand_kills_lose_nothing_acknowledged(
    zygote: Any, tmp_path: Path, figures: Counter[str]
) -> None:
    acknowledged = run_writer_kills(zygote, tmp_path / "journal.sqlite3", SOAK_KILLS, figures)
    assert acknowledged >= SOAK_KILLS // 2


def test_a_backup_killed_midway_leaves_only_verified_backups_and_the_journal_intact(
    zygote: Any, tmp_path: Path, figures: Counter[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    zygote.round(f"write {path} 1 30", 0.0, wait_for="done")  # some entries to back up
    Journal.open(path).close()
    with Journal.open(path) as journal:
        before = sorted(journal.attacks.ids())
    rng = random.Random(7)
    made = 0
    for number in range(BACKUP_KILLS):
        after = "" if number else "ack backup"  # one kill after a whole backup, however slow
        lines = zygote.round(f"backup {path}", rng.uniform(0.0, 0.05), wait_for=after)
        made += sum(1 for line in lines if line.startswith("ack backup"))
        assert not [line for line in lines if line.startswith("error")]
        figures["kills"] += 1
        figures["kills_backup"] += 1
        for backup in list_backups(path):  # under its final name, a backup is complete
            assert integrity_problem(backup.path) is None, backup.path
        with Journal.open(path) as journal:
            assert sorted(journal.attacks.ids()) == before
    assert made > 0
    newest = newest_good_backup(path)
    assert newest is not None
    with Journal.open(newest.path) as copy:
        assert sorted(copy.attacks.ids()) == before


def time_an_upgrade(zygote: Any, foundation_journal: Path, calibration: Path) -> float:
    """How long a worker takes, now, from its start to a finished upgrade."""
    calibration.write_bytes(foundation_journal.read_bytes())
    started = time.perf_counter()
    zygote.round(f"migrate {calibration}", 0.0, wait_for="ack migrated")
    return time.perf_counter() - started


def test_an_upgrade_killed_midway_leaves_one_whole_schema_version_never_a_mix(
    zygote: Any, tmp_path: Path, figures: Counter[str], foundation_journal: Path
) -> None:
    rng = random.Random(11)
    connection = _read_only(foundation_journal)
    entries = connection.execute("SELECT count(*) FROM attacks").fetchone()[0]
    connection.close()
    # Kill moments spread evenly over 1.5 times an upgrade's length (shuffled), and
    # that length measured again every few kills: a loaded machine's upgrade can
    # take three times as long from one second to the next.
    spread = [1.5 * (k + rng.random()) / MIGRATION_KILLS for k in range(MIGRATION_KILLS)]
    rng.shuffle(spread)
    upgrade_takes = 0.0
    outcomes: Counter[str] = Counter()
    for number, fraction in enumerate(spread):
        if number % 5 == 0:
            upgrade_takes = time_an_upgrade(zygote, foundation_journal, tmp_path / f"c{number}")
        path = tmp_path / f"journal-{number}.sqlite3"
        path.write_bytes(foundation_journal.read_bytes())
        zygote.round(f"migrate {path}", fraction * upgrade_takes, wait_for="ready")
        figures["kills"] += 1
        figures["kills_migration"] += 1
        connection = sqlite3.connect(path)  # rolls back a hot journal, as any opener would
        connection.execute("PRAGMA query_only = 1")
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            applied = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                    (migrations.name,),
                )
            ]
            assert connection.execute("SELECT count(*) FROM attacks").fetchone()[0] == entries
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
        # Each migration is whole (its own transaction with its record): the file is
        # at one known version, the old, the new or one between, never a mix.
        assert applied == Journal.known_migrations()[: len(applied)]
        if applied == ["0001_foundation"]:
            outcomes["old"] += 1
            assert tables - {"_sqlite_migrations"} == FOUNDATION_TABLES
        else:
            outcomes["new" if applied == Journal.known_migrations() else "between"] += 1
            assert "settings" in tables and "factors" in tables
        with Journal.open(path) as journal:  # either way the app opens and finishes it
            assert journal.applied_migrations() == Journal.known_migrations()
            assert journal.attacks.count() == entries
    assert outcomes["old"] and outcomes["new"], outcomes
