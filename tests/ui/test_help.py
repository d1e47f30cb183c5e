"""Help ▸ User guide shows the guide shipped with the app, on this computer, and
Help ▸ Keyboard shortcuts lists the menus' shortcuts as they are set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.resources import resource_path
from ui.app import help as app_help
from ui.app.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _help_actions(window: MainWindow) -> dict[str, object]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return {a.text(): a for a in menu.actions() if a.text()}


def test_the_guide_shipped_with_the_app_is_the_one_in_docs() -> None:
    shipped = resource_path(app_help.GUIDE).read_text(encoding="utf-8")
    assert shipped == (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8"), (
        "copy docs/user-guide.md to journal/resources/guide/user-guide.md"
    )


def test_the_user_guide_opens_from_the_help_menu_on_f1(qtbot: QtBot, window: MainWindow) -> None:
    actions = _help_actions(window)
    assert list(actions)[:2] == ["&User guide", "&Keyboard shortcuts"]
    guide_action = actions["&User guide"]
    assert guide_action.shortcut().toString() == "F1"  # type: ignore[attr-defined]
    guide_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(app_help.GuideDialog)
    assert isinstance(dialog, app_help.GuideDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Keyboard shortcuts" in text and "Attack now" in text
    assert "](" not in text  # rendered, not the Markdown source
    qtbot.waitExposed(dialog)
    assert dialog.follow(QUrl("#keyboard-shortcuts"))
    assert dialog.browser.verticalScrollBar().value() > 0
    assert not dialog.follow(QUrl("https://example.org/migraine"))  # never followed
    guide_action.trigger()  # type: ignore[attr-defined]
    assert len(window.findChildren(app_help.GuideDialog)) == 1
    dialog.close()


def test_the_keyboard_shortcuts_are_read_from_the_menus(window: MainWindow) -> None:
    _help_actions(window)["&Keyboard shortcuts"].trigger()  # type: ignore[attr-defined]
    dialog = QApplication.activeModalWidget() or window.findChild(app_help.ShortcutsDialog)
    assert isinstance(dialog, app_help.ShortcutsDialog)
    table = dialog.table
    rows = {
        (table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())
    }
    assert ("Ctrl+N", "Entry → Attack now") in rows
    assert ("Ctrl+Z", "Entry → Undo") in rows
    assert ("F1", "Help → User guide") in rows
    assert any(table.item(row, 2).text() == "Chooses the pain." for row in range(table.rowCount()))
    dialog.close()
