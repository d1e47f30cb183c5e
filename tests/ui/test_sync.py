"""Syncing in the window: merging at start, when the folder changes and on demand,
the status line, the views updated through the session's signal, the settings
dialog (join, name, leave) and the "changed on both computers" list."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal import operations as ops
from journal.changes import Change
from journal.storage import Journal, sync_device
from journal.sync import joining, merge
from ui.app.main_window import MainWindow
from ui.sync.dialog import SyncDialog
from ui.sync.lost_dialog import LostValuesDialog

CEST = timezone(timedelta(hours=2))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    found = tmp_path / "Sync"
    found.mkdir()
    return found


@pytest.fixture
def desk(tmp_path: Path, folder: Path) -> Iterator[Journal]:
    """The other computer: a journal joined to the same folder."""
    other = Journal.open(tmp_path / "desk.sqlite3")
    sync_device.rename_device(other, "Desk")
    joining.join(other, folder)
    yield other
    other.close()


def attack(journal: Journal, day: int, note: str) -> str:
    saved = ops.start_attack(journal, datetime(2026, 6, day, 9, tzinfo=CEST), pain=2, note=note)
    return saved.id


def test_joining_in_the_dialog_brings_the_diary_and_says_in_step(
    window: MainWindow, qtbot: QtBot, folder: Path, desk: Journal
) -> None:
    attack(desk, 1, "from the desk")
    merge.publish(desk)
    dialog = SyncDialog(window.session, window)
    qtbot.addWidget(dialog)
    heard: list[Change] = []
    window.session.changed.connect(lambda change, _who: heard.append(change))
    assert dialog.join(folder)
    assert [a.note for a in window.journal.attacks.all()] == ["from the desk"]
    assert heard and heard[-1].touches(Change.ATTACKS)  # the views' own signal
    assert "readable" in dialog.privacy_label.text()
    assert window.sync_status.isVisible()
    assert window.sync_status.label.text() == "In step with Desk, just now"
    dialog.name_edit.setText("Laptop")
    dialog.rename()
    assert sync_device.device(window.journal).name == "Laptop"


def test_a_change_in_the_folder_is_merged_by_the_watcher(
    window: MainWindow, qtbot: QtBot, folder: Path, desk: Journal
) -> None:
    joining.join(window.journal, folder)
    window.sync_watch._watch()
    attack(desk, 2, "written at the desk later")
    with qtbot.waitSignal(window.sync_watch.merged, timeout=10_000):
        merge.publish(desk)
    assert [a.note for a in window.journal.attacks.all()] == ["written at the desk later"]
    assert window.calendar.isVisible()


def test_a_local_edit_is_written_to_the_folder_a_moment_later(
    window: MainWindow, qtbot: QtBot, folder: Path, desk: Journal
) -> None:
    joining.join(window.journal, folder)
    window.session.run(ops.start_attack, datetime(2026, 6, 3, 9, tzinfo=CEST), pain=1)
    qtbot.waitUntil(lambda: not sync_device.outbox(window.journal), timeout=10_000)
    merge.sync(desk)
    assert desk.attacks.count() == 1


def test_the_values_changed_on_both_computers_are_listed_and_taken_back(
    window: MainWindow, qtbot: QtBot, folder: Path, desk: Journal
) -> None:
    entry = attack(desk, 4, "original")
    merge.publish(desk)
    joining.join(window.journal, folder)
    merge.sync(desk)
    ops.save_attack(desk, dataclasses.replace(desk.attacks.get(entry), note="desk's"))
    merge.publish(desk)
    window.session.run(
        ops.save_attack, dataclasses.replace(window.journal.attacks.get(entry), note="laptop's")
    )
    window.sync_watch.merge_now()
    merge.sync(desk)
    window.sync_watch.merge_now()
    lost = sync_device.lost_values(window.journal)
    assert len(lost) == 1
    assert window.sync_status.lost_button.isVisible()
    dialog = LostValuesDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text().startswith("Attack, ")
    dialog.take_back()
    assert window.journal.attacks.get(entry).note == lost[0].lost
    assert dialog.table.rowCount() == 0


def test_a_missing_folder_is_said_in_the_status_line(
    window: MainWindow, tmp_path: Path, folder: Path
) -> None:
    joining.join(window.journal, folder)
    folder.rename(tmp_path / "unplugged")
    assert window.sync_watch.merge_now() is None
    assert window.sync_status.label.text().startswith("Not in step: The sync folder")


def test_leaving_keeps_the_journal_and_hides_the_status_line(
    window: MainWindow, qtbot: QtBot, folder: Path, desk: Journal
) -> None:
    attack(desk, 5, "kept")
    merge.publish(desk)
    dialog = SyncDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.join(folder)
    dialog.leave()
    assert window.journal.attacks.count() == 1
    assert not window.sync_status.isVisible()
    assert not dialog.leave_button.isEnabled()


def test_the_dialog_warns_when_the_journal_lives_in_a_synced_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / ".stfolder").mkdir()
    dialog = SyncDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning_label.isVisible() and "Syncthing" in dialog.warning_label.text()
    assert dialog.width() <= 1024 and dialog.height() <= 700


def test_joining_points_out_an_attack_typed_on_both_computers(
    window: MainWindow, qtbot: QtBot, folder: Path, desk: Journal
) -> None:
    attack(desk, 8, "desk")
    merge.publish(desk)
    window.session.run(ops.start_attack, datetime(2026, 6, 8, 9, 30, tzinfo=CEST), pain=2)
    dialog = SyncDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.join(folder)
    assert window.journal.attacks.count() == 2
    assert dialog.twins_label.isVisible()
    assert dialog.twins_label.text().startswith("1 attack that arrived overlaps an attack")


SYNC_CODE = (
    "journal.sync.actions",
    "journal.sync.status",
    "journal.sync.layout",
    "journal.sync.merge",
    "journal.sync.joining",
)
"""What the window needs only once a sync folder is set (journal.storage itself uses
journal.sync.clock and journal.sync.rules, to capture the changes)."""


def test_a_window_on_a_journal_that_is_not_synced_does_not_load_the_sync_code(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()  # created and migrated here, as a window finds it
    script = (
        "import os, sys\n"
        "from ui.app.start import application, create_main_window\n"
        "from journal.storage import Journal\n"
        "app = application(sys.argv)\n"
        f"window = create_main_window(Journal.open({str(path)!r}))\n"
        "window.show(); app.processEvents()\n"
        "print('status line', window.sync_status.isVisible())\n"
        f"print(sorted(m for m in sys.modules if m in {SYNC_CODE!r}), flush=True)\n"
        "os._exit(0)\n"  # the start only, not the teardown (as benchmarks/run.py)
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
        timeout=120,
    )
    assert result.stdout.splitlines()[-2:] == ["status line False", "[]"]


def test_a_refusal_is_worded_from_its_stored_key(window: MainWindow, folder: Path) -> None:
    """The journal stores why a computer's files were refused as a key; the status
    line words it, and a key this version does not know is said plainly (never as
    another reason)."""
    from journal.sync.status import PeerStatus

    joining.join(window.journal, folder)
    line = window.sync_status
    sealed = line._refusal(PeerStatus("d1", "Desk", 0, "key"))
    assert (
        sealed
        == "The sync files of Desk are sealed with another key, so nothing from Desk was applied."
    )
    assert line._refusal(PeerStatus("d1", "Desk", 0, "from_a_newer_app")) == (
        "Changes from Desk were refused"
    )
