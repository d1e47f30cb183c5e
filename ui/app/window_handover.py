"""A second start brings the open window to the front instead of opening a second one.

Only one window may write a journal (journal.storage.lock). When the app is started
again on a journal whose window is already open (a double click on the icon while
the window hides behind others), the new start leaves a small request file beside
the journal and waits a moment; the open window notices it (QFileSystemWatcher on
the journal's folder), removes it and comes to the front. If no window answers
(the journal is held by a command-line import, say), the request is taken back and
the person is told in one sentence. No socket, no network: only a file.

The request file holds the word "show", or "import" and on the next line the full
path of a file to preview for import (`migraine-journal FILE` or a double-click on an
export while the window is open): the open window then shows the import preview.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

ANSWER_SECONDS = 2.0
"""How long a second start waits for the open window to take its request."""


def request_file(journal: Path) -> Path:
    """Where a second start leaves its request: a hidden file beside the journal."""
    return journal.with_name(f".{journal.name}.show")


def ask_open_window_to_show(
    journal: Path, wait: float | None = None, import_file: Path | None = None
) -> bool:
    """Leave the request (to show the window, and to preview `import_file` when given)
    and wait for the open window to take it. True if it did; False (the request taken
    back, nothing left behind) if no window answered or it could not be written."""
    request = request_file(journal)
    text = "show" if import_file is None else f"import\n{Path(import_file).absolute()}"
    partial = request.with_name(request.name + ".part")
    try:  # complete before the window can see it: written aside, then renamed
        partial.write_text(text, encoding="utf-8")
        partial.replace(request)
    except OSError:
        partial.unlink(missing_ok=True)
        return False
    deadline = time.monotonic() + (ANSWER_SECONDS if wait is None else wait)
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()  # the open window may live in this process (tests)
        if not request.exists():
            return True
        time.sleep(0.02)
    try:
        request.unlink()
    except FileNotFoundError:
        return True  # taken at the very last moment
    except OSError:
        pass
    return False


class ShowRequests(QObject):
    """Watches for a second start's request on `journal` and brings `window` forward;
    `import_requested` carries the file a second start asked to import."""

    requested = Signal()
    import_requested = Signal(object)  # the Path to import

    def __init__(self, journal: Path, window: QWidget) -> None:
        super().__init__(window)
        self._request = request_file(journal)
        self._window = window
        self._watcher = QFileSystemWatcher([str(journal.parent)], self)
        self._watcher.directoryChanged.connect(lambda _folder: self.take_request())
        # Some file systems (network shares) send no change notices: look now and then.
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self.take_request)
        self._poll.start()
        self.requested.connect(self.bring_window_forward)
        self._request.unlink(missing_ok=True)  # left by a start that was cut short

    def take_request(self) -> None:
        try:
            text = self._request.read_text(encoding="utf-8")
            self._request.unlink()
        except (OSError, UnicodeDecodeError):
            return  # not there (the usual case), or not ours to read
        self.requested.emit()
        kind, _newline, path = text.partition("\n")
        if kind == "import" and path.strip():
            self.import_requested.emit(Path(path.strip()))

    def bring_window_forward(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def stop(self) -> None:
        self._poll.stop()
        self._watcher.removePaths(self._watcher.directories())
