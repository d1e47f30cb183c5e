"""Fixtures for the window tests: a temporary journal and a main window over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from journal.demo import write_demo
from journal.storage import Journal
from tests.ui.conftest_attack import Medications, add_medications
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.session import Session


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A fresh journal file in a temporary folder, closed after the test."""
    opened = Journal.open(tmp_path / "j.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def session(journal: Journal) -> Session:
    """The session over the test's journal, as the window gives it to views."""
    return Session(journal)


@pytest.fixture
def medications(journal: Journal) -> Medications:
    """Acute and preventive medications (one retired) in `journal`."""
    return add_medications(journal)


@pytest.fixture
def window(qtbot: QtBot, journal: Journal) -> Iterator[MainWindow]:
    """The main window over `journal`, shown (its dialogs open without blocking).

    Afterwards its dialogs are closed too: closing a window leaves its open dialogs
    on screen, and one left over (an attack screen) would count as the modal dialog
    the person is busy with in every later test of the process."""
    application([])
    main = create_main_window(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for dialog in main.findChildren(QDialog):
        dialog.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of demo records (every kind of record), written once for the module."""
    path = tmp_path_factory.mktemp("demo") / "j.sqlite3"
    with Journal.open(path) as journal:
        write_demo(journal, months=12, seed=1)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Journal]:
    """A copy of the demo journal for the test."""
    copy = tmp_path / "j.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    opened = Journal.open(copy)
    yield opened
    opened.close()


@pytest.fixture
def demo_window(qtbot: QtBot, demo: Journal) -> Iterator[MainWindow]:
    """The main window over the demo journal at 1024x700, shown; its dialogs closed
    afterwards (the dialog catalogue opens them over it)."""
    application([])
    main = create_main_window(demo)
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for dialog in main.findChildren(QDialog):
        dialog.close()
