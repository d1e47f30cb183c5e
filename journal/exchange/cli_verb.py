"""`migraine-journal import FILE [--format NAME] [--date-order dmy|mdy] [--map ...]
[--dry-run]`: plan the import of any supported file, print the preview and what was
not mapped, and (unless a dry run) add it all or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from journal.crypto import cli_verbs
from journal.errors import JournalError
from journal.exchange import FORMATS
from journal.i18n import _, pgettext
from journal.paths import add_db_option, journal_path
from journal.storage import Journal


def add_import_verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verb = verbs.add_parser(
        "import", help=_("import a Migraine Journal export or another app's file (all or nothing)")
    )
    verb.add_argument(
        "file",
        metavar=pgettext("command line", "FILE"),
        help=_("the file to import: an export, or another app's file"),
    )
    add_db_option(verb)
    verb.add_argument("--dry-run", action="store_true", help=_("show what would be added"))
    verb.add_argument(
        "--format",
        dest="import_format",
        choices=FORMATS,
        help=_("the file's format (recognised from its content when not given)"),
    )
    verb.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=_("how to read dates such as 03/04/26 when the file does not show it"),
    )
    verb.add_argument(
        "--map",
        metavar=pgettext("command line", "FIELD=COLUMN,..."),
        type=column_map,
        help=_(
            "for a spreadsheet: which column holds what, e.g. start=Beginn,end=Ende,pain=Schmerz"
        ),
    )
    verb.set_defaults(run=run)


def column_map(text: str) -> dict[str, str]:
    """`start=Beginn,end=Ende` -> {"start": "Beginn", "end": "Ende"}."""
    from journal.exchange.generic_csv import TARGETS

    mapping: dict[str, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        field, equals, column = part.partition("=")
        if not equals or not field.strip() or not column.strip():
            raise argparse.ArgumentTypeError(
                _("“{part}” is not FIELD=COLUMN (such as start=Beginn)").format(part=part.strip())
            )
        if field.strip() not in TARGETS:
            raise argparse.ArgumentTypeError(
                _("“{field}” is not a field; use one of {fields}").format(
                    field=field.strip(), fields=", ".join(TARGETS)
                )
            )
        mapping[field.strip()] = column.strip()
    return mapping


def run(args: argparse.Namespace) -> int:
    from journal.exchange.detect import plan_file
    from journal.exchange.json_format import apply_import

    source = Path(args.file)
    if not source.is_file():
        raise JournalError(_("There is no file at {source}.").format(source=source))
    options = {"date_order": args.date_order, "progress": progress_line(source)}
    if args.map is not None and args.import_format not in (None, "csv"):
        raise JournalError(_("--map is for spreadsheets (the csv format) only."))
    fmt = "csv" if args.map is not None else args.import_format
    if args.map is not None:
        from journal.exchange.generic_csv import completed_mapping

        args.map = completed_mapping(source, args.map)
    path = journal_path(args.db)
    if args.dry_run and not path.exists():
        with Journal.in_memory() as empty:  # a dry run never creates a journal file
            plan = plan_file(empty, source, fmt, args.map, **options)
    else:
        passphrase = cli_verbs.passphrase(path)
        with Journal.open(
            path, create=True, lock=not args.dry_run, passphrase=passphrase
        ) as journal:
            plan = plan_file(journal, source, fmt, args.map, **options)
            if not args.dry_run:
                apply_import(journal, plan)
    print(plan.preview(done=not args.dry_run))
    for message in getattr(plan, "messages", []):
        print(f"- {message}")
    if args.dry_run:
        print(_("Dry run: nothing was written."))
    return 0


def progress_line(source: Path) -> Callable[[int, int], None] | None:
    """How far a large file (an Apple Health export) has been read, on one line of
    the terminal; nothing when the output is not a terminal (scripts, pipes)."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            text = _("Reading {file}: {percent} %").format(file=source.name, percent=percent)
            sys.stderr.write("\r" + text + ("\n" if percent >= 100 else ""))
            sys.stderr.flush()

    return show
