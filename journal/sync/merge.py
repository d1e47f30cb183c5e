"""Merging: this computer's changes out to its log, the others' changes in.

`sync(journal)` first appends what this computer changed to its own log, then reads
every other computer's files from where it stopped last time and applies what is
new in one transaction (journal.storage.sync_state), together with the new
reading positions: a merge interrupted at any moment has applied all or none of
it, and is never applied twice. A computer whose files cannot be applied (changed
after they were written, sealed with another key, from a newer version) is
refused in one sentence naming it, and nothing of it is applied; the others still
are. A file still arriving (half-copied) is read up to its last complete frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.errors import JournalError
from journal.i18n import N_, _
from journal.storage import sync_device as store
from journal.storage.journal import Journal
from journal.storage.sync_state import Applied, PeerPosition, apply_changes, positions
from journal.sync import clock
from journal.sync.layout import LogRefused, devices_in, read_device_file
from journal.sync.reader import Position, read_peer
from journal.sync.rules import DELETED_KEY, Change
from journal.sync.status import computer_name
from journal.sync.writer import DeviceLog

FRAME_CHANGES = 500
"""Changes per frame at most: a big import is written as many modest lines."""
SNAPSHOT_AFTER = 4 << 20
"""Bytes of log written since the last snapshot that make the next one worthwhile."""

REFUSALS = {
    "changed": N_(
        "The sync files of {name} were changed after they were written, so nothing "
        "from {name} was applied; let {name} open its journal to write them anew."
    ),
    "key": N_(
        "The sync files of {name} are sealed with another key, so nothing from {name} "
        "was applied; that computer belongs to another journal or a different passphrase."
    ),
    "plain": N_(
        "The sync files of {name} are not encrypted although this journal's folder is "
        "protected, so nothing from {name} was applied."
    ),
    "newer": N_(
        "{name} uses a newer version of Migraine Journal, so nothing from {name} was "
        "applied; update the app on this computer."
    ),
}


class SyncProblem(JournalError):
    """The sync folder cannot be used as it is; the message says what to do."""


@dataclass
class PeerReport:
    device: str
    name: str
    changes: int = 0
    refused: str = ""
    waiting: bool = False
    conflict_copies: int = 0
    last_seen_millis: int = 0


@dataclass
class SyncReport:
    """What one merge did."""

    appended: int = 0
    applied: Applied = field(default_factory=Applied)
    peers: list[PeerReport] = field(default_factory=list)
    snapshot_bytes: int = 0
    new_identity: bool = False


def folder_of(journal: Journal, folder: Path | None = None) -> tuple[Path, store.Device]:
    me = store.device(journal)
    chosen = Path(folder) if folder is not None else Path(me.folder) if me.folder else None
    if chosen is None:
        raise SyncProblem(
            _("This journal does not use a sync folder yet; choose one with --folder DIR.")
        )
    if not chosen.is_dir():
        raise SyncProblem(
            _(
                "The sync folder {chosen} cannot be found; connect the drive or choose the "
                "folder again."
            ).format(chosen=chosen)
        )
    return chosen, me


def publish(journal: Journal, *, snapshot: bool | None = None) -> SyncReport:
    """Append this computer's new changes to its log (and, now and then, replace the
    log by a snapshot); returns how many were appended."""
    folder, me = folder_of(journal)
    report = SyncReport()
    log = DeviceLog(folder, me.id, me.folder_key)
    tail = log.tail()
    if tail.torn and not tail.damaged and tail.last_seq >= me.logged_seq:
        log.cut_torn(tail)  # this computer's own append, interrupted
    if (
        tail.last_seq > store.highest_seq(journal)  # the journal is older than its log
        or tail.last_seq < me.logged_seq  # the log lost frames (a sync tool's old copy)
        or tail.damaged
        or tail.torn
    ):
        # This journal continues under a new identity, with a snapshot of everything;
        # the old identity's files are read like another computer's.
        store.take_new_identity(journal)
        me = store.device(journal)
        log = DeviceLog(folder, me.id, me.folder_key)
        tail = log.tail()
        report.new_identity = True
        snapshot = True
    pending = store.outbox(journal)
    store.drop_outbox(journal, tail.last_seq)  # already in the log before a crash
    pending = [item for item in pending if item.seq > tail.last_seq]
    for start in range(0, len(pending), FRAME_CHANGES):
        batch = pending[start : start + FRAME_CHANGES]
        log.append([item.change for item in batch], batch[-1].seq, batch[-1].change.clock, tail)
        store.drop_outbox(journal, batch[-1].seq)
        report.appended += len(batch)
    if snapshot or (snapshot is None and tail.since_snapshot > SNAPSHOT_AFTER):
        report.snapshot_bytes = log.write_snapshot(store.snapshot_records(journal), tail)
    _refresh_key_file(journal, log, me)
    log.write_device_file({"name": me.name, "written": clock.wall_millis()})
    return report


def _refresh_key_file(journal: Journal, log: DeviceLog, me: store.Device) -> None:
    """After a passphrase change the folder's copy of the key file follows, so a
    computer that joins later types the passphrase of today."""
    from journal.crypto import keys
    from journal.storage import cipher

    path = journal.path
    if me.folder_key is None or path is None or not keys.key_file_for(path).exists():
        return
    if cipher.key_for(path) == me.folder_key:
        log.write_key_file(keys.read(path).to_bytes())


def sync(journal: Journal) -> SyncReport:
    """Publish this computer's changes, then apply the other computers' new ones."""
    folder, _device = folder_of(journal)
    report = publish(journal)
    me = store.device(journal)
    known = positions(journal)
    changes: list[Change] = []
    moved: list[PeerPosition] = []
    latest = ""
    for device in devices_in(folder):
        if device == me.id:
            continue
        before = known.get(device, PeerPosition(device))
        about = read_device_file(folder, device, me.folder_key)
        stored = str(about.get("name") or before.name)  # "" for a computer without one
        name = computer_name(stored, device)
        peer = PeerReport(device, name, last_seen_millis=int(about.get("written") or 0))
        report.peers.append(peer)
        start = Position(before.segment, before.frames, before.chain)
        try:
            read = read_peer(folder, device, me.folder_key, start)
        except LogRefused as refusal:
            peer.refused = _(REFUSALS[refusal.reason]).format(name=name)
            moved.append(_position(before, stored, peer, refused=refusal.reason))
            continue
        found = read.changes + _snapshot_changes(read.snapshot_records)
        changes.extend(found)
        peer.changes = len(found)
        peer.waiting = read.waiting
        peer.conflict_copies = read.conflict_copies
        latest = max(latest, read.latest_clock, *(c.clock for c in found))
        end = read.end
        moved.append(
            PeerPosition(
                device,
                stored,
                end.segment,
                end.frames,
                end.chain,
                max(before.clock, read.latest_clock),
                str(peer.last_seen_millis or before.seen_at),
                "",
            )
        )
    report.applied = apply_changes(journal, changes, moved, remote_clock=latest)
    return report


def _position(before: PeerPosition, name: str, peer: PeerReport, *, refused: str) -> PeerPosition:
    return PeerPosition(
        before.device,
        name,
        before.segment,
        before.frames,
        before.chain,
        before.clock,
        str(peer.last_seen_millis or before.seen_at),
        refused,
    )


def _snapshot_changes(records: list[list[Any]]) -> list[Change]:
    """A snapshot's record states as the changes that make them (the merge rule
    then treats a snapshot like the log it stands for)."""
    changes: list[Change] = []
    for item in records:
        table, record_id, born, deleted, clocks, values = item
        own = {name: (str(c[0]), dict(c[1])) for name, c in dict(clocks).items()}
        at_birth = {n: v for n, v in values.items() if own.get(n, (born, {}))[0] == born}
        if born:
            seen = {n: own[n][1] for n in at_birth if n in own}
            changes.append(Change(table, record_id, "ins", born, at_birth, seen))
        for name, (reading, seen_then) in own.items():
            if name == DELETED_KEY or name not in values or reading == born:
                continue
            changes.append(
                Change(table, record_id, "put", reading, {name: values[name]}, {name: seen_then})
            )
        if deleted:
            seen = own.get(DELETED_KEY, (deleted, {}))[1]
            changes.append(Change(table, record_id, "del", deleted, {}, {DELETED_KEY: seen}))
    return changes
