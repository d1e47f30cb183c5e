"""Turning passphrase protection on and off, and changing the passphrase.

Files: the journal J, its key file K (`J.key`), and temporary copies beside J
(`.J.encrypting`, `.J.decrypting`). The truth about J's state is J's own header:
a plain SQLite file starts with "SQLite format 3", an encrypted one looks random.

Crash-recovery reasoning (a SIGKILL may come at any instruction):
- The switch is one `os.replace(temporary copy, J)`, which is atomic. Until it
  happens J is the old journal, complete; after it, J is the new one, complete
  (the copy was verified, with the same row counts, and fsynced first). Before the
  rename J's -wal is folded in and gone, so no old log is ever applied to the new file.
- Invariant: J encrypted ⇒ K present. Enabling writes K (atomically) *before* the
  rename; disabling removes K only *after* it. So a K beside a plain J is only ever
  a leftover of an interrupted enable (its key never encrypted J) or of a finished
  disable, and `finish_interrupted` discards it (kept aside in backups/ if a backup
  still needs it). Beside a missing or empty J (a damaged journal moved aside, a
  restore to come) K is kept.
- A temporary copy that still exists was never renamed, so it is never the
  journal: `finish_interrupted` deletes it.
- Changing the passphrase replaces K atomically and touches nothing else: the old
  or the new passphrase opens the journal.
- Backups follow the journal: enabling encrypts the plain backups after the switch
  (an interruption leaves some plain ones, which `encrypt_backups` finishes at the
  next open with the key); disabling decrypts them before the switch (an interruption
  leaves some plain backups of a still encrypted journal, finished the same way).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from journal.crypto import keys
from journal.crypto.files import is_plain_sqlite
from journal.errors import JournalError, JournalLocked
from journal.files import sync_file, sync_folder
from journal.i18n import _
from journal.storage import cipher

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


def _temporary(journal: Path, suffix: str) -> Path:
    return journal.with_name(f".{journal.name}{suffix}")


def _remove_with_side_files(path: Path) -> None:
    for side in _SIDE:
        path.with_name(path.name + side).unlink(missing_ok=True)


def _backup_folder(journal: Path) -> Path:
    return journal.parent / "backups"


def _backups(journal: Path) -> list[Path]:
    from journal.storage.backup import list_backups

    return [b.path for b in list_backups(journal)]


def finish_interrupted(journal: Path) -> None:
    """Clean up after an enable, disable or change that was cut short (see the
    module docstring). Safe to call at every open; it never touches J itself."""
    journal = Path(journal)
    for suffix in (ENCRYPTING, DECRYPTING):
        _remove_with_side_files(_temporary(journal, suffix))
    for stale in journal.parent.glob(f".{keys.key_file_for(journal).name}.*.tmp"):
        stale.unlink(missing_ok=True)  # a key file write cut short (keys.write)
    folder = _backup_folder(journal)
    if folder.is_dir():
        for stale in folder.glob(f".*{_BACKUP_TEMP}"):
            _remove_with_side_files(stale)
    key_file = keys.key_file_for(journal)
    if key_file.exists() and _is_written_plain(journal):
        _discard_key_file(journal)


def _is_written_plain(journal: Path) -> bool:
    """A plain journal with content. A missing or empty file says nothing (a damaged
    encrypted journal moved aside, a backup about to be restored): its key is kept."""
    return journal.exists() and journal.stat().st_size > 0 and is_plain_sqlite(journal)


def _discard_key_file(journal: Path) -> None:
    key_file = keys.key_file_for(journal)
    if any(not is_plain_sqlite(b) for b in _backups(journal)):
        # A backup could not be decrypted: keep the key that opens it, beside it.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        os.replace(key_file, _backup_folder(journal) / f"{key_file.name}-{stamp}.retired")
    else:
        key_file.unlink(missing_ok=True)
    sync_folder(journal.parent)


@contextmanager
def _exclusive(journal: Path) -> Iterator[None]:
    """The single-writer lock for the whole operation, so no window writes meanwhile."""
    from journal.storage import lock as writer_lock

    held = writer_lock.try_acquire(journal)
    if held is None:
        raise JournalLocked(
            _("The journal is open in Migraine Journal; close it there, then try again.")
        )
    try:
        yield
        if held.session() == writer_lock.SESSION_OPEN:
            held.mark(writer_lock.SESSION_CLEAN)  # the last writer's log is folded in
    finally:
        held.release()


def enable(
    journal: Path, passphrase: str, *, recovery: bool = True, params: keys.KdfParams = keys.STRONG
) -> keys.RecoveryCode | None:
    """Encrypt the plain journal at `journal` with a new data key wrapped by
    `passphrase`; returns the recovery code (to print) if `recovery`."""
    journal = Path(journal)
    if not passphrase:
        raise JournalError(_("The passphrase cannot be empty."))
    with _exclusive(journal):
        finish_interrupted(journal)
        if is_protected(journal):
            raise JournalError(_("This journal is already protected with a passphrase."))
        data_key = keys.new_data_key()
        code = keys.new_recovery_code() if recovery else None
        sealed = keys.seal(data_key, passphrase, recovery=code, params=params)
        copy = _temporary(journal, ENCRYPTING)
        _verified_copy(journal, None, copy, data_key)
        keys.write(journal, sealed)  # K before J is encrypted: J encrypted ⇒ K present
        _switch(copy, journal)
        encrypt_backups(journal, data_key)
    return code


def disable(journal: Path, passphrase: str) -> None:
    """Decrypt the journal back to a plain file (the passphrase or recovery code)."""
    journal = Path(journal)
    with _exclusive(journal):
        finish_interrupted(journal)
        if not is_protected(journal):
            raise JournalError(_("This journal is not protected with a passphrase."))
        data_key = keys.data_key_for(journal, passphrase)
        copy = _temporary(journal, DECRYPTING)
        _verified_copy(journal, data_key, copy, None)
        for backup in _backups(journal):
            if not is_plain_sqlite(backup):
                _recrypt_backup(backup, data_key, None)
        _switch(copy, journal)
        _discard_key_file(journal)


def change(journal: Path, old: str, new: str, *, params: keys.KdfParams = keys.STRONG) -> None:
    """Wrap the data key by the `new` passphrase: only the key file changes."""
    journal = Path(journal)
    with _exclusive(journal):
        finish_interrupted(journal)
        if not is_protected(journal):
            raise JournalError(_("This journal is not protected with a passphrase."))
        keys.write(journal, keys.rewrapped(keys.read(journal), old, new, params))


def _verified_copy(journal: Path, key: bytes | None, copy: Path, new_key: bytes | None) -> None:
    """Write the whole journal into `copy` (encrypted with `new_key` or plain), check
    it opens with the same row counts, and sync it to disk."""
    _remove_with_side_files(copy)
    try:
        good = cipher.verified_copy(journal, key, copy, new_key)
    except BaseException:
        _remove_with_side_files(copy)
        raise
    if not good:
        _remove_with_side_files(copy)
        raise JournalError(
            _("The converted copy could not be verified; the journal was not changed.")
        )
    sync_file(copy)


def _switch(copy: Path, journal: Path) -> None:
    """The commit point: the verified copy takes the journal's place in one rename."""
    wal = journal.with_name(journal.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _remove_with_side_files(copy)
        raise JournalLocked(
            _("The journal is open in another program; close it there, then try again.")
        )
    wal.unlink(missing_ok=True)
    journal.with_name(journal.name + "-shm").unlink(missing_ok=True)
    os.replace(copy, journal)
    sync_folder(journal.parent)


def encrypt_backups(journal: Path, data_key: bytes) -> int:
    """Encrypt, with the journal's key, every backup still plain (after enabling, or
    to finish an interrupted enable or disable). Returns how many were encrypted."""
    done = 0
    for backup in _backups(Path(journal)):
        if is_plain_sqlite(backup) and backup.stat().st_size > 0:
            _recrypt_backup(backup, None, data_key)
            done += 1
    return done


def _recrypt_backup(backup: Path, key: bytes | None, new_key: bytes | None) -> None:
    """Replace one backup by its copy under `new_key` (None: plain), verified first.
    A backup that cannot be read is left as it is."""
    temporary = backup.with_name(f".{backup.name}{_BACKUP_TEMP}")
    try:
        _verified_copy(backup, key, temporary, new_key)
    except JournalError:
        _remove_with_side_files(temporary)
        return
    os.replace(temporary, backup)
    sync_folder(backup.parent)
