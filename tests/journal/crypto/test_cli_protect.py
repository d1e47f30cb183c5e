"""`protect on|off|change` and where passphrases come from (env or a prompt)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from crypto_helpers import MARKER, files_containing, make_journal, plain_digest, state_of

from journal.crypto import cli_verbs, keys
from journal.errors import JournalError


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    cli_verbs.add_protect_verb(parser.add_subparsers(dest="verb"))
    args = parser.parse_args(argv)
    return int(args.run(args))


def test_protect_on_off_and_change_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    make_journal(path, notes=2)
    before = plain_digest(path)
    monkeypatch.setenv(cli_verbs.NEW_PASSPHRASE_VARIABLE, "first")
    assert _run("protect", "--db", str(path), "on") == 0
    out = capsys.readouterr().out
    assert "cannot be recovered" in out and "Recovery code" in out
    code = out.split("keep it safe): ")[1].split()[0]
    assert files_containing(tmp_path, MARKER) == []
    assert state_of(path, (code,))[2] == before

    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "first")
    monkeypatch.setenv(cli_verbs.NEW_PASSPHRASE_VARIABLE, "second")
    assert _run("protect", "--db", str(path), "change") == 0
    assert state_of(path, ("first", "second"))[:2] == ("encrypted", "second")

    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "second")
    assert _run("protect", "--db", str(path), "off") == 0
    assert state_of(path, ())[::2] == ("plain", before)


def test_a_passphrase_is_asked_at_a_terminal_and_twice_when_new() -> None:
    answers = iter(["new one", "new one"])
    assert cli_verbs.new_passphrase(ask=lambda _: next(answers), interactive=True) == "new one"
    answers = iter(["new one", "new 0ne"])
    with pytest.raises(JournalError, match="differ"):
        cli_verbs.new_passphrase(ask=lambda _: next(answers), interactive=True)


def test_without_a_terminal_or_the_variable_the_sentence_names_the_variable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    make_journal(path, notes=1)
    from crypto_helpers import FAST

    from journal.crypto import protect

    protect.enable(path, "pw", params=FAST)
    with pytest.raises(JournalError, match=cli_verbs.PASSPHRASE_VARIABLE):
        cli_verbs.passphrase(path, interactive=False)
    assert cli_verbs.passphrase(path, ask=lambda _: "typed", interactive=True) == "typed"
    with pytest.raises(JournalError, match=cli_verbs.NEW_PASSPHRASE_VARIABLE):
        cli_verbs.new_passphrase(interactive=False)


def test_a_plain_journal_needs_no_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    make_journal(path, notes=1)
    assert cli_verbs.passphrase(path, interactive=False) is None


def test_protect_off_with_a_wrong_passphrase_says_so_and_keeps_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    make_journal(path, notes=1)
    monkeypatch.setenv(cli_verbs.NEW_PASSPHRASE_VARIABLE, "right")
    _run("protect", "--db", str(path), "on", "--no-recovery-code")
    assert not keys.read(path).has_recovery_code
    monkeypatch.setenv(cli_verbs.PASSPHRASE_VARIABLE, "wrong")
    with pytest.raises(keys.WrongPassphrase):
        _run("protect", "--db", str(path), "off")
    assert state_of(path, ("right",))[:2] == ("encrypted", "right")
