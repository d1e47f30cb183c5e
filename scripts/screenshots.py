"""Screenshots of the main window with demo data, light and dark, for README and docs.

Run: `python scripts/screenshots.py` (offscreen; writes docs/screenshots/*.png).
The demo journal lives in a temporary folder; the user's journal is never touched.
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

from PySide6.QtWidgets import QApplication  # noqa: E402

from journal import domain as d  # noqa: E402
from journal import operations  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui import theme  # noqa: E402
from ui.app import application, create_main_window  # noqa: E402

SIZE = (1280, 800)
OUT = ROOT / "docs" / "screenshots"


def demo_journal(folder: Path) -> Journal:
    """The CLI's demo journal, with an attack going on now so the banner shows."""
    journal = Journal.open(folder / "demo.sqlite3")
    from journal.demo import write_demo

    write_demo(journal, months=6, seed=7)
    start = d.local_now() - timedelta(minutes=50)
    attack = operations.start_attack(journal, start, pain=2, symptoms=("nausea", "photophobia"))
    picks = operations.medications_for_picking(journal)
    if picks:
        operations.record_dose(
            journal,
            d.Dose(
                picks[0].id,
                start + timedelta(minutes=10),
                picks[0].default_dose,
                attack_id=attack.id,
                pain_at_dose=2,
            ),
        )
    return journal


def grab(app: QApplication, journal: Journal, choice: theme.Theme, name: str) -> None:
    theme.apply_theme(app, choice)
    window = create_main_window(journal)
    window.resize(*SIZE)
    window.show()
    window.follow_up.timer.stop()
    window.day_view.list.setFocus()
    app.processEvents()
    window.grab().save(str(OUT / name))
    window.close()
    window.deleteLater()
    app.processEvents()
    print(OUT / name)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # keep the user's theme setting untouched
        app = application([sys.argv[0]])
        app.setFont(app.font())
        journal = demo_journal(Path(folder))
        grab(app, journal, theme.Theme.LIGHT, "main-window.png")
        grab(app, journal, theme.Theme.DARK, "main-window-dark.png")
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
