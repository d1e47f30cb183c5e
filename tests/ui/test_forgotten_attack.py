"""An attack left open for days: "Attack now" and "End attack now" ask when it ended."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from journal.validation import TYPICAL_ATTACK
from ui.app.main_window import MainWindow
from ui.attack.banner import ForgottenAttackDialog
from ui.attack.screen import AttackScreen
from ui.kit.locale_text import moment_text
from ui.kit.time_fields import read_time, set_time

LEFT = Qt.MouseButton.LeftButton


def _forgotten(journal: Journal, days: int = 4) -> d.Attack:
    start = (d.local_now() - timedelta(days=days)).replace(hour=9, minute=30, second=0)
    return operations.start_attack(journal, start.replace(microsecond=0), pain=2)


def _answer(act: Callable[[ForgottenAttackDialog], None], seen: list[str]) -> None:
    """Answer the forgotten-attack question once it is shown (it runs modally)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ForgottenAttackDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        seen.append(f"{read_time(dialog.end):%Y-%m-%d %H:%M}")
        act(dialog)

    QTimer.singleShot(0, answer)


def _end_at(moment: datetime) -> Callable[[ForgottenAttackDialog], None]:
    def act(dialog: ForgottenAttackDialog) -> None:
        set_time(dialog.end, moment)
        dialog.end_button.click()

    return act


def _close_dialog(window: MainWindow) -> None:
    if window.dialog is not None:
        window.dialog.done(QDialog.DialogCode.Accepted)


def test_attack_now_with_a_days_old_open_attack_asks_when_it_ended_and_starts_a_new_one(
    window: MainWindow, journal: Journal
) -> None:
    old = _forgotten(journal)
    ended_at = old.start + timedelta(hours=6)
    seen: list[str] = []
    _answer(_end_at(ended_at), seen)
    new = window.attack_now()
    started = moment_text(old.start)  # the one date-and-time format of the window
    assert f"An attack from {started} is still open. When did it end?" in seen[0]
    assert seen[1] == f"{old.start + TYPICAL_ATTACK:%Y-%m-%d %H:%M}"
    assert journal.attacks.get(old.id).end == ended_at
    (still_open,) = journal.attacks.open_attacks()
    assert new is not None and still_open.id == new.id != old.id
    assert d.local_now() - still_open.start < timedelta(minutes=1)
    assert isinstance(window.dialog, AttackScreen)
    _close_dialog(window)


def test_it_is_still_going_on_keeps_the_old_attack_open_and_opens_its_screen(
    window: MainWindow, journal: Journal
) -> None:
    old = _forgotten(journal, days=2)
    _answer(lambda dialog: dialog.other_button.click(), [])
    again = window.attack_now()
    assert again is not None and again.id == old.id
    assert journal.attacks.get(old.id).end is None
    assert len(journal.attacks.all()) == 1
    assert isinstance(window.dialog, AttackScreen)
    _close_dialog(window)


def test_closing_the_question_changes_nothing(window: MainWindow, journal: Journal) -> None:
    old = _forgotten(journal)
    _answer(lambda dialog: dialog.reject(), [])
    assert window.attack_now() is None
    assert journal.attacks.get(old.id).end is None
    assert len(journal.attacks.all()) == 1


def test_end_attack_now_on_a_days_old_attack_asks_for_the_end_instead_of_using_now(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    old = _forgotten(journal)
    window.refresh()
    seen: list[str] = []
    _answer(lambda dialog: dialog.end_button.click(), seen)
    qtbot.mouseClick(window.banner.end_button, LEFT)
    assert seen[1] == f"{old.start + TYPICAL_ATTACK:%Y-%m-%d %H:%M}"
    assert journal.attacks.get(old.id).end == old.start + TYPICAL_ATTACK


def test_end_attack_now_on_a_recent_attack_ends_it_now_without_asking(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    attack = operations.start_attack(journal, d.local_now() - timedelta(hours=3))
    window.refresh()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    end = journal.attacks.get(attack.id).end
    assert end is not None and d.local_now() - end < timedelta(minutes=1)


def test_ending_an_attack_by_mistake_can_be_undone_from_the_banner(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    attack = operations.start_attack(journal, d.local_now() - timedelta(minutes=40))
    window.refresh()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    assert journal.attacks.get(attack.id).end is not None
    assert window.banner.isVisible() and window.banner.undo_button.isVisible()
    assert "Attack ended" in window.banner.label.text()
    qtbot.mouseClick(window.banner.undo_button, LEFT)
    assert journal.attacks.get(attack.id).end is None
    assert window.banner.end_button.isVisible() and not window.banner.undo_button.isVisible()
