"""Reading another computer's files: what is new since the last merge, checked.

The reader starts where the last merge stopped (a segment, a number of frames and
the hash of the last one) and follows the chain: every frame must follow the one
before, and the frame it stopped at must still be the same, or the computer's
files were changed after they were written and are refused. A file still being
copied is read up to its last complete frame; a segment removed after a snapshot
is replaced by reading the snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.sync.frames import Frame, FrameError, read_lines
from journal.sync.layout import VERSION, LogRefused, change_from_list, files_of
from journal.sync.rules import Change


@dataclass(frozen=True)
class Position:
    segment: int = 0
    frames: int = 0
    chain: str = ""


@dataclass
class PeerRead:
    """What is new in one computer's files since `start`."""

    device: str
    start: Position
    end: Position
    changes: list[Change] = field(default_factory=list)
    snapshot_records: list[list[Any]] = field(default_factory=list)
    latest_clock: str = ""
    waiting: bool = False
    """A file is still incomplete (copy in progress): more will come."""
    conflict_copies: int = 0


def read_peer(folder: Path, device: str, key: bytes | None, start: Position) -> PeerRead:
    """Everything in `device`'s files after `start`, checked; LogRefused (and
    nothing read) when its files were changed after they were written, were
    sealed with another key, or are of a newer format."""
    found = files_of(folder, device)
    read = PeerRead(device, start, start, conflict_copies=found.conflict_copies)
    position = start
    for _ in range(len(found.segments) + len(found.snapshots) + 2):
        if position.segment == 0 and 1 in found.segments:
            follows = _snapshot_before(found.segments[1], device, key, read)
            if follows is None:
                break
            if not follows:
                position = Position(1, 0, "")  # a log that began without a snapshot
            elif follows not in found.snapshots:
                read.waiting = True  # the snapshot it began with has not arrived yet
                break
        if position.segment in found.segments:
            frames = _frames(found.segments[position.segment], device, key, read)
            if frames is None:
                break
            position = _follow(frames, device, position, read)
            read.end = position
            if position.frames != 0 or not frames:  # the segment is still open
                break
            continue
        later = [n for n in found.snapshots if n > position.segment]
        if not later:
            break  # nothing newer written yet
        number = max(later)
        reached = _read_snapshot(found.snapshots[number], device, key, number, read)
        if reached is None:
            break
        position = read.end = reached
    return read


def _snapshot_before(path: Path, device: str, key: bytes | None, read: PeerRead) -> int | None:
    """The snapshot a log's first segment follows (0: none), None if not readable yet."""
    frames = _frames(path, device, key, read)
    if not frames:
        read.waiting = True
        return None
    return int(frames[0].payload.get("snapshot", 0))


def _frames(path: Path, device: str, key: bytes | None, read: PeerRead) -> list[Frame] | None:
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        lines = read_lines(content, key=key, device=device, file_name=path.name)
    except FrameError as error:
        raise LogRefused(device, _reason(error, key)) from error
    if lines.frames and lines.frames[0].payload.get("t") not in ("header", "snapshot"):
        raise LogRefused(device, "changed")
    read.waiting = read.waiting or lines.torn
    return lines.frames


def _reason(error: FrameError, key: bytes | None) -> str:
    text = str(error)
    if text in ("sealed", "unsealed", "plain"):
        return "key" if key is not None or text == "sealed" else "plain"
    return "changed"


def _follow(frames: list[Frame], device: str, position: Position, read: PeerRead) -> Position:
    if not frames:
        return position
    header = frames[0].payload
    if int(header.get("v", 0)) > VERSION:
        raise LogRefused(device, "newer")
    if header.get("device") != device or int(header.get("segment", -1)) != position.segment:
        raise LogRefused(device, "changed")
    if position.frames == 0:
        if header.get("prev", "") != position.chain and position.chain:
            raise LogRefused(device, "changed")
    elif len(frames) >= position.frames:
        if frames[position.frames - 1].hash != position.chain:
            raise LogRefused(device, "changed")
    else:
        return position  # a shorter copy than the one read before: still arriving
    for frame in frames[position.frames :]:
        payload = frame.payload
        if payload["t"] == "tx":
            try:
                read.changes.extend(change_from_list(item) for item in payload["changes"])
            except (ValueError, TypeError, KeyError) as error:
                raise LogRefused(device, "changed") from error
            read.latest_clock = max(read.latest_clock, str(payload.get("clock", "")))
    last = frames[-1]
    if last.payload["t"] == "end":
        return Position(position.segment + 1, 0, last.hash)
    return Position(position.segment, len(frames), last.hash)


def _read_snapshot(
    path: Path, device: str, key: bytes | None, number: int, read: PeerRead
) -> Position | None:
    frames = _frames(path, device, key, read)
    if not frames or frames[-1].payload.get("t") != "end":
        read.waiting = True
        return None
    header = frames[0].payload
    if int(header.get("v", 0)) > VERSION:
        raise LogRefused(device, "newer")
    if header.get("device") != device or int(header.get("segment", -1)) != number:
        raise LogRefused(device, "changed")
    records: list[list[Any]] = []
    for frame in frames[1:-1]:
        records.extend(frame.payload.get("records", []))
    if len(records) != int(frames[-1].payload.get("count", -1)):
        raise LogRefused(device, "changed")
    read.snapshot_records.extend(records)
    return Position(number, 0, str(header.get("chain", "")))
