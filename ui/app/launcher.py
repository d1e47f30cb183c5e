"""The `migraine-journal` entry point: a command-line verb, or the window.

Verbs run headless through journal.cli and never import Qt. With no verb the
window opens, unless there is no display: then one sentence says so, instead of
letting Qt abort. `migraine-journal PATH` (what the desktop entry runs for a
double-click) opens PATH as the journal when it is one, and otherwise opens the
window on the journal with the import preview of PATH. `--install-desktop` and
`--uninstall-desktop` add or remove the menu entry for pip and pipx installs
(journal.desktop).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from journal import cli, i18n
from journal.errors import JournalError
from journal.i18n import N_, _
from journal.paths import is_journal_file, journal_path

NO_DISPLAY = N_(
    "migraine-journal: no display was found, so the window cannot open; "
    "run it from your desktop session, or try `xvfb-run make run`."
)
"""Printed (translated with _) when there is no display; `make run` prints it too."""


def display_available() -> bool:
    """True where Qt can show a window (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return True  # offscreen, vnc, eglfs...: Qt renders without a desktop
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launcher_command() -> list[str]:
    """The absolute command line that started this app, for the desktop entry's Exec=:
    the bundle's executable, the installed `migraine-journal` script (pip, pipx: not
    resolved, so a pipx upgrade keeps it valid), or this interpreter with -m."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if (
        script is not None
        and script.suffix != ".py"
        and script.is_file()
        and os.access(script, os.X_OK)
    ):
        return [str(script.absolute())]
    module = __spec__.name if __spec__ is not None else "ui.app.launcher"
    return [str(Path(sys.executable).absolute()), "-m", module]


VALUED_OPTIONS = frozenset({"--db", "--lang"})
"""Options before a verb whose value is the next word (`--lang de` is not a PATH)."""


def split_file_argument(arguments: Sequence[str], verbs: set[str]) -> tuple[list[str], str | None]:
    """The arguments without the PATH to open, and that PATH: the first word that is
    neither an option, nor the value of --db or --lang, nor a verb (then there is none)."""
    after_option = False
    for index, argument in enumerate(arguments):
        if after_option or argument.startswith("-"):
            after_option = argument in VALUED_OPTIONS
            continue
        if argument in verbs:
            return list(arguments), None
        return [*arguments[:index], *arguments[index + 1 :]], argument
    return list(arguments), None


def _verbs(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _desktop(install: bool) -> int:
    from journal import desktop  # with subprocess: not for the window

    try:
        if install:
            command = launcher_command()
            written = desktop.install_desktop(command)
            print(
                _(
                    "Migraine Journal is in the applications menu now ({entry}); "
                    "it starts {command}."
                ).format(entry=written[0], command=" ".join(command))
            )
        else:
            removed = desktop.uninstall_desktop()
            print(
                i18n.ngettext(
                    "The menu entry, icons and file type of Migraine Journal were removed "
                    "({n} file); your journal was not touched.",
                    "The menu entry, icons and file type of Migraine Journal were removed "
                    "({n} files); your journal was not touched.",
                    len(removed),
                ).format(n=len(removed))
            )
    except OSError as error:
        print(
            _("migraine-journal: the desktop files could not be written: {error}").format(
                error=error
            ),
            file=sys.stderr,
        )
        return 1
    return 0


def _file_to_open(text: str, db: str | None) -> tuple[Path, Path | None] | str:
    """(journal, file to import or None) for `migraine-journal PATH`, or the sentence
    saying why PATH cannot be opened."""
    path = Path(text).expanduser()
    if path.is_dir():
        return _(
            "migraine-journal: {path} is a folder; give a journal or a file to import."
        ).format(path=path)
    if not path.is_file():
        return _("migraine-journal: there is no file {path}.").format(path=path)
    if is_journal_file(path):
        if db:
            return _("migraine-journal: give the journal either with --db or as PATH, not both.")
        return path, None
    return journal_path(db), path.absolute()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(i18n.language_asked(arguments))  # --help and messages, before Qt
    parser = cli.build_parser()
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=_("check that the app has everything it needs, print 'self-check ok' and exit"),
    )
    desktop_options = parser.add_mutually_exclusive_group()
    desktop_options.add_argument(
        "--install-desktop",
        action="store_true",
        help=_("add Migraine Journal to your applications menu (for pip and pipx installs)"),
    )
    desktop_options.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=_("remove what --install-desktop added (your journal is not touched)"),
    )
    parser.usage = _("%(prog)s [options] [PATH | COMMAND ...]")
    parser.epilog = _(
        "PATH: a journal to open, or a file to import (an export, or another app's file): "
        "the window opens with its import preview."
    )
    arguments, file_argument = split_file_argument(arguments, _verbs(parser))
    args = parser.parse_args(arguments)
    if args.self_check:
        from ui.app.self_check import run_self_check

        return run_self_check()
    if args.install_desktop or args.uninstall_desktop:
        return _desktop(install=args.install_desktop)
    if args.verb is not None:
        return cli.main(arguments)
    try:
        journal, import_file = journal_path(args.db), None
    except JournalError as error:  # a folder, a path too long: one sentence
        print(f"migraine-journal: {error}", file=sys.stderr)
        return 1
    if file_argument is not None:
        chosen = _file_to_open(file_argument, getattr(args, "db", None))
        if isinstance(chosen, str):
            print(chosen, file=sys.stderr)
            return 1
        journal, import_file = chosen
    if not display_available():
        print(_(NO_DISPLAY), file=sys.stderr)
        return 1
    from ui.app.start import run_app

    return run_app(journal, [sys.argv[0], *arguments], import_file=import_file)


if __name__ == "__main__":
    sys.exit(main())
