"""Screenshot of the report dialog (options and the preview of page 1).

Writes a 12-month demo journal into a throwaway file, opens the report dialog over it
offscreen with the light palette, and saves docs/screenshots/report-dialog.png.
Run: `.venv/bin/python scripts/screenshots_report.py`.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication
from shots import OUT, demo_journal, light_app

from ui.report.dialog import ReportDialog


def main() -> int:
    light_app()
    with demo_journal() as journal:
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
