"""Test-wide safety: no test touches the real user's journal, settings or network."""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_RUNTIME = Path(tempfile.mkdtemp(prefix="mj-runtime-"))
_RUNTIME.chmod(0o700)
os.environ["XDG_RUNTIME_DIR"] = str(_RUNTIME)


@pytest.fixture(autouse=True)
def private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point every user folder (platformdirs, XDG, Qt settings) at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.delenv("MIGRAINE_JOURNAL_DB", raising=False)
    yield home


class _NoNetwork(socket.socket):
    """Local (AF_UNIX) sockets still work; anything that could reach a network fails."""

    def connect(self, address: object) -> None:
        if self.family != socket.AF_UNIX:
            raise OSError("network access is forbidden in Migraine Journal's tests")
        super().connect(address)  # type: ignore[arg-type]

    def connect_ex(self, address: object) -> int:
        if self.family != socket.AF_UNIX:
            raise OSError("network access is forbidden in Migraine Journal's tests")
        return super().connect_ex(address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Every socket connection fails: the app must work with no network at all."""
    original = socket.socket
    socket.socket = _NoNetwork  # type: ignore[misc]
    try:
        yield
    finally:
        socket.socket = original  # type: ignore[misc]


@pytest.fixture(autouse=True, scope="session")
def pyside_refcount_guard() -> None:
    """The app installs this guard at start (PySide6 6.12 on Python 3.11 leaks
    references to None/True/False); the tests run Qt the same way."""
    from ui.insights.charts import refcount_guard

    refcount_guard.install()


@pytest.fixture(autouse=True, scope="session")
def private_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Qt reads its settings folder once per process: point it at a temporary one so
    no test reads or writes the user's real preferences."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qt-settings"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)
        QSettings.setPath(settings_format, QSettings.Scope.SystemScope, folder)


@pytest.fixture(autouse=True)
def fresh_qt_settings(private_qt_settings: None) -> Iterator[None]:
    """Each test starts with no saved preferences (theme, paper, reminders...)."""
    yield
    from PySide6.QtCore import QSettings

    from ui.kit import theme

    QSettings(theme.ORGANIZATION, theme.APPLICATION).clear()


@pytest.fixture(autouse=True)
def no_windows_left_behind() -> Iterator[None]:
    """After each test, every window it left (a main window, a dialog a window opened,
    a message box) is closed and deleted at once. pytest-qt only schedules the widgets
    it was given for deletion, so hundreds of closed windows piled up over a run, and
    every later change of look re-polished all of them (a long run crashed there)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in widgets.QApplication.topLevelWidgets():
        try:
            if window.parentWidget() is None:
                window.close()
                window.deleteLater()
        except RuntimeError:  # a wrapper whose widget a test deleted itself
            continue
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def english_journal_texts() -> Iterator[None]:
    """journal/'s texts are in English again after each test: a test that started the
    window in German (or asked for a French report) chose the language for the whole
    process, and later tests read German sentences under English labels."""
    yield
    i18n = sys.modules.get("journal.i18n")
    if i18n is not None:
        i18n.set_language(i18n.ENGLISH)
