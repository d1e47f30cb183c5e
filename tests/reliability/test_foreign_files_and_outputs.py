"""Issue 12, items 5 and 6: foreign files, backups per journal, exports and outputs.

A picture or a text file given as the journal is "not a journal" and left as it is;
`restore --from` another program's database or an empty file is refused; two
journals in one folder sharing a stem keep their own backups. CSV cells that a
spreadsheet would run as formulas stay text. /dev/full says the disk is full and
stays a device; /dev/stdout gets the export. A protected journal's export and
report warn that the file is not encrypted. A read-only folder still allows
summary, export and report.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal import domain as d
from journal.cli import main
from journal.crypto import protect
from journal.storage import Journal
from journal.storage.backup import list_backups, make_backup
from tests.reliability.lost_helpers import FAST, PASSPHRASE, add_attacks, notes

ROOT = Path(__file__).resolve().parents[2]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + os.urandom(3000)


@pytest.mark.parametrize(
    "content", [PNG, b"Dear diary,\nno headache today.\n" * 200], ids=["picture", "text"]
)
def test_a_file_that_is_no_journal_is_said_so_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "holiday.sqlite3"
    path.write_bytes(content)
    for verb in (["summary"], ["check"], ["backup"]):
        assert main([*verb, "--db", str(path)]) == 1
        error = capsys.readouterr().err
        assert "not a Migraine Journal" in error and "damaged" not in error, verb
    assert path.read_bytes() == content
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left in (["holiday.sqlite3"], ["holiday.sqlite3", "holiday.sqlite3.lock"])


def foreign_database(path: Path, *, tables: bool = True) -> Path:
    connection = sqlite3.connect(path)
    if tables:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
        connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("kind", ["photos", "empty database", "empty file"])
def test_restore_from_a_foreign_or_empty_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 7, "mine")
    before = notes(path)
    source = tmp_path / "photos.db"
    if kind == "empty file":
        source.write_bytes(b"")
    else:
        foreign_database(source, tables=kind == "photos")
    assert main(["restore", "--db", str(path), "--from", str(source)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "not" in error and "Traceback" not in error
    assert notes(path) == before
    with Journal.open(path, lock=True) as journal:  # the window still starts
        assert journal.attacks.count() == 7


def test_two_journals_sharing_a_stem_keep_their_own_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big, small = tmp_path / "journal.sqlite3", tmp_path / "journal.db"
    add_attacks(big, 59, "big")
    add_attacks(small, 3, "small")
    day = datetime.now().astimezone() - timedelta(days=3)
    make_backup(big, now=day)
    for hours in range(1, 40):
        make_backup(small, now=day + timedelta(hours=hours))  # rotates small's backups only
    assert len(list_backups(big)) == 1
    assert all(notes(b.path) == notes(small) for b in list_backups(small))
    assert main(["restore", "--db", str(big)]) == 0
    capsys.readouterr()
    assert len(notes(big)) == 59


def test_csv_cells_that_a_spreadsheet_would_run_are_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    formulas = ['=HYPERLINK("http://example.org","help")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]
    with Journal.open(path) as journal:
        for number, text in enumerate(formulas):
            start = d.local_now() - timedelta(days=number + 1)
            journal.attacks.save(d.Attack(start=start, pain=1, note=text))
    assert main(["export", "--db", str(path), "--format", "csv", "-o", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "attacks.csv").open(encoding="utf-8-sig", newline="") as stream:
        cells = [row["note"] for row in csv.DictReader(stream)]
    assert sorted(cells) == sorted("'" + text for text in formulas)


def test_special_output_paths_are_handled_honestly(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 2, "out")
    device = Path("/dev/full")
    if not device.exists():
        pytest.fail("this test needs /dev/full (Linux)")
    run = [sys.executable, "-m", "journal.cli", "export", "--db", str(path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = subprocess.run(
        [*run, "-o", str(device)], check=False, capture_output=True, text=True, env=env
    )
    assert full.returncode == 1 and "disk is full" in full.stderr
    assert "Traceback" not in full.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    out = subprocess.run(
        [*run, "-o", "/dev/stdout"], check=False, capture_output=True, text=True, env=env
    )
    assert out.returncode == 0 and '"format": "migraine-journal"' in out.stdout
    assert "OKAPI" in out.stdout and "Exported" in out.stderr


def test_export_and_report_of_a_protected_journal_warn_about_plaintext(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 2, "private")
    protect.enable(path, PASSPHRASE, params=FAST)
    monkeypatch.setenv("MIGRAINE_JOURNAL_PASSPHRASE", PASSPHRASE)
    assert main(["export", "--db", str(path), "-o", str(tmp_path / "e.json")]) == 0
    assert "not encrypted" in capsys.readouterr().err
    assert main(["report", "--db", str(path), "-o", str(tmp_path / "r.pdf")]) == 0
    assert "not encrypted" in capsys.readouterr().err


def test_a_read_only_folder_still_allows_summary_export_and_report(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    path = folder / "journal.sqlite3"
    add_attacks(path, 3, "kept")
    folder.chmod(0o555)
    # As root, file permissions are not checked: drop that privilege for the child.
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    base = [*(prefix if os.geteuid() == 0 else []), sys.executable, "-m", "journal.cli"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        for verb in (
            ["summary"],
            ["export", "-o", str(tmp_path / "e.json")],
            ["report", "-o", str(tmp_path / "r.pdf")],
        ):
            done = subprocess.run(
                [*base, verb[0], "--db", str(path), *verb[1:]],
                check=False,
                capture_output=True,
                text=True,
                env=env,
            )
            assert done.returncode == 0, (verb, done.stderr)
        written = subprocess.run(
            [*base, "import", str(tmp_path / "e.json"), "--db", str(path)],
            check=False,
            capture_output=True,
            text=True,
            env=env,
        )
        assert written.returncode == 1 and "read-only" in written.stderr
    finally:
        folder.chmod(0o755)
    assert sorted(p.name for p in folder.iterdir()) == ["journal.sqlite3", "journal.sqlite3.lock"]
