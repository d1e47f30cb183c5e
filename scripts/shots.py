"""What the screenshot scripts share: offscreen Qt with throwaway settings, the
output folder, and a demo journal in a temporary folder.

Imported by scripts/screenshots_*.py (the scripts folder is on sys.path when one of
them runs), before anything imports Qt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # never the user's own settings
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.demo import write_demo  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui.app.start import application  # noqa: E402
from ui.kit import theme  # noqa: E402


def light_app() -> QApplication:
    """The application in the light theme, with the output folder ready."""
    app = application(sys.argv[:1])
    theme.apply_theme(app, theme.Theme.LIGHT)
    OUT.mkdir(parents=True, exist_ok=True)
    return app


@contextmanager
def demo_journal(months: int = 12, seed: int = 1) -> Iterator[Journal]:
    """A demo journal in a temporary folder, removed afterwards."""
    with (
        tempfile.TemporaryDirectory() as folder,
        Journal.open(Path(folder) / "demo.sqlite3") as journal,
    ):
        write_demo(journal, months=months, seed=seed)
        yield journal
