"""Starting the window: the Qt application, its theme, the journal, the main window.

Opening the journal is ui.app.startup's work: a journal another window holds is
refused calmly (exit 0), a damaged one leads to the restore offer, anything else
is one sentence and exit 1; it is never opened half-way. A backup is taken at
start and at quit when the journal changed. The quit backup runs after the event
loop ended and the window closed, before the journal closes: the backup reads
through SQLite, so what is still in the -wal file is included.

A file given on the command line (Linux, Windows) arrives as `import_file`; on macOS a
document double-clicked in the Finder arrives as a FileOpen event instead, before or
after the window is there: either way the window shows its import preview.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ui.app import pyside_import_check

pyside_import_check.install()  # before the window's modules load: each is looked at faster

from journal.resources import APP_ID  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui.app.main_window import MainWindow  # noqa: E402
from ui.app.startup import Refused, WindowSession, make_main_window, open_session  # noqa: E402
from ui.insights.charts import refcount_guard  # noqa: E402
from ui.kit import focus, theme, translations, wheel_guard  # noqa: E402


def application(argv: list[str]) -> QApplication:
    """The running QApplication (created once, named for QSettings) with its theme."""
    refcount_guard.install()  # first: PySide6 6.12 on Python 3.11 leaks None/True/False
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(theme.APPLICATION)
    app.setApplicationDisplayName(theme.APPLICATION)
    app.setOrganizationName(theme.ORGANIZATION)
    app.setDesktopFileName(APP_ID)  # the desktop file's id: docks, Wayland, portals
    app.setWindowIcon(theme.icon("app"))
    theme.apply_theme(app, theme.saved_theme())
    wheel_guard.install(app)  # the wheel scrolls forms, never changes an unfocused field
    focus.keep_focus_in_view(app)  # a field reached by Alt+key is scrolled to, as by Tab
    if existing is None:
        translations.install(app)  # the system locale's texts, or English
        theme.follow_system_changes(app)
    return app


SYSTEM_SENDS_FILE_OPEN = sys.platform == "darwin"
"""Whether documents the system opens with the app arrive as FileOpen events: on macOS
only (Qt supports QFileOpenEvent there only); elsewhere they are arguments."""


class FileOpenRequests(QObject):
    """The documents the system asks the app to open (macOS: FileOpen events), shown
    as import previews in the session's window; kept until the window is there.

    FileOpen events go to the application, so only an application-wide filter sees
    them, and such a filter sees every event of the session (a slower start and every
    mouse move through Python): it is installed only where the system sends them."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.session: WindowSession | None = None
        self.pending: list[Path] = []
        if SYSTEM_SENDS_FILE_OPEN:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = Path(event.file())
        if self.session is None or self.session.closed:
            self.pending.append(path)
        else:
            self.session.window.import_path(path)
        return True

    def attach(self, session: WindowSession) -> None:
        """From now on the session's window previews them; those waiting come first."""
        self.session = session
        window = session.window
        for path in self.pending:
            QTimer.singleShot(0, window, lambda path=path: window.import_path(path))
        self.pending.clear()


def create_main_window(journal: Journal) -> MainWindow:
    """The main window over an open journal (what run_app shows; tests use it too)."""
    return make_main_window(journal)


def run_app(path: Path, argv: list[str], import_file: Path | None = None) -> int:
    """Open the journal at `path` (or where it was moved to) and run the window;
    with `import_file`, the window opens with the import preview of that file."""
    app = application(argv)
    requests = FileOpenRequests(app)
    try:
        session = open_session(path, import_file=import_file)
    except Refused as refused:
        requests.deleteLater()
        return refused.status
    session.window.show()
    window = session.window
    if import_file is not None:
        QTimer.singleShot(0, window, lambda: window.import_path(import_file))
    else:
        window.offer_first_medications()  # window modal, it does not block here
    requests.attach(session)
    try:
        return app.exec()
    finally:
        app.removeEventFilter(requests)
        requests.deleteLater()
        session.close()  # stops timers, backs up if changed, then closes the journal
