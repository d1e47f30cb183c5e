"""Starting the window: the Qt application, its theme, the journal, the main window.

A journal that cannot be opened (locked, too new, damaged...) is explained in one
sentence and the app exits with status 1; it is never opened half-way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from journal.errors import JournalError
from journal.storage import Journal
from ui import theme
from ui.main_window import MainWindow


def application(argv: list[str]) -> QApplication:
    """The running QApplication (created once, named for QSettings) with its theme."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(theme.APPLICATION)
    app.setApplicationDisplayName(theme.APPLICATION)
    app.setOrganizationName(theme.ORGANIZATION)
    app.setDesktopFileName("migraine-journal")
    app.setWindowIcon(theme.icon("app"))
    theme.apply_theme(app, theme.saved_theme())
    if existing is None:
        theme.follow_system_changes(app)
    return app


def create_main_window(journal: Journal) -> MainWindow:
    """The main window over an open journal (what run_app shows; tests use it too)."""
    return MainWindow(journal)


def run_app(path: Path, argv: list[str]) -> int:
    """Open the journal at `path` in the window and run until it closes."""
    app = application(argv)
    try:
        journal = Journal.open(path)
    except JournalError as error:
        QMessageBox.critical(None, theme.APPLICATION, str(error))
        return 1
    window = create_main_window(journal)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()  # stops its timers before the journal goes away
        journal.close()
