"""Help ▸ User guide and Help ▸ Keyboard shortcuts, both on this computer: the
windows they open (the menu entries are ui.app.help_menu's, at start; this module
loads when one is first chosen).

The guide is docs/user-guide.md, shipped with the app (journal/resources/guide, kept
the same as docs/ by tests/test_docs.py) and shown as Markdown in a QTextBrowser:
nothing is fetched, a link to a web page is never followed (only the guide's own
#sections are). Its screenshots show when they are at hand (a source checkout); an
installed app leaves them out rather than show broken pictures.

The shortcuts are read from the window's own menus, so the list cannot go stale,
with the keys that work inside the screens below them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.resources import resource_path

translate = QCoreApplication.translate

GUIDE = "guide/user-guide.md"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
CHECKOUT_DOCS = Path(__file__).resolve().parents[2] / "docs"
"""docs/ of a source checkout, where the guide's screenshots are (absent once installed)."""


def guide_text() -> str:
    """The guide's Markdown, without the pictures that are not at hand."""
    text = resource_path(GUIDE).read_text(encoding="utf-8")

    def picture(match: re.Match[str]) -> str:
        return match.group(0) if (CHECKOUT_DOCS / match.group(2)).is_file() else ""

    return IMAGE.sub(picture, text)


def slug(heading: str) -> str:
    """The anchor a heading gets in the guide's own links ("#keyboard-shortcuts")."""
    kept = "".join(
        c for c in heading.strip().lower() if c in " -_" or unicodedata.category(c)[0] in "LN"
    )
    return kept.replace(" ", "-")


class GuideDialog(QDialog):
    """The user guide, read here; its table of contents jumps within it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Migraine Journal — User guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing leaves the computer
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(CHECKOUT_DOCS)])
        self.browser.setMarkdown(guide_text())
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(self.tr("User guide"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(700, screen.height() - 80))

    def follow(self, url: QUrl) -> bool:
        """Go to a section of the guide; any other link is not followed. True when
        it went somewhere."""
        if url.scheme() or url.host() or not url.fragment():
            return False
        wanted = url.fragment()
        document: QTextDocument = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == wanted:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                self.browser.verticalScrollBar().setValue(
                    int(document.documentLayout().blockBoundingRect(block).top())
                )
                return True
            block = block.next()
        return False


def _screen_keys() -> list[tuple[str, str, str]]:
    """The keys inside the screens, in the user's language (lupdate reads these)."""
    return [
        (
            translate("KeyboardShortcuts", "0, 1, 2, 3"),
            translate("KeyboardShortcuts", "Attack screen, 2-hour question"),
            translate("KeyboardShortcuts", "Chooses the pain."),
        ),
        (
            translate("KeyboardShortcuts", "Esc"),
            translate("KeyboardShortcuts", "Attack screen"),
            translate("KeyboardShortcuts", "Done for now: closes it, the attack goes on."),
        ),
        (
            translate("KeyboardShortcuts", "Page Up, Page Down"),
            translate("KeyboardShortcuts", "Calendar"),
            translate("KeyboardShortcuts", "Previous or next month."),
        ),
        (
            translate("KeyboardShortcuts", "Home"),
            translate("KeyboardShortcuts", "Calendar"),
            translate("KeyboardShortcuts", "Today."),
        ),
        (
            translate("KeyboardShortcuts", "Enter"),
            translate("KeyboardShortcuts", "The day's entries"),
            translate("KeyboardShortcuts", "Edits the selected entry."),
        ),
        (
            translate("KeyboardShortcuts", "Delete"),
            translate("KeyboardShortcuts", "The day's entries"),
            translate("KeyboardShortcuts", "Deletes the selected entry (Undo puts it back)."),
        ),
        (
            translate("KeyboardShortcuts", "Enter"),
            translate("KeyboardShortcuts", "Check-in"),
            translate("KeyboardShortcuts", "Saves the check-in."),
        ),
        (
            translate("KeyboardShortcuts", "Y, N"),
            translate("KeyboardShortcuts", "Check-in"),
            translate("KeyboardShortcuts", "Answers a yes/no factor."),
        ),
    ]


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(keys, "Menu → Item") of every menu item with a shortcut, as the menus have
    them now, keys written as this system writes them."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, [*path, text])
            elif not action.shortcut().isEmpty() and isinstance(action, QAction):
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((keys, " → ".join([*path, text])))

    for menu in menus:
        walk(menu, [menu.title().replace("&", "")])
    return found


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts: the menus' (read from them) and the screens' keys."""

    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = [(keys, item, "") for keys, item in menu_shortcuts(menus)]
        rows += _screen_keys()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("Menu item or where"), self.tr("What it does")]
        )
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(760, screen.width() - 40), min(620, screen.height() - 80))


def show_guide(window: QMainWindow) -> GuideDialog:
    """The guide beside the diary (not modal), one at a time."""
    shown = window.findChild(GuideDialog)
    if isinstance(shown, GuideDialog):
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = GuideDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    menus = [a.menu() for a in window.menuBar().actions()]
    dialog = ShortcutsDialog([m for m in menus if isinstance(m, QMenu)], window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
