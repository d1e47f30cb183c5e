"""Issue 16: "Attack now" pressed by mistake and left with Esc kept a 1-minute attack
with nothing in it (and a headache day). One started by one click and left within a
minute with nothing chosen is discarded, with an Undo; anything chosen keeps it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.attack.screen import DISCARD_WITHIN_SECONDS, AttackScreen

LEFT = Qt.MouseButton.LeftButton


def _attack_now(window: MainWindow, qtbot: QtBot) -> AttackScreen:
    qtbot.mouseClick(window.attack_now_button, LEFT)
    screen = window.dialog
    assert isinstance(screen, AttackScreen)
    return screen


def test_esc_at_once_with_nothing_chosen_discards_the_attack_and_offers_undo(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    screen = _attack_now(window, qtbot)
    started = screen.attack
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert window.dialog is None
    assert journal.attacks.count() == 0  # no 1-minute attack with nothing in it
    assert not window.banner.isVisible()
    assert window.day_view.undo_bar.isVisible()
    assert window.day_view.undo_text() == "Attack discarded: nothing was chosen."
    qtbot.mouseClick(window.day_view.undo_button, LEFT)
    (back,) = journal.attacks.open_attacks()
    assert back.id == started.id and back.start == started.start
    assert window.banner.isVisible()


def test_esc_after_choosing_the_pain_keeps_the_attack_open(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    screen = _attack_now(window, qtbot)
    qtbot.mouseClick(screen.pain.button(2), LEFT)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    (kept,) = journal.attacks.open_attacks()
    assert kept.pain == 2 and window.banner.isVisible()
    assert not window.day_view.undo_bar.isVisible()


def test_done_for_now_and_a_screen_left_after_a_minute_keep_the_attack(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    screen = _attack_now(window, qtbot)
    qtbot.mouseClick(screen.done_button, LEFT)  # chosen on purpose: kept
    assert len(journal.attacks.open_attacks()) == 1
    screen = _attack_now(window, qtbot)  # the open attack's screen: not just started
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert len(journal.attacks.open_attacks()) == 1
    operations.delete_attack(journal, journal.attacks.open_attacks()[0].id)
    window.refresh()
    screen = _attack_now(window, qtbot)
    screen._opened -= DISCARD_WITHIN_SECONDS + 1  # left open for over a minute
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    (kept,) = journal.attacks.open_attacks()
    assert kept.start > d.local_now() - timedelta(minutes=2)
