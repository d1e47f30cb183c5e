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


def test_a_computer_without_a_system_name_is_stored_without_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "node", lambda: "")
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        assert sync_device.device(journal).name == ""


def test_a_computer_with_a_system_name_is_stored_by_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "node", lambda: "laptop.example.lan")
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        assert sync_device.device(journal).name == "laptop"


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
