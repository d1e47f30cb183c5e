"""Opening the journal for the window: one writer, the restore offer for a damaged
journal, quiet backups at start and quit, and the journal's remembered place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.errors import StorageFailure
from journal.paths import default_journal_path
from journal.storage import Journal, backup
from journal.storage import lock as writer_lock
from tests.ui.conftest_attack import start_attack
from ui.app import startup, window_handover
from ui.app.main_window import MainWindow
from ui.app.start import run_app
from ui.app.startup import Refused, open_for_window, open_session
from ui.kit import settings_store
from ui.settings.damaged_journal import Choice, DamagedJournalDialog, MissingJournalDialog


@pytest.fixture(autouse=True)
def default_preferences() -> Iterator[None]:
    """Qt keeps one settings file per process: each test starts from the defaults."""
    settings_store.forget_preferences()
    yield
    settings_store.forget_preferences()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box's text, instead of showing it."""
    said: list[str] = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a: said.append(text))
    return said


def kept_aside(folder: Path) -> list[Path]:
    """The damaged journal files set aside (not their -wal/-shm companions)."""
    found = folder.glob("j.sqlite3.damaged-*")
    return [p for p in found if not p.name.endswith(("-wal", "-shm"))]


def journal_with_an_attack(path: Path) -> None:
    with Journal.open(path) as journal:
        start_attack(journal, minutes_ago=90)


def damage(path: Path) -> None:
    """Zero the header of the (closed) journal file."""
    with path.open("r+b") as stream:
        stream.write(b"\0" * 100)


def answer_damage_dialog(
    monkeypatch: pytest.MonkeyPatch,
    choice: Choice,
    kind: type[DamagedJournalDialog | MissingJournalDialog] = DamagedJournalDialog,
) -> list[Any]:
    """Click `choice` in the start-up dialog of `kind` instead of showing it."""
    seen: list[Any] = []

    def exec_(dialog: DamagedJournalDialog | MissingJournalDialog) -> int:
        seen.append(dialog)
        button = {
            Choice.RESTORE: dialog.restore_button,
            Choice.EMPTY: dialog.empty_button,
            Choice.QUIT: dialog.quit_button,
        }[choice]
        assert button is not None
        button.click()
        return int(dialog.result())

    monkeypatch.setattr(kind, "exec", exec_)
    return seen


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """QApplication.exec returns at once, noting the window that was shown."""
    shown: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return shown


def test_a_second_window_on_the_same_journal_is_refused_calmly_and_writes_nothing(
    tmp_path: Path,
    boxes: list[str],
    no_event_loop: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Here no window answers the request to come forward (the journal is held by
    another program): the request is taken back and the person told."""
    monkeypatch.setattr(window_handover, "ANSWER_SECONDS", 0.2)
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with writer_lock.acquire(path):
        assert run_app(path, ["migraine-journal"]) == 0
    (message,) = boxes
    assert message.startswith("Migraine Journal is already open in another window")
    assert no_event_loop == []
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before
    assert not backup.folder_for(path).exists()


def test_a_damaged_journal_offers_the_newest_backup_with_its_age_and_restores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    taken = d.local_now().replace(microsecond=0) - timedelta(days=3, minutes=5)
    made = backup.make_backup(path, now=taken)
    damage(path)
    seen = answer_damage_dialog(monkeypatch, Choice.RESTORE)
    journal = open_for_window(path)
    try:
        (dialog,) = seen
        text = dialog.message.text()
        assert "from 3 days ago" in text
        assert f"{taken.day} " in text and f"{taken:%H:%M}" in text
        assert "set aside" in text
        assert len(journal.attacks.all()) == 1
        assert journal.holds_writer_lock
    finally:
        journal.close()
    kept = kept_aside(tmp_path)
    assert len(kept) == 1 and kept[0].read_bytes()[:16] == b"\0" * 16
    assert made.path.exists()


def test_starting_an_empty_journal_leaves_the_damaged_file_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    backup.make_backup(path)
    damage(path)
    answer_damage_dialog(monkeypatch, Choice.EMPTY)
    journal = open_for_window(path)
    try:
        assert journal.attacks.all() == []
    finally:
        journal.close()
    assert len(kept_aside(tmp_path)) == 1


def test_quitting_at_the_damage_dialog_opens_nothing_and_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    damage(path)
    seen = answer_damage_dialog(monkeypatch, Choice.QUIT)
    with pytest.raises(Refused) as refused:
        open_for_window(path)
    assert refused.value.status == 0
    assert seen[0].restore_button is None  # no backup: nothing to offer
    assert "no backup" in seen[0].message.text()


def started(qtbot: QtBot, path: Path) -> startup.WindowSession:
    """A session whose start backup (a moment after the window shows) has run."""
    session = open_session(path)
    qtbot.waitUntil(lambda: session.started_backup, timeout=5000)
    return session


def test_the_start_backup_waits_until_the_window_is_up(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    session = open_session(path)
    try:
        assert backup.list_backups(path) == []  # not yet: the window shows first
        qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1, timeout=5000)
    finally:
        session.close(take_backup=False)


def test_a_backup_is_made_at_start_only_when_the_journal_changed(
    tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    session = started(qtbot, path)
    session.close(take_backup=False)
    (first,) = backup.list_backups(path)
    session = started(qtbot, path)
    session.close(take_backup=False)
    assert backup.list_backups(path) == [first]  # unchanged: no new backup
    journal_with_an_attack(path)
    session = started(qtbot, path)
    session.close(take_backup=False)
    newest = backup.list_backups(path)[0]
    assert newest.path != first.path  # changed: a new backup, the newest of the day
    assert backup.fingerprint(newest.path) == backup.fingerprint(path)


def test_a_change_made_in_the_window_is_backed_up_at_quit(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "j.sqlite3"
    session = started(qtbot, path)
    start_attack(session.journal, minutes_ago=30)
    (at_start,) = backup.list_backups(path)  # the empty journal, at start
    session.close()
    newest = backup.list_backups(path)[0]
    assert newest.path != at_start.path  # rotation keeps the newest of the day
    assert backup.fingerprint(newest.path) == backup.fingerprint(path)


def test_a_failed_backup_is_said_in_the_status_bar_and_does_not_stop_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def refuse(_path: Path) -> None:
        raise StorageFailure("The disk is full, so the backup was not made.")

    monkeypatch.setattr(startup.backup, "backup_if_changed", refuse)
    session = started(qtbot, tmp_path / "j.sqlite3")
    try:
        assert session.window.statusBar().currentMessage().startswith("The disk is full")
    finally:
        session.close(take_backup=False)


def test_the_window_opens_the_journal_where_it_was_moved_to(
    tmp_path: Path, no_event_loop: list[MainWindow]
) -> None:
    moved = tmp_path / "elsewhere" / "journal.sqlite3"
    journal_with_an_attack(moved)
    settings_store.remember_journal_path(moved)
    assert run_app(default_journal_path(), ["migraine-journal"]) == 0
    (window,) = no_event_loop
    assert window.journal.path == moved
    assert not default_journal_path().exists()


def test_an_explicit_journal_path_wins_over_the_remembered_one(tmp_path: Path) -> None:
    settings_store.remember_journal_path(tmp_path / "moved.sqlite3")
    explicit = tmp_path / "explicit.sqlite3"
    assert settings_store.journal_path_for_window(explicit) == explicit
    assert settings_store.journal_path_for_window(default_journal_path()) == (
        tmp_path / "moved.sqlite3"
    )


@pytest.fixture(autouse=True)
def no_sessions_left() -> Iterator[None]:
    yield
    for session in list(startup._SESSIONS):
        session.close(take_backup=False)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_second_start_brings_the_open_window_forward_instead_of_a_second_window(
    tmp_path: Path, boxes: list[str], no_event_loop: list[MainWindow], qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    session = open_session(path)
    try:
        session.window.show()
        session.window.showMinimized()
        with qtbot.waitSignal(session.show_requests.requested, timeout=3000):  # type: ignore[union-attr]
            assert run_app(path, ["migraine-journal"]) == 0
        assert boxes == []  # no message: the open window came forward instead
        assert no_event_loop == []  # and no second window ran
        assert not session.window.isMinimized() and session.window.isVisible()
        assert not window_handover.request_file(path).exists()
    finally:
        session.close()


def test_a_request_left_by_a_start_that_was_cut_short_is_cleared_quietly(
    tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_an_attack(path)
    window_handover.request_file(path).write_text("show", encoding="ascii")
    session = open_session(path)
    try:
        assert not window_handover.request_file(path).exists()
        assert not session.window.isVisible()  # not shown by the stale request
    finally:
        session.close()
