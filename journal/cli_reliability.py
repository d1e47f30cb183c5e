"""The command line's reliability verbs: `backup`, `check` and `restore`
(journal.storage.backup, .health and .restore). `restore --list` shows the backups
and the copies kept aside, and `restore --from` takes either."""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.crypto import cli_verbs
from journal.i18n import _, moment_text, pgettext
from journal.paths import add_db_option, journal_path


def add_reliability_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = verbs.add_parser("backup", help=_("make a verified backup now"))
    add_db_option(backup)
    backup.set_defaults(run=_backup)

    check = verbs.add_parser("check", help=_("check the journal for damage (integrity check)"))
    add_db_option(check)
    check.set_defaults(run=_check)

    restore = verbs.add_parser(
        "restore", help=_("put a backup in place (the current file is kept aside)")
    )
    add_db_option(restore)
    restore.add_argument(
        "--from",
        dest="source",
        metavar=pgettext("command line", "BACKUP"),
        help=_("the backup or kept-aside copy (the newest good backup)"),
    )
    restore.add_argument(
        "--list", action="store_true", help=_("list the backups and kept copies; change nothing")
    )
    restore.set_defaults(run=_restore)


def _backup(args: argparse.Namespace) -> int:
    from journal.errors import JournalMissing
    from journal.storage.backup import make_backup
    from journal.storage.health import refuse_foreign

    path = journal_path(getattr(args, "db", None))
    if not path.exists():
        raise JournalMissing.at(path)
    refuse_foreign(path)
    cli_verbs.unlock(path)
    made = make_backup(path)
    print(
        _("Backed the journal up to {path} ({size}, verified).").format(
            path=made.path, size=size_in_words(made.size)
        )
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from journal.storage.health import check

    path = journal_path(getattr(args, "db", None))
    cli_verbs.unlock(path)
    print(check(path).sentence())
    return 0


def _restore(args: argparse.Namespace) -> int:
    from journal.storage.backup import list_backups
    from journal.storage.health import restore
    from journal.storage.kept import kept_copies

    path = journal_path(getattr(args, "db", None))
    cli_verbs.unlock(path)
    if args.list:
        found = list_backups(path)
        for backup in found:
            print(f"{backup.path}\t{moment_text(backup.taken)}\t{size_in_words(backup.size)}")
        if not found:
            print(_("There are no backups of this journal yet."))
        for kept in kept_copies(path):
            when = moment_text(kept.taken)
            print(
                _("{path}\t{when}\t{size}\tkept aside ({label})").format(
                    path=kept.path,
                    when=when,
                    size=size_in_words(kept.size),
                    label=kept.label,
                )
            )
        return 0
    result = restore(path, Path(args.source).expanduser() if args.source else None)
    print(result.sentence())
    return 0


def size_in_words(size: int) -> str:
    if size < 1024:
        return _("{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / 1024 / 1024:.1f} MiB"
