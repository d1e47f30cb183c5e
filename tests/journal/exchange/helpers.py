"""Shared by the import tests: where the hand-written fixture files are, and a
fingerprint of a journal's contents to show that a refused import changed nothing."""

from __future__ import annotations

from pathlib import Path

from journal.storage import Journal

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def contents(journal: Journal) -> tuple[int, ...]:
    return (
        journal.attacks.count(),
        journal.doses.count(),
        journal.medications.count(),
        journal.bleeding_days.count(),
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
