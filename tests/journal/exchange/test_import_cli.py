"""`import FILE [--format NAME] [--dry-run]` and `export --format csv` on the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from journal import cli
from journal.storage import Journal

from .helpers import FIXTURES, contents, write


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_recognises_the_format_prints_the_preview_and_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.sqlite3"
    code, out, err = run(capsys, "import", str(FIXTURES / "migraine_buddy.csv"), "--db", str(db))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "4 medications, 3 attacks, 4 doses were added."
    assert "- Migraine Buddy rates pain 0-10" in out
    with Journal.open(db) as journal:
        assert contents(journal) == (3, 4, 4, 0)


def test_dry_run_prints_the_preview_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.sqlite3"
    Journal.open(db).close()
    code, out, _ = run(capsys, "import", str(FIXTURES / "drip.csv"), "--db", str(db), "--dry-run")
    assert code == 0 and out.startswith("3 attacks, 4 bleeding days will be added.")
    assert "Dry run: nothing was written." in out
    with Journal.open(db) as journal:
        assert contents(journal) == (0, 0, 0, 0)


def test_a_format_named_on_the_command_line_is_used(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "j.sqlite3")
    code, out, err = run(
        capsys, "import", str(FIXTURES / "attacks.csv"), "--db", db, "--format", "drip"
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "no “date” column" in err


def test_an_unknown_file_gets_one_sentence_and_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = write(tmp_path / "letter.txt", "Dear doctor,\nall fine\n")
    code, out, err = run(capsys, "import", str(letter), "--db", str(tmp_path / "j.sqlite3"))
    assert code == 1 and out == "" and "not a file this app can import" in err


def test_export_csv_writes_three_tables_into_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.sqlite3"
    run(capsys, "import", str(FIXTURES / "migraine_buddy.csv"), "--db", str(db))
    code, out, _ = run(
        capsys, "export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "out")
    )
    assert code == 0 and out.startswith("Exported the journal as CSV")
    text = (tmp_path / "out" / "attacks.csv").read_text(encoding="utf-8-sig")
    attacks = list(csv.reader(io.StringIO(text, newline="")))
    assert len(attacks) == 4 and attacks[0][:3] == ["id", "start", "end"]
