"""The chosen pain button shows its whole text ("2 · Moderate"), not a clipped "? · Moderat"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from ui.attack.editor import AttackEditor
from ui.kit.widgets import PainSelector
from ui.kit.wrapping import drawn_text
from ui.session import Session


def _text_room(button: QPushButton) -> int:
    """The width the button's style leaves for its text, in its current (checked) state."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    contents = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    return contents.width()


@pytest.mark.parametrize("pain", [0, 1, 2, 3])
def test_the_chosen_pain_keeps_its_whole_text_in_the_attack_editor(
    qtbot: QtBot, journal: Journal, pain: int
) -> None:
    editor = AttackEditor(Session(journal), None, day=date.today() - timedelta(days=3))
    qtbot.addWidget(editor)
    editor.show()
    selector = editor.findChild(PainSelector)
    assert selector is not None
    selector.pick(pain)
    qtbot.wait(10)
    button = selector.button(pain)
    assert isinstance(button, QPushButton)
    assert button.isChecked()
    # its text may wrap between words where the dialog is narrow (ui.kit.wrapping)
    lines = drawn_text(button).split("\n")
    needed = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
    assert _text_room(button) >= needed, lines
    assert button.height() >= button.heightForWidth(button.width()), lines
