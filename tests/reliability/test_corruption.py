"""Damaged journals: every damaged copy is detected at open, kept aside (never
deleted or written into), and the newest good backup is offered with its age."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal import operations as ops
from journal.cli import main
from journal.errors import JournalCorrupt
from journal.storage import Journal
from journal.storage.backup import list_backups, make_backup
from journal.storage.errors import JournalDamaged
from journal.storage.health import check, restore

PAGE = 4096


def write_entries(journal: Journal, count: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    medication = ops.save_medication(journal, ops.suggested_medication("Ibuprofen"))
    for number in range(count):
        start = d.local_now() - timedelta(days=number + 1, hours=rng.randint(0, 20))
        ops.record_attack_with_dose(
            journal,
            d.Attack(start=start, pain=2, symptoms=("nausea",), note="ß" * rng.randint(0, 300)),
            d.Dose(medication.id, start + timedelta(minutes=30), "400 mg", pain_at_dose=2),
        )


@pytest.fixture(scope="module")
def good_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed journal with 150 attacks and doses, compacted so that every page is
    in use, and one backup beside it."""
    folder = tmp_path_factory.mktemp("good")
    path = folder / "journal.sqlite3"
    with Journal.open(path, lock=True) as journal:
        write_entries(journal, 150)
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()
    make_backup(path)
    return path


def copy_of(good: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(good, folder / good.name)
    shutil.copytree(good.parent / "backups", folder / "backups")
    return folder / good.name


def assert_detected_and_kept(path: Path, figures: Counter[str]) -> JournalDamaged:
    """Open must refuse the damaged copy, move it aside byte for byte, and offer
    the newest good backup with its age."""
    figures["corrupt_made"] += 1
    damaged_bytes = path.read_bytes()
    with pytest.raises(JournalDamaged) as raised:
        Journal.open(path)
    error = raised.value
    assert error.moved_to is not None and error.moved_to.read_bytes() == damaged_bytes
    assert not path.exists()  # nothing was written in its place
    assert error.backup is not None and error.backup.path == list_backups(path)[0].path
    assert error.age and f"{error.age} old" in str(error) and "\n" not in str(error)
    figures["corrupt_detected"] += 1
    return error


def damage_page(number: int) -> Callable[[bytearray], None]:
    def damage(content: bytearray) -> None:
        rng = random.Random(number)
        content[number * PAGE : (number + 1) * PAGE] = rng.randbytes(PAGE)

    return damage


def test_random_bytes_over_any_page_are_detected_at_open(
    good_journal: Path, tmp_path: Path, figures: Counter[str]
) -> None:
    pages = good_journal.stat().st_size // PAGE
    assert pages > 20
    for number in range(pages):
        path = copy_of(good_journal, tmp_path / f"page-{number}")
        content = bytearray(path.read_bytes())
        damage_page(number)(content)
        path.write_bytes(bytes(content))
        assert_detected_and_kept(path, figures)


@pytest.mark.parametrize(
    "keep", [0, 50, PAGE - 1, PAGE, 5 * PAGE + 123, "half", "one page less"], ids=str
)
def test_a_truncated_journal_is_detected_at_open(
    good_journal: Path, tmp_path: Path, figures: Counter[str], keep: Any
) -> None:
    path = copy_of(good_journal, tmp_path / "copy")
    size = path.stat().st_size
    length = {"half": size // 2, "one page less": size - PAGE}.get(keep, keep)
    with path.open("r+b") as stream:
        stream.truncate(length)
    assert_detected_and_kept(path, figures)


def test_a_zeroed_header_is_detected_at_open(
    good_journal: Path, tmp_path: Path, figures: Counter[str]
) -> None:
    path = copy_of(good_journal, tmp_path / "copy")
    with path.open("r+b") as stream:
        stream.write(bytes(100))
    assert_detected_and_kept(path, figures)


def test_two_swapped_pages_are_detected_at_open(
    good_journal: Path, tmp_path: Path, figures: Counter[str]
) -> None:
    path = copy_of(good_journal, tmp_path / "copy")
    content = bytearray(path.read_bytes())
    first, second = content[2 * PAGE : 3 * PAGE], content[7 * PAGE : 8 * PAGE]
    content[2 * PAGE : 3 * PAGE], content[7 * PAGE : 8 * PAGE] = second, first
    path.write_bytes(bytes(content))
    assert_detected_and_kept(path, figures)


def crashed_writer(zygote: Any, path: Path, seed: int, entries: int = 20) -> list[str]:
    """Leave `path` as a writer killed mid-session leaves it: its last `entries`
    only in its -wal (killed once it has saved them, never after a guessed time: a
    loaded machine may not have saved any yet, or may have folded the -wal in)."""
    lines = zygote.round(f"write {path} {seed} {entries}", 0.0, wait_for="done")
    assert (path.with_name(path.name + "-wal")).stat().st_size > PAGE
    return lines


@pytest.mark.parametrize("also_shm", [False, True], ids=["wal", "wal and shm"])
def test_a_missing_wal_after_a_crash_is_detected_at_open(
    zygote: Any, tmp_path: Path, figures: Counter[str], also_shm: bool
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        write_entries(journal, 5)
    make_backup(path)
    crashed_writer(zygote, path, 1)
    path.with_name(path.name + "-wal").unlink()
    if also_shm:
        path.with_name(path.name + "-shm").unlink()
    assert_detected_and_kept(path, figures)


@pytest.mark.parametrize("also_shm", [False, True], ids=["wal", "wal and shm"])
def test_a_missing_wal_is_detected_even_after_part_of_it_was_folded_into_the_file(
    zygote: Any, tmp_path: Path, figures: Counter[str], also_shm: bool
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        write_entries(journal, 5)
    make_backup(path)
    before = path.read_bytes()
    zygote.round(f"fold {path} 5 20", 0.0, wait_for="done")  # killed after a checkpoint
    assert path.read_bytes() != before  # the first 10 entries reached the file
    path.with_name(path.name + "-wal").unlink()  # the last 10 were only in the -wal
    if also_shm:
        path.with_name(path.name + "-shm").unlink()
    assert_detected_and_kept(path, figures)


@pytest.mark.parametrize("own_session", ["closed", "crashed"])
def test_the_wal_of_another_journal_is_detected_at_open(
    zygote: Any, tmp_path: Path, figures: Counter[str], own_session: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        write_entries(journal, 20)
    make_backup(path)
    if own_session == "crashed":
        crashed_writer(zygote, path, 2)
    other = tmp_path / "other" / "journal.sqlite3"
    other.parent.mkdir()
    crashed_writer(zygote, other, 3)
    shutil.copyfile(other.with_name("journal.sqlite3-wal"), path.with_name(path.name + "-wal"))
    shm = path.with_name(path.name + "-shm")
    shm.unlink(missing_ok=True)
    assert_detected_and_kept(path, figures)


def test_the_check_command_reports_damage_and_restore_brings_the_backup_back(
    good_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_of(good_journal, tmp_path / "copy")
    with Journal.open(path) as journal:
        expected = sorted(journal.attacks.ids())
    assert main(["check", "--db", str(path)]) == 0
    assert "passed the integrity check" in capsys.readouterr().out
    content = bytearray(path.read_bytes())
    damage_page(9)(content)
    path.write_bytes(bytes(content))
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "can be restored" in err and err.count("\n") == 1
    kept = [p for p in path.parent.glob("journal.sqlite3.damaged-*") if not p.name.endswith("-wal")]
    kept = [p for p in kept if not p.name.endswith("-shm")]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(content)
    assert main(["restore", "--db", str(path)]) == 0
    assert "Restored the journal from" in capsys.readouterr().out
    with Journal.open(path) as journal:
        assert sorted(journal.attacks.ids()) == expected


def test_restore_keeps_the_current_file_aside_first(good_journal: Path, tmp_path: Path) -> None:
    path = copy_of(good_journal, tmp_path / "copy")
    with Journal.open(path) as journal:
        ops.save_attack(journal, d.Attack(start=d.local_now() - timedelta(hours=1), pain=1))
    current = path.read_bytes()
    result = restore(path, list_backups(path)[0].path)
    assert result.kept is not None and result.kept.read_bytes() == current
    assert "kept as" in result.sentence()
    with Journal.open(path) as journal:
        assert journal.attacks.count() == 150


def test_a_damaged_backup_is_never_offered_or_restored(good_journal: Path, tmp_path: Path) -> None:
    path = copy_of(good_journal, tmp_path / "copy")
    (good,) = list_backups(path)
    newer = good.path.with_name("journal-29991231-235959.sqlite3")
    newer.write_bytes(b"not a database at all" * 300)
    assert list_backups(path)[0].path == newer
    assert check(path).backup == good
    with pytest.raises(JournalCorrupt, match="damaged too"):
        restore(path, newer)


def test_a_foreign_database_is_refused_but_not_moved_aside(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(JournalCorrupt, match="not a Migraine Journal") as raised:
        Journal.open(other)
    assert not isinstance(raised.value, JournalDamaged)
    assert other.exists()


def test_a_crashed_journal_tidied_by_another_sqlite_program_is_not_called_damaged(
    zygote: Any, tmp_path: Path
) -> None:
    path = tmp_path / "journal.sqlite3"
    crashed_writer(zygote, path, 4)
    connection = sqlite3.connect(path)  # e.g. a database browser: it checkpoints on close
    expected = connection.execute("SELECT count(*) FROM attacks").fetchone()[0]
    connection.close()
    assert not path.with_name(path.name + "-wal").exists()
    with Journal.open(path) as journal:
        assert journal.attacks.count() == expected > 0


def test_the_german_check_command_dates_the_backup_it_offers_in_german(
    good_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--lang de check` on a damaged journal: the backup's time as German writes a
    moment ("24.11.2026, 10:15"), not ISO."""
    from journal import i18n

    path = copy_of(good_journal, tmp_path / "copy")
    content = bytearray(path.read_bytes())
    damage_page(9)(content)
    path.write_bytes(bytes(content))
    taken = list_backups(path)[0].taken
    assert main(["--lang", "de", "check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    with i18n.using_language("de"):
        assert i18n.moment_text(taken) in err
    assert f"{taken:%Y-%m-%d}" not in err
