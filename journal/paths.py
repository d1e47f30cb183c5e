"""Where the journal lives: `--db`, else MIGRAINE_JOURNAL_DB, else the user data dir.

Every path is resolved to the real file once, when it is chosen (`real_path`): a
journal reached through a symlink keeps its -wal, -shm, key file, lock and backups
beside the real file, where SQLite itself keeps the -wal, and `protect on` encrypts
the real file (the link keeps pointing at it)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import platformdirs

from journal.crypto.files import PLAIN_HEADER
from journal.crypto.keys import key_file_for
from journal.errors import JournalError
from journal.i18n import _, pgettext

APP_NAME = "migraine-journal"
JOURNAL_FILE = "journal.sqlite3"
ENV_VARIABLE = "MIGRAINE_JOURNAL_DB"
MAX_PATH_CHARACTERS = 1024


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_journal_path() -> Path:
    return data_dir() / JOURNAL_FILE


def journal_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The journal to use (the explicit path, the environment's, or the default),
    resolved to the real file."""
    if explicit:
        return real_path(explicit)
    from_env = os.environ.get(ENV_VARIABLE, "").strip()
    if from_env:
        return real_path(from_env)
    return real_path(default_journal_path())


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """The `--db PATH` option of a command-line verb (journal_path reads it)."""
    parser.add_argument(
        "--db",
        metavar=pgettext("command line", "PATH"),
        default=argparse.SUPPRESS,
        help=_("the journal file"),
    )


def real_path(path: str | os.PathLike[str]) -> Path:
    """`path` with `~` expanded and every symlink resolved; a path that cannot name a
    journal file (a folder, too long, a symlink loop) is one sentence."""
    text = os.fspath(path)
    if not str(text).strip():
        raise JournalError(_("The journal path is empty; give the path of a journal file."))
    if len(str(text)) > MAX_PATH_CHARACTERS:
        raise JournalError(
            _(
                "The journal path is {count} characters long; "
                "a path of at most {most} characters is needed."
            ).format(count=len(str(text)), most=MAX_PATH_CHARACTERS)
        )
    try:
        found = Path(text).expanduser().resolve()
        is_folder = found.is_dir()
    except (OSError, RuntimeError) as error:
        reason = getattr(error, "strerror", None) or "a symlink that points back at itself"
        raise JournalError(
            _("The journal path {text} cannot be used ({reason}).").format(text=text, reason=reason)
        ) from None
    if is_folder:
        raise JournalError(
            _(
                "{text} is a folder; give the path of the journal file inside it "
                "(for example {example})."
            ).format(text=text, example=Path(text) / JOURNAL_FILE)
        )
    return found


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
