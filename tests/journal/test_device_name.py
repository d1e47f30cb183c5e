"""A computer's name is a fact, not a sentence: a computer the system gives no name
is stored without one (the app words it "This computer" in its language where it
shows it), and migration 0010 takes the English "This computer" earlier versions
stored (for this computer and the others it syncs with) out of journals, keeping any
name a person or the system gave."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal.storage import Journal, sync_device
from journal.storage.schema import APPLICATION_ID, migrations
from journal.sync import joining, merge, status


@pytest.mark.parametrize(("node", "stored"), [("", ""), ("laptop.example.lan", "laptop")])
def test_a_computer_is_stored_by_its_system_name_or_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, node: str, stored: str
) -> None:
    monkeypatch.setattr(platform, "node", lambda: node)
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        assert sync_device.device(journal).name == stored


@pytest.mark.parametrize(
    ("stored", "after"),
    [("This computer", ""), ("this computer", "this computer"), ("Desk", "Desk"), ("", "")],
)
def test_migration_0010_takes_out_exactly_the_english_default(
    tmp_path: Path, stored: str, after: str
) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="0010_nameless_default_device")
    db.execute("INSERT INTO sync_device (id, name) VALUES (?, ?)", ("ab12", stored))
    db.execute("INSERT INTO sync_peers (device, name) VALUES (?, ?)", ("cd34", stored))
    db.conn.commit()
    db.close()
    with Journal.open(path) as journal:
        assert sync_device.device(journal).name == after
        (peer,) = journal.rows("SELECT name FROM sync_peers", ())
        assert peer["name"] == after  # another computer's name, read from its files


def test_another_computer_without_a_name_is_shown_by_the_start_of_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its missing name is kept as none (not its id, not a sentence) and worded when
    shown: "Computer 3fa2b1" reads as a name in every sentence it goes into."""
    monkeypatch.setattr(platform, "node", lambda: "")
    folder = tmp_path / "Sync"
    folder.mkdir()
    with (
        Journal.open(tmp_path / "laptop.sqlite3") as nameless,
        Journal.open(tmp_path / "desk.sqlite3") as desk,
    ):
        sync_device.rename_device(desk, "Desk")
        joining.join(nameless, folder)
        merge.publish(nameless)
        joining.join(desk, folder)
        report = merge.sync(desk)
        shown = f"Computer {sync_device.device(nameless).id[:6]}"
        assert [peer.name for peer in report.peers] == [shown]
        assert [peer.name for peer in status.status(desk).peers] == [shown]
        assert [row["name"] for row in desk.rows("SELECT name FROM sync_peers", ())] == [""]
        merge.sync(nameless)
        assert [peer.name for peer in status.status(nameless).peers] == ["Desk"]


def test_a_computer_named_by_its_id_in_earlier_versions_is_worded_too() -> None:
    assert status.computer_name("3fa2b1c4d5", "3fa2b1c4d5") == "Computer 3fa2b1"
    assert status.computer_name("", "3fa2b1c4d5") == "Computer 3fa2b1"
    assert status.computer_name("Desk", "3fa2b1c4d5") == "Desk"
