"""The command line's reliability verbs: backup, check, restore (journal.storage.backup
and journal.storage.health), added to journal.cli's parser."""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.crypto import cli_verbs
from journal.i18n import _, number_text
from journal.paths import journal_path


def db_option(parser: argparse.ArgumentParser) -> None:
    """--db on a verb (after the verb, as well as before it)."""
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help=_("the journal file")
    )


def add_reliability_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """backup, check and restore on the command line."""
    backup = verbs.add_parser("backup", help=_("make a verified backup now"))
    db_option(backup)
    backup.set_defaults(run=_backup)

    check = verbs.add_parser("check", help=_("check the journal for damage (integrity check)"))
    db_option(check)
    check.set_defaults(run=_check)

    restore = verbs.add_parser(
        "restore", help=_("put a backup in place (the current file is kept aside)")
    )
    db_option(restore)
    restore.add_argument(
        "--from", dest="source", metavar="BACKUP", help=_("the backup file (the newest good one)")
    )
    restore.add_argument("--list", action="store_true", help=_("list the backups; change nothing"))
    restore.set_defaults(run=_restore)


def _backup(args: argparse.Namespace) -> int:
    from journal.errors import JournalMissing
    from journal.storage.backup import make_backup

    path = journal_path(args.db)
    if not path.exists():
        raise JournalMissing.at(path)
    cli_verbs.unlock(path)
    made = make_backup(path)
    print(
        _("Backed the journal up to {path} ({size}, verified).").format(
            path=made.path, size=_size(made.size)
        )
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from journal.storage.health import check

    cli_verbs.unlock(journal_path(args.db))
    print(check(journal_path(args.db)).sentence())
    return 0


def _restore(args: argparse.Namespace) -> int:
    from journal.storage.backup import list_backups
    from journal.storage.health import restore

    path = journal_path(args.db)
    cli_verbs.unlock(path)
    if args.list:
        found = list_backups(path)
        for backup in found:
            print(f"{backup.path}\t{backup.taken:%Y-%m-%d %H:%M}\t{_size(backup.size)}")
        if not found:
            print(_("There are no backups of this journal yet."))
        return 0
    result = restore(path, Path(args.source).expanduser() if args.source else None)
    print(result.sentence())
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return _("{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return _("{size} KiB").format(size=number_text(size / 1024, 1, exact=True))
    return _("{size} MiB").format(size=number_text(size / 1024 / 1024, 1, exact=True))
