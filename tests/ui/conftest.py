"""Fixtures for the window tests: a temporary journal and a main window over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

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
