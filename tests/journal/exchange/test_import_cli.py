"""`import FILE [--format NAME] [--dry-run]` and `export --format csv` on the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from journal import cli
from journal import domain as d
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
    assert out.splitlines()[0] == "3 medications, 4 attacks, 3 doses were added."
    assert "- Pain was rated 0-10 in Migraine Buddy" in out
    with Journal.open(db) as journal:
        assert contents(journal) == (4, 3, 3, 0)


def test_dry_run_prints_the_preview_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.sqlite3"
    Journal.open(db).close()
    drip = str(FIXTURES / "drip_schema5.csv")
    code, out, _ = run(capsys, "import", drip, "--db", str(db), "--dry-run")
    assert code == 0 and out.startswith(
        "4 days with headache or migraine (no times), 7 bleeding days will be added."
    )
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
    assert "so this is not a drip export" in err


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
    assert len(attacks) == 5 and attacks[0][:3] == ["id", "start", "end"]


def test_map_names_the_columns_of_a_german_spreadsheet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = write(
        tmp_path / "kopf.csv",
        "Tag;Uhrzeit von;Wie lange;Medizin\n03.02.2026 08:15;x;2h 30m;Ibuprofen 400 mg\n",
    )
    db = str(tmp_path / "j.sqlite3")
    code, out, err = run(
        capsys,
        "import",
        str(sheet),
        "--db",
        db,
        "--map",
        "start=Tag,duration=Wie lange,medication=Medizin",
    )
    assert (code, err) == (0, ""), err
    assert out.startswith("1 medication, 1 attack, 1 dose were added.")
    with Journal.open(db) as journal:
        (attack,) = journal.attacks.all()
    assert attack.end is not None and (attack.end - attack.start).seconds == 9000
    assert d.FileFact("Uhrzeit von", "x") in attack.provenance and attack.note == ""


def test_a_bad_map_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = write(tmp_path / "a.csv", "Beginn\n2026-02-03 08:15\n")
    with pytest.raises(SystemExit):
        cli.main(["import", str(sheet), "--db", str(tmp_path / "j"), "--map", "colour=Beginn"])
    assert "“colour” is not a field" in capsys.readouterr().err
