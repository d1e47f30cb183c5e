"""Three computers, three folders, one misbehaving sync tool: random attacks,
edits, deletions, undos and check-ins, merges at random moments, computers leaving
for a while and coming back, files carried
late, out of order, half-written and as conflict copies. After a final exchange
the three exports are identical, and every change any computer acknowledged is
in the journal, was knowingly replaced, or is in a "changed on both computers"
list."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sync_computers import Computer, SyncTool, copy_tree, everyone_in_step

from journal import operations as ops
from journal.storage import sync_device as store
from journal.storage.capture import load_states
from journal.sync import joining, merge
from journal.sync.rules import DELETED_KEY, RecordState, saw

CEST = timezone(timedelta(hours=2))
WORDS = ("aura", "dark room", "red wine", "stress", "rain", "no sleep", "period", "travel")
STEPS = 60


@dataclass(frozen=True)
class Write:
    """An acknowledged write of one field of an attack."""

    computer: str
    attack_id: str
    field: str
    value: Any
    reading: str
    seen: dict[str, str]


def state_of(computer: Computer, attack_id: str) -> RecordState:
    key = ("attacks", attack_id)
    return load_states(computer.journal, {key}).get(key, RecordState())


class Simulation:
    def __init__(self, computers: list[Computer], rng: random.Random) -> None:
        self.computers = computers
        self.rng = rng
        self.tool = SyncTool(rng)
        self.writes: list[Write] = []
        self.deletions: list[tuple[str, str, dict[str, str]]] = []
        self.undo: dict[str, ops.DeletedAttack] = {}
        self.away: set[str] = set()

    def acknowledge(self, computer: Computer, attack_id: str, fields: tuple[str, ...]) -> None:
        state = state_of(computer, attack_id)
        row = computer.journal.attacks.get(attack_id)
        for name in fields:
            reading, seen = state.clock_of(name)
            self.writes.append(
                Write(computer.name, attack_id, name, getattr(row, name), reading, seen)
            )

    def rejoin_all(self) -> None:
        for computer in self.computers:
            if computer.name in self.away:
                self.away.discard(computer.name)
                computer.join()

    def step(self) -> None:
        computer = self.rng.choice(self.computers)
        journal = computer.journal
        if computer.name in self.away:
            if self.rng.random() < 0.2:
                self.away.discard(computer.name)
                computer.join()  # back, with what it did meanwhile
                return
        elif self.rng.random() < 0.02:
            joining.leave(journal)  # away for a while; keeps writing its journal
            self.away.add(computer.name)
            return
        attacks = journal.attacks.all()
        roll = self.rng.random()
        if roll < 0.2 or not attacks:
            start = datetime(2026, 6, self.rng.randint(1, 28), 9, tzinfo=CEST)
            saved = ops.start_attack(journal, start, pain=1, note=self.rng.choice(WORDS))
            self.acknowledge(computer, saved.id, ("note", "pain"))
        elif roll < 0.45:
            chosen = self.rng.choice(attacks)
            ops.save_attack(journal, dataclasses.replace(chosen, note=self.rng.choice(WORDS)))
            self.acknowledge(computer, chosen.id, ("note",))
        elif roll < 0.55:
            chosen = self.rng.choice(attacks)
            ops.save_attack(journal, dataclasses.replace(chosen, pain=self.rng.randint(0, 3)))
            self.acknowledge(computer, chosen.id, ("pain",))
        elif roll < 0.62:
            chosen = self.rng.choice(attacks)
            self.undo[computer.name] = ops.delete_attack(journal, chosen.id)
            state = state_of(computer, chosen.id)
            self.deletions.append((chosen.id, state.deleted, state.deletion_seen()))
        elif roll < 0.67 and computer.name in self.undo:
            deleted = self.undo.pop(computer.name)
            if journal.attacks.find(deleted.attack.id) is None:
                ops.undo_delete_attack(journal, deleted)
                self.acknowledge(computer, deleted.attack.id, ("note", "pain"))
        elif roll < 0.75:
            day = date(2026, 6, self.rng.randint(1, 3))
            ops.check_in(journal, day, {}, note=self.rng.choice(WORDS))
        elif roll < 0.9 and computer.name not in self.away:
            computer.sync()
        elif roll < 0.93 and computer.name not in self.away:
            merge.publish(journal, snapshot=True)
        else:
            source, target = self.rng.sample(self.computers, 2)
            self.tool.exchange(source, target, source.device)
        if self.rng.random() < 0.5:  # the sync tool runs in the background
            source, target = self.rng.sample(self.computers, 2)
            self.tool.exchange(source, target, self.rng.choice(self.computers).device)


def _accounted(write: Write, sim: Simulation, final: Computer) -> bool:
    state = state_of(final, write.attack_id)
    row = final.journal.attacks.find(write.attack_id)
    if row is not None and state.clock_of(write.field)[0] == write.reading:
        return getattr(row, write.field) == write.value
    if row is not None and getattr(row, write.field) == write.value:
        return True  # a later write set the same value: nothing was lost
    replaced_knowingly = any(
        other.attack_id == write.attack_id
        and other.field == write.field
        and other.reading > write.reading
        and saw(other.seen, write.reading)
        for other in sim.writes
    )
    deleted_knowingly = any(
        attack_id == write.attack_id and saw(seen, write.reading)
        for attack_id, _, seen in sim.deletions
    )
    listed = any(
        lost.record_id == write.attack_id
        and (
            (lost.field == write.field and lost.lost == write.value)
            or (lost.field == "" and lost.lost.get(write.field) == write.value)
        )
        for computer in sim.computers
        for lost in store.lost_values(computer.journal)
    )
    return replaced_knowingly or deleted_knowingly or listed


@pytest.mark.parametrize("seed", range(6))
def test_three_computers_end_identical_with_nothing_lost_silently(
    computers: Callable[[str], Computer], seed: int
) -> None:
    rng = random.Random(seed)
    desk, laptop, tablet = computers("Desk"), computers("Laptop"), computers("Tablet")
    ops.ensure_default_factors(desk.journal)
    ops.ensure_default_factors(laptop.journal)
    desk.join()
    for joiner in (laptop, tablet):
        copy_tree(desk, joiner)
        joiner.join()
    sim = Simulation([desk, laptop, tablet], rng)
    for _ in range(STEPS):
        sim.step()
    sim.rejoin_all()
    everyone_in_step(sim.computers)
    exports = [computer.export() for computer in sim.computers]
    assert exports[0] == exports[1] == exports[2]
    assert exports[0]["attacks"], "the simulation made no attack"
    unaccounted = [w for w in sim.writes if not _accounted(w, sim, desk)]
    assert unaccounted == []
    for computer in sim.computers:
        assert computer.journal._db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert computer.journal._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_deletion_seen_is_kept(computers: Callable[[str], Computer]) -> None:
    desk = computers("Desk")
    saved = ops.start_attack(desk.journal, datetime(2026, 6, 1, 9, tzinfo=CEST), pain=1)
    ops.delete_attack(desk.journal, saved.id)
    state = state_of(desk, saved.id)
    assert state.clocks[DELETED_KEY][0] == state.deleted
    assert saw(state.deletion_seen(), state.born)
