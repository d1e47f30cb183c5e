"""“Delete all my data”: the journal, its -wal and -shm files, its lock file, every
backup, every copy kept aside (damaged or before a restore), and the app's settings.

The window asks for a typed confirmation first; this module only removes, and
lists what it removed so the person can see nothing was left behind.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from journal.storage import backup as backups
from journal.storage import lock as writer_lock
from journal.storage.errors import translated
from journal.storage.health import SIDE_FILES, side_file


def files_to_wipe(journal: Path, settings_folder: Path | None = None) -> list[Path]:
    """Everything `wipe` would remove, for the confirmation dialog to show."""
    journal = Path(journal)
    found = [side_file(journal, s) for s in ("", *SIDE_FILES)]
    found += sorted(journal.parent.glob(f"{journal.name}.damaged-*"))
    found += sorted(journal.parent.glob(f"{journal.name}.before-restore-*"))
    found += [b.path for b in backups.list_backups(journal)]
    found.append(journal.with_name(journal.name + ".key"))  # journal.crypto's key file
    found += sorted(backups.folder_for(journal).glob(f"{journal.name}.key-*.retired"))
    found += sorted(backups.folder_for(journal).glob(f".{journal.stem}-*.tmp"))
    if settings_folder is not None:
        found.append(Path(settings_folder))
    return [path for path in found if path.exists()]


def wipe(journal: Path, settings_folder: Path | None = None) -> list[Path]:
    """Remove the journal and everything that holds its data; returns what was
    removed. Refused (JournalLocked) while another window has the journal open;
    the caller closes its own Journal first."""
    journal = Path(journal)
    removed: list[Path] = []
    with translated():
        guard = writer_lock.acquire(journal) if journal.parent.is_dir() else None
        try:
            for path in files_to_wipe(journal, settings_folder):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                removed.append(path)
            folder = backups.folder_for(journal)
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                removed.append(folder)
            lock_file = writer_lock.lock_path(journal)
            if lock_file.exists():
                lock_file.unlink()
                removed.append(lock_file)
        finally:
            if guard is not None:
                guard.release()
    return removed
