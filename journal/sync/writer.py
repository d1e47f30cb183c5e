"""This computer's own files in the sync folder: appending to its log, closing
segments, writing a snapshot (and removing what it replaces), its device and key
files. This computer is the only writer of its folder, so a torn last frame (a
crash while appending) is simply cut off before the next append.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.files import write_atomically
from journal.sync.frames import FrameError, encode, line_hash, read_lines
from journal.sync.layout import (
    DEVICE_FILE,
    FORMAT,
    KEY_FILE,
    SEGMENT_BYTES,
    VERSION,
    DeviceFiles,
    change_to_list,
    files_of,
    segment_name,
    snapshot_name,
    sync_root,
)
from journal.sync.rules import Change


@dataclass
class LogTail:
    """Where this computer's log ends: the open segment and its last frame."""

    segment: int = 0
    frames: int = 0
    chain: str = ""
    last_seq: int = 0
    size: int = 0
    since_snapshot: int = 0
    """Bytes of segments written since the newest snapshot."""
    torn: bool = False
    """The last segment ends in an incomplete frame."""
    damaged: bool = False
    """The last segment is not readable as this computer's (someone changed it)."""
    snapshot: int = 0
    """The newest snapshot's number (a new segment names it in its header)."""


class DeviceLog:
    """This computer's own files in the folder (it is their only writer)."""

    def __init__(self, folder: Path, device: str, key: bytes | None) -> None:
        self.folder = Path(folder)
        self.device = device
        self.key = key
        self.place = sync_root(self.folder) / device

    def tail(self) -> LogTail:
        """Read where the log ends. A torn last frame is reported (`torn`), not yet
        cut: it is this computer's own interrupted append only when the log holds
        every change the journal says it wrote (see journal.sync.merge.publish)."""
        found = files_of(self.folder, self.device)
        newest_snapshot = max(found.snapshots, default=0)
        tail = self._tail(found, newest_snapshot)
        tail.snapshot = newest_snapshot
        return tail

    def _tail(self, found: DeviceFiles, newest_snapshot: int) -> LogTail:
        if not found.segments or max(found.segments) < newest_snapshot:
            if newest_snapshot:
                path = found.snapshots[newest_snapshot]
                return LogTail(newest_snapshot, 0, *self._snapshot_start(path))
            return LogTail()
        number = max(found.segments)
        path = found.segments[number]
        content = path.read_bytes()
        try:
            read = read_lines(content, key=self.key, device=self.device, file_name=path.name)
        except FrameError:
            return LogTail(number, damaged=True)
        if not read.frames:
            chain, last_seq = self._chain_before(number, found)
            return LogTail(number, 0, chain, last_seq, 0, torn=read.torn)
        last_seq = max(int(frame.payload.get("seq", 0)) for frame in read.frames)
        since = sum(p.stat().st_size for n, p in found.segments.items() if n >= newest_snapshot)
        kept = sum(len(frame.line) + 1 for frame in read.frames)
        tail = LogTail(number, len(read.frames), read.frames[-1].hash, last_seq, kept)
        tail.since_snapshot, tail.torn = since, read.torn
        if read.frames[-1].payload["t"] == "end":
            tail.segment, tail.frames, tail.size = number + 1, 0, 0
        return tail

    def _chain_before(self, number: int, found: DeviceFiles) -> tuple[str, int]:
        """The chain and last change number a segment whose header is missing follows."""
        if number - 1 in found.segments:
            path = found.segments[number - 1]
            read = read_lines(
                path.read_bytes(), key=self.key, device=self.device, file_name=path.name
            )
            if read.frames:
                last_seq = max(int(frame.payload.get("seq", 0)) for frame in read.frames)
                return read.frames[-1].hash, last_seq
        if number in found.snapshots:
            return self._snapshot_start(found.snapshots[number])
        return "", 0

    def cut_torn(self, tail: LogTail) -> None:
        """Cut off this computer's own interrupted last frame (nobody has applied it:
        a torn frame is never read)."""
        segments = files_of(self.folder, self.device).segments
        path = segments.get(max(segments, default=0))
        if path is not None:
            content = path.read_bytes()
            write_atomically(path, content[: content.rfind(b"\n") + 1])
        tail.torn = False

    def _snapshot_start(self, path: Path) -> tuple[str, int]:
        """The chain a snapshot stands for and the last change number it holds."""
        read = read_lines(path.read_bytes(), key=self.key, device=self.device, file_name=path.name)
        if not read.frames:
            return "", 0
        header = read.frames[0].payload
        return str(header.get("chain", "")), int(header.get("seq", 0))

    def append(self, changes: list[Change], last_seq: int, reading: str, tail: LogTail) -> None:
        """Append one batch of changes as one frame (fsync'd before returning); the
        caller cuts long batches (FRAME_CHANGES)."""
        self.place.mkdir(parents=True, exist_ok=True)
        tail.segment = tail.segment or 1
        if tail.frames == 0:
            self._write_frame(
                tail,
                {
                    "t": "header",
                    "v": VERSION,
                    "device": self.device,
                    "segment": tail.segment,
                    "snapshot": tail.snapshot,
                    "format": FORMAT,
                },
            )
        self._write_frame(
            tail,
            {
                "t": "tx",
                "seq": last_seq,
                "clock": reading,
                "changes": [change_to_list(c) for c in changes],
            },
        )
        tail.last_seq = last_seq
        if tail.size >= SEGMENT_BYTES:
            self.close_segment(tail)

    def close_segment(self, tail: LogTail) -> None:
        if tail.frames:
            self._write_frame(tail, {"t": "end", "seq": tail.last_seq})
            tail.segment, tail.frames, tail.size = tail.segment + 1, 0, 0

    def _write_frame(self, tail: LogTail, payload: dict[str, Any]) -> None:
        name = segment_name(tail.segment)
        payload = {**payload, "prev": tail.chain}
        line = encode(payload, key=self.key, device=self.device, file_name=name, index=tail.frames)
        path = self.place / name
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, line + b"\n")
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        tail.frames += 1
        tail.size += len(line) + 1
        tail.since_snapshot += len(line) + 1
        tail.chain = line_hash(line)

    def write_snapshot(self, records: Iterable[list[Any]], tail: LogTail) -> int:
        """Close the open segment, write a snapshot of every record standing for
        the log so far, then remove the segments and snapshots before it. Returns
        the snapshot's size in bytes."""
        self.close_segment(tail)
        # A new number, even when no segment was written since the last snapshot:
        # a reader that read that one must see that there is something new.
        tail.segment = max(tail.segment or 1, tail.snapshot + 1)
        number = tail.segment
        name = snapshot_name(number)
        lines: list[bytes] = []
        chain = ""
        header = {
            "t": "snapshot",
            "v": VERSION,
            "device": self.device,
            "segment": number,
            "chain": tail.chain,
            "seq": tail.last_seq,
            "format": FORMAT,
        }
        batch: list[list[Any]] = []
        count = 0

        def emit(payload: dict[str, Any]) -> None:
            nonlocal chain
            line = encode(
                {**payload, "prev": chain},
                key=self.key,
                device=self.device,
                file_name=name,
                index=len(lines),
            )
            lines.append(line)
            chain = line_hash(line)

        emit(header)
        for record in records:
            batch.append(record)
            count += 1
            if len(batch) >= 500:
                emit({"t": "records", "records": batch})
                batch = []
        if batch:
            emit({"t": "records", "records": batch})
        emit({"t": "end", "count": count})
        content = b"".join(line + b"\n" for line in lines)
        self.place.mkdir(parents=True, exist_ok=True)
        write_atomically(self.place / name, content)
        found = files_of(self.folder, self.device)
        for old, path in found.segments.items():
            if old < number:
                path.unlink(missing_ok=True)
        for old, path in found.snapshots.items():
            if old < number:
                path.unlink(missing_ok=True)
        tail.since_snapshot = 0
        tail.snapshot = number
        return len(content)

    def write_device_file(self, payload: dict[str, Any]) -> None:
        self.place.mkdir(parents=True, exist_ok=True)
        line = encode(
            {"t": "device", **payload, "prev": ""},
            key=self.key,
            device=self.device,
            file_name=DEVICE_FILE,
            index=0,
        )
        write_atomically(self.place / DEVICE_FILE, line + b"\n")

    def write_key_file(self, content: bytes) -> None:
        self.place.mkdir(parents=True, exist_ok=True)
        path = self.place / KEY_FILE
        if not path.exists() or path.read_bytes() != content:
            write_atomically(path, content)
