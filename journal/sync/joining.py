"""Joining a sync folder, leaving it, and where a journal must not live.

A computer joins with its journal as it is: an empty journal then gets the whole
diary, one with its own diary merges both (records are matched by their UUIDs,
so nothing is doubled; the same attack typed on both computers stays two attacks
until the user merges them). Joining writes a snapshot of this journal first, so
the others get all of it. Leaving stops syncing and keeps the local journal whole.

Privacy: a protected journal (journal.crypto) seals every file it writes to the
folder with its data key, and leaves its key file (the data key wrapped by the
passphrase and the recovery code) there, so another computer joins with the
passphrase or the recovery code and gets the same key; without it, the folder
shows nothing. An unprotected journal's folder holds the diary readable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journal import domain as d
from journal.errors import JournalError
from journal.i18n import _
from journal.storage import sync_device as store
from journal.storage.journal import Journal
from journal.sync import clock
from journal.sync.frames import FrameError, read_lines
from journal.sync.layout import DEVICE_FILE, devices_in, key_files, sync_root
from journal.sync.merge import SyncProblem, SyncReport, publish, sync
from journal.sync.writer import DeviceLog
from journal.validation import overlapping_attacks

SYNC_MARKERS: tuple[tuple[str, str], ...] = (
    (".stfolder", "Syncthing"),
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "ownCloud"),
    (".sync_journal.db", "Nextcloud"),
)
"""Files and folders a sync tool keeps at the top of the folder it syncs."""


class FolderLocked(JournalError):
    """The folder is protected and no passphrase (or a wrong one) was given."""


@dataclass
class Joined:
    report: SyncReport
    protected: bool
    """Whether the folder's files are sealed; when not, the diary is readable there."""
    entered_twice: list[tuple[d.Attack, d.Attack]] = field(default_factory=list)
    """(this journal's attack, an arrived one) whose times overlap: perhaps one
    attack typed on both computers (the rule of journal.validation.overlapping_attacks)."""


def sync_tool_of(path: Path) -> str | None:
    """The sync tool that marks a folder holding `path` (Syncthing's .stfolder,
    Dropbox, Nextcloud), or None."""
    for folder in [Path(path).resolve(), *Path(path).resolve().parents]:
        if not folder.is_dir():
            continue
        for marker, tool in SYNC_MARKERS:
            if (folder / marker).exists():
                return tool
        if any(folder.glob("._sync_*.db")) or any(folder.glob(".sync_*.db")):
            return "Nextcloud"
    return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    return True


def folder_key(journal: Journal, folder: Path, secret: str | None) -> bytes | None:
    """The key that seals the folder's files: the folder's, opened with the
    passphrase or the recovery code (or this journal's own key when it is the
    same), or this journal's key for a new folder; None for a plain folder."""
    from journal.crypto import keys
    from journal.storage import cipher

    own = cipher.key_for(journal.path) if journal.path is not None else None
    wrapped = key_files(folder)
    others = [d for d in devices_in(folder) if d != store.device(journal).id]
    if not wrapped:
        if own is not None and others:
            raise SyncProblem(
                _(
                    "This sync folder holds a diary readable by anyone, and this journal is "
                    "protected; choose an empty folder so the others join it protected."
                )
            )
        return own
    if own is not None and _opens(folder, own):
        return own
    if not secret:
        raise FolderLocked(
            _(
                "This sync folder is protected; type the passphrase or the recovery code "
                "of the journal it belongs to."
            )
        )
    for content in wrapped:
        try:
            return keys.parse(content).unwrap(secret)
        except keys.WrongPassphrase:
            continue
        except keys.KeyFileDamaged:
            continue
    raise FolderLocked(
        _("That passphrase does not open this sync folder; nothing was read or changed.")
    )


def _opens(folder: Path, key: bytes) -> bool:
    for device in devices_in(folder):
        path = sync_root(folder) / device / DEVICE_FILE
        try:
            read_lines(path.read_bytes(), key=key, device=device, file_name=DEVICE_FILE)
        except (OSError, FrameError):
            continue
        return True
    return False


def join(journal: Journal, folder: Path, *, secret: str | None = None) -> Joined:
    """Start syncing through `folder`: write this journal's snapshot there, then
    merge what the other computers left."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncProblem(
            _("The folder {folder} does not exist; create it or choose another.").format(
                folder=folder
            )
        )
    if journal.path is not None and _inside(journal.path, folder):
        raise SyncProblem(
            _(
                "The journal file itself lives in this folder, and two computers writing one "
                "journal file damage it; choose a folder beside it, not around it."
            )
        )
    key = folder_key(journal, folder, secret)
    own_attacks = journal.attacks.all()
    store.set_folder(journal, str(folder.resolve()), key, str(clock.wall_millis()))
    me = store.device(journal)
    if key is not None:
        DeviceLog(folder, me.id, key).write_key_file(_key_file_bytes(journal, folder))
    publish(journal, snapshot=True)
    joined = Joined(sync(journal), protected=key is not None)
    joined.entered_twice = entered_twice(journal, own_attacks)
    return joined


def entered_twice(journal: Journal, own_attacks: list[d.Attack]) -> list[tuple[d.Attack, d.Attack]]:
    """Attacks that arrived whose times overlap one this journal had: the same
    attack typed on both computers stays two records (their UUIDs differ), so they
    are pointed out for the person to look at, never merged by guess."""
    own = {attack.id for attack in own_attacks}
    arrived = [attack for attack in journal.attacks.all() if attack.id not in own]
    kept = [attack for attack in journal.attacks.all() if attack.id in own]
    now = d.local_now()
    return [(mine, theirs) for theirs in arrived for mine in overlapping_attacks(theirs, kept, now)]


def _key_file_bytes(journal: Journal, folder: Path) -> bytes:
    """This journal's key file, or (for a plain journal joining a protected folder)
    a copy of one already there, so the wrapped key stays when its computer leaves."""
    from journal.crypto import keys

    if journal.path is not None and keys.key_file_for(journal.path).exists():
        return keys.read(journal.path).to_bytes()
    return key_files(folder)[0]


def leave(journal: Journal) -> None:
    """Stop syncing; the local journal stays whole (and its files in the folder stay
    for the other computers to finish reading)."""
    store.set_folder(journal, "", None, "")
