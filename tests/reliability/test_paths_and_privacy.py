"""Issue 12, items 3 and 4: symlinked journals, and no plaintext left behind.

A journal reached through a symlink survives a writer's crash (SQLite keeps the
-wal beside the real file) and `protect on` through the link encrypts the real
file. After `protect on`, no file in the journal's folder holds a private marker,
whatever was kept aside before (a copy before a restore, a damaged copy, an
interrupted restore's copy). Every file the app writes is 0600 in 0700 folders.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.crypto import protect
from journal.crypto.files import is_plain_sqlite
from journal.storage import Journal, health
from journal.storage.backup import make_backup
from tests.reliability.conftest import Zygote
from tests.reliability.lost_helpers import (
    FAST,
    MARKER,
    PASSPHRASE,
    add_attacks,
    every_file,
    files_containing,
    notes,
    window_start,
)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def linked_journal(tmp_path: Path) -> tuple[Path, Path]:
    real = tmp_path / "real" / "journal.sqlite3"
    link = tmp_path / "link" / "journal.sqlite3"
    real.parent.mkdir()
    link.parent.mkdir()
    link.symlink_to(real)
    return real, link


def test_a_journal_through_a_symlink_survives_a_writer_crash(
    zygote: Zygote, tmp_path: Path
) -> None:
    real, link = linked_journal(tmp_path)
    add_attacks(real, 3, "first")
    for round_number in range(3):
        lines = zygote.round(f"write {link} {round_number} 40", 0.0, wait_for="done")
        acknowledged = {line.split()[2] for line in lines if line.startswith("ack attack")}
        with Journal.open(link, lock=True) as journal:  # as the window opens it
            assert acknowledged <= journal.attacks.ids()
        assert link.is_symlink() and link.resolve() == real
        assert not [p for p in every_file(tmp_path) if ".damaged" in p.name]


def test_protect_on_through_a_symlink_encrypts_the_real_file(tmp_path: Path) -> None:
    real, link = linked_journal(tmp_path)
    add_attacks(real, 5, "private")
    make_backup(real)
    protect.enable(link, PASSPHRASE, params=FAST)
    assert link.is_symlink() and link.resolve() == real
    assert not is_plain_sqlite(real)
    assert files_containing(tmp_path, MARKER) == []
    assert len(window_start(link, PASSPHRASE)) == 5


def test_protect_on_leaves_no_plaintext_whatever_was_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 10, "first")
    made = make_backup(path)
    add_attacks(path, 5, "later")
    health.restore(path, made.path)  # keeps the journal as it was: a plain copy
    damaged = path.with_name(path.name + ".damaged-20261101-101010")
    content = bytearray(path.read_bytes())
    content[4096 * 2 : 4096 * 2 + 64] = os.urandom(64)  # a damaged page, the rest readable
    damaged.write_bytes(bytes(content))
    path.with_name(f".{path.name}.restoring").write_bytes(path.read_bytes())
    assert len(files_containing(tmp_path, MARKER)) >= 4
    protect.enable(path, PASSPHRASE, params=FAST)
    assert files_containing(tmp_path, MARKER) == []
    assert notes(path, PASSPHRASE) == sorted(n for n in notes_of_backup(made.path))


def notes_of_backup(path: Path) -> list[str]:
    from journal.storage import cipher

    connection = cipher.sqlite_connection(path, read_only=True)
    try:
        return sorted(str(row[0]) for row in connection.execute("SELECT note FROM attacks"))
    finally:
        connection.close()


def test_every_file_is_0600_in_0700_folders_even_with_umask_022(
    tmp_path: Path, umask_022: None
) -> None:
    path = tmp_path / "new folder" / "journal.sqlite3"
    add_attacks(path, 4, "first")
    made = make_backup(path)
    add_attacks(path, 2, "later")
    health.restore(path, made.path)
    with Journal.open(path, lock=True) as journal:  # open: -wal and -shm exist meanwhile
        journal.attacks.save(journal.attacks.all()[0])
        files = every_file(path.parent)
        assert any(p.name.endswith("-wal") for p in files)
        wide = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files}
        assert {n: m for n, m in wide.items() if m != "0o600"} == {}
    protect.enable(path, PASSPHRASE, params=FAST)
    for found in every_file(path.parent):
        assert stat.S_IMODE(found.stat().st_mode) == 0o600, found.name
    for folder in (path.parent, path.parent / "backups"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder.name


def test_files_an_older_version_left_0644_are_narrowed_at_open(
    tmp_path: Path, umask_022: None
) -> None:
    path = tmp_path / "journal.sqlite3"
    add_attacks(path, 2, "first")
    make_backup(path)
    for found in every_file(tmp_path):
        found.chmod(0o644)
    (tmp_path / "backups").chmod(0o755)
    window_start(path)
    assert {
        p.name for p in every_file(tmp_path) if stat.S_IMODE(p.stat().st_mode) != 0o600
    } == set()
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
