"""The `migraine-journal` entry point: a command-line verb, or the window.

Verbs run headless through journal.cli and never import Qt. With no verb the
window opens, unless there is no display: then one sentence says so, instead of
letting Qt abort.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from journal import cli
from journal.errors import JournalError
from journal.paths import journal_path

NO_DISPLAY = (
    "migraine-journal: no display was found, so the window cannot open; "
    "run it from your desktop session, or try `xvfb-run make run`."
)


def display_available() -> bool:
    """True where Qt can show a window (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return True  # offscreen, vnc, eglfs...: Qt renders without a desktop
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = cli.build_parser()
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that the app has everything it needs, print 'self-check ok' and exit",
    )
    args = parser.parse_args(arguments)
    if args.self_check:
        from ui.app.self_check import run_self_check

        return run_self_check()
    if args.verb is not None:
        return cli.main(arguments)
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from ui.app.start import run_app

    try:
        path = journal_path(args.db)
    except JournalError as error:
        print(f"migraine-journal: {error}", file=sys.stderr)
        return 1
    return run_app(path, [sys.argv[0], *arguments])


if __name__ == "__main__":
    sys.exit(main())
