"""Disk full (RLIMIT_FSIZE in a child process) on every write path: one clear
sentence, nothing saved is lost, and it works again once there is room."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

from journal import domain as d
from journal import operations as ops
from journal.exchange.json_format import export_json
from journal.storage import Journal

HERE = Path(__file__).resolve().parent


def test_every_write_path_on_a_full_disk_says_so_in_one_sentence_and_loses_nothing(
    tmp_path: Path, figures: Counter[str]
) -> None:
    source = tmp_path / "source.sqlite3"
    with Journal.open(source) as journal:
        medication = ops.save_medication(journal, ops.suggested_medication("Naproxen"))
        for day in range(1, 40):
            start = d.local_now() - timedelta(days=day * 3)
            ops.record_attack_with_dose(
                journal,
                d.Attack(start=start, pain=2, note="ü" * 200),
                d.Dose(medication.id, start + timedelta(minutes=30), "500 mg", pain_at_dose=2),
            )
    import_file = tmp_path / "import.json"
    export_json(Journal.open(source), import_file)
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "disk_full_child.py"),
            str(tmp_path / "j.sqlite3"),
            str(import_file),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert [r["path"] for r in results] == [
        "save attack",
        "attack with dose",
        "journal setting",
        "import",
        "export",
        "backup",
    ]
    for result in results:
        figures["disk_full_paths"] += 1
        message = result["error"].get("message", "")
        assert result["error"], f"{result['path']}: no error on a full disk"
        assert message.endswith(".") and "\n" not in message, message
        assert "Traceback" not in message and "errno" not in message.lower()
        assert result["unchanged"], f"{result['path']}: the journal changed"
        assert result["works_again"], f"{result['path']}: still failing with room again"
        assert result["leftovers"] == [], result
        figures["disk_full_clear"] += 1
