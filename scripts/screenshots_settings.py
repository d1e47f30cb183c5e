"""Screenshots of the settings dialog (docs/screenshots/settings*.png).

Run: `python scripts/screenshots_settings.py` (offscreen). A demo journal with a few
backups lives in a temporary folder; the user's journal and settings are untouched.
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

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"):
            os.environ[variable] = folder  # keep the user's settings untouched
        from journal import domain as d
        from journal.demo import write_demo
        from journal.storage import Journal, backup
        from ui.app.start import application
        from ui.app.startup import open_session
        from ui.kit import theme
        from ui.settings.dialog import SettingsDialog

        app = application([])
        theme.apply_theme(app, theme.Theme.LIGHT)
        path = Path(folder) / "Migraine Journal" / "journal.sqlite3"
        with Journal.open(path) as journal:
            write_demo(journal, months=3, seed=7)
        now = d.local_now()
        for days in (30, 9, 3, 1):
            backup.make_backup(path, now=now - timedelta(days=days, hours=days % 5))
        session = open_session(path)
        session.window.resize(1180, 760)
        for name, tab in (
            ("settings.png", 2),
            ("settings-journal.png", 0),
            ("settings-backups.png", 1),
            ("settings-reminders.png", 3),
            ("settings-privacy.png", 4),
        ):
            dialog = SettingsDialog(session, session.window)
            dialog.tabs.setCurrentIndex(tab)
            dialog.show()
            for _ in range(3):
                app.processEvents()
            dialog.grab().save(str(OUT / name))
            dialog.close()
            dialog.deleteLater()
        session.close(take_backup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
