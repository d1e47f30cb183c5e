"""The documentation cannot drift from the app: every image and relative link in
README.md and docs/*.md exists, every shortcut the user guide lists is set on that
menu item of the main window (and every menu shortcut is listed), every key it
lists inside a screen does what it says, and every command-line verb and option it
names exists in journal.cli.build_parser().
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.cli import build_parser
from tests.ui import conftest as window_fixtures
from tests.ui.conftest_attack import add_medications, start_attack
from ui.app.main_window import MainWindow
from ui.attack.editor import AttackEditor
from ui.attack.screen import AttackScreen
from ui.medication.follow_up import PainFollowUpDialog

journal = window_fixtures.journal
window = window_fixtures.window
"""The main-window fixtures of tests/ui/conftest.py, used here as they are."""

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "user-guide.md"
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- reading the documents ----------------------------------------------------


def prose(text: str) -> str:
    """The text without code blocks and inline code, where brackets are not links."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to -."""
    kept = "".join(
        c for c in heading.strip().lower() if c in " -_" or unicodedata.category(c)[0] in "LN"
    )
    return kept.replace(" ", "-")


def anchors(text: str) -> set[str]:
    return {slug(line.lstrip("#")) for line in FENCE.sub("", text).splitlines() if line[:1] == "#"}


def section(text: str, title: str) -> str:
    """The body of the `## title` section."""
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def table_rows(text: str) -> Iterator[list[str]]:
    """The body rows of every Markdown table in `text`, cell by cell."""
    for line in text.splitlines():
        if not line.startswith("|") or set(line) <= set("|- "):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] not in {"Shortcut", "Key", "Command", "System"}:
            yield cells


def guide_tables(title: str) -> list[list[list[str]]]:
    """The tables of a guide section, each a list of rows, in order."""
    tables: list[list[list[str]]] = []
    previous_was_row = False
    for line in section(GUIDE.read_text(encoding="utf-8"), title).splitlines():
        is_row = line.startswith("|")
        if is_row and not previous_was_row:
            tables.append([])
        if is_row:
            tables[-1].extend(table_rows(line))
        previous_was_row = is_row
    return tables


MENU_SHORTCUTS, SCREEN_KEYS = guide_tables("Keyboard shortcuts")


# -- images and links ---------------------------------------------------------


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_image_and_relative_link_in_the_docs_points_at_something_that_exists(
    document: Path,
) -> None:
    text = document.read_text(encoding="utf-8")
    missing = []
    for target in LINK.findall(prose(text)):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto: are not files
        path, _, anchor = target.partition("#")
        linked = (document.parent / path).resolve() if path else document
        unknown_anchor = bool(anchor) and linked.suffix == ".md"
        if not linked.exists() or (unknown_anchor and anchor not in anchors(linked.read_text())):
            missing.append(target)
        elif linked.suffix == ".png" and not linked.read_bytes().startswith(PNG_SIGNATURE):
            missing.append(f"{target} (not a PNG image)")
    assert missing == [], f"{document.name} links to what does not exist: {missing}"


def test_the_readme_links_to_the_user_guide() -> None:
    assert "(docs/user-guide.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_guide_shows_screenshots() -> None:
    images = re.findall(r"!\[[^\]]+\]\((screenshots/[^)]+\.png)\)", GUIDE.read_text())
    assert len(set(images)) >= 10


# -- menu shortcuts -----------------------------------------------------------


def plain(text: str) -> str:
    """A menu text as the guide writes it: no & mnemonic, no trailing note in brackets."""
    return re.sub(r"\s*\(.*\)$", "", text.replace("&", "")).strip()


def menu_items(window: MainWindow) -> dict[str, tuple[str, ...]]:
    """Each shortcut of the menu bar (portable text) and the menu path of its item."""
    found: dict[str, tuple[str, ...]] = {}

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        for action in menu.actions():
            item = (*path, plain(action.text()))
            if action.menu() is not None:
                walk(action.menu(), item)  # type: ignore[arg-type]
            for shortcut in action.shortcuts():
                found[shortcut.toString(QKeySequence.SequenceFormat.PortableText)] = item

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, (plain(top.text()),))
    return found


def documented_shortcut(row: list[str]) -> tuple[str, tuple[str, ...]]:
    keys, item = row[0].strip("`"), row[1]
    return keys, tuple(plain(part) for part in item.split("→"))


def test_the_guide_lists_the_menu_shortcuts_in_a_table() -> None:
    assert len(MENU_SHORTCUTS) >= 10
    assert all(row[0].startswith("`") for row in MENU_SHORTCUTS)


@pytest.mark.parametrize("row", MENU_SHORTCUTS, ids=lambda row: row[0].strip("`"))
def test_each_shortcut_in_the_guide_is_set_on_the_menu_item_it_names(
    window: MainWindow, row: list[str]
) -> None:
    keys, item = documented_shortcut(row)
    shortcuts = menu_items(window)
    assert keys in shortcuts, f"no menu item of the main window has the shortcut {keys}"
    assert shortcuts[keys] == item, f"{keys} is set on {' → '.join(shortcuts[keys])}"


def test_every_menu_shortcut_of_the_main_window_is_in_the_guide(window: MainWindow) -> None:
    listed = {documented_shortcut(row)[0] for row in MENU_SHORTCUTS}
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    listed |= {keys.toString(QKeySequence.SequenceFormat.PortableText) for keys in quit_keys}
    actions = {
        shortcut.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for shortcut in action.shortcuts()
    }
    assert actions - listed == set(), "add these shortcuts to docs/user-guide.md"


# -- keys inside the screens --------------------------------------------------


def _select_a_past_attack(window: MainWindow) -> d.Attack:
    """An attack that ended an hour ago, selected in the day's entries."""
    now = d.local_now()
    attack = d.Attack(start=now - timedelta(hours=3), end=now - timedelta(hours=1), pain=2)
    attack = operations.save_attack(window.journal, attack)
    window.refresh()
    window.calendar.select_day(attack.start.date())
    window.day_view.list.setCurrentIndex(window.day_view.model.index(0, 0))
    return attack


def _pain_keys(qtbot: QtBot, window: MainWindow) -> None:
    attack = start_attack(window.journal)
    window.open_attack_screen(attack)
    screen = window.dialog
    assert isinstance(screen, AttackScreen)
    qtbot.keyClick(screen.done_button, Qt.Key.Key_2)
    assert window.journal.attacks.get(attack.id).pain == 2
    triptan = add_medications(window.journal).triptan
    taken = d.local_now() - timedelta(hours=2)
    dose = operations.record_dose(window.journal, d.Dose(triptan.id, taken, "50 mg", attack.id, 2))
    follow_up = PainFollowUpDialog(window.session, dose, window)
    qtbot.addWidget(follow_up)
    follow_up.show()
    qtbot.keyClick(follow_up.later_button, Qt.Key.Key_1)  # not yet turned to: no answer
    assert window.journal.doses.get(dose.id).pain_2h is None
    qtbot.keyClick(follow_up.later_button, Qt.Key.Key_Tab)  # "press Tab first"
    qtbot.keyClick(follow_up.later_button, Qt.Key.Key_1)
    assert window.journal.doses.get(dose.id).pain_2h == 1


def _escape(qtbot: QtBot, window: MainWindow) -> None:
    attack = start_attack(window.journal)
    window.open_attack_screen(attack)
    screen = window.dialog
    assert isinstance(screen, AttackScreen)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert window.journal.attacks.get(attack.id).end is None


def _page_keys(qtbot: QtBot, window: MainWindow) -> None:
    calendar = window.calendar
    calendar.select_day(date(2025, 3, 20))
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageDown)
    assert (calendar.grid.yearShown(), calendar.grid.monthShown()) == (2025, 4)
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageUp)
    assert calendar.grid.monthShown() == 3


def _home(qtbot: QtBot, window: MainWindow) -> None:
    window.calendar.select_day(date(2024, 1, 15))
    qtbot.keyClick(window.calendar.grid.view, Qt.Key.Key_Home)
    assert window.calendar.selected_day() == date.today()


def _enter_edits(qtbot: QtBot, window: MainWindow) -> None:
    _select_a_past_attack(window)
    qtbot.keyClick(window.day_view.list, Qt.Key.Key_Return)
    editor = window.day_view._dialog
    assert isinstance(editor, AttackEditor)
    editor.reject()


def _delete(qtbot: QtBot, window: MainWindow) -> None:
    attack = _select_a_past_attack(window)
    qtbot.keyClick(window.day_view.list, Qt.Key.Key_Delete)
    assert window.journal.attacks.find(attack.id) is None
    assert window.day_view.undo_bar.isVisible()


def _check_in_keys(qtbot: QtBot, window: MainWindow, key: str) -> None:
    checkin = window.checkin_column.checkin
    alcohol = checkin.editor("Alcohol")
    qtbot.keyClick(alcohol, key)
    qtbot.keyClick(alcohol, Qt.Key.Key_Return)
    entry = window.journal.day_entries.on(d.local_now().date())
    assert entry is not None, "Enter did not save the check-in"
    assert [v.value for v in entry.values] == [1.0 if key == "y" else 0.0]


SCREEN_CHECKS: dict[tuple[str, str], Callable[[QtBot, MainWindow], None]] = {
    ("0, 1, 2, 3", "Attack screen, 2-hour question"): _pain_keys,
    ("Esc", "Attack screen"): _escape,
    ("Page Up, Page Down", "Calendar"): _page_keys,
    ("Home", "Calendar"): _home,
    ("Enter", "The day's entries"): _enter_edits,
    ("Delete", "The day's entries"): _delete,
    ("Enter", "Check-in"): lambda qtbot, window: _check_in_keys(qtbot, window, "y"),
    ("Y, N", "Check-in"): lambda qtbot, window: _check_in_keys(qtbot, window, "n"),
}
"""What each key of the guide's second table must do, checked in the real window."""


@pytest.mark.parametrize("row", SCREEN_KEYS, ids=lambda row: f"{row[0]} in {row[1]}")
def test_each_key_the_guide_lists_inside_a_screen_does_what_it_says(
    qtbot: QtBot, window: MainWindow, row: list[str]
) -> None:
    check = SCREEN_CHECKS.get((row[0], row[1]))
    assert check is not None, f"add a check for the key {row[0]} ({row[1]}) to tests/test_docs.py"
    check(qtbot, window)


# -- the command line ---------------------------------------------------------


def verbs() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    found = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(found.choices)


def test_every_command_the_guide_names_exists() -> None:
    named = set(re.findall(r"migraine-journal ([a-z][a-z-]*)", GUIDE.read_text()))
    assert named, "the guide names no command"
    assert named - set(verbs()) == set()


def test_the_guide_tables_every_command_with_options_that_exist() -> None:
    (table,) = guide_tables("The command line")
    parsers = verbs()
    tabled = set()
    for row in table:
        verb = re.match(r"`migraine-journal ([a-z-]+)", row[0])
        assert verb is not None, row
        tabled.add(verb.group(1))
        options = {s for a in parsers[verb.group(1)]._actions for s in a.option_strings}
        named = set(re.findall(r"`[^`]*?(--[a-z-]+)", " ".join(row)))
        assert named - options == set(), f"{verb.group(1)} has no option {named - options}"
    assert tabled == set(parsers)
