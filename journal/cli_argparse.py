"""argparse's own words ("usage:", "options", "the following arguments are required")
in the command line's language.

argparse looks its texts up with the standard library's gettext functions, which
know no catalogue of ours and read the process locale. `speak()` has it look them up
in journal/'s catalogue instead, in the language journal.i18n is set to (--lang, or
LANG), so a German command line says "Aufruf:" and "Optionen" around its German help.
The texts are those of Python 3.11's argparse that a person can meet.
"""

from __future__ import annotations

import argparse

from journal import i18n
from journal.i18n import N_

ARGPARSE_TEXTS = (
    N_("usage: "),
    # TRANSLATORS: a heading argparse follows with ":" (French: end it with a no-break
    # space, "arguments\u00a0", so it reads "arguments :")
    N_("positional arguments"),
    # TRANSLATORS: a heading argparse follows with ":" (French: "options\u00a0")
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("can't open '%(filename)s': %(error)s"),
)
"""Marked for the catalogue: argparse asks for them by these English texts."""


def _plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":  # argparse's one plural text, spelled out
        return i18n.ngettext("expected %s argument", "expected %s arguments", count)
    return i18n.ngettext(singular, plural, count)


def speak() -> None:
    """Make argparse word its texts in journal.i18n's language from now on."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = _plural  # type: ignore[attr-defined]
