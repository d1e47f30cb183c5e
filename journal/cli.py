"""The command line: headless verbs for power users, scripts and tests.

`migraine-journal` with no verb opens the window (see ui.launcher); the verbs here
never import Qt. Errors a person can act on print one sentence to stderr and exit
with status 1; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from journal import __version__
from journal.errors import JournalError
from journal.paths import ENV_VARIABLE, journal_path
from journal.storage import Journal

EXIT_ERROR = 1


class UsageError(JournalError):
    """A verb used in a way that cannot work; says how to use it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migraine-journal",
        description="A private, offline migraine diary. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"the journal file (default: ${ENV_VARIABLE} or your data folder)",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    demo = verbs.add_parser("demo", help="write a realistic synthetic journal to try the app")
    _db_option(demo)
    demo.add_argument("--months", type=_positive, default=12, help="how many months (12)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same journal (1)")
    demo.add_argument("--end", type=_date, help="last day of the demo (today)")
    demo.set_defaults(run=_demo)

    export = verbs.add_parser("export", help="export the whole journal")
    _db_option(export)
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(run=_export)

    imports = verbs.add_parser("import", help="import a Migraine Journal export (all or nothing)")
    imports.add_argument("file", metavar="FILE")
    _db_option(imports)
    imports.add_argument("--dry-run", action="store_true", help="show what would be added")
    imports.set_defaults(run=_import)

    summary = verbs.add_parser("summary", help="the clinical summary of a span")
    _db_option(summary)
    _span_options(summary)
    summary.add_argument("--json", action="store_true", help="print the summary as JSON")
    summary.set_defaults(run=_summary)
    return parser


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the journal file")


def _span_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", type=_date, help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", type=_date, help="last day (YYYY-MM-DD)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as YYYY-MM-DD, for example 2026-03-31"
        ) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number of 1 or more")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb is None:
        build_parser().print_help()
        return 0
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except JournalError as error:
        print(f"migraine-journal: {error}", file=sys.stderr)
        return EXIT_ERROR


def _open(args: argparse.Namespace, *, create: bool = False) -> Journal:
    return Journal.open(journal_path(args.db), create=create)


def _demo(args: argparse.Namespace) -> int:
    if not args.db:
        raise UsageError("Give --db PATH: the demo never writes into your own journal.")
    from journal.demo import write_demo

    with _open(args, create=True) as journal:
        if journal.attacks.count() or journal.medications.count():
            raise UsageError(
                f"{args.db} already has entries; the demo only writes into a new file."
            )
        stats = write_demo(journal, months=args.months, seed=args.seed, end=args.end)
    print(f"Wrote a {args.months}-month demo journal to {args.db}: {stats}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from journal.exchange.json_format import export_json

    with _open(args) as journal:
        export_json(journal, Path(args.output))
    print(f"Exported the journal to {args.output}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from journal.exchange.json_format import import_json

    with _open(args, create=True) as journal:
        plan = import_json(journal, Path(args.file), dry_run=args.dry_run)
    print(plan.preview())
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0


def _summary(args: argparse.Namespace) -> int:
    from journal.analysis.diary import load_diary
    from journal.analysis.summary import default_span, summarize, summary_to_json
    from journal.domain import local_now

    today = local_now().date()
    first, last = default_span(today)
    first, last = args.first or first, args.last or last
    if last < first:
        raise UsageError("The span ends before it starts; check --from and --to.")
    with _open(args) as journal:
        summary = summarize(load_diary(journal), first, last, today)
    document = summary_to_json(summary)
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for key, value in document.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return 0
