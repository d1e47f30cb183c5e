"""What is done to the journal as a file, over journal.storage and journal.crypto:
ui.settings.host.JournalFile, the one interface the settings use for it.

Listing and making backups, and listing what "Delete all my data" removes, work on
the open journal. Putting a backup in place, moving and (un)protecting the journal
close the window and the journal, change the closed files, and open both again
(`reopen`, given by the application: ui.app.startup.WindowSession).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journal.crypto import keys, protect
from journal.errors import JournalError
from journal.storage import Journal, backup, health, kept
from ui.kit import settings_store

if TYPE_CHECKING:  # the settings are loaded when first opened, not at start
    from ui.settings.host import FileCopy

KDF_PARAMS = keys.STRONG  # tests lower it; the key file records what was used


class JournalFileOperations:
    """The file-level side of ui.settings.host.JournalFile, for a holder of the open
    `journal` that can `reopen` it around a change and `close` it."""

    journal: Journal
    passphrase: str | None
    """The passphrase of a protected journal, kept in memory only to reopen it."""

    @property
    def path(self) -> Path | None:
        return self.journal.path

    def reopen(self, change: Callable[[Path], Path]) -> None:
        """Close the journal, run `change` on the closed file (it returns the path
        afterwards), open it again (the application's)."""
        raise NotImplementedError

    def close(self, *, take_backup: bool = True) -> None:
        raise NotImplementedError

    def _required_path(self) -> Path:
        if self.path is None:
            raise JournalError(
                QCoreApplication.translate(
                    "startup", "A journal kept only in memory cannot be changed this way."
                )
            )
        return self.path

    # Backups ---------------------------------------------------------------

    def copies(self) -> list[FileCopy]:
        from ui.settings.host import CopyKind, FileCopy

        path = self.path
        if path is None:
            return []
        found = [
            FileCopy(made.path, made.taken, made.size, made.age(), CopyKind.BACKUP)
            for made in backup.list_backups(path)
        ]
        for copy in kept.kept_copies(path):
            kind = CopyKind.DAMAGED if copy.label == "damaged" else CopyKind.BEFORE_RESTORE
            age = backup.Backup(copy.path, copy.taken, copy.size).age()
            found.append(FileCopy(copy.path, copy.taken, copy.size, age, kind))
        return found

    def make_backup(self) -> None:
        backup.make_backup(self._required_path())

    def restore(self, chosen: Path) -> str:
        outcome: list[health.RestoreResult] = []

        def put_in_place(path: Path) -> Path:
            outcome.append(health.restore(path, chosen))
            return path

        self.reopen(put_in_place)
        return outcome[0].sentence() if outcome else ""

    # The file ----------------------------------------------------------------

    def move_to(self, folder: Path) -> None:
        from journal.storage import relocate  # loaded when first used, not at start

        def move(path: Path) -> Path:
            return relocate.move_journal(path, folder, commit=settings_store.remember_journal_path)

        self.reopen(move)

    def is_protected(self) -> bool:
        return self.path is not None and protect.is_protected(self.path)

    def check_passphrase(self, secret: str) -> None:
        keys.data_key_for(self._required_path(), secret)

    def protect(self, passphrase: str) -> None:
        def encrypt(path: Path) -> Path:
            # The code is kept in the encrypted journal until shown and confirmed, so
            # a kill right after the switch still shows it at the next start.
            protect.enable(path, passphrase, params=KDF_PARAMS, show_code=lambda _code: None)
            self.passphrase = passphrase
            return path

        self.reopen(encrypt)

    def change_passphrase(self, old: str, new: str) -> None:
        def rewrap(path: Path) -> Path:
            protect.change(path, old, new, params=KDF_PARAMS)
            self.passphrase = new
            return path

        self.reopen(rewrap)

    def unprotect(self, passphrase: str) -> None:
        def decrypt(path: Path) -> Path:
            protect.disable(path, passphrase)
            self.passphrase = None
            return path

        self.reopen(decrypt)

    def files_to_delete(self) -> list[Path]:
        from journal.storage import wipe  # loaded when first used, not at start

        path = self.path
        return [] if path is None else wipe.files_to_wipe(path, settings_store.settings_file())

    def delete_everything(self) -> list[Path]:
        from journal.storage import wipe

        path = self._required_path()
        self.close(take_backup=False)
        return wipe.wipe(path, settings_store.settings_file())
