"""Screenshots of the Insights view (headlines and charts), light and dark.

Writes a 12-month demo journal into a throwaway file, renders the view offscreen
with the light and then the dark palette, and saves docs/screenshots/insights.png
and insights-dark.png. Run: `.venv/bin/python scripts/screenshots_insights.py`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from shots import OUT, demo_journal, light_app

from ui.insights.view import InsightsView
from ui.kit import theme

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
    app = light_app()
    with demo_journal() as journal:
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
