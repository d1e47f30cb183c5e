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


SQLCIPHER_PAGE_MULTIPLE = 512  # every SQLCipher page size is a multiple of this
_SAMPLE_BYTES = 4096
_RANDOM_LOOKING = 200  # distinct byte values in the sample; random data shows ~250


def looks_encrypted(path: Path) -> bool:
    """Whether a file that is not plain SQLite looks like an encrypted journal: whole
    pages of random-looking bytes from its first byte (SQLCipher starts the file
    with a random salt). A text file, a picture or a document does not; so a
    missing key file is told apart from a file that was never a journal."""
    try:
        size = Path(path).stat().st_size
        with Path(path).open("rb") as stream:
            sample = stream.read(_SAMPLE_BYTES)
    except OSError:
        return False
    if size < 1024 or size % SQLCIPHER_PAGE_MULTIPLE or sample.startswith(PLAIN_HEADER):
        return False
    return len(set(sample)) >= min(_RANDOM_LOOKING, len(sample) // 5) and not has_sqlite_pages(path)


def has_sqlite_pages(path: Path, pages: int = 16) -> bool:
    """Whether pages after the first hold SQLite b-tree page headers in the clear: a
    plain journal whose first page was damaged (not an encrypted one, whose every
    page looks random, nor a text file or picture). Reads at most `pages` pages of
    the common sizes. https://sqlite.org/fileformat2.html#b_tree_pages"""
    try:
        with Path(path).open("rb") as stream:
            for page_size in (4096, 1024):
                for number in range(1, pages):
                    stream.seek(number * page_size)
                    header = stream.read(8)
                    if len(header) < 8:
                        break
                    if _is_btree_header(header, page_size):
                        return True
    except OSError:
        return False
    return False


def _is_btree_header(header: bytes, page_size: int) -> bool:
    kind, freeblock = header[0], int.from_bytes(header[1:3], "big")
    cells, content = int.from_bytes(header[3:5], "big"), int.from_bytes(header[5:7], "big")
    return (
        kind in (2, 5, 10, 13)
        and freeblock < page_size
        and 0 < content <= page_size
        and cells * 2 + 8 <= page_size
        and header[7] <= 60
    )
