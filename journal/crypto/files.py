"""Telling a plain SQLite file from an encrypted one by its header."""

from __future__ import annotations

from pathlib import Path

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True if `path` starts with SQLite's plain header (SQLCipher files look random).
    An empty or missing file counts as plain: it holds nothing to protect."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return True
    return head in (b"", PLAIN_HEADER)
