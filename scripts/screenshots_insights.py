"""Screenshots of the Insights view (headlines and charts), light and dark.

Writes a 12-month demo journal into a throwaway file, renders the view offscreen
with the light and then the dark palette, and saves docs/screenshots/insights.png
and insights-dark.png. Run: `.venv/bin/python scripts/screenshots_insights.py`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.demo import write_demo  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui import theme  # noqa: E402
from ui.insights_view import InsightsView  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
WIDTH = 1100


def grab(view: InsightsView, name: str) -> None:
    """Save the whole scrollable content (headlines and every chart)."""
    QApplication.processEvents()
    view.content.adjustSize()
    height = view.content.sizeHint().height() + view.span_box.sizeHint().height() + 24
    view.resize(WIDTH, height)
    QApplication.processEvents()
    assert view.board is not None
    bottom = view.board.mapTo(view, view.board.rect().bottomLeft()).y() + 14
    view.grab(QRect(0, 0, WIDTH, min(bottom, view.height()))).save(str(OUT / name))
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
        view = InsightsView(journal)
        view.resize(WIDTH, 900)
        view.show()
        view.show_span_months(12)
        grab(view, "insights.png")
        theme.apply_theme(app, theme.Theme.DARK)
        grab(view, "insights-dark.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
