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

from journal import __version__, cli_argparse, cli_reliability
from journal.crypto import cli_verbs
from journal.errors import JournalError
from journal.exchange import cli_verb as import_verb
from journal.i18n import (
    LANGUAGES,
    N_,
    _,
    date_text,
    language,
    language_asked,
    pgettext,
    set_language,
)
from journal.paths import ENV_VARIABLE, add_db_option, journal_path
from journal.storage import Journal
from journal.sync import cli_verb as sync_verb

EXIT_ERROR = 1
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)
"""Days outside this range are refused in words (a diary never holds them)."""
MAX_DEMO_MONTHS = 600
MAX_REPORT_YEARS = 30
"""A doctor's report or summary covers at most this many years: longer spans are
refused in words (the journal's whole span fits; 0001-9999 took minutes)."""


class UsageError(JournalError):
    """A verb used in a way that cannot work; says how to use it."""


def build_parser() -> argparse.ArgumentParser:
    cli_argparse.speak()  # "usage:", "options" and argparse's errors in the language
    parser = argparse.ArgumentParser(
        prog="migraine-journal",
        description=_("A private, offline migraine diary. With no command, opens the window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the version number and exit"),
    )
    _lang_option(parser, default=None)
    parser.add_argument(
        "--db",
        metavar=pgettext("command line", "PATH"),
        help=_("the journal file (default: ${variable} or your data folder)").format(
            variable=ENV_VARIABLE
        ),
    )
    verbs = parser.add_subparsers(dest="verb", metavar=pgettext("command line", "COMMAND"))

    demo = verbs.add_parser("demo", help=_("write a realistic synthetic journal to try the app"))
    add_db_option(demo)
    demo.add_argument(
        "--months",
        type=_demo_months,
        default=12,
        metavar=pgettext("command line", "MONTHS"),
        help=_("how many months (12; at most {most})").format(most=MAX_DEMO_MONTHS),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar=pgettext("command line", "SEED"),
        help=_("same seed, same journal (1)"),
    )
    demo.add_argument(
        "--end",
        type=_diary_date,
        metavar=pgettext("command line", "LAST"),
        help=_("last day of the demo (YYYY-MM-DD; today)"),
    )
    demo.set_defaults(run=_demo)

    export = verbs.add_parser("export", help=_("export the whole journal"))
    add_db_option(export)
    export.add_argument(
        "--format", choices=["json", "csv"], default="json", help=_("the file format (json)")
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=pgettext("command line", "FILE"),
        help=_("the JSON file; for csv a folder, or NAME.csv for NAME-attacks.csv and so on"),
    )
    export.set_defaults(run=_export)

    import_verb.add_import_verb(verbs)

    summary = verbs.add_parser("summary", help=_("the clinical summary of a span"))
    add_db_option(summary)
    _span_options(summary)
    summary.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    summary.set_defaults(run=_summary)
    _report_verb(verbs)
    cli_reliability.add_reliability_verbs(verbs)
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


def _span_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="first",
        type=_date,
        metavar=pgettext("command line", "FIRST"),
        help=_("first day (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=_date,
        metavar=pgettext("command line", "LAST"),
        help=_("last day (YYYY-MM-DD)"),
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a date; write it as YYYY-MM-DD, for example 2026-03-31").format(
                text=text
            )
        ) from None


def _diary_date(text: str) -> date:
    """A date a diary can hold (the demo's end, a date of birth)."""
    found = _date(text)
    if not FIRST_DAY <= found <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            _("“{text}” is outside the dates a diary can hold ({first} to {last})").format(
                text=text, first=FIRST_DAY, last=LAST_DAY
            )
        )
    return found


def _demo_months(text: str) -> int:
    months = _positive(text)
    if months > MAX_DEMO_MONTHS:
        raise argparse.ArgumentTypeError(
            _("a demo covers at most {most} months ({years} years)").format(
                most=MAX_DEMO_MONTHS, years=MAX_DEMO_MONTHS // 12
            )
        )
    return months


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


PLAINTEXT_WARNING = N_(
    "Note: the journal is protected with a passphrase, but {output} is not encrypted; "
    "keep it somewhere safe and delete it when it is no longer needed."
)


def _warn_if_protected(path: Path, output: str) -> None:
    """A protected journal's export or report is plain text: say so, as the window does."""
    from journal.crypto import protect

    if protect.is_protected(path):
        print("migraine-journal: " + _(PLAINTEXT_WARNING).format(output=output), file=sys.stderr)


def _done(output: str, sentence: str) -> None:
    """The confirmation: on stdout, unless the output itself went there."""
    from journal.files import is_special

    print(sentence, file=sys.stderr if is_special(Path(output)) else sys.stdout)


def _export(args: argparse.Namespace) -> int:
    from journal.exchange.json_format import export_json

    path = journal_path(args.db)
    if args.format == "csv":
        from journal.exchange.csv_export import export_csv

        with _open(args) as journal:
            written = export_csv(journal, Path(args.output))
        _warn_if_protected(path, _("the CSV export"))
        print(
            _("Exported the journal as CSV: {files}.").format(
                files=", ".join(str(p) for p in written)
            )
        )
        return 0
    with _open(args) as journal:
        export_json(journal, Path(args.output))
    _warn_if_protected(path, _("the export"))
    _done(args.output, _("Exported the journal to {output}.").format(output=args.output))
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
    if first < FIRST_DAY:
        raise UsageError(
            _("The span starts before {first}; choose a later --from.").format(first=FIRST_DAY)
        )
    if (last - first).days > MAX_REPORT_YEARS * 366:
        raise UsageError(
            _(
                "The span is {years} years long; choose at most {most} years with --from and --to."
            ).format(years=(last - first).days // 365, most=MAX_REPORT_YEARS)
        )
    return first, last


def _summary(args: argparse.Namespace) -> int:
    """The summary in words (the language's dates and numbers), or with --json the
    contract of DESIGN.md: its keys, ISO dates and key values ("menstrually-related",
    "some impact") stay as they are in every language; the sentences for people in it
    (a course's note, a factor's condition) are in the command line's language."""
    from journal.analysis.diary import load_diary
    from journal.analysis.summary import summarize
    from journal.analysis.summary_json import summary_to_json
    from journal.analysis.summary_text import summary_text
    from journal.domain import local_now
    from journal.operations import cycle_tracking_enabled

    today = local_now().date()
    first, last = _span(args, today)
    with _open(args) as journal:
        summary = summarize(load_diary(journal), first, last, today)
        cycle_tracking = cycle_tracking_enabled(journal)
    if args.json:
        print(json.dumps(summary_to_json(summary), ensure_ascii=False, indent=2))
    else:
        print(summary_text(summary, cycle_tracking), end="")
    return 0


def _report_verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = verbs.add_parser("report", help=_("the doctor's PDF report of a span"))
    add_db_option(report)
    _span_options(report)
    report.add_argument("--paper", choices=["a4", "letter"], default="a4", help=_("paper (a4)"))
    report.add_argument(
        "--name",
        default="",
        metavar=pgettext("command line", "NAME"),
        help=_("patient name to print (never stored)"),
    )
    report.add_argument(
        "--birth",
        type=_diary_date,
        metavar=pgettext("command line", "BIRTH"),
        help=_("date of birth to print (YYYY-MM-DD)"),
    )
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
    report.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=pgettext("command line", "FILE.pdf"),
        help=_("the PDF file to write"),
    )
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
    _warn_if_protected(journal_path(args.db), _("the PDF report"))
    _done(
        args.output,
        _("Wrote the report for {first} to {last} to {output}.").format(
            first=date_text(first), last=date_text(last), output=args.output
        ),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
