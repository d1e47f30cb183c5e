"""Moving a closed journal to another folder without risking a single entry.

The journal is closed first (which folds its -wal log into the file), and the
writer lock is held for the whole move. On the same filesystem each file is
renamed (atomic). Across filesystems each file is copied, synced and the copy of
the journal checked with SQLite's integrity_check before anything old is removed;
if the check fails, the copies are removed and the original stays untouched.
The journal's own backups move into a `backups/` folder beside it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal.errors import JournalCorrupt, JournalError
from journal.files import sync_file, sync_folder
from journal.storage import backup
from journal.storage import lock as writer_lock
from journal.storage.errors import translated
from journal.storage.health import SIDE_FILES, side_file

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def move_journal(journal: Path, folder: Path) -> Path:
    """Move the (closed) journal, its -wal/-shm and its backups into `folder`;
    returns the journal's new path."""
    journal, folder = Path(journal), Path(folder)
    target = folder / journal.name
    if folder.resolve() == journal.parent.resolve():
        return journal
    if any(side_file(target, s).exists() for s in ("", *SIDE_FILES)):
        raise JournalError(
            translate(
                "settings_move",
                "There is already a journal named {0} in {1}; "
                "choose another folder (nothing was moved).",
            ).format(journal.name, folder)
        )
    with translated():
        folder.mkdir(parents=True, exist_ok=True)
        held = writer_lock.acquire(journal)
        try:
            # The -shm index is rebuilt by SQLite; only the file and its log carry data.
            pairs = [(side_file(journal, s), side_file(target, s)) for s in ("", "-wal")]
            pairs += [
                (b.path, backup.folder_for(target) / b.path.name)
                for b in backup.list_backups(journal)
            ]
            pairs = [(source, to) for source, to in pairs if source.exists()]
            if _same_filesystem(journal.parent, folder):
                _rename_all(pairs)
            else:
                _copy_verify_remove(pairs, target)
            side_file(journal, "-shm").unlink(missing_ok=True)
            held.mark(writer_lock.SESSION_CLEAN)
        finally:
            held.release()
        writer_lock.lock_path(journal).unlink(missing_ok=True)
    return target


def _same_filesystem(one: Path, other: Path) -> bool:
    return one.stat().st_dev == other.stat().st_dev


def _rename_all(pairs: list[tuple[Path, Path]]) -> None:
    for source, target in pairs:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    for folder in {target.parent for _source, target in pairs}:
        sync_folder(folder)


def _copy_verify_remove(pairs: list[tuple[Path, Path]], journal: Path) -> None:
    copied: list[Path] = []
    try:
        for source, target in pairs:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(target)
            sync_file(target)
        if not backup.is_good(journal):
            raise JournalCorrupt(
                translate(
                    "settings_move",
                    "The copy of the journal in the new folder did not pass the check, "
                    "so the journal was left where it was.",
                )
            )
    except BaseException:
        for target in copied:
            target.unlink(missing_ok=True)
        raise
    for folder in {target.parent for _source, target in pairs}:
        sync_folder(folder)
    for source, _target in pairs:
        source.unlink()
