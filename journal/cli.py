"""The command line: headless verbs for power users, scripts and tests.

`migraine-journal` with no verb opens the window (see ui.app.launcher); the verbs here
never import Qt. Errors a person can act on print one sentence to stderr and exit
with status 1; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from journal import __version__
from journal.crypto import cli_verbs
from journal.errors import JournalError
from journal.exchange import cli_verb as import_verb
from journal.i18n import LANGUAGES, _, language, language_asked, set_language, using_language
from journal.paths import ENV_VARIABLE, journal_path
from journal.storage import Journal
from journal.storage import cli_verbs as storage_verbs
from journal.sync import cli_verb as sync_verb

EXIT_ERROR = 1


class UsageError(JournalError):
    """A verb used in a way that cannot work; says how to use it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migraine-journal",
        description=_("A private, offline migraine diary. With no command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _lang_option(parser, default=None)
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=_("the journal file (default: ${variable} or your data folder)").format(
            variable=ENV_VARIABLE
        ),
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    demo = verbs.add_parser("demo", help=_("write a realistic synthetic journal to try the app"))
    _db_option(demo)
    demo.add_argument("--months", type=_positive, default=12, help=_("how many months (12)"))
    demo.add_argument("--seed", type=int, default=1, help=_("same seed, same journal (1)"))
    demo.add_argument("--end", type=_date, help=_("last day of the demo (today)"))
    demo.set_defaults(run=_demo)

    export = verbs.add_parser("export", help=_("export the whole journal"))
    _db_option(export)
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_("the JSON file; for csv a folder, or NAME.csv for NAME-attacks.csv and so on"),
    )
    export.set_defaults(run=_export)

    import_verb.add_import_verb(verbs)

    summary = verbs.add_parser("summary", help=_("the clinical summary of a span"))
    _db_option(summary)
    _span_options(summary)
    summary.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    summary.set_defaults(run=_summary)
    _report_verb(verbs)
    storage_verbs.add_reliability_verbs(verbs)
    cli_verbs.add_protect_verb(verbs)
    sync_verb.add_sync_verb(verbs)
    return parser


def _lang_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        default=default,
        help=_("the language of messages and reports (default: from LANG / LC_ALL / LC_MESSAGES)"),
    )


_db_option = storage_verbs.db_option


def _span_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", type=_date, help=_("first day (YYYY-MM-DD)"))
    parser.add_argument("--to", dest="last", type=_date, help=_("last day (YYYY-MM-DD)"))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a date; write it as YYYY-MM-DD, for example 2026-03-31").format(
                text=text
            )
        ) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a whole number of 1 or more").format(text=text)
        )
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    set_language(language_asked(sys.argv[1:] if argv is None else argv))
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
    except BrokenPipeError:  # `summary --json | head`: the reader stopped listening
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error
        return 0


def _open(args: argparse.Namespace, *, create: bool = False, lock: bool = False) -> Journal:
    path = journal_path(args.db)
    return Journal.open(path, create=create, lock=lock, passphrase=cli_verbs.passphrase(path))


def _demo(args: argparse.Namespace) -> int:
    if not args.db:
        raise UsageError(_("Give --db PATH: the demo never writes into your own journal."))
    from journal.demo import write_demo

    with _open(args, create=True, lock=True) as journal:
        if journal.attacks.count() or journal.medications.count():
            raise UsageError(
                _("{db} already has entries; the demo only writes into a new file.").format(
                    db=args.db
                )
            )
        stats = write_demo(journal, months=args.months, seed=args.seed, end=args.end)
    print(
        _("Wrote a {months}-month demo journal to {db}: {stats}.").format(
            months=args.months, db=args.db, stats=stats
        )
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from journal.exchange.json_format import export_json

    if args.format == "csv":
        from journal.exchange.csv_export import export_csv

        with _open(args) as journal:
            written = export_csv(journal, Path(args.output))
        print(
            _("Exported the journal as CSV: {files}.").format(
                files=", ".join(str(p) for p in written)
            )
        )
        return 0
    with _open(args) as journal:
        export_json(journal, Path(args.output))
    print(_("Exported the journal to {output}.").format(output=args.output))
    return 0


def _span(args: argparse.Namespace, today: date) -> tuple[date, date]:
    """The --from/--to span, the last 3 months by default; checked in words."""
    from journal.analysis.summary import default_span

    first, last = default_span(today)
    first, last = args.first or first, args.last or last
    if first > today:
        raise UsageError(
            _("The span starts after today ({first}); choose a start on or before {today}.").format(
                first=first, today=today
            )
        )
    if last < first:
        raise UsageError(_("The span ends before it starts; check --from and --to."))
    return first, last


def _summary(args: argparse.Namespace) -> int:
    from journal.analysis.diary import load_diary
    from journal.analysis.summary import summarize
    from journal.analysis.summary_json import summary_to_json
    from journal.domain import local_now

    today = local_now().date()
    first, last = _span(args, today)
    with _open(args) as journal, using_language("en"):  # the JSON contract's notes: English
        summary = summarize(load_diary(journal), first, last, today)
    document = summary_to_json(summary)
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for key, value in document.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return 0


def _report_verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = verbs.add_parser("report", help=_("the doctor's PDF report of a span"))
    _db_option(report)
    _span_options(report)
    report.add_argument("--paper", choices=["a4", "letter"], default="a4", help=_("paper (a4)"))
    report.add_argument("--name", default="", help=_("patient name to print (never stored)"))
    report.add_argument("--birth", type=_date, help=_("date of birth to print (YYYY-MM-DD)"))
    report.add_argument("--no-notes", action="store_true", help=_("leave out free-text notes"))
    report.add_argument("--no-cycle", action="store_true", help=_("leave out the cycle section"))
    report.add_argument(
        "--calendar",
        choices=["dmkg", "chs"],
        help=_(
            "add a clinic's calendar pages: dmkg (German DMKG Kopfschmerzkalender) or "
            "chs (Canadian monthly 0-3 grid with the Migraine Monthly Index)"
        ),
    )
    _lang_option(report)
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    report.set_defaults(run=_report)


def _report(args: argparse.Namespace) -> int:
    from journal.analysis.diary import load_diary
    from journal.domain import local_now
    from journal.report import ClinicCalendar, Paper, ReportOptions, write_report

    today = local_now().date()
    first, last = _span(args, today)
    options = ReportOptions(
        first,
        last,
        paper=Paper(args.paper),
        patient_name=args.name,
        birth_date=args.birth,
        include_notes=not args.no_notes,
        include_cycle=not args.no_cycle,
        clinic_calendar=ClinicCalendar(args.calendar) if args.calendar else None,
        language=language(),
    )
    with _open(args) as journal:
        diary = load_diary(journal)
    write_report(diary, options, Path(args.output), today)
    print(
        _("Wrote the report for {first} to {last} to {output}.").format(
            first=first, last=last, output=args.output
        )
    )
    return 0
