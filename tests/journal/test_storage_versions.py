"""The versions the app knows are the migrations it registers, and opening an
up-to-date journal does not load the migration code (start-up speed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from journal.storage import Journal
from journal.storage.schema import migrations
from journal.storage.versions import MIGRATION_NAMES

ROOT = Path(__file__).resolve().parents[2]


def test_known_versions_are_exactly_the_registered_migrations_in_order() -> None:
    assert [m.name for m in migrations._migrations] == list(MIGRATION_NAMES)


def test_opening_an_up_to_date_journal_does_not_load_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()  # created and migrated here
    script = (
        "import sys\n"
        "from journal.storage import Journal\n"
        f"journal = Journal.open({str(path)!r})\n"
        "journal.attacks.all(); journal.set_setting('theme', 'dark')\n"
        "print(journal.setting('theme'), 'sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.split() == ["dark", "False"]


def test_a_new_journal_is_migrated_to_every_known_version(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        assert journal.applied_migrations() == list(MIGRATION_NAMES)
