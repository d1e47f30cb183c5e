"""The app's side of passphrase protection: asking at start, turning it on, changing
it and off from Settings > Privacy, auto-lock, and the "not encrypted" notices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal.crypto import keys, protect
from journal.storage import Journal
from tests.ui.conftest_attack import start_attack
from ui.app import journal_file, startup
from ui.app.auto_lock import AutoLock
from ui.app.main_window import MainWindow
from ui.app.start import application
from ui.app.startup import Refused, WindowSession, open_session
from ui.kit import settings_store
from ui.settings.dialog import SettingsDialog
from ui.settings.passphrase_dialog import (
    NewPassphraseDialog,
    PassphraseDialog,
    RecoveryCodeDialog,
    paint_recovery_code,
)
from ui.settings.protection import ProtectionBox

FAST = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # tests only
PASSPHRASE = "blue kettle at dawn"
NEW_PASSPHRASE = "quiet harbour lights"


@pytest.fixture(autouse=True)
def fast_and_clean(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Weak key derivation (tests only), default preferences, every session closed."""
    monkeypatch.setattr(journal_file, "KDF_PARAMS", FAST)
    settings_store.forget_preferences()
    yield
    for session in list(startup._SESSIONS):
        session.close(take_backup=False)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    settings_store.forget_preferences()


def journal_with_an_attack(tmp_path: Path, *, passphrase: str | None = None) -> Path:
    path = tmp_path / "journal" / "j.sqlite3"
    with Journal.open(path) as journal:
        start_attack(journal, minutes_ago=60)
    if passphrase is not None:
        protect.enable(path, passphrase, recovery=False, params=FAST)
    return path


def answer_at_start(monkeypatch: pytest.MonkeyPatch, *typed: str, code: bool = False) -> list[str]:
    """Type each text into the start-up passphrase dialog in turn (Cancel when none
    opened the journal); returns what the dialog said after each try."""
    said: list[str] = []

    def exec_(dialog: PassphraseDialog) -> int:
        if code:
            dialog.use_recovery_code()
        for text in typed:
            dialog.field.setText(text)
            dialog.ok_button.click()
            said.append(dialog.problem.text())
            if dialog.result() == QDialog.DialogCode.Accepted:
                return int(dialog.result())
            assert dialog.field.text() == text  # the typed text is kept
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    return said


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def shown(path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str | None) -> WindowSession:
    application([])
    if passphrase is not None:
        answer_at_start(monkeypatch, passphrase)
    session = open_session(path)
    session.window.show()
    return session


def protection_box(session: WindowSession, qtbot: QtBot) -> ProtectionBox:
    dialog = SettingsDialog(session, session.window)
    qtbot.addWidget(dialog)
    return dialog.privacy_page.protection


# -- at start ---------------------------------------------------------------------


def test_start_asks_for_the_passphrase_and_opens_the_protected_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    said = answer_at_start(monkeypatch, PASSPHRASE)
    session = open_session(path)
    assert said == [""]
    assert len(session.journal.attacks.all()) == 1
    assert session.passphrase == PASSPHRASE


def test_wrong_passphrase_at_start_says_so_and_changes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    before = snapshot(tmp_path)
    said = answer_at_start(monkeypatch, "not the passphrase", "also wrong!")
    with pytest.raises(Refused) as refused:
        open_session(path)
    assert said == ["That passphrase does not open this journal."] * 2
    assert refused.value.status == 0  # Cancel quits calmly
    assert snapshot(tmp_path) == before


def test_a_wrong_passphrase_then_the_right_one_opens_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    said = answer_at_start(monkeypatch, "nope nope nope", PASSPHRASE)
    session = open_session(path)
    assert said == ["That passphrase does not open this journal.", ""]
    assert len(session.journal.attacks.all()) == 1


def test_cancel_at_start_quits_without_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    answer_at_start(monkeypatch)
    with pytest.raises(Refused) as refused:
        open_session(path)
    assert refused.value.status == 0
    assert startup._SESSIONS == []


def test_the_recovery_code_link_opens_the_journal_with_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path)
    code = protect.enable(path, PASSPHRASE, params=FAST)
    assert code is not None
    said = answer_at_start(monkeypatch, PASSPHRASE[:-1], code.text, code=True)
    session = open_session(path)
    assert said == ["That recovery code does not open this journal.", ""]
    assert len(session.journal.attacks.all()) == 1


def test_the_recovery_code_field_shows_what_is_typed(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(lambda _secret: None)
    qtbot.addWidget(dialog)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    dialog.forgot.linkActivated.emit("#code")
    assert dialog.using_code
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal


# -- turning it on, changing it, turning it off ------------------------------------


def test_a_new_passphrase_needs_eight_characters_typed_twice_alike(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog(export=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and "cannot be recovered" in dialog.warning.text()
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.ok_button.click()
    assert dialog.first_problem.text() == "Use at least 8 characters."
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert dialog.first_problem.text() == ""
    assert dialog.second_problem.text() == "The two passphrases are not the same."
    assert dialog.isVisible() and dialog.first.text() == PASSPHRASE  # typed input kept
    dialog.second.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_protecting_from_settings_encrypts_shows_a_working_recovery_code_and_reopens(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path)
    session = shown(path, monkeypatch, None)
    old_window = session.window
    box = protection_box(session, qtbot)
    assert box.protect_button.isVisibleTo(box) and not box.auto_lock.isEnabled()
    box.protect_button.click()
    ask = box.dialog
    assert isinstance(ask, NewPassphraseDialog)
    ask.first.setText(PASSPHRASE)
    ask.second.setText("something else")
    ask.ok_button.click()
    assert not protect.is_protected(path)  # not matching: nothing happened
    ask.second.setText(PASSPHRASE)
    ask.ok_button.click()
    assert protect.is_protected(path)
    assert session.passphrase == PASSPHRASE
    assert session.window is not old_window and session.window.isVisible()
    assert len(session.journal.attacks.all()) == 1
    shown_code = box.recovery_dialog
    assert isinstance(shown_code, RecoveryCodeDialog) and shown_code.isVisible()
    code = shown_code.code_label.text()
    shown_code.done_button.click()
    session.close(take_backup=False)
    with Journal.open(path, passphrase=code) as journal:
        assert len(journal.attacks.all()) == 1
    with pytest.raises(keys.PassphraseNeeded):
        Journal.open(path)


def test_export_first_writes_the_journal_and_says_it_is_not_encrypted(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = shown(journal_with_an_attack(tmp_path), monkeypatch, None)
    target = tmp_path / "export.json"
    titles: list[str] = []

    def save_as(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        titles.append(title)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    box = protection_box(session, qtbot)
    box.protect_button.click()
    assert isinstance(box.dialog, NewPassphraseDialog)
    box.dialog.export_button.click()
    assert target.exists() and "not encrypted" in titles[0]
    assert "not encrypted" in box.state.text()


def test_changing_the_passphrase_checks_the_old_one_and_only_the_new_one_opens(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    session = shown(path, monkeypatch, PASSPHRASE)
    box = protection_box(session, qtbot)
    box.change_button.click()
    old = box.dialog
    assert isinstance(old, PassphraseDialog)
    old.field.setText("wrong wrong")
    old.ok_button.click()
    assert old.problem.text() == "That passphrase does not open this journal."
    old.field.setText(PASSPHRASE)
    old.ok_button.click()
    new = box.dialog
    assert isinstance(new, NewPassphraseDialog)
    new.first.setText(NEW_PASSPHRASE)
    new.second.setText(NEW_PASSPHRASE)
    new.ok_button.click()
    assert session.passphrase == NEW_PASSPHRASE
    assert len(session.journal.attacks.all()) == 1
    keys.data_key_for(path, NEW_PASSPHRASE)
    with pytest.raises(keys.WrongPassphrase):
        keys.data_key_for(path, PASSPHRASE)


def test_turning_protection_off_decrypts_back_to_a_plain_journal(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    session = shown(path, monkeypatch, PASSPHRASE)
    box = protection_box(session, qtbot)
    assert box.off_button.isVisibleTo(box) and box.auto_lock.isEnabled()
    box.off_button.click()
    ask = box.dialog
    assert isinstance(ask, PassphraseDialog)
    ask.field.setText(PASSPHRASE)
    ask.ok_button.click()
    assert not protect.is_protected(path)
    assert session.passphrase is None
    assert len(session.journal.attacks.all()) == 1
    session.close(take_backup=False)
    with Journal.open(path) as journal:
        assert len(journal.attacks.all()) == 1


def test_the_recovery_code_prints_in_large_dark_letters(tmp_path: Path) -> None:
    code = keys.new_recovery_code().text
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    paint_recovery_code(image, code)
    dark = sum(
        1
        for x in range(0, 800, 4)
        for y in range(150, 320, 4)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
    assert dark > 200  # the code's letters, below the heading
    pdf = tmp_path / "code.pdf"
    writer = QPdfWriter(str(pdf))
    paint_recovery_code(writer, code)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000


# -- auto-lock ---------------------------------------------------------------------


def test_auto_lock_choice_is_remembered_and_given_to_the_running_lock(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    session = shown(path, monkeypatch, PASSPHRASE)
    box = protection_box(session, qtbot)
    box.auto_lock.setCurrentIndex(box.auto_lock.findData(15))
    assert settings_store.auto_lock_minutes() == 15
    assert session.auto_lock is not None and session.auto_lock.minutes == 15


def locking(session: WindowSession, minutes: int) -> tuple[AutoLock, list[float]]:
    """A lock with a clock the test moves by hand, polling every 10 ms."""
    now = [1000.0]
    if session.auto_lock is not None:
        session.auto_lock.stop()
    session.auto_lock = AutoLock(session, minutes, clock=lambda: now[0], poll_ms=10)
    return session.auto_lock, now


def test_auto_lock_hides_the_data_after_idle_minutes_and_the_passphrase_unlocks(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    session = shown(path, monkeypatch, PASSPHRASE)
    window: MainWindow = session.window
    lock, now = locking(session, 5)
    now[0] += 4 * 60
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # input resets the idle time
    now[0] += 4 * 60
    lock.check()
    assert not lock.locked
    open_dialog = QDialog(window)
    open_dialog.show()
    now[0] += 60
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    central = window.centralWidget()
    assert central is not None and not central.isVisible()
    assert not open_dialog.isVisible()
    assert lock.screen is not None and lock.screen.isVisible()
    assert "Journal locked" in lock.screen.message.text()
    assert not window.menuBar().isEnabled()
    lock.screen.unlock_button.click()
    ask = lock.unlock_dialog
    assert ask is not None
    ask.field.setText("not it at all")
    ask.ok_button.click()
    assert lock.locked and ask.problem.text() == "That passphrase does not open this journal."
    ask.field.setText(PASSPHRASE)
    ask.ok_button.click()
    assert not lock.locked
    assert central.isVisible() and window.menuBar().isEnabled()
    assert len(session.journal.attacks.all()) == 1  # the journal stayed open


def test_auto_lock_hides_the_recovery_code_and_shows_it_again_after_unlocking(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path, passphrase=PASSPHRASE)
    session = shown(path, monkeypatch, PASSPHRASE)
    lock, _now = locking(session, 5)
    code = RecoveryCodeDialog(keys.new_recovery_code().text, session.window)
    qtbot.addWidget(code)
    finished: list[int] = []
    code.finished.connect(finished.append)
    code.open()
    lock.lock()
    assert not code.isVisible()
    ask = lock.ask_passphrase()
    ask.field.setText(PASSPHRASE)
    ask.ok_button.click()
    assert code.isVisible() and finished == []  # never closed, so it can still be read


def test_auto_lock_never_locks_a_journal_without_a_passphrase(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = shown(journal_with_an_attack(tmp_path), monkeypatch, None)
    lock, now = locking(session, 5)
    now[0] += 60 * 60
    qtbot.wait(50)
    lock.check()
    assert not lock.locked


def test_auto_lock_counts_the_idle_time_from_when_the_journal_became_protected(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = shown(journal_with_an_attack(tmp_path), monkeypatch, None)
    lock, now = locking(session, 5)  # no passphrase: input is not even watched
    now[0] += 60 * 60
    session.passphrase = PASSPHRASE  # protection turned on in Settings
    lock.check()
    assert not lock.locked  # the hour before does not count
    now[0] += 4 * 60
    qtbot.keyClick(session.window, Qt.Key.Key_Shift)  # watched now: input resets it
    now[0] += 4 * 60
    lock.check()
    assert not lock.locked
    now[0] += 60
    lock.check()
    assert lock.locked


# -- the export notice ---------------------------------------------------------------


def test_export_says_the_saved_file_is_not_encrypted(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    titles: list[str] = []

    def save_as(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        titles.append(title)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no error expected"))
    window.export_journal()
    assert target.exists()
    assert "not encrypted" in titles[0]
    assert "not encrypted" in window.statusBar().currentMessage()


def test_a_recovery_code_nobody_confirmed_is_shown_at_the_next_start(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journal_with_an_attack(tmp_path)
    given: list[keys.RecoveryCode] = []  # the app stopped before the code was shown
    protect.enable(path, PASSPHRASE, params=FAST, show_code=given.append)
    session = shown(path, monkeypatch, PASSPHRASE)

    def code_dialog() -> RecoveryCodeDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: code_dialog() is not None)
    shown_code = code_dialog()
    assert shown_code is not None and shown_code.code_label.text() == given[0].text
    assert protect.unseen_code(path) == given[0].text
    shown_code.done_button.click()
    assert protect.unseen_code(path) == ""
    session.close(take_backup=False)
