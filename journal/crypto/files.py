"""Small file helpers for the crypto package: atomic replace and durable renames.

(journal.exchange.json_format has a similar writer, but importing it would pull in
the storage package, which itself opens encrypted journals through this package.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PLAIN_HEADER = b"SQLite format 3\x00"


def write_atomically(target: Path, content: bytes) -> None:
    """Replace `target` only once the complete new content is on disk."""
    target = Path(target)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def sync_file(path: Path) -> None:
    _sync(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be synced)."""
    if os.name != "nt":
        _sync(folder, os.O_RDONLY)


def _sync(path: Path, flags: int) -> None:
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def is_plain_sqlite(path: Path) -> bool:
    """True if `path` starts with SQLite's plain header (SQLCipher files look random).
    An empty or missing file counts as plain: it holds nothing to protect."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return True
    return head in (b"", PLAIN_HEADER)
