"""Moving a closed journal, with everything that belongs to it, to another folder.

What moves: the journal file, its key file (a protected journal cannot be opened
without it), the copies kept aside, and its backups with the key file's copy and
retired key files. The writer lock is held throughout.

The move survives a kill at any instruction, because nothing old is removed until
everything is complete at the new place and the new place is recorded:

1. The journal's -wal is folded into it (one self-contained file).
2. Every file is placed in the new folder: a hard link on the same file system
   (instant, the same bytes), else a copy written under a temporary name, synced,
   then renamed. Backups, key file and kept copies first, the journal last, so a
   journal at the new place always has what it needs beside it. A copied journal is
   checked with integrity_check before it counts.
3. `commit(new path)` records the new place (the window's settings): the commit point.
4. Only then are the old files removed.

Killed before 3: the journal is complete where it was (and the new folder holds
links or copies of it, which a repeated move reuses). Killed after 3: the journal
is complete at the new place; the old folder may still hold copies.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from journal.errors import JournalCorrupt, JournalError
from journal.files import link_or_copy, private_folder, sync_folder
from journal.i18n import _
from journal.storage import backup, belongings
from journal.storage import lock as writer_lock
from journal.storage.errors import translated
from journal.storage.kept import SIDE_FILES, fold_log, side_file


def move_journal(
    journal: Path, folder: Path, *, commit: Callable[[Path], None] | None = None
) -> Path:
    """Move the (closed) journal and everything of it into `folder`; returns the
    journal's new path. `commit` records the new path before anything old goes."""
    from journal.paths import real_path

    journal = real_path(journal)
    with translated():
        private_folder(folder)
    folder = Path(folder).resolve()
    target = folder / journal.name
    if folder == journal.parent:
        return journal
    with translated():
        held = writer_lock.acquire(journal)
        try:
            fold_log(journal)
            pairs = [
                (source, _target_of(source, journal, target))
                for source in belongings.files_of(journal)
            ]
            _refuse_collisions(pairs, target)
            same_disk = _same_filesystem(journal.parent, folder)
            for source, destination in pairs:
                _place(source, destination, linked=same_disk)
            if not same_disk and not backup.is_good(target):
                raise JournalCorrupt(
                    _(
                        "The copy of the journal in the new folder did not pass the check, "
                        "so the journal was left where it was."
                    )
                )
            for changed in {destination.parent for _source, destination in pairs}:
                sync_folder(changed)
            if commit is not None:
                commit(target)
            for source, _destination in pairs:  # the journal first: it is what counts
                if source in (journal, side_file(journal, "-wal")):
                    source.unlink(missing_ok=True)
            side_file(journal, "-shm").unlink(missing_ok=True)
            for source, _destination in pairs:
                source.unlink(missing_ok=True)
            sync_folder(journal.parent)
            held.mark(writer_lock.SESSION_CLEAN)
        finally:
            held.release()
        writer_lock.lock_path(journal).unlink(missing_ok=True)
        old_backups = backup.folder_for(journal)
        if old_backups.is_dir() and not any(old_backups.iterdir()):
            old_backups.rmdir()
    return target


def _target_of(source: Path, journal: Path, target: Path) -> Path:
    if source.parent == journal.parent:
        return target.parent / source.name
    return backup.folder_for(target) / source.name


def _refuse_collisions(pairs: list[tuple[Path, Path]], target: Path) -> None:
    """Nothing in the new folder may be overwritten, except what an interrupted move
    of this journal already placed there (the same file, linked)."""
    taken = [
        destination
        for source, destination in pairs
        if destination.exists() and not _same_file(source, destination)
    ]
    if not target.exists():
        taken += [side_file(target, s) for s in SIDE_FILES if side_file(target, s).exists()]
    if taken:
        raise JournalError(
            _(
                "There is already a journal named {name} (or a file of it, "
                "{file}) in {parent}; choose another folder (nothing was moved)."
            ).format(name=target.name, file=taken[0].name, parent=target.parent)
        )


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _place(source: Path, destination: Path, *, linked: bool) -> None:
    """`destination` becomes a complete copy of `source` in one step (a link or a rename)."""
    if destination.exists() and _same_file(source, destination):
        return
    private_folder(destination.parent)
    link_or_copy(source, destination, link=linked, suffix="moving")


def _same_filesystem(one: Path, other: Path) -> bool:
    return one.stat().st_dev == other.stat().st_dev
