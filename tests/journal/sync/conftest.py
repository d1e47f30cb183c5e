"""The `computers` fixture, and sync_computers importable from the sync tests
(pytest runs with --import-mode=importlib, which does not put test folders on
sys.path)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from sync_computers import Computer  # noqa: E402

from journal.storage import Journal  # noqa: E402


@pytest.fixture
def computers(tmp_path: Path) -> Iterator[Callable[[str], Computer]]:
    made: list[Computer] = []

    def make(name: str) -> Computer:
        folder = tmp_path / f"{name}-sync"
        folder.mkdir()
        journal = Journal.open(tmp_path / f"{name}.sqlite3")
        computer = Computer(name, journal, folder)
        made.append(computer)
        return computer

    yield make
    for computer in made:
        computer.journal.close()
