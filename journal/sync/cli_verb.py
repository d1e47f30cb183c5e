"""`migraine-journal sync --db PATH [--folder DIR]`: a headless merge that prints
what it applied, and the verb's other uses (name this computer, leave the folder,
list and take back values changed on both computers)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from journal.errors import JournalError
from journal.storage import sync_device as store
from journal.storage.journal import Journal
from journal.sync import joining, status
from journal.sync.merge import SyncReport, sync

READABLE_WARNING = (
    "This journal is not protected, so the sync folder holds your diary readable by "
    "anyone who can open its files; protect the journal (migraine-journal protect on) "
    "to have them sealed."
)


def add_sync_verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verb = verbs.add_parser(
        "sync", help="merge with your other computers through a folder you sync yourself"
    )
    verb.add_argument("--db", metavar="PATH", help="the journal file")
    verb.add_argument("--folder", metavar="DIR", help="the sync folder (joins it the first time)")
    verb.add_argument("--name", help="this computer's name, as the others show it")
    verb.add_argument("--leave", action="store_true", help="stop syncing (the journal stays)")
    verb.add_argument("--lost", action="store_true", help="list values changed on both computers")
    verb.add_argument("--take-back", type=int, metavar="N", help="take back lost value N")
    verb.add_argument("--status", action="store_true", help="say how the computers stand")
    verb.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from journal.crypto import cli_verbs
    from journal.paths import journal_path

    path = journal_path(args.db)
    with Journal.open(path, lock=True, passphrase=cli_verbs.passphrase(path)) as journal:
        return run_sync(args, journal)


def run_sync(args: argparse.Namespace, journal: Journal) -> int:
    """The verb's work on an open journal (journal.cli opens it with the lock)."""
    if journal.path is not None and (tool := joining.sync_tool_of(journal.path)):
        print(
            f"Warning: this journal file lives in a folder {tool} syncs; two computers "
            "writing one journal file damage it. Move it out, and sync with "
            "`migraine-journal sync --folder` instead.",
            file=sys.stderr,
        )
    if args.name is not None:
        if not args.name.strip():
            raise JournalError("A computer's name cannot be empty.")
        store.rename_device(journal, args.name.strip())
        print(f"This computer is now called {args.name.strip()}.")
    if args.leave:
        joining.leave(journal)
        print("This journal no longer syncs; it stays whole on this computer.")
        return 0
    if args.lost or args.take_back is not None:
        return _lost(journal, args.take_back)
    if args.status:
        print(status.sentence(status.status(journal)))
        return 0
    me = store.device(journal)
    if args.folder and Path(args.folder).resolve() != Path(me.folder or ".").resolve():
        joined = _join(journal, Path(args.folder))
        print(f"This computer joined {args.folder}.")
        if not joined.protected:
            print(READABLE_WARNING)
        for mine, theirs in joined.entered_twice:
            print(
                f"The attack of {mine.start:%Y-%m-%d %H:%M} here overlaps one that arrived "
                f"({theirs.start:%Y-%m-%d %H:%M}): perhaps one attack entered on both "
                "computers; look at them in the diary and delete one if so."
            )
        report = joined.report
    else:
        report = sync(journal)
    return _print_report(report)


def _join(journal: Journal, folder: Path) -> joining.Joined:
    from journal.crypto import cli_verbs

    try:
        return joining.join(journal, folder)
    except joining.FolderLocked:
        if not os.environ.get(cli_verbs.PASSPHRASE_VARIABLE) and not sys.stdin.isatty():
            raise  # nobody to ask: the sentence says what the folder needs
        secret = cli_verbs._secret(
            cli_verbs.PASSPHRASE_VARIABLE,
            "Passphrase (or recovery code) of the synced journal: ",
            cli_verbs._from_terminal,
            None,
        )
        return joining.join(journal, folder, secret=secret)


def _print_report(report: SyncReport) -> int:
    if report.new_identity:
        print(
            "This journal was older than its own log (restored or copied), so it now "
            "writes under a new identity and reads its old log like another computer's."
        )
    if report.appended:
        print(
            f"Wrote {report.appended} change{'s' if report.appended != 1 else ''} "
            "of this computer to the folder."
        )
    refused = False
    for peer in report.peers:
        if peer.refused:
            print(peer.refused, file=sys.stderr)
            refused = True
            continue
        print(f"From {peer.name}: {peer.changes} new change{'s' if peer.changes != 1 else ''}.")
        if peer.waiting:
            print(f"A file from {peer.name} is still arriving; the rest follows next time.")
        if peer.conflict_copies:
            print(
                f"{peer.conflict_copies} conflict cop{'ies' if peer.conflict_copies != 1 else 'y'} "
                f"made by the sync tool in {peer.name}'s folder were ignored."
            )
    records = report.applied.records
    if records:
        counted = ", ".join(
            f"{n} {table.replace('_', ' ')}" for table, n in sorted(records.items())
        )
        print(f"Applied to this journal: {counted}.")
    elif not refused:
        print("Nothing new to apply; the journal is in step.")
    if report.applied.conflicts:
        n = len(report.applied.conflicts)
        print(
            f"{n} value{'s were' if n != 1 else ' was'} changed on both computers; "
            "see them with `migraine-journal sync --lost`."
        )
    held = report.applied.held_back
    if held:
        print(
            f"{held} entr{'ies wait' if held != 1 else 'y waits'} "
            "for a record another computer has not sent yet."
        )
    return 1 if refused else 0


def _lost(journal: Journal, take_back: int | None) -> int:
    lost = store.lost_values(journal)
    if take_back is not None:
        chosen = next((item for item in lost if item.id == take_back), None)
        if chosen is None:
            raise JournalError(f"There is no open lost value number {take_back}.")
        store.take_back(journal, chosen)
        print(f"Took back value {take_back}; the other computers get it at their next merge.")
        return 0
    if not lost:
        print("No value was changed on both computers.")
        return 0
    for item in lost:
        what = item.field or "the whole entry (edited after it was deleted elsewhere)"
        print(
            f"{item.id}: {item.table.replace('_', ' ')} {item.record_id}, {what}: "
            f"kept {json.dumps(item.kept, ensure_ascii=False)}, "
            f"lost {json.dumps(item.lost, ensure_ascii=False)}"
        )
    return 0
