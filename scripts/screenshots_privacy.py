"""Screenshot of Settings > Privacy with a protected journal (docs/screenshots/privacy.png).

Run: `python scripts/screenshots_privacy.py` (offscreen). A demo journal, protected with
a made-up passphrase, lives in a temporary folder; the user's files are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"
DEMO_PASSPHRASE = "demo passphrase"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"):
            os.environ[variable] = folder  # keep the user's settings untouched
        from journal.crypto import keys, protect
        from journal.demo import write_demo
        from journal.storage import Journal
        from ui.app.start import application
        from ui.app.startup import WindowSession, open_for_window
        from ui.kit import settings_store, theme
        from ui.settings.dialog import SettingsDialog

        app = application([])
        theme.apply_theme(app, theme.Theme.LIGHT)
        path = Path(folder) / "Migraine Journal" / "journal.sqlite3"
        with Journal.open(path) as journal:
            write_demo(journal, months=1, seed=7)
        fast = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # a demo only
        protect.enable(path, DEMO_PASSPHRASE, params=fast)
        settings_store.save_auto_lock_minutes(15)
        session = WindowSession(
            open_for_window(path, passphrase=DEMO_PASSPHRASE), passphrase=DEMO_PASSPHRASE
        )
        dialog = SettingsDialog(session, session.window)
        dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.privacy_page))
        dialog.show()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(OUT / "privacy.png"))
        dialog.close()
        session.close(take_backup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
