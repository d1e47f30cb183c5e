"""`migraine-journal PATH` and a double-click: a journal opens as the diary, any other
file opens the window with its import preview (also in a window that is open already),
and `--install-desktop` puts the menu entry in place with the launcher's absolute path."""

from __future__ import annotations

import configparser
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.resources import APP_ID
from journal.storage import Journal
from tests.ui.conftest_attack import start_attack
from ui.app import launcher, start, startup, window_handover
from ui.app.main_window import MainWindow
from ui.exchange.import_dialog import ImportDialog
from ui.kit import settings_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
VERBS = {"demo", "export", "import", "report"}


@pytest.fixture(autouse=True)
def clean_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("MIGRAINE_JOURNAL_DB", str(tmp_path / "default.sqlite3"))
    settings_store.forget_preferences()
    yield
    for session in list(startup._SESSIONS):
        session.close(take_backup=False)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    settings_store.forget_preferences()


def _journal(path: Path) -> Path:
    with Journal.open(path) as journal:
        start_attack(journal, minutes_ago=90)
    return path


@pytest.mark.parametrize(
    ("arguments", "rest", "path"),
    [
        (["export.json"], [], "export.json"),
        (["--db", "j.sqlite3", "export.json"], ["--db", "j.sqlite3"], "export.json"),
        (["--db=j.sqlite3", "a.csv"], ["--db=j.sqlite3"], "a.csv"),
        (["demo", "--db", "x"], ["demo", "--db", "x"], None),
        (["import", "a.csv"], ["import", "a.csv"], None),
        (["--db", "j.sqlite3"], ["--db", "j.sqlite3"], None),
        ([], [], None),
    ],
)
def test_the_path_to_open_is_told_from_verbs_and_option_values(
    arguments: list[str], rest: list[str], path: str | None
) -> None:
    assert launcher.split_file_argument(arguments, VERBS) == (rest, path)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, Path | None]]:
    """What the window would have been started with, instead of starting it."""
    calls: list[tuple[Path, Path | None]] = []

    def fake_run_app(path: Path, _argv: list[str], import_file: Path | None = None) -> int:
        calls.append((path, import_file))
        return 0

    monkeypatch.setattr(start, "run_app", fake_run_app)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return calls


def test_a_journal_given_as_path_opens_as_the_journal(
    tmp_path: Path, started: list[tuple[Path, Path | None]]
) -> None:
    other = _journal(tmp_path / "other.sqlite3")
    assert launcher.main([str(other)]) == 0
    assert started == [(other, None)]


def test_an_export_or_another_apps_file_opens_the_journal_with_its_import_preview(
    tmp_path: Path, started: list[tuple[Path, Path | None]]
) -> None:
    csv = FIXTURES / "migraine_buddy.csv"
    assert launcher.main([str(csv)]) == 0
    assert launcher.main(["--db", str(tmp_path / "mine.sqlite3"), str(csv)]) == 0
    assert started == [
        (tmp_path / "default.sqlite3", csv),
        (tmp_path / "mine.sqlite3", csv),
    ]


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda tmp: tmp / "missing.json", "there is no file"),
        (lambda tmp: tmp, "is a folder"),
    ],
)
def test_a_path_that_cannot_be_opened_is_one_sentence(
    tmp_path: Path,
    started: list[tuple[Path, Path | None]],
    capsys: pytest.CaptureFixture[str],
    make: object,
    said: str,
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    assert launcher.main([str(path)]) == 1
    error = capsys.readouterr().err.strip()
    assert said in error and error.count("\n") == 0
    assert started == []


def test_a_journal_both_as_path_and_with_db_is_refused(
    tmp_path: Path, started: list[tuple[Path, Path | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    other = _journal(tmp_path / "other.sqlite3")
    assert launcher.main(["--db", str(tmp_path / "x.sqlite3"), str(other)]) == 1
    assert "not both" in capsys.readouterr().err
    assert started == []


def test_the_window_starts_with_the_import_preview_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = _journal(tmp_path / "j.sqlite3")
    seen: list[object] = []

    def fake_exec(*_args: object) -> int:
        QApplication.processEvents()  # the preview opens once the window shows
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.dialog for w in windows if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    csv = FIXTURES / "migraine_buddy.csv"
    assert start.run_app(path, ["migraine-journal"], import_file=csv) == 0
    (dialog,) = seen
    assert isinstance(dialog, ImportDialog)
    assert dialog.path == csv
    assert dialog.format_name() == "migraine-buddy"
    assert dialog.plan is not None  # previewed; nothing is added until Import is pressed


def test_a_second_start_with_a_file_previews_it_in_the_window_already_open(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _journal(tmp_path / "j.sqlite3")
    session = startup.open_session(path)
    try:
        session.window.show()
        monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
        csv = FIXTURES / "attacks.csv"
        requests = session.show_requests
        assert requests is not None
        with qtbot.waitSignal(requests.import_requested, timeout=3000) as signal:
            assert start.run_app(path, ["migraine-journal"], import_file=csv) == 0
        assert signal.args == [csv]
        dialog = session.window.dialog
        assert isinstance(dialog, ImportDialog)
        assert dialog.path == csv
        assert not window_handover.request_file(path).exists()
    finally:
        session.close(take_backup=False)


def test_install_desktop_names_the_running_launcher_absolutely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "pipx venv" / "bin" / "migraine-journal"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script)])
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PATH", "/nonexistent")  # the entry must not rely on PATH
    assert launcher.main(["--install-desktop"]) == 0
    entry_file = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry_file, encoding="utf-8")
    assert shlex.split(parser["Desktop Entry"]["Exec"]) == [str(script), "%f"]
    assert "applications menu" in capsys.readouterr().out
    assert launcher.main(["--uninstall-desktop"]) == 0
    assert not entry_file.exists()
    assert "your journal was not touched" in capsys.readouterr().out


def test_the_launcher_command_falls_back_to_this_python_with_the_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "argv", [launcher.__file__])
    command = launcher.launcher_command()
    assert command[0] == str(Path(sys.executable).absolute())
    assert command[1:] == ["-m", "ui.app.launcher"]


def test_a_document_the_system_sends_is_previewed_once_the_window_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """macOS hands a double-clicked document over as a FileOpen event, not an argument;
    one that arrives before the window (at launch) waits for it."""
    from PySide6.QtGui import QFileOpenEvent

    path = _journal(tmp_path / "j.sqlite3")
    early = FIXTURES / "attacks.csv"
    late = FIXTURES / "migraine_buddy.csv"
    seen: list[Path | None] = []

    def fake_exec(*_args: object) -> int:
        app = QApplication.instance()
        assert app is not None
        QApplication.processEvents()
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(window.dialog.path if isinstance(window.dialog, ImportDialog) else None)
        QApplication.sendEvent(app, QFileOpenEvent(str(late)))
        seen.append(window.dialog.path if isinstance(window.dialog, ImportDialog) else None)
        return 0

    def open_session_then_launch_event(journal: Path, import_file: Path | None = None) -> object:
        app = QApplication.instance()
        assert app is not None
        QApplication.sendEvent(app, QFileOpenEvent(str(early)))  # before any window
        return real_open_session(journal, import_file=import_file)

    real_open_session = startup.open_session
    monkeypatch.setattr(start, "SYSTEM_SENDS_FILE_OPEN", True)  # as on macOS
    monkeypatch.setattr(start, "open_session", open_session_then_launch_event)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert start.run_app(path, ["migraine-journal"]) == 0
    assert seen == [early, late]


def test_the_window_listens_for_documents_sent_as_events_only_where_they_are(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Elsewhere than on macOS no application-wide filter: every event of the session
    would pass through it, for an event the system never sends."""
    from PySide6.QtGui import QFileOpenEvent

    for on_macos in (False, True):
        monkeypatch.setattr(start, "SYSTEM_SENDS_FILE_OPEN", on_macos)
        requests = start.FileOpenRequests(qapp)
        QApplication.sendEvent(qapp, QFileOpenEvent(str(FIXTURES / "attacks.csv")))
        assert requests.pending == ([FIXTURES / "attacks.csv"] if on_macos else [])
        qapp.removeEventFilter(requests)
        requests.deleteLater()
