"""Saving the report: a complete file or none, one sentence when it cannot be saved,
and the `report` command line verb."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from journal.analysis.diary import Diary
from journal.cli import main
from journal.demo import write_demo
from journal.errors import JournalError
from journal.report import ReportOptions, write_report
from journal.storage import Journal

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def test_report_is_written_as_a_complete_pdf_with_no_temporary_left(
    make_small_diary: Callable[..., Diary], tmp_pdf: Path
) -> None:
    tmp_pdf.write_bytes(b"the old report")
    write_report(make_small_diary(), ReportOptions(*MARCH), tmp_pdf, MARCH[1])
    content = tmp_pdf.read_bytes()
    assert content.startswith(b"%PDF-")
    assert content.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_pdf.parent.iterdir()] == [tmp_pdf.name]


def test_a_report_that_cannot_be_built_leaves_the_old_file_alone(
    make_small_diary: Callable[..., Diary], tmp_pdf: Path
) -> None:
    tmp_pdf.write_bytes(b"the old report")
    backwards = ReportOptions(MARCH[1], MARCH[0])
    with pytest.raises(JournalError, match="ends before it starts"):
        write_report(make_small_diary(), backwards, tmp_pdf, MARCH[1])
    assert tmp_pdf.read_bytes() == b"the old report"


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        (lambda tmp: tmp / "no such folder" / "report.pdf", "the folder does not exist"),
        (lambda tmp: tmp, "a folder has that name"),
    ],
)
def test_unwritable_path_gives_one_sentence(
    make_small_diary: Callable[..., Diary],
    tmp_path: Path,
    where: Callable[[Path], Path],
    reason: str,
) -> None:
    target = where(tmp_path)
    with pytest.raises(JournalError) as caught:
        write_report(make_small_diary(), ReportOptions(*MARCH), target, MARCH[1])
    message = str(caught.value)
    assert message == f"The report could not be saved to {target}: {reason}."
    assert "\n" not in message


def test_report_verb_writes_the_pdf_headless(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    with Journal.open(db, create=True) as journal:
        write_demo(journal, months=3, seed=2)
    target = tmp_path / "out.pdf"
    status = main(
        [
            "report",
            "--db",
            str(db),
            "--paper",
            "letter",
            "--no-notes",
            "--no-cycle",
            "-o",
            str(target),
        ]
    )
    assert status == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Wrote the report" in capsys.readouterr().out


def test_report_verb_says_one_sentence_for_an_unwritable_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "empty.sqlite3"
    Journal.open(db, create=True).close()
    status = main(["report", "--db", str(db), "-o", str(tmp_path / "missing" / "r.pdf")])
    error = capsys.readouterr().err
    assert status == 1
    assert error.count("\n") == 1
    assert "the folder does not exist" in error
