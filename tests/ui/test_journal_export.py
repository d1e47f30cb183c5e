"""File ▸ Export: the whole journal as JSON, or its tables as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path, kind_word: str) -> list[str]:
    """Answer the save dialog with `target` and the file type whose name has `kind_word`."""
    offered: list[str] = []

    def save_as(_parent: object, _title: str, _suggested: str, kinds: str) -> tuple[str, str]:
        offered.extend(kinds.split(";;"))
        return str(target), next(k for k in offered if kind_word in k)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no error expected"))
    return offered


def _an_attack(journal: Journal) -> d.Attack:
    start = d.local_now().replace(microsecond=0) - timedelta(days=2)
    return operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=5), pain=3)
    )


def test_csv_export_writes_attacks_doses_and_days_tables_beside_the_chosen_name(
    window: MainWindow, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attack = _an_attack(journal)
    out = tmp_path / "out"
    out.mkdir()
    offered = _choose(monkeypatch, out / "for-my-doctor.csv", "CSV")
    window.export_journal()
    assert len(offered) == 2 and "JSON" in offered[0]  # JSON stays the first choice
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "for-my-doctor-attacks.csv",
        "for-my-doctor-days.csv",
        "for-my-doctor-doses.csv",
    ]
    with (out / "for-my-doctor-attacks.csv").open(
        newline="", encoding="utf-8-sig"
    ) as stream:  # Excel-friendly BOM
        (row,) = list(csv.DictReader(stream))
    assert row["id"] == attack.id and row["pain"] == "3" and row["duration_minutes"] == "300"
    said = window.statusBar().currentMessage()
    assert "for-my-doctor-attacks.csv, for-my-doctor-doses.csv, for-my-doctor-days.csv" in said
    assert str(out) in said and "not encrypted" in said


def test_json_export_is_the_whole_journal_even_without_the_ending(
    window: MainWindow, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attack = _an_attack(journal)
    out = tmp_path / "out"
    out.mkdir()
    _choose(monkeypatch, out / "everything", "JSON")
    window.export_journal()
    written = out / "everything.json"
    assert [p.name for p in out.iterdir()] == [written.name]
    exported = json.loads(written.read_text(encoding="utf-8"))
    assert [a["id"] for a in exported["attacks"]] == [attack.id]
