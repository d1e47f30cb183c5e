"""The command line's side of protection: asking for passphrases, and the verb
`migraine-journal protect --db PATH on|off|change`.

Passphrases come from the environment (MIGRAINE_JOURNAL_PASSPHRASE, and
MIGRAINE_JOURNAL_NEW_PASSPHRASE for a new one: less safe, since other programs of
the same user may read a process's environment) or from a prompt that does not
echo, only when a person is at the terminal. Never from an argument, which would
be visible in the process list and the shell's history.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from journal.crypto import keys, protect
from journal.errors import JournalError
from journal.i18n import N_, _
from journal.paths import add_db_option

PASSPHRASE_VARIABLE = "MIGRAINE_JOURNAL_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "MIGRAINE_JOURNAL_NEW_PASSPHRASE"

WARNING = N_(
    "A forgotten passphrase cannot be recovered: without it (or the recovery code "
    "below) the journal and its backups cannot be opened by anyone, including you. "
    "Exports and PDF reports you save are not encrypted."
)


def _from_terminal(prompt: str) -> str:
    import getpass  # with termios: not at every start of the window

    return getpass.getpass(prompt)


def passphrase(
    path: Path, *, ask: Callable[[str], str] = _from_terminal, interactive: bool | None = None
) -> str | None:
    """The passphrase for the journal at `path`, or None if it is not protected."""
    if not protect.is_protected(path):
        return None
    return _secret(PASSPHRASE_VARIABLE, _("Passphrase for the journal: "), ask, interactive)


def unlock(path: Path) -> str | None:
    """For verbs that read the journal's files directly (backup, check, restore):
    ask for the passphrase of a protected journal and let the storage package
    remember its data key. Returns the passphrase (None for a plain journal)."""
    from journal.storage import cipher

    if not keys.key_file_for(path).exists():  # (also when a damaged file was moved aside)
        return None
    found = _secret(PASSPHRASE_VARIABLE, _("Passphrase for the journal: "), _from_terminal, None)
    cipher.remember(keys.data_key_for(path, found))
    return found


def new_passphrase(
    *, ask: Callable[[str], str] = _from_terminal, interactive: bool | None = None
) -> str:
    """A new passphrase, typed twice at a prompt (or from the environment)."""
    found = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if found:
        return found
    first = _secret(None, _("New passphrase: "), ask, interactive, variable=NEW_PASSPHRASE_VARIABLE)
    if ask(_("Type the new passphrase again: ")) != first:
        raise JournalError(_("The two passphrases differ; nothing was changed."))
    return first


def _secret(
    environment: str | None,
    prompt: str,
    ask: Callable[[str], str],
    interactive: bool | None,
    *,
    variable: str = PASSPHRASE_VARIABLE,
) -> str:
    if environment is not None and os.environ.get(environment):
        return os.environ[environment]
    if interactive is None:
        interactive = sys.stdin.isatty()
    if not interactive:
        raise JournalError(
            _(
                "This needs a passphrase and there is no terminal to ask for it; set {variable} "
                "(less safe: other programs may read it)."
            ).format(variable=variable)
        )
    typed = ask(prompt)
    if not typed:
        raise JournalError(_("The passphrase cannot be empty; nothing was changed."))
    return typed


def add_protect_verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`protect --db PATH on|off|change`, the same as Settings > Privacy."""
    verb = verbs.add_parser(
        "protect",
        help=_("encrypt the journal with a passphrase (on), decrypt it (off), or change it"),
    )
    add_db_option(verb)
    verb.add_argument(
        "action",
        choices=["on", "off", "change"],
        help=_("on: encrypt; off: decrypt; change: a new passphrase"),
    )
    verb.add_argument(
        "--no-recovery-code", action="store_true", help=_("on: do not make a recovery code")
    )
    verb.set_defaults(run=run_protect)


def run_protect(args: argparse.Namespace) -> int:
    from journal.paths import journal_path

    path = journal_path(getattr(args, "db", None))
    if not path.exists():
        raise JournalError(_("There is no journal at {path}.").format(path=path))
    if args.action == "on":
        if protect.is_protected(path):
            raise JournalError(_("This journal is already protected with a passphrase."))
        print(WARNING)
        chosen = new_passphrase()

        def show(code: keys.RecoveryCode) -> None:  # before the switch: never lost to a kill
            print(
                _("Recovery code (write it down and keep it safe): {code}").format(code=code),
                flush=True,
            )

        code = protect.enable(path, chosen, recovery=not args.no_recovery_code, show_code=show)
        if code is not None:
            protect.code_seen(path)
        print(_("The journal at {path} is now encrypted.").format(path=path))
        return 0
    if not protect.is_protected(path):
        raise JournalError(_("This journal is not protected with a passphrase."))
    current = passphrase(path)
    assert current is not None
    if args.action == "off":
        protect.disable(path, current)
        print(_("The journal at {path} is no longer encrypted.").format(path=path))
    else:
        keys.data_key_for(path, current)  # a wrong one is refused before asking anew
        protect.change(path, current, new_passphrase())
        print(_("The passphrase was changed."))
    return 0
