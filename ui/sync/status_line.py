"""The status line of syncing in the window: "In step with Laptop, 2 minutes ago",
"Laptop has not been seen for 40 days", and a button to the values changed on
both computers when there are any. Hidden while the journal is not synced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journal.changes import Change
from ui.session import Session, follow
from ui.sync.watch import SyncWatch

if TYPE_CHECKING:  # the sync code is loaded once a sync folder is set, not at start
    from journal.sync.status import PeerStatus, SyncStatus


class SyncStatusLine(QWidget):
    """A permanent widget of the window's status bar."""

    def __init__(self, session: Session, watch: SyncWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.watch = watch
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.lost_button = QPushButton(self)
        self.lost_button.setFlat(True)
        self.lost_button.clicked.connect(self.show_lost_values)
        self.merge_button = QPushButton(self.tr("Sync now"), self)
        self.merge_button.setToolTip(self.tr("Merge with your other computers now"))
        self.merge_button.setFlat(True)
        self.merge_button.clicked.connect(watch.merge_now)
        for widget in (self.label, self.lost_button, self.merge_button):
            layout.addWidget(widget)
        follow(session, self, Change.SYNC, self.refresh)
        watch.merged.connect(lambda _report: self.refresh())
        watch.failed.connect(lambda _sentence: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if self.watch.folder is None:  # not synced: hidden, and no sync code loaded
            self.setVisible(False)
            return
        from journal.sync import actions, clock

        found: SyncStatus = self.session.run(actions.current_status)
        self.setVisible(bool(found.folder))
        if not found.folder:
            return
        if self.watch.problem:
            self.label.setText(self.tr("Not in step: {0}").format(self.watch.problem))
        else:
            self.label.setText(self.words(found, clock.wall_millis()))
        refused = [peer for peer in found.peers if peer.refused]
        self.label.setToolTip(
            self.tr("Syncing through {0}").format(found.folder)
            if not refused
            else "\n".join(self._refusal(peer) for peer in refused)
        )
        self.lost_button.setVisible(found.lost_values > 0)
        self.lost_button.setText(
            self.tr("Changed on both computers: {0}").format(found.lost_values)
        )

    def words(self, found: SyncStatus, now: int) -> str:
        if not found.peers:
            return self.tr("No other computer has joined yet")
        return "; ".join(self._peer_words(peer, now) for peer in found.peers)

    def _peer_words(self, peer: PeerStatus, now: int) -> str:
        if peer.refused:
            return self.tr("Changes from {0} were refused").format(peer.name)
        if not peer.last_seen_millis:
            return self.tr("Waiting for the first files of {0}").format(peer.name)
        if peer.absent(now):
            return self.tr("{0} has not been seen for {1} days").format(
                peer.name, peer.days_ago(now)
            )
        return self.tr("In step with {0}, {1}").format(peer.name, self._ago(peer.minutes_ago(now)))

    def _ago(self, minutes: int) -> str:
        if minutes < 1:
            return self.tr("just now")
        if minutes == 1:
            return self.tr("1 minute ago")
        if minutes < 60:
            return self.tr("{0} minutes ago").format(minutes)
        if minutes < 120:
            return self.tr("1 hour ago")
        if minutes < 48 * 60:
            return self.tr("{0} hours ago").format(minutes // 60)
        return self.tr("{0} days ago").format(minutes // (24 * 60))

    def _refusal(self, peer: PeerStatus) -> str:
        reasons = {
            "changed": self.tr(
                "The sync files of {0} were changed after they were written, so nothing "
                "from {0} was applied."
            ),
            "key": self.tr(
                "The sync files of {0} are sealed with another key, so nothing from {0} "
                "was applied."
            ),
            "plain": self.tr(
                "The sync files of {0} are not encrypted in a protected folder, so nothing "
                "from {0} was applied."
            ),
            "newer": self.tr(
                "{0} uses a newer version of Migraine Journal; update the app on this computer."
            ),
        }
        # a reason this version does not know (a newer computer's): said plainly
        known = reasons.get(peer.refused, self.tr("Changes from {0} were refused"))
        return known.format(peer.name)

    def show_lost_values(self) -> None:
        from ui.sync.lost_dialog import LostValuesDialog

        dialog = LostValuesDialog(self.session, self.window())
        dialog.exec()
