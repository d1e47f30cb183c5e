"""The sync folder as sync tools leave it: half-copied files, conflict copies,
changed files, other keys, snapshots, long absences and wrong clocks."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sync_computers import Computer, copy_tree, everyone_in_step

from journal import domain as d
from journal import operations as ops
from journal.crypto import keys
from journal.i18n import using_language
from journal.storage import sync_device as store
from journal.storage.sync_state import positions
from journal.sync import clock, joining, merge, status
from journal.sync.layout import segment_name

FAST = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # tests only

CEST = timezone(timedelta(hours=2))
Make = Callable[[str], Computer]


def attack(computer: Computer, day: int, note: str = "") -> d.Attack:
    return ops.start_attack(
        computer.journal, datetime(2026, 6, day, 9, 0, tzinfo=CEST), pain=2, note=note
    )


def pair(computers: Make) -> tuple[Computer, Computer]:
    desk, laptop = computers("Desk"), computers("Laptop")
    desk.join()
    copy_tree(desk, laptop)
    laptop.join()
    copy_tree(laptop, desk)
    desk.sync()
    return desk, laptop


def test_an_empty_journal_joining_gets_the_whole_diary(computers: Make) -> None:
    desk = computers("Desk")
    for day in range(1, 6):
        attack(desk, day, f"day {day}")
    ops.save_medication(desk.journal, ops.suggested_medication("Sumatriptan"))
    desk.join()
    laptop = computers("Laptop")
    copy_tree(desk, laptop)
    laptop.join()
    assert laptop.export() == desk.export()


def test_two_diaries_joining_merge_both_without_doubling(computers: Make) -> None:
    desk, laptop = computers("Desk"), computers("Laptop")
    attack(desk, 1, "desk")
    attack(laptop, 2, "laptop")
    for computer in (desk, laptop):
        ops.ensure_default_factors(computer.journal)  # the same names, other ids
    desk.join()
    copy_tree(desk, laptop)
    laptop.join()
    everyone_in_step([desk, laptop])
    assert desk.export() == laptop.export()
    assert sorted(a["note"] for a in desk.export()["attacks"]) == ["desk", "laptop"]
    assert len(desk.export()["factors"]) == len(ops.DEFAULT_FACTORS)


def test_a_half_copied_segment_is_read_to_its_last_complete_frame(computers: Make) -> None:
    desk, laptop = pair(computers)
    first = attack(desk, 1, "first")
    desk.sync()
    attack(desk, 2, "second")
    desk.sync()
    segment = desk.own_files() / segment_name(1)
    content = segment.read_bytes()
    target = laptop.folder / segment.relative_to(desk.folder)
    target.write_bytes(content[: len(content) - 40])  # the last frame is cut short
    report = laptop.sync()
    assert [a.note for a in laptop.journal.attacks.all()] == ["first"]
    assert report.peers[0].waiting
    target.write_bytes(content)
    laptop.sync()
    assert sorted(a.note for a in laptop.journal.attacks.all()) == ["first", "second"]
    assert laptop.journal.attacks.get(first.id) == desk.journal.attacks.get(first.id)


def test_conflict_copies_of_a_sync_tool_are_never_read(computers: Make) -> None:
    desk, laptop = pair(computers)
    attack(desk, 1, "real")
    desk.sync()
    copy_tree(desk, laptop)
    place = laptop.folder / desk.own_files().relative_to(desk.folder)
    (place / "segment-000001.sync-conflict-20261207-101010-ABCDEFG.log").write_text("garbage\n")
    (place / "segment-000001 (Laptop's conflicted copy 2026-12-07).log").write_text("x\n")
    report = laptop.sync()
    assert report.peers[0].refused == "" and report.peers[0].conflict_copies == 2
    assert [a.note for a in laptop.journal.attacks.all()] == ["real"]


def test_a_segment_changed_after_it_was_written_is_refused_naming_the_computer(
    computers: Make,
) -> None:
    desk, laptop = pair(computers)
    attack(desk, 1, "kept")
    desk.sync()
    copy_tree(desk, laptop)
    laptop.sync()
    attack(desk, 2, "new")
    desk.sync()
    copy_tree(desk, laptop)
    segment = laptop.folder / (desk.own_files() / segment_name(1)).relative_to(desk.folder)
    segment.write_bytes(segment.read_bytes().replace(b'"kept"', b'"evil"'))
    before = laptop.export()
    report = laptop.sync()
    assert report.peers[0].refused.startswith("The sync files of Desk were changed")
    assert report.peers[0].refused[-1] == "." and report.peers[0].refused.count(".") == 1
    assert laptop.export() == before  # nothing of it applied, not even the new attack
    # the journal keeps the reason as a key, worded only when shown (in any language)
    (stored,) = [p for p in positions(laptop.journal).values() if p.name == "Desk"]
    assert stored.refused == "changed"
    with using_language("de"):
        shown = status.sentence(status.status(laptop.journal))
    assert "Desk" in shown and "changed" not in shown and "refused" not in shown


def test_a_computer_sealed_with_another_key_is_refused(computers: Make) -> None:
    from journal.crypto import protect

    desk = computers("Desk")
    stranger = computers("Stranger")
    for computer in (desk, stranger):
        computer.journal.close()
        protect.enable(computer.journal.path, "correct horse", recovery=False, params=FAST)
    desk.journal = _reopen(desk, "correct horse")
    stranger.journal = _reopen(stranger, "correct horse")  # same words, another data key
    attack(desk, 1, "desk")
    desk.join()
    attack(stranger, 2, "stranger")
    stranger.join()  # an empty folder of its own
    copy_tree(stranger, desk)
    report = desk.sync()
    (refused,) = [p.refused for p in report.peers]
    assert refused.startswith("The sync files of") and "another key" in refused
    assert [a.note for a in desk.journal.attacks.all()] == ["desk"]


def _reopen(computer: Computer, passphrase: str):  # type: ignore[no-untyped-def]
    from journal.storage import Journal

    return Journal.open(computer.journal.path, passphrase=passphrase)


def test_a_protected_folder_is_sealed_and_joined_only_with_the_passphrase(
    computers: Make,
) -> None:
    from journal.crypto import protect

    desk = computers("Desk")
    desk.journal.close()
    code = protect.enable(desk.journal.path, "correct horse", params=FAST)
    desk.journal = _reopen(desk, "correct horse")
    attack(desk, 1, "ZEBRA-NOTE")
    joined = desk.join()
    assert joined.protected
    everything = b"".join(p.read_bytes() for p in desk.folder.rglob("*") if p.is_file())
    assert b"ZEBRA-NOTE" not in everything and b"Desk" not in everything
    laptop = computers("Laptop")
    copy_tree(desk, laptop)
    with pytest.raises(joining.FolderLocked, match=r"^This sync folder is protected;"):
        laptop.join()
    with pytest.raises(joining.FolderLocked, match="does not open this sync folder"):
        laptop.join(secret="wrong horse")
    assert laptop.journal.attacks.count() == 0 and store.device(laptop.journal).folder == ""
    assert code is not None
    laptop.join(secret=str(code))  # the recovery code opens it as well
    assert [a.note for a in laptop.journal.attacks.all()] == ["ZEBRA-NOTE"]
    ops.save_attack(
        laptop.journal, dataclasses.replace(laptop.journal.attacks.all()[0], note="edited")
    )
    laptop.sync()
    copy_tree(laptop, desk)
    desk.sync()
    assert [a.note for a in desk.journal.attacks.all()] == ["edited"]


def test_an_unprotected_folder_holds_the_diary_readable(computers: Make) -> None:
    desk = computers("Desk")
    attack(desk, 1, "ZEBRA-NOTE")
    assert not desk.join().protected
    everything = b"".join(p.read_bytes() for p in desk.folder.rglob("*") if p.is_file())
    assert b"ZEBRA-NOTE" in everything


def test_a_snapshot_replaces_the_log_and_a_computer_away_for_months_catches_up(
    computers: Make,
) -> None:
    desk, laptop = pair(computers)
    attack(desk, 1, "before")
    desk.sync()
    copy_tree(desk, laptop)
    laptop.sync()
    for day in range(2, 20):
        attack(desk, day, f"while away {day}")
        desk.sync()
    deleted = desk.journal.attacks.all()[0]
    ops.delete_attack(desk.journal, deleted.id)
    merge.publish(desk.journal, snapshot=True)
    assert not any(desk.own_files().glob("segment-000001.log"))
    copy_tree(desk, laptop)
    laptop.sync()
    assert laptop.export() == desk.export()
    newcomer = computers("Newcomer")
    copy_tree(desk, newcomer)
    newcomer.join()
    assert newcomer.export() == desk.export()


def test_a_journal_restored_from_an_older_copy_writes_under_a_new_identity(
    computers: Make, tmp_path: Path
) -> None:
    desk, laptop = pair(computers)
    attack(desk, 1, "kept")
    desk.sync()
    desk.journal.close()
    shutil.copyfile(desk.journal.path, tmp_path / "older.sqlite3")
    desk.journal = _reopen(desk, "")
    attack(desk, 2, "only in the log")
    desk.sync()
    old_id = desk.device
    desk.journal.close()
    shutil.copyfile(tmp_path / "older.sqlite3", desk.journal.path)
    desk.journal = _reopen(desk, "")
    report = desk.sync()
    assert report.new_identity and desk.device != old_id
    assert sorted(a.note for a in desk.journal.attacks.all()) == ["kept", "only in the log"]
    everyone_in_step([desk, laptop])
    assert laptop.export() == desk.export()


def test_a_clock_running_behind_still_orders_an_edit_after_what_it_has_seen(
    computers: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, laptop = pair(computers)
    entry = attack(desk, 1, "desk's")
    desk.sync()
    copy_tree(desk, laptop)
    real = clock.wall_millis()
    monkeypatch.setattr(clock, "wall_millis", lambda: real - 400 * 86_400_000)
    laptop.sync()
    ops.save_attack(
        laptop.journal, dataclasses.replace(laptop.journal.attacks.get(entry.id), note="later")
    )
    laptop.sync()
    monkeypatch.undo()
    copy_tree(laptop, desk)
    desk.sync()
    assert desk.journal.attacks.get(entry.id).note == "later"
    assert store.lost_values(desk.journal) == []


def test_the_same_field_changed_on_both_computers_keeps_the_loser_to_take_back(
    computers: Make,
) -> None:
    desk, laptop = pair(computers)
    entry = attack(desk, 1, "original")
    everyone_in_step([desk, laptop])
    ops.save_attack(laptop.journal, dataclasses.replace(entry, note="laptop's"))
    ops.save_attack(desk.journal, dataclasses.replace(entry, note="desk's"))
    everyone_in_step([desk, laptop])
    assert desk.export() == laptop.export()
    final = desk.journal.attacks.get(entry.id).note
    loser = {"desk's", "laptop's"} - {final}
    lost = store.lost_values(desk.journal)
    assert [(v.field, v.lost) for v in lost] == [("note", loser.pop())]
    store.take_back(desk.journal, lost[0])
    everyone_in_step([desk, laptop])
    assert laptop.journal.attacks.get(entry.id).note == lost[0].lost
    assert store.lost_values(desk.journal) == []


def test_an_edit_on_one_computer_of_an_attack_deleted_on_the_other_is_listed(
    computers: Make,
) -> None:
    desk, laptop = pair(computers)
    entry = attack(desk, 1, "original")
    everyone_in_step([desk, laptop])
    ops.delete_attack(desk.journal, entry.id)
    ops.save_attack(laptop.journal, dataclasses.replace(entry, note="edited meanwhile"))
    everyone_in_step([desk, laptop])
    assert desk.export() == laptop.export() and desk.journal.attacks.count() == 0
    lost = store.lost_values(desk.journal) + store.lost_values(laptop.journal)
    assert any(v.field == "" and v.lost.get("note") == "edited meanwhile" for v in lost)
    store.take_back(
        laptop.journal, next(v for v in store.lost_values(laptop.journal) if v.field == "")
    )
    everyone_in_step([desk, laptop])
    assert desk.journal.attacks.get(entry.id).note == "edited meanwhile"


def test_a_journal_file_inside_a_synced_folder_is_found_and_refused_as_sync_folder(
    computers: Make, tmp_path: Path
) -> None:
    desk = computers("Desk")
    (tmp_path / ".stfolder").mkdir()
    assert joining.sync_tool_of(desk.journal.path) == "Syncthing"
    with pytest.raises(merge.SyncProblem, match="journal file itself lives in this folder"):
        joining.join(desk.journal, tmp_path)


def test_leaving_keeps_the_journal_whole(computers: Make) -> None:
    desk, laptop = pair(computers)
    attack(desk, 1, "mine")
    everyone_in_step([desk, laptop])
    joining.leave(laptop.journal)
    assert [a.note for a in laptop.journal.attacks.all()] == ["mine"]
    with pytest.raises(merge.SyncProblem, match="does not use a sync folder"):
        laptop.sync()


def test_the_same_attack_typed_on_both_computers_stays_two_and_is_pointed_out(
    computers: Make,
) -> None:
    desk, laptop = computers("Desk"), computers("Laptop")
    attack(desk, 3, "typed at the desk")
    attack(laptop, 3, "typed on the laptop")
    desk.join()
    copy_tree(desk, laptop)
    joined = laptop.join()
    assert laptop.journal.attacks.count() == 2
    ((mine, theirs),) = joined.entered_twice
    assert (mine.note, theirs.note) == ("typed on the laptop", "typed at the desk")


def test_after_a_passphrase_change_a_new_computer_joins_with_the_new_one(
    computers: Make,
) -> None:
    from journal.crypto import protect

    desk = computers("Desk")
    desk.journal.close()
    protect.enable(desk.journal.path, "old words", recovery=False, params=FAST)
    desk.journal = _reopen(desk, "old words")
    attack(desk, 1, "sealed")
    desk.join()
    desk.journal.close()
    protect.change(desk.journal.path, "old words", "new words", params=FAST)
    desk.journal = _reopen(desk, "new words")
    desk.sync()
    laptop = computers("Laptop")
    copy_tree(desk, laptop)
    with pytest.raises(joining.FolderLocked):
        laptop.join(secret="old words")
    laptop.join(secret="new words")
    assert [a.note for a in laptop.journal.attacks.all()] == ["sealed"]


def test_a_computer_that_left_and_rejoined_brings_what_it_did_meanwhile(
    computers: Make,
) -> None:
    desk, laptop = pair(computers)
    kept = attack(desk, 1, "before leaving").id
    gone = attack(desk, 2, "deleted while away").id
    everyone_in_step([desk, laptop])
    joining.leave(laptop.journal)
    ops.delete_attack(laptop.journal, gone)
    ops.save_attack(
        laptop.journal, dataclasses.replace(laptop.journal.attacks.get(kept), note="edited away")
    )
    attack(laptop, 3, "new while away")
    ops.save_attack(desk.journal, dataclasses.replace(desk.journal.attacks.get(kept), pain=3))
    laptop.join()
    everyone_in_step([desk, laptop])
    assert desk.export() == laptop.export()
    notes = sorted(a.note for a in desk.journal.attacks.all())
    assert notes == ["edited away", "new while away"]
    assert desk.journal.attacks.get(kept).pain == 3
