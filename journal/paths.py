"""Where the journal lives: `--db`, else MIGRAINE_JOURNAL_DB, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "migraine-journal"
JOURNAL_FILE = "journal.sqlite3"
ENV_VARIABLE = "MIGRAINE_JOURNAL_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_journal_path() -> Path:
    return data_dir() / JOURNAL_FILE


def journal_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The journal to use: the explicit path, the environment's, or the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VARIABLE, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_journal_path()
