"""Recognising a file's format by its content, and refusing what is none of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.errors import ImportFileError
from journal.exchange.detect import detect_format, plan_file
from journal.exchange.json_format import export_json
from journal.storage import Journal

from .helpers import FIXTURES, write


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("migraine_buddy.csv", "migraine-buddy"),
        ("measurements.json", "clue"),
        ("drip_schema5.csv", "drip"),
        ("drip_schema4.csv", "drip"),
        ("ClueBackup-2019-04-02.cluedata", "clue"),
        ("migraine_buddy_2021.csv", "migraine-buddy"),
        ("attacks.csv", "csv"),
    ],
)
def test_each_fixture_is_recognised_by_its_content(
    tmp_path: Path, name: str, expected: str
) -> None:
    renamed = tmp_path / "download.txt"
    renamed.write_bytes((FIXTURES / name).read_bytes())
    assert detect_format(renamed) == expected


def test_our_own_json_export_is_recognised(journal: Journal, tmp_path: Path) -> None:
    export_json(journal, tmp_path / "export.json")
    assert detect_format(tmp_path / "export.json") == "migraine-journal"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello there\nthis is a letter, not a diary\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b'{"name": "something else"}',
        b"[1, 2, 3]",
        b"Weather,Mood\nrain,bad\n",
        b"{ not json",
    ],
    ids=["empty", "prose", "binary", "other json", "json list", "unrelated csv", "broken"],
)
def test_junk_is_no_format(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk"
    path.write_bytes(content)
    assert detect_format(path) is None


def test_planning_a_file_of_no_known_format_says_so(journal: Journal, tmp_path: Path) -> None:
    path = write(tmp_path / "letter.txt", "Dear doctor,\nall fine\n")
    with pytest.raises(ImportFileError, match="not a file this app can import"):
        plan_file(journal, path)


def test_a_broken_json_file_is_read_as_json_so_the_error_names_the_line(
    journal: Journal, tmp_path: Path
) -> None:
    path = write(tmp_path / "e.json", '{"format": "migraine-journal",\n oops}')
    with pytest.raises(ImportFileError, match="line 2"):
        plan_file(journal, path)


def test_a_format_given_by_name_wins_over_detection(journal: Journal) -> None:
    with pytest.raises(ImportFileError, match="no “date” column"):
        plan_file(journal, FIXTURES / "attacks.csv", "drip")
