"""`migraine-journal sync --db PATH [--folder DIR]`: a headless merge that prints
what it applied, and the verb's other uses (name this computer, leave the folder,
list and take back values changed on both computers).

Every start of the app defines this verb (journal.cli builds all verbs to read its
arguments), so the sync machinery is imported only when the verb runs."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import JournalError
from journal.i18n import N_, _, moment_text, ngettext, pgettext
from journal.storage.journal import Journal

if TYPE_CHECKING:
    from journal.sync import joining
    from journal.sync.merge import SyncReport

READABLE_WARNING = N_(
    "This journal is not protected, so the sync folder holds your diary readable by "
    "anyone who can open its files; protect the journal (migraine-journal protect on) "
    "to have them sealed."
)


def add_sync_verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verb = verbs.add_parser(
        "sync", help=_("merge with your other computers through a folder you sync yourself")
    )
    verb.add_argument("--db", metavar=pgettext("command line", "PATH"), help=_("the journal file"))
    verb.add_argument(
        "--folder",
        metavar=pgettext("command line", "DIR"),
        help=_("the sync folder (joins it the first time)"),
    )
    verb.add_argument(
        "--name",
        metavar=pgettext("command line", "NAME"),
        help=_("this computer's name, as the others show it"),
    )
    verb.add_argument("--leave", action="store_true", help=_("stop syncing (the journal stays)"))
    verb.add_argument(
        "--lost", action="store_true", help=_("list values changed on both computers")
    )
    verb.add_argument(
        "--take-back",
        type=int,
        metavar="N",
        help=_("take back lost value N"),
    )
    verb.add_argument("--status", action="store_true", help=_("say how the computers stand"))
    verb.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from journal.crypto import cli_verbs
    from journal.paths import journal_path

    path = journal_path(args.db)
    with Journal.open(path, lock=True, passphrase=cli_verbs.passphrase(path)) as journal:
        return run_sync(args, journal)


def run_sync(args: argparse.Namespace, journal: Journal) -> int:
    """The verb's work on an open journal (journal.cli opens it with the lock)."""
    from journal.storage import sync_device as store
    from journal.sync import joining, status
    from journal.sync.merge import sync

    if journal.path is not None and (tool := joining.sync_tool_of(journal.path)):
        print(
            _(
                "Warning: this journal file lives in a folder {tool} syncs; two computers "
                "writing one journal file damage it. Move it out, and sync with "
                "`migraine-journal sync --folder` instead."
            ).format(tool=tool),
            file=sys.stderr,
        )
    if args.name is not None:
        if not args.name.strip():
            raise JournalError(_("A computer's name cannot be empty."))
        store.rename_device(journal, args.name.strip())
        print(_("This computer is now called {name}.").format(name=args.name.strip()))
    if args.leave:
        joining.leave(journal)
        print(_("This journal no longer syncs; it stays whole on this computer."))
        return 0
    if args.lost or args.take_back is not None:
        return _lost(journal, args.take_back)
    if args.status:
        print(status.sentence(status.status(journal)))
        return 0
    me = store.device(journal)
    if args.folder and Path(args.folder).resolve() != Path(me.folder or ".").resolve():
        joined = _join(journal, Path(args.folder))
        print(_("This computer joined {folder}.").format(folder=args.folder))
        if not joined.protected:
            print(_(READABLE_WARNING))
        for mine, theirs in joined.entered_twice:
            print(
                _(
                    "The attack of {mine} here overlaps one that arrived ({theirs}): perhaps "
                    "one attack entered on both computers; look at them in the diary and "
                    "delete one if so."
                ).format(mine=moment_text(mine.start), theirs=moment_text(theirs.start))
            )
        report = joined.report
    else:
        report = sync(journal)
    return _print_report(report)


def _join(journal: Journal, folder: Path) -> joining.Joined:
    from journal.crypto import cli_verbs
    from journal.sync import joining

    try:
        return joining.join(journal, folder)
    except joining.FolderLocked:
        if not os.environ.get(cli_verbs.PASSPHRASE_VARIABLE) and not sys.stdin.isatty():
            raise  # nobody to ask: the sentence says what the folder needs
        secret = cli_verbs._secret(
            cli_verbs.PASSPHRASE_VARIABLE,
            _("Passphrase (or recovery code) of the synced journal: "),
            cli_verbs._from_terminal,
            None,
        )
        return joining.join(journal, folder, secret=secret)


def _print_report(report: SyncReport) -> int:
    from journal.exchange.sections import records_counted

    if report.new_identity:
        print(
            _(
                "This journal was older than its own log (restored or copied), so it now "
                "writes under a new identity and reads its old log like another computer's."
            )
        )
    if report.appended:
        print(
            ngettext(
                "Wrote {n} change of this computer to the folder.",
                "Wrote {n} changes of this computer to the folder.",
                report.appended,
            ).format(n=report.appended)
        )
    refused = False
    for peer in report.peers:
        if peer.refused:
            print(peer.refused, file=sys.stderr)
            refused = True
            continue
        print(
            ngettext(
                "From {name}: {n} new change.", "From {name}: {n} new changes.", peer.changes
            ).format(name=peer.name, n=peer.changes)
        )
        if peer.waiting:
            print(
                _("A file from {name} is still arriving; the rest follows next time.").format(
                    name=peer.name
                )
            )
        if peer.conflict_copies:
            print(
                ngettext(
                    "{n} conflict copy made by the sync tool in {name}'s folder was ignored.",
                    "{n} conflict copies made by the sync tool in {name}'s folder were ignored.",
                    peer.conflict_copies,
                ).format(n=peer.conflict_copies, name=peer.name)
            )
    records = report.applied.records
    if records:
        counted = ", ".join(records_counted(table, n) for table, n in sorted(records.items()))
        print(_("Applied to this journal: {counted}.").format(counted=counted))
    elif not refused:
        print(_("Nothing new to apply; the journal is in step."))
    if report.applied.conflicts:
        n = len(report.applied.conflicts)
        print(
            ngettext(
                "{n} value was changed on both computers; see them with "
                "`migraine-journal sync --lost`.",
                "{n} values were changed on both computers; see them with "
                "`migraine-journal sync --lost`.",
                n,
            ).format(n=n)
        )
    held = report.applied.held_back
    if held:
        print(
            ngettext(
                "{n} entry waits for a record another computer has not sent yet.",
                "{n} entries wait for a record another computer has not sent yet.",
                held,
            ).format(n=held)
        )
    return 1 if refused else 0


def _lost(journal: Journal, take_back: int | None) -> int:
    from journal.storage import sync_device as store

    lost = store.lost_values(journal)
    if take_back is not None:
        chosen = next((item for item in lost if item.id == take_back), None)
        if chosen is None:
            raise JournalError(
                _("There is no open lost value number {take_back}.").format(take_back=take_back)
            )
        store.take_back(journal, chosen)
        print(
            _(
                "Took back value {take_back}; the other computers get it at their next merge."
            ).format(take_back=take_back)
        )
        return 0
    if not lost:
        print(_("No value was changed on both computers."))
        return 0
    for item in lost:
        what = item.field or _("the whole entry (edited after it was deleted elsewhere)")
        print(
            _("{id}: {table} {record_id}, {what}: kept {kept}, lost {lost}").format(
                id=item.id,
                table=item.table.replace("_", " "),
                record_id=item.record_id,
                what=what,
                kept=json.dumps(item.kept, ensure_ascii=False),
                lost=json.dumps(item.lost, ensure_ascii=False),
            )
        )
    return 0
