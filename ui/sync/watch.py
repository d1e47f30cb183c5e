"""Merging while the window is open: at start, when the sync folder changes (a
file watcher), and on demand; and writing this computer's edits to the folder a
moment after they are made. Every merge runs through the session, so the views
reload through the same signal as after a local edit (only those whose records
came in); a merge that cannot run leaves its sentence for the status line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from journal.changes import Change
from journal.errors import JournalError
from ui.session import Session

if TYPE_CHECKING:
    from journal.sync.merge import SyncReport

MERGE_DELAY_MS = 1000
"""A sync tool writes a file in several steps: merge once it has been quiet a moment."""
PUBLISH_DELAY_MS = 2000
START_DELAY_MS = 600


class SyncWatch(QObject):
    """Keeps the journal in step with the folder while the window is open."""

    merged = Signal(object)
    """A SyncReport after each merge (the status line and tests listen)."""
    failed = Signal(str)
    """The sentence of a merge that could not run (the folder is missing...)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.problem = ""
        self.last_report: SyncReport | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._watcher.fileChanged.connect(self._folder_changed)
        self._merge_timer = self._timer(MERGE_DELAY_MS, self.merge_now)
        self._publish_timer = self._timer(PUBLISH_DELAY_MS, self._publish)
        session.changed.connect(self._journal_changed)
        self._watch()
        if self.folder is not None:
            QTimer.singleShot(START_DELAY_MS, self, self.merge_now)

    def _timer(self, delay: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    @property
    def folder(self) -> Path | None:
        return self.session.reads.sync_folder()

    def merge_now(self) -> SyncReport | None:
        """Write this computer's changes and apply the others' (on demand too)."""
        self._merge_timer.stop()
        if self.folder is None:
            return None
        from journal.sync import actions  # loaded once a sync folder is set, not at start

        try:
            report = self.session.run_by(self, actions.merge_now)
        except JournalError as error:
            self.problem = str(error)
            self.failed.emit(self.problem)
            return None
        self.problem = ""
        self.last_report = report
        self._watch()
        self.merged.emit(report)
        return report

    def _publish(self) -> None:
        if self.folder is None:
            return
        from journal.sync import actions

        try:
            self.session.run_by(self, actions.publish_now)
        except JournalError as error:
            self.problem = str(error)
            self.failed.emit(self.problem)

    def _journal_changed(self, change: Change, initiator: object | None) -> None:
        if initiator is self:
            return
        if change.touches(Change.SYNC):
            self._watch()  # joined or left a folder
        if change.touches(Change.EVERYTHING) and self.folder is not None:
            self._publish_timer.start()

    def _folder_changed(self, _path: str) -> None:
        self._watch()  # a new computer or a new file: watch it too
        self._merge_timer.start()

    def _watch(self) -> None:
        """Watch the other computers' folders and files (never this computer's own:
        writing them must not set off a merge)."""
        folder = self.folder
        wanted: set[str] = set()
        if folder is not None and folder.is_dir():
            from journal.sync.layout import devices_in, sync_root

            root = sync_root(folder)
            wanted.add(str(root if root.is_dir() else folder))
            own = self.session.reads.this_computer_id()
            for device in devices_in(folder):
                if device == own:
                    continue
                place = root / device
                wanted.add(str(place))
                wanted |= {str(p) for p in place.iterdir() if p.suffix in (".log", ".json")}
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))
