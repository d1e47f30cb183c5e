"""Ending an attack from the main window, and the attack someone forgot to end.

An attack open for more than 24 hours was most likely never ended: "Attack now"
and "End attack now" then ask when it ended (offering a few hours after its start,
not now), instead of silently reopening it or making it last for days. "End attack
now" can be undone from the banner for a while.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from journal.validation import left_open_too_long
from ui.attack.banner import ForgottenAttackDialog
from ui.kit.feedback import show_error
from ui.kit.locale_text import moment_text

translate = QCoreApplication.translate
"""Qt's translate: the window's texts are in the MainWindow context."""


if TYPE_CHECKING:
    from ui.app.main_window import MainWindow


def attack_now_while_open(
    window: MainWindow, already: d.Attack, minutes_ago: int = 0
) -> d.Attack | None:
    """ "Attack now" with an attack open: its screen opens, unless it was forgotten
    (open > 24 h), when the person says when it ended or that it goes on."""
    now = d.local_now()
    if left_open_too_long(already, now):
        dialog = ForgottenAttackDialog(already, now, window, starting_new=True)
        answer = dialog.exec()
        if answer == ForgottenAttackDialog.END:
            if _end(window, already, dialog.chosen_end()) is None:
                return None
            return window.start_attack_at(now - timedelta(minutes=minutes_ago))
        if answer != ForgottenAttackDialog.STILL_GOING:
            return None
    else:
        window.statusBar().showMessage(
            translate("MainWindow", "An attack is already in progress."), 8000
        )
    window.open_attack_screen(already)
    return already


def end_attack_now(window: MainWindow, attack: d.Attack | None) -> d.Attack | None:
    """End `attack` now (or, open > 24 h, when the person says) and offer Undo."""
    if attack is None:
        return None
    now = d.local_now()
    end = now
    if left_open_too_long(attack, now):
        dialog = ForgottenAttackDialog(attack, now, window, starting_new=False)
        if dialog.exec() != ForgottenAttackDialog.END:
            return None
        end = dialog.chosen_end()
    ended = _end(window, attack, end)
    if ended is None:
        return None
    window.banner.offer_undo(ended)
    window.statusBar().showMessage(
        translate("MainWindow", "Attack ended at {0}.").format(moment_text(end)),
        8000,
    )
    return ended


def undo_end(window: MainWindow, ended: d.Attack | None) -> None:
    """Open the attack again, as it was before "End attack now"."""
    if ended is None:
        return
    try:
        window.session.run_by(window, operations.reopen_attack, ended)
    except JournalError as error:
        window.banner.forget_undo()  # deleted or changed since: this Undo is gone for good
        show_error(window, error)
        return
    window.banner.forget_undo()
    window.statusBar().showMessage(translate("MainWindow", "The attack is open again."), 8000)


def _end(window: MainWindow, attack: d.Attack, end: datetime) -> d.Attack | None:
    try:
        return window.session.run_by(window, operations.end_attack, attack.id, end)
    except JournalError as error:
        show_error(window, error)
        return None
