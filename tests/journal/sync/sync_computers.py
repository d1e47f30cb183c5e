"""Computers for the sync tests: each a journal of its own with a folder of its own
(what its sync tool shows it), and a simulated sync tool that copies files between
the folders: whole, late, out of order, half-written, or as conflict copies. The
`computers` fixture that makes them is in conftest.py."""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.exchange.json_format import export_document
from journal.storage import Journal
from journal.storage import sync_device as store
from journal.sync import joining, merge
from journal.sync.layout import SUBFOLDER


@dataclass
class Computer:
    name: str
    journal: Journal
    folder: Path

    def join(self, *, secret: str | None = None) -> joining.Joined:
        store.rename_device(self.journal, self.name)
        return joining.join(self.journal, self.folder, secret=secret)

    def sync(self) -> merge.SyncReport:
        return merge.sync(self.journal)

    def export(self) -> dict[str, Any]:
        return export_document(self.journal)

    @property
    def device(self) -> str:
        return store.device(self.journal).id

    def own_files(self) -> Path:
        return self.folder / SUBFOLDER / self.device


def copy_tree(source: Computer, target: Computer) -> None:
    """A sync tool's complete exchange from one computer's folder to another's:
    the source's own files as they are now (deletions too), and the copies it holds
    of other computers' files where they are newer, never over the target's own."""
    root = source.folder / SUBFOLDER
    if not root.is_dir():
        return
    own = source.device
    for device in root.iterdir():
        if target.folder / SUBFOLDER / device.name == target.own_files():
            continue
        mirrored = target.folder / SUBFOLDER / device.name
        mirrored.mkdir(parents=True, exist_ok=True)
        names = {p.name for p in device.iterdir() if not p.name.startswith(".")}
        for name in names:
            there = mirrored / name
            if (
                device.name == own
                or not there.exists()
                or ((device / name).stat().st_mtime_ns > there.stat().st_mtime_ns)
            ):
                shutil.copy2(device / name, there)
        if device.name == own:
            for stale in mirrored.iterdir():
                if stale.name not in names and "conflict" not in stale.name:
                    stale.unlink()


def everyone_in_step(computers: list[Computer]) -> None:
    """Full exchanges until every computer has merged everything (twice round)."""
    for _ in range(2):
        for computer in computers:
            computer.sync()
            for other in computers:
                if other is not computer:
                    copy_tree(computer, other)
        for computer in computers:
            computer.sync()


class SyncTool:
    """Carries files between the computers' folders the way real sync tools
    misbehave: late (not at all this round), out of order (a later segment before
    an earlier one), half-written (a prefix of the file), and conflict copies."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def exchange(self, source: Computer, target: Computer, owner: str) -> None:
        """Copy the owner's files from `source`'s folder to `target`'s (never into
        the target's own files), misbehaving at random."""
        device = source.folder / SUBFOLDER / owner
        if not device.is_dir() or owner == target.device:
            return
        mirrored = target.folder / SUBFOLDER / owner
        mirrored.mkdir(parents=True, exist_ok=True)
        files = [p for p in device.iterdir() if not p.name.startswith(".")]
        self.rng.shuffle(files)  # out of order
        for path in files:
            roll = self.rng.random()
            if roll < 0.3:
                continue  # late
            content = path.read_bytes()
            if roll < 0.45 and len(content) > 2:
                content = content[: self.rng.randrange(1, len(content))]  # half-written
            elif roll < 0.55:
                stamp = f"20261207-{self.rng.randrange(10**6):06d}"
                conflict = f"{path.stem}.sync-conflict-{stamp}-X{path.suffix}"
                (mirrored / conflict).write_bytes(content[::-1])
            (mirrored / path.name).write_bytes(content)
        present = {p.name for p in device.iterdir()}
        for stale in mirrored.iterdir():
            if "conflict" in stale.name or stale.name in present:
                continue
            if self.rng.random() < 0.5:
                stale.unlink()  # a deletion (after a snapshot) arrives late too
