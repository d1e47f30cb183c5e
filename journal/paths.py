"""Where the journal lives: `--db`, else MIGRAINE_JOURNAL_DB, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from journal.crypto.files import PLAIN_HEADER
from journal.crypto.keys import key_file_for

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


def is_journal_file(path: Path) -> bool:
    """True if `path` is a journal (what `migraine-journal PATH` opens as the diary):
    a plain SQLite file, or an encrypted one with its key file beside it. Anything
    else (an export, another app's CSV or JSON) is a file to import."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(len(PLAIN_HEADER))
    except OSError:
        return False
    if head == PLAIN_HEADER:
        return True
    return len(head) == len(PLAIN_HEADER) and key_file_for(path).is_file()
