"""Putting a backup (or a copy kept aside) in the journal's place.

The journal file is only ever replaced by one rename of a complete, synced and
verified file, so a kill, a full disk or a bad choice at any moment leaves either
the old journal or the restored one, never no journal:

1. The chosen file is checked: it passes SQLite's integrity_check, it is a
   Migraine Journal this version knows, and it is not the journal itself.
2. It is copied beside the journal as `.<name>.restoring`, synced, and the copy
   checked again (what was read is what was written).
3. The current journal's -wal is folded into it, and the journal is kept aside as
   `<name>.before-restore-STAMP` by a hard link (or a synced copy): the journal
   itself stays in place.
4. One rename puts the verified copy in the journal's place.

A `.restoring` copy left by an interruption was never the journal; it is removed
by the next restore and by `protect on`. An encrypted backup is restored with the
key file that opens it (journal.storage.backup keeps a copy beside the backups).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from journal.errors import JournalCorrupt, JournalError, JournalMissing
from journal.files import make_private, sync_file, sync_folder
from journal.i18n import _
from journal.storage import backup as backups
from journal.storage import lock as writer_lock
from journal.storage.errors import NotAJournal, translated
from journal.storage.kept import SIDE_FILES, fold_log, keep_copy, side_file
from journal.storage.versions import APPLICATION_ID, MIGRATION_NAMES, MIGRATION_SET

RESTORING = ".restoring"


@dataclass(frozen=True)
class RestoreResult:
    """What `restore` did: the file it put in place and where the old one was kept."""

    backup: Path
    kept: Path | None

    def sentence(self) -> str:
        if self.kept is None:
            return _("Restored the journal from {name}.").format(name=self.backup.name)
        return _("Restored the journal from {name}; the previous file was kept as {kept}.").format(
            name=self.backup.name, kept=self.kept.name
        )


def restoring_copy(journal: Path) -> Path:
    return journal.with_name(f".{journal.name}{RESTORING}")


def journal_problem(path: Path) -> str | None:
    """None if the file at `path` is a Migraine Journal this version can open (read
    only), else why not, in words."""
    try:
        connection = backups.read_only(path)
        try:
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
            applied: set[str] = set()
            if "_sqlite_migrations" in tables:
                applied = {
                    str(row[0])
                    for row in connection.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                        (MIGRATION_SET,),
                    )
                }
        finally:
            connection.close()
    except sqlite3.Error:
        return _("it is not a database this app can read")
    if application_id != APPLICATION_ID or "attacks" not in tables:
        return _("it is not a Migraine Journal")
    if applied - set(MIGRATION_NAMES):
        return _("it was saved by a newer version of Migraine Journal")
    return None


def check_restorable(source: Path, journal: Path) -> None:
    """Raise a JournalError (one sentence, nothing changed) unless `source` can take
    the journal's place."""
    if not source.is_file():
        raise JournalMissing(_("There is no backup at {source}.").format(source=source))
    own = source == journal or source.name.startswith(journal.name + "-")
    if own and source.parent == journal.parent:
        raise JournalError(
            _(
                "{name} is the journal itself (or its log), not a backup; "
                "choose a backup to restore. Nothing was changed."
            ).format(name=source.name)
        )
    if source.stat().st_size == 0:
        raise NotAJournal(
            _("{name} is an empty file, not a backup; nothing was changed.").format(
                name=source.name
            )
        )
    if not backups.is_good(source):
        raise JournalCorrupt(
            _(
                "The backup {name} is damaged too (or cannot be opened); "
                "choose another one. Nothing was changed."
            ).format(name=source.name)
        )
    problem = journal_problem(source)
    if problem is not None:
        raise NotAJournal(
            _("{name} cannot be restored: {problem}. The journal was not changed.").format(
                name=source.name, problem=problem
            )
        )


def restore(
    journal: Path, backup: Path | None = None, *, guard: writer_lock.WriterLock | None = None
) -> RestoreResult:
    """Put a backup in place of the journal (the newest good one unless `backup` is
    given), keeping the current file aside. Takes the writer lock unless the caller
    passes the one it holds."""
    from journal.paths import real_path

    journal = real_path(journal)
    if backup is None:
        newest = backups.newest_good_backup(journal)
        if newest is None:
            raise JournalMissing(_("There is no good backup of this journal to restore."))
        backup = newest.path
    source = real_path(backup)
    check_restorable(source, journal)
    with translated():
        held = guard or writer_lock.acquire(journal)
    try:
        return _put_in_place(journal, source, held)
    finally:
        if guard is None:
            held.release()


def _put_in_place(journal: Path, source: Path, held: writer_lock.WriterLock) -> RestoreResult:
    temporary = restoring_copy(journal)
    with translated():
        try:
            _remove_with_side_files(temporary)
            shutil.copyfile(source, temporary)
            make_private(temporary)
            sync_file(temporary)
            if backups.integrity_problem(temporary) is not None or journal_problem(temporary):
                raise JournalCorrupt(
                    _(
                        "The copy of {name} could not be verified (the disk may be "
                        "failing), so the journal was not changed."
                    ).format(name=source.name)
                )
            kept = _keep_current(journal)
            os.replace(temporary, journal)
            sync_folder(journal.parent)
        finally:
            _remove_with_side_files(temporary)
        held.mark(writer_lock.SESSION_CLEAN)
        _key_with_backup(journal, source)
    return RestoreResult(source, kept)


def _keep_current(journal: Path) -> Path | None:
    """Keep the journal as it is now aside (it stays in place until the rename)."""
    if not journal.exists():
        return None
    fold_log(journal)
    kept = None
    if journal.stat().st_size > 0:
        kept = keep_copy(journal, "before-restore")
    # A log that could not be folded (a damaged journal) goes with its kept copy, so
    # it is never applied to the restored file.
    for suffix in SIDE_FILES:
        leftover = side_file(journal, suffix)
        if leftover.exists():
            if kept is not None:
                os.replace(leftover, side_file(kept, suffix))
            else:
                leftover.unlink()
    sync_folder(journal.parent)
    return kept


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", "-journal", *SIDE_FILES):
        side_file(path, suffix).unlink(missing_ok=True)


def _key_with_backup(journal: Path, source: Path) -> None:
    """An encrypted backup is opened by the key file kept with the backups: put it
    beside the journal when the journal's own is missing."""
    from journal.crypto import keys
    from journal.crypto.files import is_plain_sqlite

    key_file = keys.key_file_for(journal)
    copy = backups.key_copy(journal)
    if not is_plain_sqlite(journal) and not key_file.exists() and copy.exists():
        from journal.files import write_atomically

        write_atomically(key_file, copy.read_bytes())
