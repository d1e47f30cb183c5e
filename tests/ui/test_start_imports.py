"""What the window's start loads: nothing that only a later click needs.

A fresh interpreter does what `migraine-journal` does before the first paint (read
the command line, open the journal, build and show the main window, offscreen) and
lists sys.modules. Each module named here is loaded on first use instead; one that
creeps back onto the start-up path makes every start slower (benchmarks/run.py
measures by how much).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal.demo import write_demo
from journal.storage import Journal

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_START = {
    "babel": "dates in words (the calendar's spoken day texts are worked out when asked)",
    "pyqtgraph": "the Insights charts",
    "numpy": "the Insights charts",
    "reportlab": "the PDF report",
    "sqlite_utils": "schema migrations",
    "sqlcipher3": "a protected journal",
    "cryptography": "a protected journal",
    "_hashlib": "backup fingerprints, the writer lock's journal digest, new keys",
    "platform": "a new journal's device name",
    "getpass": "the command line's passphrase prompt",
    "journal.desktop": "--install-desktop",
    "journal.report": "the PDF report",
    "importlib.resources": "bundled files of a package not in a plain folder (a zip file)",
    "importlib.readers": "bundled files of a package not in a plain folder (a zip file)",
    "journal.sync.rules": "the merge rule: stamping a change, syncing",
    "journal.sync.merge": "syncing, once a sync folder is set",
    "journal.sync.joining": "joining a sync folder",
    "journal.sync.status": "the sync verb",
    "ui.checkin.factors_dialog": "Manage factors…",
    "ui.app.help": "Help ▸ User guide and Keyboard shortcuts (the entries are there)",
    "ui.insights.view": "the Insights tab, built when first shown",
    "ui.treatments": "the Treatments tab, built when first shown",
    "ui.visit": "the Visit tab, built when first shown",
    "ui.settings.dialog": "Settings…",
    "ui.settings.pages": "Settings…",
    "ui.report": "Print report…",
    "ui.exchange": "Import… and Export…",
}
"""Module (or package) -> what it is for, loaded when that is first used."""

START = """
import json, os, sys
from pathlib import Path
from journal import cli
cli.build_parser()  # what the launcher does before it loads the window
from ui.app.start import FileOpenRequests, application
from ui.app.startup import open_session
app = application([sys.argv[0]])
requests = FileOpenRequests(app)  # as run_app
session = open_session(Path({db!r}))
session.window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)), flush=True)
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
bystander = QWidget()  # no part of the window: no filter of the app's has business here
filters = set()
def profile(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "eventFilter":
        filters.add(frame.f_code.co_filename + ":" + frame.f_code.co_qualname)
sys.setprofile(profile)
for _ in range(20):
    QCoreApplication.sendEvent(bystander, QEvent(QEvent.Type.User))
sys.setprofile(None)
print(json.dumps(sorted(filters)), flush=True)
os._exit(0)
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], list[str]]:
    """The modules loaded once the window is painted, and the Python event filters an
    event to a widget outside the window passed through."""
    tmp_path = tmp_path_factory.mktemp("start")
    db = tmp_path / "journal.sqlite3"
    with Journal.open(db) as journal:
        write_demo(journal, months=12, seed=1)  # marks, periods, check-ins, an open attack...
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANGUAGE": "en",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(START.format(db=str(db)))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    modules, filters = done.stdout.strip().splitlines()[-2:]
    return set(json.loads(modules)), json.loads(filters)


def test_starting_the_window_loads_nothing_only_a_later_click_needs(
    started: tuple[set[str], list[str]],
) -> None:
    loaded, _ = started
    assert "ui.app.main_window" in loaded and "journal.storage" in loaded  # it did start
    found = {
        name: why
        for name, why in NOT_AT_START.items()
        if name in loaded or any(module.startswith(name + ".") for module in loaded)
    }
    assert not found, f"loaded at start, but only needed for: {found}"
    importers = sorted(
        module
        for module in loaded
        if module.startswith("journal.exchange.") and module != "journal.exchange.cli_verb"
    )
    assert not importers, f"the importers and exporters load at start: {importers}"


def test_no_event_of_the_app_passes_through_python_unless_its_widget_is_watched(
    started: tuple[set[str], list[str]],
) -> None:
    """An application-wide event filter written in Python sees every event of every
    widget (thousands while the window is built and painted, every mouse move after):
    about 20 ms of each start (docs/performance.md). Filters go on the widgets they
    are for; auto-lock's is there only while the window can lock (a protected
    journal), the FileOpen listener only on macOS."""
    _, filters = started
    assert filters == []
