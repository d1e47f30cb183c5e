"""`migraine-journal sync`: a headless merge that says what it applied, and one
sentence (never a traceback) when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.cli import main
from journal.crypto import cli_verbs, protect
from journal.crypto.keys import KdfParams

FAST = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # tests only


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_two_journals_sync_through_a_folder_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    desk, laptop = str(tmp_path / "desk.sqlite3"), str(tmp_path / "laptop.sqlite3")
    assert run(capsys, "demo", "--db", desk, "--months", "2")[0] == 0
    status, out, _ = run(capsys, "sync", "--db", desk, "--folder", str(folder), "--name", "Desk")
    assert status == 0 and "holds your diary readable" in out
    status, out, _ = run(
        capsys, "sync", "--db", laptop, "--folder", str(folder), "--name", "Laptop"
    )
    assert status == 0 and "From Desk:" in out and "attacks" in out
    status, out, _ = run(capsys, "sync", "--db", desk)
    assert status == 0 and "Nothing new to apply" in out
    status, out, _ = run(capsys, "sync", "--db", desk, "--status")
    assert out.startswith("In step with Laptop")
    assert run(capsys, "export", "--db", desk, "-o", str(tmp_path / "d.json"))[0] == 0
    assert run(capsys, "export", "--db", laptop, "-o", str(tmp_path / "l.json"))[0] == 0
    assert (tmp_path / "d.json").read_bytes() == (tmp_path / "l.json").read_bytes()


@pytest.mark.parametrize(
    ("folder", "sentence"),
    [
        (None, "does not use a sync folder yet"),
        ("missing", "does not exist"),
    ],
)
def test_a_sync_that_cannot_run_says_why_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str | None, sentence: str
) -> None:
    args = ["sync", "--db", str(tmp_path / "j.sqlite3")]
    if folder:
        args += ["--folder", str(tmp_path / folder)]
    status, _, err = run(capsys, *args)
    assert status == 1 and sentence in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_protected_folder_without_the_passphrase_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    desk = tmp_path / "desk.sqlite3"
    assert run(capsys, "demo", "--db", str(desk), "--months", "1")[0] == 0
    protect.enable(desk, "correct horse", recovery=False, params=FAST)
    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "correct horse")
    assert run(capsys, "sync", "--db", str(desk), "--folder", str(folder))[0] == 0
    monkeypatch.delenv(cli_verbs.PASSPHRASE_VARIABLE)
    laptop = str(tmp_path / "laptop.sqlite3")
    status, _, err = run(capsys, "sync", "--db", laptop, "--folder", str(folder))
    assert status == 1 and "This sync folder is protected" in err and err.count("\n") == 1
    status, out, _ = run(capsys, "summary", "--db", laptop, "--json")
    assert status == 0 and '"attacks": 0' in out  # nothing of the diary came in


def test_the_lost_values_are_listed_and_taken_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "sync", "--db", str(tmp_path / "j.sqlite3"), "--lost")
    assert status == 0 and out == "No value was changed on both computers.\n"
    status, _, err = run(capsys, "sync", "--db", str(tmp_path / "j.sqlite3"), "--take-back", "4")
    assert status == 1 and "no open lost value number 4" in err
