"""How this journal stands with the other computers, as facts for a status line:
"In step with Laptop, 2 minutes ago", "Laptop has not been seen for 40 days".

The time a computer was last seen is the time it last wrote to the folder, by its
own clock (a wrong clock shows as a wrong "ago", never as a wrong merge).
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.i18n import _, ngettext
from journal.storage import sync_device as store
from journal.storage.journal import Journal
from journal.storage.sync_state import positions
from journal.sync import clock

ABSENT_AFTER_DAYS = 14
"""A computer not seen for this long is reported as away."""
DAY_MILLIS = 86_400_000


@dataclass(frozen=True)
class PeerStatus:
    device: str
    name: str
    last_seen_millis: int
    refused: str
    """Why its files were refused at the last merge ("changed", "key", ...), or ""."""

    def minutes_ago(self, now_millis: int) -> int:
        return max(0, (now_millis - self.last_seen_millis) // 60_000)

    def days_ago(self, now_millis: int) -> int:
        return max(0, (now_millis - self.last_seen_millis) // DAY_MILLIS)

    def absent(self, now_millis: int) -> bool:
        return self.days_ago(now_millis) >= ABSENT_AFTER_DAYS


@dataclass(frozen=True)
class SyncStatus:
    folder: str
    device_name: str
    peers: tuple[PeerStatus, ...]
    lost_values: int


def computer_name(name: str, device: str) -> str:
    """Another computer's name as shown: the one it has, or for one without (its
    system gave none), "Computer" and the start of its id, which reads as a name in
    any sentence and tells two such computers apart. A stored name is never worded."""
    if name and name != device:  # earlier versions stored the id as the missing name
        return name
    return _("Computer {id}").format(id=device[:6])


def status(journal: Journal) -> SyncStatus:
    me = store.device(journal)
    peers = tuple(
        PeerStatus(p.device, computer_name(p.name, p.device), int(p.seen_at or 0), p.refused)
        for p in sorted(positions(journal).values(), key=lambda p: p.name.casefold())
        if p.device != me.id
    )
    return SyncStatus(me.folder, me.name, peers, len(store.lost_values(journal)))


def sentence(found: SyncStatus, now_millis: int | None = None) -> str:
    """The status in plain words (the command line's; the window words its own)."""
    now = clock.wall_millis() if now_millis is None else now_millis
    if not found.folder:
        return _("This journal is used on this computer only.")
    if not found.peers:
        return _("Syncing through {folder}; no other computer has joined yet.").format(
            folder=found.folder
        )
    parts = []
    for peer in found.peers:
        if peer.refused:
            parts.append(_("{name}'s changes were refused").format(name=peer.name))
        elif not peer.last_seen_millis:
            parts.append(_("waiting for the first files of {name}").format(name=peer.name))
        elif peer.absent(now):
            days = peer.days_ago(now)
            parts.append(
                ngettext(
                    "{name} has not been seen for {n} day",
                    "{name} has not been seen for {n} days",
                    days,
                ).format(name=peer.name, n=days)
            )
        else:
            minutes = peer.minutes_ago(now)
            when = _("just now") if minutes < 1 else _ago(minutes)
            parts.append(_("in step with {name}, {when}").format(name=peer.name, when=when))
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _ago(minutes: int) -> str:
    if minutes < 60:
        return ngettext("{n} minute ago", "{n} minutes ago", minutes).format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return ngettext("{n} hour ago", "{n} hours ago", hours).format(n=hours)
    return ngettext("{n} day ago", "{n} days ago", hours // 24).format(n=hours // 24)
