"""Everything that belongs to a journal file besides itself: its -wal/-shm and
lock, its key file, the copies kept aside and its backups (with the key file's
copy and retired key files). What moves with it (journal.storage.relocate), what is
made private at open, and what counts as evidence that a journal existed, so that
no empty journal is made in its place without asking.
"""

from __future__ import annotations

import glob
from contextlib import suppress
from pathlib import Path

from journal import files
from journal.i18n import _, list_text, ngettext
from journal.storage import backup, kept
from journal.storage.errors import JournalGone


def files_of(journal: Path) -> list[Path]:
    """Every file that belongs to the journal and moves with it, journal last."""
    from journal.crypto import keys

    folder = backup.folder_for(journal)
    found = [b.path for b in backup.list_backups(journal)]
    retired = folder.glob(f"{glob.escape(keys.key_file_for(journal).name)}-*.retired")
    found += [backup.key_copy(journal), *retired]
    found += [keys.key_file_for(journal), *kept.kept_files(journal)]
    found += [kept.side_file(journal, s) for s in ("-wal", "")]  # a log that could not be folded
    return [path for path in found if path.is_file()]


def refuse_to_replace(path: Path) -> None:
    """JournalGone when the journal file is missing but its backups, kept-aside
    copies or key file show there was one: an empty journal is made only on request."""
    from journal.crypto import keys

    found_backups = [b.path for b in backup.list_backups(path)]
    found_kept = [k.path for k in kept.kept_copies(path)]
    key_file = keys.key_file_for(path)
    if not found_backups and not found_kept and not key_file.exists():
        return
    what = []
    if found_backups:
        count = len(found_backups)
        what.append(ngettext("{n} backup", "{n} backups", count).format(n=count))
    if found_kept:
        what.append(_("a copy kept aside ({name})").format(name=found_kept[0].name))
    if key_file.exists():
        what.append(_("its key file ({name})").format(name=key_file.name))
    raise JournalGone(
        _(
            "There is no journal at {path}, but these of it are still there: {files}. "
            "No empty journal was made; `migraine-journal restore` puts the newest good backup "
            "(or, with --from, a copy kept aside) in its place."
        ).format(path=path, files=list_text(what)),
        backups=found_backups,
        kept=found_kept,
    )


def make_private(journal: Path) -> None:
    """Every file of the journal readable by its owner only (0600), its backups
    folder 0700: the journal, its -wal/-shm, lock, key file, copies kept aside and
    backups (files an older version wrote with the umask's 0644 included)."""
    from journal.crypto import keys

    with suppress(OSError):
        for path in (
            *(kept.side_file(journal, s) for s in ("", *kept.SIDE_FILES, ".lock")),
            keys.key_file_for(journal),
            *kept.kept_files(journal),
        ):
            files.make_private(path)
        folder = backup.folder_for(journal)
        if folder.is_dir():
            files.private_folder(folder)
            for found in folder.iterdir():
                files.make_private(found)
