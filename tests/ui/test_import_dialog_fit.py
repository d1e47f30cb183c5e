"""The import dialog stays within a 1024x700 screen whatever it shows (issue 16: with
the column mapping and the date question it grew to 669 px at y=66, its buttons off
the bottom), and quotes an ambiguous date as the file writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal.exchange.parsing import date_order
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.exchange.import_dialog import ImportDialog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
FREE = QRect(0, 0, 1024, 700 - 32)  # a 1024x700 screen less a panel


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: FREE)
    return FREE


def on_screen(widget: QWidget) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return FREE.contains(QRect(top_left, widget.size()))


def test_the_dialog_with_mapping_and_date_question_stays_on_a_small_screen(
    qtbot: QtBot, window: MainWindow, journal: Journal, small_screen: QRect
) -> None:
    window.setGeometry(0, 24, 1024, 640)
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_file(FIXTURES / "mixed_dates.csv")
    assert not dialog.mapping_group.isHidden() and not dialog.date_order_box.isHidden()
    dialog.date_order_box.setCurrentIndex(dialog.date_order_box.findData("dmy"))
    assert dialog.plan is not None and dialog.messages()
    QApplication.processEvents()
    assert dialog.frameGeometry().height() <= FREE.height()
    assert dialog.height() <= FREE.height() - 48  # room for a title bar
    for button in (dialog.import_button, *dialog.buttons.buttons()):
        assert on_screen(button), button.text()


def test_the_date_question_quotes_the_whole_date_as_written() -> None:
    assert date_order(["10/05/2026 14:00"]) == (None, "10/05/2026")
    assert date_order(["4/03/26"]) == (None, "4/03/26")


def test_the_dialog_quotes_the_files_ambiguous_date(qtbot: QtBot, journal: Journal) -> None:
    from ui.session import Session

    dialog = ImportDialog(Session(journal))
    qtbot.addWidget(dialog)
    dialog.set_file(FIXTURES / "mixed_dates.csv")
    assert "“10/05/2026”" in dialog.error_label.text()


def test_the_wheel_scrolls_the_mapping_and_changes_no_column(
    qtbot: QtBot, window: MainWindow, small_screen: QRect
) -> None:
    from tests.ui.test_wheel_guard import turn_wheel

    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_file(FIXTURES / "mixed_dates.csv")
    dialog.import_button.setFocus()
    start = dialog.mapping_boxes["start"]
    chosen = start.currentText()
    turn_wheel(start, 3)
    assert start.currentText() == chosen
