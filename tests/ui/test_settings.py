"""Settings: the theme and the week are remembered, backups are listed and made and
restored, the journal moves with its backups, and "Delete all my data" removes
exactly what it listed, only after DELETE is typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal.errors import JournalError
from journal.paths import default_journal_path
from journal.storage import Journal, backup, relocate, wipe
from tests.ui.conftest_attack import start_attack
from ui.app import startup
from ui.app.main_window import MainWindow
from ui.app.start import application, run_app
from ui.app.startup import WindowSession, open_session
from ui.kit import settings_store, theme, translations
from ui.kit.locale_text import moment_text
from ui.kit.settings_store import PainScale
from ui.kit.wrapping import ZERO_WIDTH_SPACE
from ui.settings.dialog import SettingsDialog, size_in_words
from ui.settings.privacy import DeleteAllDialog


@pytest.fixture(autouse=True)
def default_preferences() -> Iterator[None]:
    """Qt keeps one settings file per process: each test starts from the defaults."""
    settings_store.forget_preferences()
    yield
    settings_store.forget_preferences()


@pytest.fixture(autouse=True)
def clean_up(qapp: QApplication) -> Iterator[None]:
    yield
    for session in list(startup._SESSIONS):
        session.close(take_backup=False)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    theme.save_theme(theme.Theme.SYSTEM)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)


@pytest.fixture
def session(tmp_path: Path) -> WindowSession:
    application([])
    path = tmp_path / "journal" / "j.sqlite3"
    with Journal.open(path) as journal:
        start_attack(journal, minutes_ago=60)
    opened = open_session(path)
    opened.window.show()
    opened.backup_at_start()  # the first backup, without waiting for its moment
    return opened


def settings_for(session: WindowSession, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(session, session.window)
    qtbot.addWidget(dialog)
    return dialog


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def test_choosing_dark_applies_it_and_is_remembered(
    session: WindowSession, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = settings_for(session, qtbot)
    box = dialog.appearance_page.theme_box
    box.setCurrentIndex(box.findData(theme.Theme.DARK.value))
    assert theme.saved_theme() is theme.Theme.DARK
    assert theme.is_dark(qapp.palette())
    assert session.window.theme_actions[theme.Theme.DARK].isChecked()


def test_the_first_day_of_the_week_is_remembered_and_shown_in_the_calendar(
    session: WindowSession, qtbot: QtBot
) -> None:
    dialog = settings_for(session, qtbot)
    box = dialog.appearance_page.week_box
    box.setCurrentIndex(box.findData(Qt.DayOfWeek.Sunday.value))
    assert settings_store.first_day_of_week() is Qt.DayOfWeek.Sunday
    assert session.window.calendar.grid.firstDayOfWeek() is Qt.DayOfWeek.Sunday
    assert startup.make_main_window(session.journal).calendar.grid.firstDayOfWeek() is (
        Qt.DayOfWeek.Sunday
    )


def test_the_pain_scale_choice_is_remembered(session: WindowSession, qtbot: QtBot) -> None:
    assert settings_store.pain_scale() is PainScale.MILD_TO_SEVERE
    settings_for(session, qtbot).appearance_page.scale_numeric.setChecked(True)
    assert settings_store.pain_scale() is PainScale.WITH_NUMERIC


def test_reminders_are_off_until_switched_on_here(session: WindowSession, qtbot: QtBot) -> None:
    page = settings_for(session, qtbot).reminders_page
    assert not page.enabled.isChecked() and not page.evening.isEnabled()
    page.enabled.setChecked(True)
    assert settings_store.reminders_enabled() and page.evening.isEnabled()


def test_backups_are_listed_with_their_dates_and_sizes(
    session: WindowSession, qtbot: QtBot
) -> None:
    page = settings_for(session, qtbot).backups_page
    (made,) = backup.list_backups(session.journal.path)  # type: ignore[arg-type]
    assert page.table.rowCount() == 1
    size = page.table.item(0, 2).text()
    assert size == size_in_words(made.size) and size[0].isdigit()
    # when it was taken, as the window writes a moment ("Mon 7 Dec, 06:01")
    assert page.table.item(0, 0).text() == moment_text(made.taken.astimezone())


def test_a_backups_age_shows_on_one_line_in_full(session: WindowSession, qtbot: QtBot) -> None:
    dialog = settings_for(session, qtbot)
    dialog.resize(640, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.backups_page)
    page = dialog.backups_page
    table = page.table
    age = table.item(0, 1)
    assert age.text() == "less than a minute"
    assert not table.wordWrap()
    needed = table.fontMetrics().horizontalAdvance(age.text())
    assert table.columnWidth(1) > needed, "the Age column fits its text without wrapping"


def test_back_up_now_adds_a_backup_to_the_list(session: WindowSession, qtbot: QtBot) -> None:
    path = session.journal.path
    assert path is not None
    (before,) = backup.list_backups(path)
    page = settings_for(session, qtbot).backups_page
    page.backup_button.click()
    made = backup.list_backups(path)
    assert made[0].path != before.path  # a new backup, listed first
    assert page.table.rowCount() == len(made)  # rotation keeps the newest of each day


def test_restoring_a_backup_puts_it_in_place_and_keeps_the_current_file_aside(
    session: WindowSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = session.journal.path
    assert path is not None
    start_attack(session.journal, minutes_ago=10)  # after the backup
    assert len(session.journal.attacks.all()) == 2
    old_window = session.window
    answer_yes(monkeypatch)
    dialog = settings_for(session, qtbot)
    dialog.backups_page.table.selectRow(0)
    dialog.backups_page.restore_button.click()
    assert len(session.journal.attacks.all()) == 1
    assert session.journal.holds_writer_lock
    assert session.window is not old_window and session.window.isVisible()
    assert session.window.statusBar().currentMessage().startswith("Restored the journal")
    kept = [p for p in path.parent.glob("j.sqlite3.before-restore-*") if p.suffix != ".lock"]
    assert [p for p in kept if not p.name.endswith(("-wal", "-shm"))]


def test_moving_the_journal_takes_its_backups_and_the_next_start_opens_it_there(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    application([])
    old = default_journal_path()
    session = open_session(old)
    session.backup_at_start()
    start_attack(session.journal, minutes_ago=60)
    backup.make_backup(old, now=datetime.now().astimezone() - timedelta(days=1))  # kept
    target = tmp_path / "new place"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(target))
    settings_for(session, qtbot).journal_page.move_button.click()
    moved = target / old.name
    assert session.journal.path == moved and len(session.journal.attacks.all()) == 1
    assert not old.exists() and not backup.list_backups(old)
    assert len(backup.list_backups(moved)) == 2
    assert settings_store.remembered_journal_path() == moved
    session.close(take_backup=False)

    shown: list[MainWindow] = []
    monkeypatch.setattr(
        QApplication,
        "exec",
        lambda *_a: (
            shown.extend(
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            )
            or 0
        ),
    )
    assert run_app(default_journal_path(), ["migraine-journal"]) == 0
    assert [w.journal.path for w in shown] == [moved]
    assert not old.exists()


@pytest.mark.parametrize("same_disk", [True, False])
def test_moving_keeps_every_entry_whether_renamed_or_copied_and_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, same_disk: bool
) -> None:
    monkeypatch.setattr(relocate, "_same_filesystem", lambda *_a: same_disk)
    old = tmp_path / "a" / "j.sqlite3"
    with Journal.open(old) as journal:
        start_attack(journal, minutes_ago=60)
    backup.make_backup(old)
    before = backup.fingerprint(old)
    moved = relocate.move_journal(old, tmp_path / "b")
    assert moved == tmp_path / "b" / "j.sqlite3"
    assert backup.fingerprint(moved) == before
    assert len(backup.list_backups(moved)) == 1 and not backup.list_backups(old)
    assert not old.exists()


def test_moving_onto_another_journal_is_refused_and_moves_nothing(tmp_path: Path) -> None:
    old, other = tmp_path / "a" / "j.sqlite3", tmp_path / "b" / "j.sqlite3"
    for path in (old, other):
        Journal.open(path).close()
    with pytest.raises(JournalError, match="already a journal"):
        relocate.move_journal(old, other.parent)
    assert old.exists() and other.exists()


def test_delete_all_needs_the_typed_word(qtbot: QtBot) -> None:
    dialog = DeleteAllDialog([Path("x")])
    qtbot.addWidget(dialog)
    for typed in ("", "delete", "DELET", "yes"):
        dialog.word.setText(typed)
        assert not dialog.delete_button.isEnabled()
    dialog.word.setText("DELETE")
    assert dialog.delete_button.isEnabled()


def test_delete_all_refused_without_the_word_removes_nothing(
    session: WindowSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def type_and_close(dialog: DeleteAllDialog) -> int:
        dialog.word.setText("delete")
        dialog.delete_button.click()  # disabled: does nothing
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(DeleteAllDialog, "exec", type_and_close)
    path = session.journal.path
    assert path is not None
    settings_for(session, qtbot).privacy_page.delete_button.click()
    assert path.exists() and session.journal.attacks.all()


def test_delete_all_removes_exactly_the_files_it_listed_and_says_so(
    session: WindowSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed: list[str] = []

    def type_delete(dialog: DeleteAllDialog) -> int:
        listed.extend(dialog.files.item(i).text() for i in range(dialog.files.count()))
        dialog.word.setText("DELETE")
        dialog.delete_button.click()
        return int(dialog.result())

    said: list[str] = []
    monkeypatch.setattr(DeleteAllDialog, "exec", type_delete)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    path = session.journal.path
    assert path is not None
    theme.save_theme(theme.Theme.DARK)  # the settings file exists
    expected = wipe.files_to_wipe(path, settings_store.settings_file())
    assert path in expected and settings_store.settings_file() in expected
    page = settings_for(session, qtbot).privacy_page
    page.delete_button.click()
    assert listed == [str(p) for p in expected]
    # closing the journal folds away its -wal and -shm; everything else listed is removed
    assert {p for p in expected if not p.name.endswith(("-wal", "-shm"))} <= set(page.removed)
    assert set(page.removed) <= set(expected) | {
        backup.folder_for(path),
        path.with_name(path.name + ".lock"),
    }
    assert not [p for p in expected if p.exists()]
    assert session.closed and not session.window.isVisible()
    (message,) = said
    assert str(path) in message.replace(ZERO_WIDTH_SPACE, "")  # a path breaks after its /


@pytest.mark.parametrize("language", ["en_GB", "de_DE", "fr_FR"])
def test_every_settings_page_has_its_own_alt_key_in_each_language(
    session: WindowSession, qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """The page tabs had no mnemonics: each now has one, unique in the dialog, and
    pressing it shows that page."""
    try:
        translations.install(qapp, QLocale(language))
        dialog = settings_for(session, qtbot)
        dialog.show()
        tabs = dialog.tabs
        keys = [QKeySequence.mnemonic(tabs.tabText(i)) for i in range(tabs.count())]
        assert all(not key.isEmpty() for key in keys), [
            tabs.tabText(i) for i in range(tabs.count())
        ]
        assert len(set(keys)) == len(keys)
        for index in reversed(range(tabs.count())):
            combination = keys[index][0]
            dialog.activateWindow()  # the window behind takes it back once, as it starts
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            target = QApplication.focusWidget()
            qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
            assert tabs.currentIndex() == index, tabs.tabText(index)
    finally:
        translations.install(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
