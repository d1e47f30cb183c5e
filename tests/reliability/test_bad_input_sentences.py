"""Issue 12, items 8 and 9: each bad input is one sentence, and a kill late in
`protect on` cannot lose the recovery code.

The harness found 23 tracebacks: absurd demo spans, a folder or a 5,000-character
path as --db, `protect on` in a read-only folder, JSON nested 100,000 deep, numbers
of 10**30, seven kinds of damaged key file; and `report` over the years 0001-9999
took 73 s. Each is now a sentence (exit status 1, or argparse's 2 for a malformed
argument), the journal unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journal.cli import main
from journal.crypto import keys, protect
from journal.storage import Journal
from tests.reliability.lost_helpers import FAST, PASSPHRASE, add_attacks, killed_at

ROOT = Path(__file__).resolve().parents[2]


def said_in_words(
    argv: list[str], capsys: pytest.CaptureFixture[str], *, status: tuple[int, ...] = (1,)
) -> str:
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse: a malformed argument
        code = int(stop.code or 0)
    error = capsys.readouterr().err
    assert code in status, (argv, error)
    assert "Traceback" not in error and error.strip(), argv
    return error.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "extra",
    [["--months", "100000"], ["--end", "0001-02-01"], ["--end", "9999-12-31"]],
    ids=["months", "year-1", "year-9999"],
)
def test_absurd_demo_spans_are_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    said_in_words(["demo", "--db", str(path), *extra], capsys, status=(1, 2))
    assert not path.exists()


def test_a_folder_or_an_overlong_path_as_db_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "folder" in said_in_words(["summary", "--db", str(tmp_path)], capsys)
    long = str(tmp_path / ("x" * 5000))
    assert "characters" in said_in_words(["summary", "--db", long], capsys)
    assert "characters" in said_in_words(["demo", "--db", long], capsys)


def test_protect_on_in_a_read_only_folder_is_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    path = folder / "journal.sqlite3"
    add_attacks(path, 2, "kept")
    (folder / "journal.sqlite3.lock").unlink()
    before = path.read_bytes()
    folder.chmod(0o555)
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    command = [*(prefix if os.geteuid() == 0 else []), sys.executable, "-m", "journal.cli"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MIGRAINE_JOURNAL_NEW_PASSPHRASE": "x"}
    try:
        done = subprocess.run(
            [*command, "protect", "--db", str(path), "on"],
            check=False,
            capture_output=True,
            text=True,
            env=env,
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "read-only" in done.stderr or "cannot be written" in done.stderr
    assert path.read_bytes() == before


def test_deep_json_and_huge_numbers_in_an_import_are_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 2, "kept")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    deep_object = tmp_path / "deep-object.json"
    deep_object.write_text('{"format": "migraine-journal", "version": 1, "x": ' + "[" * 100_000)
    huge = tmp_path / "huge.json"
    huge.write_text(
        '{"format": "migraine-journal", "version": 1, "hit6": '
        '[{"day": "2026-01-01", "total": ' + "1" + "0" * 30 + ', "id": "h"}]}'
    )
    for source in (deep, deep_object, huge):
        said_in_words(["import", str(source), "--db", str(path)], capsys)
    with Journal.open(path) as journal:
        assert journal.attacks.count() == 2 and journal.hit6.count() == 0


KEY_DAMAGE: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("no kdf", lambda d: d["wraps"][0].pop("kdf")),
    ("bad base64", lambda d: d["wraps"][0].update(nonce="!!!not base64!!!")),
    ("empty nonce", lambda d: d["wraps"][0].update(nonce="")),
    ("iterations 0", lambda d: d["wraps"][0]["kdf"].update(iterations=0)),
    ("lanes four", lambda d: d["wraps"][0]["kdf"].update(lanes="four")),
    ("kind only", lambda d: d.update(wraps=[{"kind": "passphrase"}])),
    ("memory 2**31", lambda d: d["wraps"][0]["kdf"].update(memory_kib=2**31)),
]


@pytest.mark.parametrize("damage", [d for _n, d in KEY_DAMAGE], ids=[n for n, _d in KEY_DAMAGE])
def test_each_damaged_key_file_is_a_sentence(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    damage: Callable[[dict[str, Any]], None],
) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 2, "kept")
    protect.enable(path, PASSPHRASE, params=FAST)
    key_file = keys.key_file_for(path)
    document = json.loads(key_file.read_text())
    damage(document)
    key_file.write_text(json.dumps(document))
    before = path.read_bytes()
    monkeypatch.setenv("MIGRAINE_JOURNAL_PASSPHRASE", PASSPHRASE)
    assert "key file" in said_in_words(["summary", "--db", str(path)], capsys)
    assert path.read_bytes() == before


def test_a_report_over_absurd_years_is_a_sentence_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 2, "kept")
    started = time.perf_counter()
    argv = ["report", "--db", str(path), "--from", "0001-01-01", "--to", "9999-12-31"]
    said_in_words([*argv, "-o", str(tmp_path / "r.pdf")], capsys)
    argv[4] = "1990-01-01"  # 1990 to 9999: still far too long
    said_in_words([*argv, "-o", str(tmp_path / "r.pdf")], capsys)
    assert time.perf_counter() - started < 10
    assert not (tmp_path / "r.pdf").exists()


def test_a_kill_at_any_step_of_protect_on_never_hides_the_recovery_code(tmp_path: Path) -> None:
    """Killed at every file-system step of `protect on`: whenever the journal ended
    up encrypted, the code was either already printed or is still waiting in the
    journal to be shown at the next start."""
    steps = 0
    while True:
        steps += 1
        path = tmp_path / f"j{steps}" / "journal.sqlite3"
        add_attacks(path, 3, "kept")
        shown = tmp_path / f"shown{steps}"

        def enable(path: Path = path, shown: Path = shown) -> None:
            protect.enable(
                path, PASSPHRASE, params=FAST, show_code=lambda code: shown.write_text(code.text)
            )

        completed = killed_at(steps, enable)
        protect.finish_interrupted(path)
        if protect.is_protected(path):
            waiting = protect.unseen_code(path, keys.data_key_for(path, PASSPHRASE))
            assert shown.exists() and waiting == shown.read_text(), f"step {steps}"
            with Journal.open(path, passphrase=waiting) as journal:
                assert journal.attacks.count() == 3
        if completed:
            break
    assert steps > 3
