"""Backups: verified and renamed into place, rotated 7 daily / 4 weekly / 12 monthly,
made before an upgrade, and only when the journal changed."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import StorageFailure
from journal.storage import Journal
from journal.storage import backup as backups
from journal.storage.backup import Backup, backup_if_changed, backups_to_prune, list_backups

NOW = datetime(2026, 11, 24, 18, 0).astimezone()


def _daily_for(days: int) -> list[Backup]:
    return [Backup(Path(f"b{n}"), NOW - timedelta(days=n), 1) for n in range(days)]


def _kept(all_backups: list[Backup]) -> list[Backup]:
    pruned = backups_to_prune(all_backups)
    return [b for b in all_backups if b not in pruned]


def test_rotation_of_two_years_of_daily_backups_keeps_7_daily_4_weekly_12_monthly() -> None:
    kept = _kept(_daily_for(730))
    ages = sorted((NOW - b.taken).days for b in kept)
    assert ages[:7] == [0, 1, 2, 3, 4, 5, 6]  # the last seven days
    weeks = {b.taken.isocalendar()[:2] for b in kept}
    months = {(b.taken.year, b.taken.month) for b in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert max(ages) < 366  # nothing from beyond the twelve months


def test_rotation_keeps_the_newest_of_an_older_day_among_many_the_same_day() -> None:
    two_days_ago = NOW - timedelta(days=2)
    same_day = [Backup(Path(f"b{n}"), two_days_ago - timedelta(minutes=n), 1) for n in range(50)]
    kept = _kept(same_day)
    assert kept == [same_day[0]]


def test_rotation_keeps_every_backup_of_the_last_day() -> None:
    """A start backup right after an interrupted restore must not take the backup
    that was being restored (issue 12); older ones still thin out."""
    every_20_minutes = [
        Backup(Path(f"b{n}"), NOW - timedelta(minutes=20 * n), 1) for n in range(150)
    ]
    pruned = backups_to_prune(every_20_minutes, now=NOW)
    kept = [b for b in every_20_minutes if b not in pruned]
    last_day = [b for b in every_20_minutes if NOW - b.taken <= timedelta(hours=24)]
    assert len(last_day) == 73 and all(b in kept for b in last_day)
    assert len(kept) < 73 + 3  # beyond the last day, one per day


def test_rotation_of_few_backups_removes_nothing() -> None:
    few = _daily_for(5)
    assert backups_to_prune(few) == []
    assert backups_to_prune([]) == []


def _journal_with_entry(path: Path) -> None:
    with Journal.open(path) as journal:
        ops.save_attack(journal, d.Attack(start=d.local_now() - timedelta(hours=2), pain=2))


def test_a_backup_is_a_verified_copy_listed_with_its_date_and_size(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_with_entry(path)
    made = backups.make_backup(path, now=NOW)
    assert made.path.parent == tmp_path / "backups" and made.path.name.startswith(
        "journal.sqlite3-2026"
    )
    assert list_backups(path) == [made] and made.size == made.path.stat().st_size > 0
    assert backups.integrity_problem(made.path) is None
    assert not list((tmp_path / "backups").glob(".*.tmp"))  # no temporary left behind
    with Journal.open(made.path) as copy:
        assert copy.attacks.count() == 1


def test_an_automatic_backup_is_made_only_when_the_journal_changed(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_with_entry(path)
    assert backup_if_changed(path, now=NOW) is not None
    assert backup_if_changed(path, now=NOW + timedelta(hours=1)) is None
    _journal_with_entry(path)
    assert backup_if_changed(path, now=NOW + timedelta(hours=2)) is not None


def test_rotation_runs_after_each_backup_and_keeps_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_with_entry(path)
    for day in range(40):
        backups.make_backup(path, now=NOW + timedelta(days=day))
    kept = list_backups(path)
    assert kept[0].taken == NOW + timedelta(days=39)
    assert len(kept) <= 7 + 4 + 12


def test_a_backup_that_fails_verification_is_not_kept_and_old_ones_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_with_entry(path)
    first = backups.make_backup(path, now=NOW - timedelta(days=1))
    monkeypatch.setattr(backups, "integrity_problem", lambda *a, **k: "page 3 is wrong")
    with pytest.raises(StorageFailure, match="could not be verified"):
        backups.make_backup(path, now=NOW)
    monkeypatch.undo()
    assert list_backups(path) == [first]
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [first.path.name]


def test_a_backup_is_taken_before_an_upgrade(foundation_journal: Path) -> None:
    assert list_backups(foundation_journal) == []
    with Journal.open(foundation_journal) as journal:
        assert journal.applied_migrations() == Journal.known_migrations()
        attacks = journal.attacks.count()
    (before,) = list_backups(foundation_journal)
    connection = sqlite3.connect(f"file:{before.path}?mode=ro", uri=True)
    try:
        applied = [row[0] for row in connection.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == ["0001_foundation"]  # the journal as it was before the upgrade
        assert connection.execute("SELECT count(*) FROM attacks").fetchone()[0] == attacks
    finally:
        connection.close()


def test_the_backup_command_makes_one_and_restore_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.cli import main

    path = tmp_path / "journal.sqlite3"
    _journal_with_entry(path)
    assert main(["backup", "--db", str(path)]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["restore", "--list", "--db", str(path)]) == 0
    assert str(list_backups(path)[0].path) in capsys.readouterr().out
    assert main(["backup", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "There is no journal" in capsys.readouterr().err


def test_two_backups_in_the_same_second_list_the_later_one_first(tmp_path: Path) -> None:
    journal_file = tmp_path / "journal.sqlite3"
    Journal.open(journal_file).close()
    folder = backups.folder_for(journal_file)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("journal-20261124-101500.sqlite3", "journal-20261124-101500-2.sqlite3"):
        (folder / name).write_bytes(b"")
    names = [b.path.name for b in backups.list_backups(journal_file)]
    assert names == ["journal-20261124-101500-2.sqlite3", "journal-20261124-101500.sqlite3"]
