"""The recovery code stands whole, with room around it, never at the dialog's edge."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journal.crypto import keys
from ui.settings.passphrase_dialog import RecoveryCodeDialog

ROOM = 20
"""Pixels at least between the code's characters and the dialog's left and right edges."""


def test_the_recovery_code_keeps_room_from_the_dialog_edges_even_when_narrowed(
    qtbot: QtBot,
) -> None:
    code = keys.new_recovery_code().text
    dialog = RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for width in (dialog.width(), 200):  # as opened, and as narrow as the person drags it
        dialog.resize(width, dialog.height())
        qtbot.wait(10)
        label = dialog.code_label
        text_width = label.fontMetrics().horizontalAdvance(code)
        inside = label.contentsRect()
        assert inside.width() >= text_width
        text_left = label.mapTo(dialog, inside.center()).x() - text_width // 2
        text_right = text_left + text_width
        assert text_left >= ROOM
        assert dialog.width() - text_right >= ROOM
