"""A form dialog opens tall enough for its wrapped labels (MIDAS at 150%: descenders were cut).

Qt sizes a new height-for-width window to at most 2/3 of the screen, so a dialog with
many wrapped labels opened at its bare minimum and squeezed each label into half-cut lines.
A 1.5x font stands in for 150% scaling on the 800x800 offscreen screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from ui.session import Session
from ui.visit.questionnaires import MidasDialog


def test_the_midas_dialog_opens_with_every_wrapped_label_whole(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = MidasDialog(Session(journal))
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    dialog.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    labels = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
    ]
    assert len(labels) >= 7
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
