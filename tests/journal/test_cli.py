"""The command line: verbs, the journal they pick, and one-sentence errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from journal import cli
from journal import domain as d
from journal.paths import default_journal_path, journal_path
from journal.storage import Journal


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_db_option_wins_over_environment_which_wins_over_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert journal_path(None) == default_journal_path()
    monkeypatch.setenv("MIGRAINE_JOURNAL_DB", str(tmp_path / "env.sqlite3"))
    assert journal_path(None) == tmp_path / "env.sqlite3"
    assert journal_path(str(tmp_path / "explicit.sqlite3")) == tmp_path / "explicit.sqlite3"


def test_default_journal_lives_in_the_test_data_folder_not_the_users(
    private_home: Path,
) -> None:
    assert default_journal_path().is_relative_to(private_home)


def test_export_then_import_into_a_new_file_then_export_is_identical(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fill: Any
) -> None:
    source = tmp_path / "source.sqlite3"
    with Journal.open(source) as journal:
        fill(journal)
    code, out, _ = run(capsys, "export", "--db", str(source), "-o", str(tmp_path / "a.json"))
    assert code == 0 and "Exported" in out
    code, out, _ = run(capsys, "import", str(tmp_path / "a.json"), "--db", str(tmp_path / "b.db"))
    assert code == 0 and "were added" in out
    run(capsys, "export", "--db", str(tmp_path / "b.db"), "-o", str(tmp_path / "b.json"))
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_import_dry_run_prints_the_preview_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fill: Any
) -> None:
    with Journal.open(tmp_path / "source.sqlite3") as journal:
        fill(journal)
    run(capsys, "export", "--db", str(tmp_path / "source.sqlite3"), "-o", str(tmp_path / "e.json"))
    target = tmp_path / "target.sqlite3"
    code, out, _ = run(capsys, "import", str(tmp_path / "e.json"), "--db", str(target), "--dry-run")
    assert code == 0
    assert "1 attack, 2 doses" in out and "nothing was written" in out
    with Journal.open(target) as journal:
        assert journal.attacks.count() == 0


def test_malformed_import_prints_one_sentence_and_leaves_the_journal_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "target.sqlite3"
    with Journal.open(target) as journal:
        journal.medications.save(d.Medication("Naproxen"))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "migraine-journal", "version": 1,\n "attacks": [oops]}')
    before = json.dumps([m.name for m in Journal.open(target).medications.all()])
    code, out, err = run(capsys, "import", str(broken), "--db", str(target))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "line 2" in err and "Traceback" not in err
    with Journal.open(target) as journal:
        assert json.dumps([m.name for m in journal.medications.all()]) == before
        assert journal.attacks.count() == 0


def test_demo_refuses_to_run_without_an_explicit_journal_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "demo")
    assert code == 1 and "never writes into your own journal" in err
    assert not default_journal_path().exists()


def test_export_of_a_missing_journal_says_there_is_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", "--db", str(tmp_path / "no.db"), "-o", str(tmp_path / "x"))
    assert code == 1 and "There is no journal" in err


def test_export_to_an_unwritable_place_says_so_in_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Journal.open(tmp_path / "j.sqlite3"):
        pass
    target = tmp_path / "no-such-folder" / "export.json"
    code, _, err = run(capsys, "export", "--db", str(tmp_path / "j.sqlite3"), "-o", str(target))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_a_wrong_date_is_refused_with_the_format_to_use(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["summary", "--db", str(tmp_path / "j.db"), "--from", "2026-13-40"])
    assert exit_info.value.code == 2
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err


def test_verbs_run_without_importing_qt(tmp_path: Path) -> None:
    script = (
        "import sys; from ui.app.launcher import main; "
        f"code = main(['export', '--db', {str(tmp_path / 'j.db')!r}, '-o', 'x']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1, result.stderr
    assert "There is no journal" in result.stderr


def test_without_a_display_the_window_command_says_so_in_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ui.app import launcher

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert launcher.main(["--db", str(tmp_path / "j.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no display" in err and "xvfb-run make run" in err
    assert not (tmp_path / "j.db").exists()


def test_a_span_starting_after_today_is_refused_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Journal.open(tmp_path / "j.sqlite3"):
        pass
    code, _, err = run(
        capsys, "summary", "--db", str(tmp_path / "j.sqlite3"), "--from", "2999-01-01"
    )
    assert code == 1 and "starts after today" in err


def test_importing_a_missing_file_says_there_is_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "gone.json"), "--db", str(tmp_path / "j"))
    assert code == 1 and "There is no file at" in err
    assert not (tmp_path / "j").exists()


def test_a_dry_run_into_a_new_path_creates_no_journal_and_a_real_import_says_were_added(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fill: Any
) -> None:
    with Journal.open(tmp_path / "source.sqlite3") as journal:
        fill(journal)
    run(capsys, "export", "--db", str(tmp_path / "source.sqlite3"), "-o", str(tmp_path / "e.json"))
    target = tmp_path / "new.sqlite3"
    code, out, _ = run(capsys, "import", str(tmp_path / "e.json"), "--db", str(target), "--dry-run")
    assert code == 0 and "will be added" in out and not target.exists()
    code, out, _ = run(capsys, "import", str(tmp_path / "e.json"), "--db", str(target))
    assert code == 0 and "were added" in out and "will be" not in out


def test_summary_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3"):
        pass
    db = tmp_path / "j.sqlite3"
    command = f"{sys.executable} -m ui.app.launcher summary --json --db {db} | head -c 1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, check=False
    )
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_a_journal_moved_aside_as_damaged_is_named_when_it_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "journal.sqlite3.damaged-20261124-101500").write_bytes(b"broken")
    code, _, err = run(capsys, "export", "--db", str(tmp_path / "journal.sqlite3"), "-o", "x")
    assert code == 1
    assert "journal.sqlite3.damaged-20261124-101500" in err and "restore" in err


@pytest.mark.parametrize(
    ("language", "report_days", "listed"),
    [
        ("de", "Bericht vom 01.03.2026 bis 31.03.2026 in", "24.11.2026, 10:15"),
        ("fr", "1 mars 2026", "24 nov. 2026, 10:15"),
        ("en", "Wrote the report for 1 Mar 2026 to 31 Mar 2026 to", "24 Nov 2026, 10:15"),
    ],
)
def test_the_command_lines_confirmations_write_dates_in_the_languages_own_form(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    report_days: str,
    listed: str,
) -> None:
    """`--lang de report ...` confirms "Bericht vom 01.03.2026 bis 31.03.2026 in ...
    gespeichert" (a whole German sentence, not "für ... geschrieben"), English "for
    1 Mar 2026 to 31 Mar 2026", not ISO days (those are for typing `--from`), and
    `restore --list` writes when each backup was taken as the language does."""
    from datetime import datetime

    from journal.storage import backup as backups

    db = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(db), "--months", "2", "--end", "2026-03-31"]) == 0
    backups.make_backup(db, now=datetime(2026, 11, 24, 10, 15).astimezone())
    capsys.readouterr()
    span = ["--from", "2026-03-01", "--to", "2026-03-31"]
    out = tmp_path / "r.pdf"
    assert cli.main(["--lang", language, "report", "--db", str(db), *span, "-o", str(out)]) == 0
    confirmation = capsys.readouterr().out
    assert report_days in confirmation
    if language == "de":
        assert confirmation.rstrip().endswith("gespeichert.")
    assert "2026-03-01" not in confirmation
    assert cli.main(["--lang", language, "restore", "--list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert listed in listing
    assert "2026-11-24" not in listing


def test_what_is_data_keeps_iso_days_in_every_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A day a person reads follows the language ("31 Mar 2026", "31.03.2026"); a day
    that is data does not: the CSV export's columns, the JSON export's records,
    `summary --json` (its contract) and the way to type a day (`--from 2026-03-31`) are
    the same ISO days under --lang en, de and fr."""
    db = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(db), "--months", "2", "--end", "2026-03-31"]) == 0
    span = ["--from", "2026-02-01", "--to", "2026-03-31"]
    seen: dict[str, Any] = {}
    for language in ("en", "de", "fr"):
        folder = tmp_path / language
        lang = ["--lang", language]
        csv = ["--format", "csv", "-o", str(folder / "x.csv")]
        assert cli.main([*lang, "export", "--db", str(db), *csv]) == 0
        assert cli.main([*lang, "export", "--db", str(db), "-o", str(folder / "x.json")]) == 0
        capsys.readouterr()
        assert cli.main([*lang, "summary", "--db", str(db), *span, "--json"]) == 0
        summary = json.loads(capsys.readouterr().out)
        with pytest.raises(SystemExit):
            cli.main([*lang, "summary", "--db", str(db), "--from", "31.03.2026"])
        assert "2026-03-31" in capsys.readouterr().err  # what to type stays ISO
        document = json.loads((folder / "x.json").read_text(encoding="utf-8"))
        seen[language] = (
            (folder / "x-attacks.csv").read_bytes(),
            (folder / "x-doses.csv").read_bytes(),
            [
                row.split(",", 1)[0]
                for row in (folder / "x-days.csv").read_text("utf-8").splitlines()
            ],
            [(a["start"], a["end"]) for a in document["attacks"]],
            (summary["from"], summary["to"], [m["month"] for m in summary["months"]]),
            [(t["start"], t["end"]) for t in summary["treatments"]],
            summary["midas"] and summary["midas"]["date"],
        )
    assert seen["en"] == seen["de"] == seen["fr"]
    assert seen["en"][4] == ("2026-02-01", "2026-03-31", ["2026-02", "2026-03"])
    days = seen["en"][2][1:]
    assert days and all(re.fullmatch(r"\d{4}-\d\d-\d\d", day) for day in days)
    assert all(re.match(r"\d{4}-\d\d-\d\dT", start) for start, _end in seen["en"][3])


def test_summary_of_a_new_journal_counts_from_its_first_entry(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Issue 16: a journal with one day of diary was judged over the default 91 days."""
    db = tmp_path / "j.sqlite3"
    start = d.local_now().replace(hour=0, minute=30, second=0, microsecond=0)
    with Journal.open(db) as journal:
        journal.attacks.save(
            d.Attack(start=start, end=start.replace(hour=1), type=d.AttackType.MIGRAINE)
        )
    code, out, _err = run(capsys, "summary", "--db", str(db), "--json")
    document = json.loads(out)
    assert code == 0 and document["days"] == 1
    assert document["counted_from"] == start.date().isoformat() != document["from"]
    code, out, _err = run(capsys, "summary", "--db", str(db))
    assert "the figures count its 1 day." in " ".join(out.split())
    assert "1 migraine day in 1 day;" in " ".join(out.split())  # not "0.3 per 28 days"
