"""Screenshots of the daily check-in and the Treatments view, for docs and review.

Writes a 12-month demo journal into a throwaway file, renders the widgets
offscreen and saves docs/screenshots/checkin.png and treatments.png.
Run: `.venv/bin/python scripts/screenshots_recording.py`.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from PySide6.QtWidgets import QApplication, QWidget
from shots import OUT, demo_journal, light_app

from journal import domain as d
from ui.checkin.panel import CheckInPanel
from ui.session import Session
from ui.treatments.view import TreatmentsView


def grab(widget: QWidget, name: str, width: int, height: int | None = None) -> None:
    widget.resize(width, height or widget.sizeHint().height())
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    widget.hide()
    print(OUT / name)


def main() -> int:
    light_app()
    with demo_journal() as journal:
        yesterday = d.local_now().date() - timedelta(days=1)
        grab(CheckInPanel(Session(journal), yesterday), "checkin.png", 620)
        view = TreatmentsView(Session(journal))
        grab(view, "treatments.png", 1100, 560)
    return 0


if __name__ == "__main__":
    sys.exit(main())
