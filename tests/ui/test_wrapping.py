"""Buttons and check boxes whose text wraps (ui.kit.wrapping): narrow, they grow taller
with whole lines instead of cutting their text; their text, mnemonic and click stay."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.kit.wrapping import (
    ZERO_WIDTH_SPACE,
    WrappingButton,
    WrappingCheckBox,
    breakable,
    drawn_text,
    wrap_text,
)

LONG = "Sensibilité à la lumière (photophobie) pendant la crise"


def _in_a_row(qtbot: QtBot, widget: QWidget, width: int) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.resize(width, 40)
    holder.show()
    qtbot.waitExposed(holder)
    QApplication.processEvents()
    return holder


def test_a_narrow_button_wraps_into_whole_lines_and_keeps_its_text(qtbot: QtBot) -> None:
    button = WrappingButton(f"&{LONG}")
    holder = _in_a_row(qtbot, button, 160)
    lines = drawn_text(button).split("\n")
    assert len(lines) >= 3
    assert button.text() == f"&{LONG}"  # the mnemonic and the text as given
    assert button.height() >= button.heightForWidth(button.width())
    widest = max(button.fontMetrics().horizontalAdvance(line.replace("&", "")) for line in lines)
    assert widest <= button.width()
    holder.resize(2000, 40)
    QApplication.processEvents()
    assert "\n" not in drawn_text(button)  # one line again where there is room


def test_a_button_is_never_narrower_than_its_longest_word(qtbot: QtBot) -> None:
    button = WrappingButton("Kopfschmerztagebuch ja")
    holder = _in_a_row(qtbot, button, 20)
    word = button.fontMetrics().horizontalAdvance("Kopfschmerztagebuch")
    assert button.width() >= word
    assert button.minimumSizeHint().width() >= word
    assert holder.isVisible()


def test_a_number_stays_with_its_unit(qtbot: QtBot) -> None:
    metrics = WrappingButton("x").fontMetrics()
    assert wrap_text("Metoclopramide 10 mg", metrics, 1) == "Metoclopramide\n10 mg"


def test_a_click_on_the_second_line_of_a_check_box_toggles_it(qtbot: QtBot) -> None:
    box = WrappingCheckBox(LONG)
    holder = _in_a_row(qtbot, box, 150)
    assert drawn_text(box).count("\n") >= 1
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() - 4))
    assert box.isChecked()
    assert box.text() == LONG and holder.isVisible()


def test_a_long_path_in_a_message_wraps_after_its_separators(qtbot: QtBot) -> None:
    """A path is one long word: in a message box it ran past the edge. Its separators
    become places to break (invisible); the sentence's other words stay as they are."""
    sentence = "The journal /home/someone/Documents/health/migraine-journal.sqlite3 is a folder."
    opened = breakable(sentence)
    assert opened.replace(ZERO_WIDTH_SPACE, "") == sentence
    assert opened.startswith("The journal /") and opened.endswith(" is a folder.")
    assert opened.count(ZERO_WIDTH_SPACE) >= 5
    assert breakable("Not saved: the disk is full.") == "Not saved: the disk is full."
    label = QLabel(opened)
    label.setWordWrap(True)
    qtbot.addWidget(label)
    metrics = label.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(w) for w in opened.replace(ZERO_WIDTH_SPACE, " ").split()
    )
    assert widest < metrics.horizontalAdvance("/home/someone/Documents/health/") + 1
    assert label.heightForWidth(widest + 10) > 2 * metrics.height()  # it wraps there
