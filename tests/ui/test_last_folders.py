"""Save dialogs start in the folder last used for that kind of file, not always in
the home folder's root."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.exchange import export
from ui.kit import settings_store


class SaveDialogs:
    """Stands in for QFileDialog.getSaveFileName: records where it started and
    answers with the next file of `answers`."""

    def __init__(self, answers: list[Path]) -> None:
        self.started_in: list[str] = []
        self.answers = answers

    def __call__(self, _parent: object, _title: str, start: str, *rest: object) -> tuple[str, str]:
        self.started_in.append(start)
        return str(self.answers.pop(0)), ""


def test_the_export_starts_where_the_last_export_went(
    window: MainWindow, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports" / "2026"
    folder.mkdir(parents=True)
    dialogs = SaveDialogs([folder / "mine.json", folder / "again.json"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialogs)
    export.export_journal(window.session.reads, window)
    assert Path(dialogs.started_in[0]).parent == Path.home()  # nothing used before
    export.export_journal(window.session.reads, window)
    assert Path(dialogs.started_in[1]).parent == folder
    assert settings_store.last_folder("report") == Path.home()  # another kind


def test_the_report_starts_where_the_last_report_went(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "for the doctor"
    folder.mkdir()
    window.show_report()
    dialog = window.dialog
    from ui.report.dialog import ReportDialog

    assert isinstance(dialog, ReportDialog)
    dialogs = SaveDialogs([folder / "report.pdf", folder / "report2.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialogs)
    assert dialog.save_pdf() == folder / "report.pdf"
    dialog.save_pdf()
    assert Path(dialogs.started_in[1]).parent == folder


def test_a_folder_gone_since_falls_back_to_home(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    settings_store.remember_folder("export", gone / "x.json")
    gone.rmdir()
    assert settings_store.last_folder("export") == Path.home()
