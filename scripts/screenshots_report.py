"""Screenshot of the report dialog (options and the preview of page 1).

Writes a 12-month demo journal into a throwaway file, opens the report dialog over it
offscreen with the light palette, and saves docs/screenshots/report-dialog.png.
Run: `.venv/bin/python scripts/screenshots_report.py`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no remembered patient details
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.demo import write_demo  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui import theme  # noqa: E402
from ui.report_dialog import ReportDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as folder,
        Journal.open(Path(folder) / "demo.sqlite3") as journal,
    ):
        write_demo(journal, months=12, seed=1)
        theme.apply_theme(app, theme.Theme.LIGHT)
        dialog = ReportDialog(journal)
        dialog.resize(1040, 900)
        dialog.show()
        QApplication.processEvents()
        dialog.refresh_preview()
        QApplication.processEvents()
        dialog.grab().save(str(OUT / "report-dialog.png"))
        print(OUT / "report-dialog.png")
        dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
