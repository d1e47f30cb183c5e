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
- So do the copies kept aside (journal.storage.kept: damaged, before a restore):
  enabling encrypts each one that can be read and removes the ones that cannot (a
  plain copy of the diary must not survive `protect on`), and an interrupted
  restore's `.restoring` copy is removed.
- The key file is never deleted while a file it opens exists (a backup or a copy
  kept aside): it is retired into backups/ instead. A copy of it is kept with the
  backups (journal.storage.backup.key_copy), refreshed when the passphrase changes.
- The recovery code is handed to `show_code` before the switch, and is also kept
  in the key file, encrypted with the data key (keys.UNSEEN: only what opens the
  journal reads it), written before the switch: a kill after the switch can no
  longer leave an encrypted journal whose code nobody saw. The window shows an
  unseen code at the next open and removes it once the person confirms it is
  written down (`code_seen`); `protect on` on the command line removes it once
  printed.
- Paths are resolved to the real file first: through a symlink, the real file is
  encrypted and the link keeps pointing at it.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from journal.crypto import keys
from journal.crypto.files import is_plain_sqlite
from journal.errors import JournalError, JournalLocked
from journal.files import make_private, sync_file, sync_folder
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
        for stale in folder.glob(f".{glob.escape(keys.key_file_for(journal).name)}.*.tmp"):
            stale.unlink(missing_ok=True)  # the key file's copy, its write cut short
    for stale in journal.parent.glob(f".{glob.escape(journal.name)}.*{_BACKUP_TEMP}"):
        _remove_with_side_files(stale)  # a kept copy's encryption cut short
    key_file = keys.key_file_for(journal)
    if key_file.exists() and _is_written_plain(journal):
        _discard_key_file(journal)


def _is_written_plain(journal: Path) -> bool:
    """A plain journal with content. A missing or empty file says nothing (a damaged
    encrypted journal moved aside, a backup about to be restored): its key is kept."""
    return journal.exists() and journal.stat().st_size > 0 and is_plain_sqlite(journal)


def _discard_key_file(journal: Path) -> None:
    from journal.storage.backup import key_copy
    from journal.storage.kept import kept_copies

    key_file = keys.key_file_for(journal)
    copy = key_copy(journal)
    needed = [*_backups(journal), *(k.path for k in kept_copies(journal))]
    if any(not is_plain_sqlite(found) for found in needed):
        # A backup or kept copy is still encrypted: keep the key that opens it.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = _backup_folder(journal)
        folder.mkdir(mode=0o700, exist_ok=True)
        os.replace(key_file, folder / f"{key_file.name}-{stamp}.retired")
    else:
        key_file.unlink(missing_ok=True)
    copy.unlink(missing_ok=True)
    sync_folder(journal.parent)


@contextmanager
def _exclusive(journal: Path) -> Iterator[None]:
    """The single-writer lock for the whole operation, so no window writes meanwhile."""
    from journal.storage import lock as writer_lock
    from journal.storage.errors import translated

    with translated():
        held = writer_lock.try_acquire(journal)
    if held is None:
        raise JournalLocked(
            "The journal is open in Migraine Journal; close it there, then try again."
        )
    try:
        yield
        if held.session() == writer_lock.SESSION_OPEN:
            held.mark(writer_lock.SESSION_CLEAN)  # the last writer's log is folded in
    finally:
        held.release()


def enable(
    journal: Path,
    passphrase: str,
    *,
    recovery: bool = True,
    params: keys.KdfParams = keys.STRONG,
    show_code: Callable[[keys.RecoveryCode], None] | None = None,
) -> keys.RecoveryCode | None:
    """Encrypt the plain journal at `journal` with a new data key wrapped by
    `passphrase`; returns the recovery code if `recovery`. With `show_code`, the
    code is handed to it and kept in the key file as unseen before the journal is
    switched (see the module docstring); the caller calls `code_seen` once shown."""
    journal = _real(journal)
    if not passphrase:
        raise JournalError("The passphrase cannot be empty.")
    with _exclusive(journal):
        finish_interrupted(journal)
        if is_protected(journal):
            raise JournalError("This journal is already protected with a passphrase.")
        data_key = keys.new_data_key()
        code = keys.new_recovery_code() if recovery else None
        sealed = keys.seal(data_key, passphrase, recovery=code, params=params)
        copy = _temporary(journal, ENCRYPTING)
        _verified_copy(journal, None, copy, data_key)
        if code is not None and show_code is not None:
            sealed = sealed.with_unseen_code(data_key, code)
        keys.write(journal, sealed)  # K before J is encrypted: J encrypted ⇒ K present
        if code is not None and show_code is not None:
            show_code(code)
        _switch(copy, journal)
        encrypt_backups(journal, data_key)
    return code


def unseen_code(journal: Path, data_key: bytes | None = None) -> str:
    """The recovery code nobody confirmed seeing yet ("" if none); the data key is
    the one given or the one this process opened the journal with."""
    journal = Path(journal)
    data_key = data_key or cipher.key_for(journal)
    if data_key is None or not keys.key_file_for(journal).exists():
        return ""
    return keys.read(journal).unseen_code(data_key)


def code_seen(journal: Path) -> None:
    """The person has the recovery code: it is removed from the key file (and from
    the key file's copy kept with the backups)."""
    from journal.storage.backup import keep_key_with_backups, key_copy

    journal = Path(journal)
    found = keys.read(journal)
    if found.unseen is not None:
        keys.write(journal, found.without_unseen_code())
        if key_copy(journal).exists():
            keep_key_with_backups(journal)


def disable(journal: Path, passphrase: str) -> None:
    """Decrypt the journal back to a plain file (the passphrase or recovery code)."""
    journal = _real(journal)
    with _exclusive(journal):
        finish_interrupted(journal)
        if not is_protected(journal):
            raise JournalError("This journal is not protected with a passphrase.")
        data_key = keys.data_key_for(journal, passphrase)
        copy = _temporary(journal, DECRYPTING)
        _verified_copy(journal, data_key, copy, None)
        for backup in _backups(journal):
            if not is_plain_sqlite(backup):
                _recrypt_backup(backup, data_key, None)
        _switch(copy, journal)
        _discard_key_file(journal)


def change(journal: Path, old: str, new: str, *, params: keys.KdfParams = keys.STRONG) -> None:
    """Wrap the data key by the `new` passphrase: only the key file changes (and its
    copy kept with the backups)."""
    from journal.storage.backup import keep_key_with_backups

    journal = _real(journal)
    with _exclusive(journal):
        finish_interrupted(journal)
        if not is_protected(journal):
            raise JournalError("This journal is not protected with a passphrase.")
        keys.write(journal, keys.rewrapped(keys.read(journal), old, new, params))
        keep_key_with_backups(journal)


def _real(journal: Path) -> Path:
    from journal.paths import real_path

    return real_path(journal)


def _verified_copy(
    journal: Path,
    key: bytes | None,
    copy: Path,
    new_key: bytes | None,
) -> None:
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
        raise JournalError("The converted copy could not be verified; the journal was not changed.")
    make_private(copy)
    sync_file(copy)


def _switch(copy: Path, journal: Path) -> None:
    """The commit point: the verified copy takes the journal's place in one rename."""
    wal = journal.with_name(journal.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _remove_with_side_files(copy)
        raise JournalLocked(
            "The journal is open in another program; close it there, then try again."
        )
    wal.unlink(missing_ok=True)
    journal.with_name(journal.name + "-shm").unlink(missing_ok=True)
    os.replace(copy, journal)
    sync_folder(journal.parent)


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
    for backup in _backups(journal):
        if is_plain_sqlite(backup) and backup.stat().st_size > 0:
            _recrypt_backup(backup, None, data_key)
            done += 1
    for kept in kept_copies(journal):
        if is_plain_sqlite(kept.path):
            if kept.size > 0 and _recrypt_backup(kept.path, None, data_key):
                done += 1
            else:
                _remove_with_side_files(kept.path)  # unreadable plaintext must not stay
    _remove_with_side_files(restoring_copy(journal))
    keep_key_with_backups(journal)
    sync_folder(journal.parent)
    return done


def _recrypt_backup(backup: Path, key: bytes | None, new_key: bytes | None) -> bool:
    """Replace one backup (or kept copy) by its copy under `new_key` (None: plain),
    verified first; its -wal was folded into the copy, so it goes. A file that
    cannot be read is left as it is (False)."""
    temporary = backup.with_name(f".{backup.name}{_BACKUP_TEMP}")
    try:
        _verified_copy(backup, key, temporary, new_key)
    except JournalError:
        _remove_with_side_files(temporary)
        return False
    os.replace(temporary, backup)
    for side in ("-wal", "-shm"):
        backup.with_name(backup.name + side).unlink(missing_ok=True)
    sync_folder(backup.parent)
    return True
