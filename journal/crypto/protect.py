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
  restore's `.restoring` copy is removed (journal.storage.protection).
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

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from journal.crypto import keys
from journal.crypto.files import is_plain_sqlite
from journal.errors import JournalError, JournalLocked
from journal.files import sync_folder
from journal.i18n import _
from journal.paths import real_path
from journal.storage import cipher
from journal.storage import lock as writer_lock
from journal.storage.backup import keep_key_with_backups, key_copy
from journal.storage.errors import translated
from journal.storage.protection import (
    DECRYPTING,
    ENCRYPTING,
    backups_of,
    discard_key_file,
    encrypt_backups,
    finish_interrupted,
    is_protected,
    recrypt_backup,
    remove_with_side_files,
    temporary_copy,
    verified_copy,
)

__all__ = ["change", "disable", "enable", "encrypt_backups", "finish_interrupted", "is_protected"]


@contextmanager
def _exclusive(journal: Path) -> Iterator[None]:
    """The single-writer lock for the whole operation, so no window writes meanwhile."""
    with translated():
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
    journal = real_path(journal)
    if not passphrase:
        raise JournalError(_("The passphrase cannot be empty."))
    with _exclusive(journal):
        finish_interrupted(journal)
        if is_protected(journal):
            raise JournalError(_("This journal is already protected with a passphrase."))
        data_key = keys.new_data_key()
        code = keys.new_recovery_code() if recovery else None
        sealed = keys.seal(data_key, passphrase, recovery=code, params=params)
        copy = temporary_copy(journal, ENCRYPTING)
        verified_copy(journal, None, copy, data_key)
        if code is not None and show_code is not None:
            sealed = sealed.with_unseen_code(data_key, code)
        keys.write(journal, sealed)  # K before J is encrypted: J encrypted ⇒ K present
        if code is not None and show_code is not None:
            show_code(code)
        _switch(copy, journal)
        encrypt_backups(journal, data_key)
    return code


def disable(journal: Path, passphrase: str) -> None:
    """Decrypt the journal back to a plain file (the passphrase or recovery code)."""
    journal = real_path(journal)
    with _exclusive(journal):
        finish_interrupted(journal)
        if not is_protected(journal):
            raise JournalError(_("This journal is not protected with a passphrase."))
        data_key = keys.data_key_for(journal, passphrase)
        copy = temporary_copy(journal, DECRYPTING)
        verified_copy(journal, data_key, copy, None)
        for backup in backups_of(journal):
            if not is_plain_sqlite(backup):
                recrypt_backup(backup, data_key, None)
        _switch(copy, journal)
        discard_key_file(journal)


def change(journal: Path, old: str, new: str, *, params: keys.KdfParams = keys.STRONG) -> None:
    """Wrap the data key by the `new` passphrase: only the key file changes (and its
    copy kept with the backups)."""
    journal = real_path(journal)
    with _exclusive(journal):
        finish_interrupted(journal)
        if not is_protected(journal):
            raise JournalError(_("This journal is not protected with a passphrase."))
        keys.write(journal, keys.rewrapped(keys.read(journal), old, new, params))
        keep_key_with_backups(journal)


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
    journal = Path(journal)
    found = keys.read(journal)
    if found.unseen is not None:
        keys.write(journal, found.without_unseen_code())
        if key_copy(journal).exists():
            keep_key_with_backups(journal)


def _switch(copy: Path, journal: Path) -> None:
    """The commit point: the verified copy takes the journal's place in one rename."""
    wal = journal.with_name(journal.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        remove_with_side_files(copy)
        raise JournalLocked(
            _("The journal is open in another program; close it there, then try again.")
        )
    wal.unlink(missing_ok=True)
    journal.with_name(journal.name + "-shm").unlink(missing_ok=True)
    os.replace(copy, journal)
    sync_folder(journal.parent)
