"""Screenshots of the daily check-in and the Treatments view, for docs and review.

Writes a 12-month demo journal into a throwaway file, renders the widgets
offscreen and saves docs/screenshots/checkin.png and treatments.png.
Run: `.venv/bin/python scripts/screenshots_recording.py`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from journal import domain as d  # noqa: E402
from journal.demo import write_demo  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui import theme  # noqa: E402
from ui.checkin_panel import CheckInPanel  # noqa: E402
from ui.treatments_view import TreatmentsView  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def grab(widget: QWidget, name: str, width: int, height: int | None = None) -> None:
    widget.resize(width, height or widget.sizeHint().height())
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    widget.hide()
    print(OUT / name)


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
        yesterday = d.local_now().date() - timedelta(days=1)
        grab(CheckInPanel(journal, yesterday), "checkin.png", 620)
        view = TreatmentsView(journal)
        grab(view, "treatments.png", 1100, 560)
    return 0


if __name__ == "__main__":
    sys.exit(main())
