"""The files each computer keeps in the sync folder, and reading them back.

    <folder>/migraine-journal-sync/
        <device id>/device.json          its name and when it last wrote (one frame)
        <device id>/key.json             the wrapped data key (protected journals only)
        <device id>/segment-000001.log   its changes, one frame per line
        <device id>/snapshot-000007.log  everything as of the end of segment 6

Only the computer a folder is named after writes in it, so a sync tool never has
to merge a file. A segment starts with a header frame chained to the end of the
one before, holds one "tx" frame per batch of changes and, once full, ends with
an "end" frame; the next one begins. Now and then the computer writes a snapshot
(every record's state) and removes the segments before it, so the folder does not
grow without bound; a computer that had not read those segments reads the
snapshot instead. Files whose names do not match exactly (a sync tool's
"*.sync-conflict-*" or "(conflicted copy)" files, temporary files) are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.sync.frames import FrameError, read_lines
from journal.sync.rules import Change

FORMAT = "migraine-journal-sync"
VERSION = 1
"""The change format's version (docs/sync.md); a newer one is refused, not guessed."""
SUBFOLDER = "migraine-journal-sync"
DEVICE_FILE = "device.json"
KEY_FILE = "key.json"
SEGMENT_BYTES = 1 << 20
"""A segment is closed when it passes this size."""
_DEVICE = re.compile(r"^[0-9a-f]{12}$")
_SEGMENT = re.compile(r"^segment-(\d{6})\.log$")
_SNAPSHOT = re.compile(r"^snapshot-(\d{6})\.log$")
_CONFLICT_COPY = re.compile(r"sync-conflict|conflicted copy|\(conflict", re.IGNORECASE)


class LogRefused(Exception):
    """A computer's files cannot be applied; `reason` says why in plain words."""

    def __init__(self, device: str, reason: str) -> None:
        super().__init__(reason)
        self.device = device
        self.reason = reason


def sync_root(folder: Path) -> Path:
    return Path(folder) / SUBFOLDER


def segment_name(number: int) -> str:
    return f"segment-{number:06d}.log"


def snapshot_name(number: int) -> str:
    return f"snapshot-{number:06d}.log"


def devices_in(folder: Path) -> list[str]:
    root = sync_root(folder)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and _DEVICE.match(p.name))


@dataclass(frozen=True)
class DeviceFiles:
    segments: dict[int, Path]
    snapshots: dict[int, Path]
    conflict_copies: int


def files_of(folder: Path, device: str) -> DeviceFiles:
    segments: dict[int, Path] = {}
    snapshots: dict[int, Path] = {}
    copies = 0
    place = sync_root(folder) / device
    if place.is_dir():
        for path in place.iterdir():
            if (found := _SEGMENT.match(path.name)) is not None:
                segments[int(found.group(1))] = path
            elif (found := _SNAPSHOT.match(path.name)) is not None:
                snapshots[int(found.group(1))] = path
            elif _CONFLICT_COPY.search(path.name):
                copies += 1
    return DeviceFiles(segments, snapshots, copies)


def change_to_list(change: Change) -> list[Any]:
    return [
        change.table,
        change.record_id,
        change.op,
        change.clock,
        dict(change.fields),
        dict(change.base),
    ]


def change_from_list(item: Any) -> Change:
    table, record_id, op, reading, fields, base = item
    if op not in ("ins", "put", "del") or not isinstance(fields, dict):
        raise ValueError("not a change")
    return Change(str(table), str(record_id), op, str(reading), fields, base)


def read_device_file(folder: Path, device: str, key: bytes | None) -> dict[str, Any]:
    path = sync_root(folder) / device / DEVICE_FILE
    try:
        read = read_lines(path.read_bytes(), key=key, device=device, file_name=DEVICE_FILE)
    except (OSError, FrameError):
        return {}
    return read.frames[0].payload if read.frames else {}


def key_files(folder: Path) -> list[bytes]:
    """The wrapped data keys the computers left in the folder."""
    found = []
    for device in devices_in(folder):
        path = sync_root(folder) / device / KEY_FILE
        if path.is_file():
            found.append(path.read_bytes())
    return found


def folder_is_protected(folder: Path) -> bool:
    """Whether the folder's files are sealed (any computer left a key file)."""
    return bool(key_files(folder))
