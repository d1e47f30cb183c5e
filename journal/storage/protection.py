"""A passphrase-protected journal file as storage finds it: whether it is encrypted,
the leftovers of an enable, disable or change that was cut short, and backups and
copies kept aside left plain by one (an unreadable plain kept copy is removed: no
plaintext of the diary survives protection); and the key file, which is never
deleted while a backup or kept copy it opens exists (it is retired into backups/).
Opening a journal finishes what an interruption left (this module); turning
protection on and off (journal.crypto.protect) builds on the same pieces. The
crash-recovery reasoning is journal.crypto.protect's module docstring.
"""

from __future__ import annotations

import glob
import os
from datetime import datetime
from pathlib import Path

from journal.crypto import keys
from journal.crypto.files import is_plain_sqlite
from journal.errors import JournalError
from journal.files import make_private, sync_file, sync_folder
from journal.i18n import _
from journal.storage import cipher
from journal.storage.backup import list_backups

ENCRYPTING = ".encrypting"
DECRYPTING = ".decrypting"
_SIDE = ("", "-journal", "-wal", "-shm")
_BACKUP_TEMP = ".crypt.tmp"


def is_protected(journal: Path) -> bool:
    """True if the journal file is encrypted: not plain SQLite, with its key file
    beside it. (Without a key file a file that is not plain SQLite is damaged or
    not a journal, and the check at open reports it as such.)"""
    journal = Path(journal)
    return journal.exists() and not is_plain_sqlite(journal) and keys.key_file_for(journal).exists()


def temporary_copy(journal: Path, suffix: str) -> Path:
    return journal.with_name(f".{journal.name}{suffix}")


def remove_with_side_files(path: Path) -> None:
    for side in _SIDE:
        path.with_name(path.name + side).unlink(missing_ok=True)


def backup_folder(journal: Path) -> Path:
    return journal.parent / "backups"


def backups_of(journal: Path) -> list[Path]:
    return [b.path for b in list_backups(journal)]


def finish_interrupted(journal: Path) -> None:
    """Clean up after an enable, disable or change that was cut short (see the
    module docstring). Safe to call at every open; it never touches J itself."""
    journal = Path(journal)
    for suffix in (ENCRYPTING, DECRYPTING):
        remove_with_side_files(temporary_copy(journal, suffix))
    for stale in journal.parent.glob(f".{keys.key_file_for(journal).name}.*.tmp"):
        stale.unlink(missing_ok=True)  # a key file write cut short (keys.write)
    folder = backup_folder(journal)
    if folder.is_dir():
        for stale in folder.glob(f".*{_BACKUP_TEMP}"):
            remove_with_side_files(stale)
        for stale in folder.glob(f".{glob.escape(keys.key_file_for(journal).name)}.*.tmp"):
            stale.unlink(missing_ok=True)  # the key file's copy, its write cut short
    for stale in journal.parent.glob(f".{glob.escape(journal.name)}.*{_BACKUP_TEMP}"):
        remove_with_side_files(stale)  # a kept copy's encryption cut short
    key_file = keys.key_file_for(journal)
    if key_file.exists() and _is_written_plain(journal):
        discard_key_file(journal)


def _is_written_plain(journal: Path) -> bool:
    """A plain journal with content. A missing or empty file says nothing (a damaged
    encrypted journal moved aside, a backup about to be restored): its key is kept."""
    return journal.exists() and journal.stat().st_size > 0 and is_plain_sqlite(journal)


def discard_key_file(journal: Path) -> None:
    """The key file of a journal that is plain now: retired into backups/ while a
    backup or a copy kept aside is still encrypted (it alone opens them), else removed,
    with its copy kept with the backups."""
    from journal.storage.backup import key_copy
    from journal.storage.kept import kept_copies

    key_file = keys.key_file_for(journal)
    needed = [*backups_of(journal), *(k.path for k in kept_copies(journal))]
    if any(not is_plain_sqlite(found) for found in needed):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_folder(journal)
        folder.mkdir(mode=0o700, exist_ok=True)
        os.replace(key_file, folder / f"{key_file.name}-{stamp}.retired")
    else:
        key_file.unlink(missing_ok=True)
    key_copy(journal).unlink(missing_ok=True)
    sync_folder(journal.parent)


def verified_copy(journal: Path, key: bytes | None, copy: Path, new_key: bytes | None) -> None:
    """Write the whole journal into `copy` (encrypted with `new_key` or plain), check
    it opens with the same row counts, and sync it to disk."""
    remove_with_side_files(copy)
    try:
        good = cipher.verified_copy(journal, key, copy, new_key)
    except BaseException:
        remove_with_side_files(copy)
        raise
    if not good:
        remove_with_side_files(copy)
        raise JournalError(
            _("The converted copy could not be verified; the journal was not changed.")
        )
    make_private(copy)
    sync_file(copy)


def encrypt_backups(journal: Path, data_key: bytes) -> int:
    """Encrypt, with the journal's key, every backup and copy kept aside still plain
    (after enabling, or to finish an interrupted enable or disable), and keep the
    key file's copy with the backups. A kept copy that cannot be read is removed,
    as is an interrupted restore's copy. Returns how many files were encrypted."""
    from journal.storage.backup import keep_key_with_backups
    from journal.storage.kept import kept_copies
    from journal.storage.restore import restoring_copy

    journal = Path(journal)
    done = 0
    for backup in backups_of(journal):
        if is_plain_sqlite(backup) and backup.stat().st_size > 0:
            recrypt_backup(backup, None, data_key)
            done += 1
    for kept in kept_copies(journal):
        if is_plain_sqlite(kept.path):
            if kept.size > 0 and recrypt_backup(kept.path, None, data_key):
                done += 1
            else:
                remove_with_side_files(kept.path)  # unreadable plaintext must not stay
    remove_with_side_files(restoring_copy(journal))
    keep_key_with_backups(journal)
    sync_folder(journal.parent)
    return done


def recrypt_backup(backup: Path, key: bytes | None, new_key: bytes | None) -> bool:
    """Replace one backup (or kept copy) by its copy under `new_key` (None: plain),
    verified first; its -wal was folded into the copy, so it goes. A file that
    cannot be read is left as it is (False)."""
    temporary = backup.with_name(f".{backup.name}{_BACKUP_TEMP}")
    try:
        verified_copy(backup, key, temporary, new_key)
    except JournalError:
        remove_with_side_files(temporary)
        return False
    os.replace(temporary, backup)
    for side in ("-wal", "-shm"):
        backup.with_name(backup.name + side).unlink(missing_ok=True)
    sync_folder(backup.parent)
    return True
