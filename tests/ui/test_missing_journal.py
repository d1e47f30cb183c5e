"""Issue 12's window parts: a missing journal with backups is never replaced by an
empty one without asking, a missing key file is its own sentence (nothing renamed),
and the restore list offers the copies kept aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal.crypto import keys, protect
from journal.storage import Journal, backup, health
from tests.ui.conftest_attack import start_attack
from tests.ui.test_startup import answer_damage_dialog
from ui.app.startup import Refused, open_for_window
from ui.settings.damaged_journal import Choice, MissingJournalDialog

FAST = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)


def journal_with_a_backup(path: Path) -> Path:
    with Journal.open(path) as journal:
        start_attack(journal, minutes_ago=90)
    return backup.make_backup(path).path


def answer(monkeypatch: pytest.MonkeyPatch, choice: Choice) -> list[MissingJournalDialog]:
    return answer_damage_dialog(monkeypatch, choice, MissingJournalDialog)


def test_a_missing_journal_with_backups_offers_the_backup_and_restores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    made = journal_with_a_backup(path)
    path.unlink()
    seen = answer(monkeypatch, Choice.RESTORE)
    journal = open_for_window(path)
    try:
        (dialog,) = seen
        assert made.name in dialog.message.text()
        assert dialog.restore_button is not None and dialog.restore_button.isDefault()
        assert len(journal.attacks.all()) == 1
    finally:
        journal.close()


def test_quitting_at_a_missing_journal_makes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_a_backup(path)
    path.unlink()
    answer(monkeypatch, Choice.QUIT)
    with pytest.raises(Refused):
        open_for_window(path)
    assert not path.exists()


def test_an_empty_journal_only_when_chosen_and_the_backups_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    made = journal_with_a_backup(path)
    path.unlink()
    answer(monkeypatch, Choice.EMPTY)
    journal = open_for_window(path)
    try:
        assert journal.attacks.all() == []
    finally:
        journal.close()
    assert made.exists() and backup.is_good(made)


def test_a_missing_key_file_is_said_and_nothing_is_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "j.sqlite3"
    journal_with_a_backup(path)
    protect.enable(path, "passphrase", params=FAST)
    keys.key_file_for(path).unlink()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: said.append(text))
    with pytest.raises(Refused):
        open_for_window(path, passphrase="passphrase")
    (sentence,) = said
    assert "j.sqlite3.key" in sentence and "damaged" not in sentence
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []


def test_the_restore_list_offers_the_copies_kept_aside(tmp_path: Path, qtbot: QtBot) -> None:
    from ui.app.startup import WindowSession
    from ui.settings.dialog import SettingsDialog

    path = tmp_path / "j.sqlite3"
    made = journal_with_a_backup(path)
    health.restore(path, made)  # keeps the journal as it was aside
    session = WindowSession(Journal.open(path, lock=True))
    try:
        dialog = SettingsDialog(session)
        qtbot.addWidget(dialog)
        page = dialog.backups_page
        kinds = [page.table.item(row, 3).text() for row in range(page.table.rowCount())]
        assert kinds == ["Backup", "Kept aside before a restore"]
        dialog.resize(1024 * 2 // 3, 480)
        dialog.tabs.setCurrentWidget(page)
        dialog.grab().save(str(tmp_path / "restore-list.png"))
    finally:
        session.close(take_backup=False)
