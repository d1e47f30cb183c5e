"""The command line in German and French, end to end: every word of `--help` (argparse's
own, the metavars, each option's help), its errors, and `summary` in words; `summary
--json` keeps the contract's keys and key values in every language, its sentences for
people follow the language."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journal import cli
from journal.i18n import set_language, using_language

SPAN = ["--from", "2026-01-01", "--to", "2026-03-31"]
ARGPARSE_ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "show this help message and exit",
    "error:",
)
ENGLISH_METAVARS = ("FIRST", "LAST", "BIRTH", "MONTHS", "SEED", "END", "PATH", "FILE", "COMMAND")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(db), "--months", "6", "--end", "2026-03-31"]) == 0
    return db


def _verbs(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = {"": parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def test_every_argument_has_help_and_a_metavar_that_can_be_translated() -> None:
    """An option without help prints a bare "-o FILE.pdf" line; one without a metavar
    prints its English dest ("FIRST") in every language."""
    missing = []
    for name, parser in _verbs(cli.build_parser()).items():
        for action in parser._actions:
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
                continue
            if not action.help:
                missing.append(f"{name} {action.option_strings or action.dest}: no help")
            takes_value = action.nargs != 0
            if takes_value and action.metavar is None and action.choices is None:
                missing.append(f"{name} {action.option_strings or action.dest}: no metavar")
    assert missing == []


@pytest.mark.parametrize("language", ["de", "fr"])
def test_help_of_every_verb_is_worded_in_the_language(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with using_language(language):
        verbs = list(_verbs(cli.build_parser()))
    for verb in verbs:
        capsys.readouterr()
        with pytest.raises(SystemExit):
            cli.main(["--lang", language, *([verb] if verb else []), "--help"])
        text = capsys.readouterr().out
        assert text.startswith("Aufruf:" if language == "de" else "utilisation :"), text
        leftovers = [word for word in ARGPARSE_ENGLISH if word in text]
        leftovers += [m for m in ENGLISH_METAVARS if re.search(rf"\b{m}\b", text)]
        assert leftovers == [], (verb, text)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_metavars_read_the_same_in_the_usage_line_and_the_list(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", language, "report", "--help"])
    text = capsys.readouterr().out
    usage, _, listed = text.partition("\n\n")
    for option in ("--db", "--from", "--to", "--name", "--birth"):
        in_usage = re.search(rf"\[{option} (\S+?)\]", " ".join(usage.split()))
        in_list = re.search(rf"^\s+{option} (\S+)", listed, re.MULTILINE)
        assert in_usage and in_list, option
        assert in_usage.group(1) == in_list.group(1)
    assert re.search(r"^\s+-o \S+, --output \S+\s+\S", listed, re.MULTILINE)  # with its help


@pytest.mark.parametrize(("language", "error"), [("de", "Fehler:"), ("fr", "erreur :")])
def test_a_wrong_argument_is_explained_in_the_language(
    language: str, error: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", language, "report", "--db", str(demo), "--from", "x", "-o", "r.pdf"])
    err = capsys.readouterr().err
    assert error in err and "error:" not in err


ENGLISH_IN_SUMMARY = (
    "Not enough data",
    "Overlaps with",
    "level 2 or more",
    "your median",
    "some impact",
    "pain-free",
    "migraine days",
    "per 28 days",
    "Headache diary",
    "responder",
)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ("Kopfschmerztagebuch vom 01.01.2026 bis 31.03.2026", "Migränetage", "seit")),
        ("fr", ("Journal des céphalées du 1 janv. 2026 au 31 mars 2026", "jours de migraine")),
        ("en", ("Headache diary from 1 Jan 2026 to 31 Mar 2026", "migraine days")),
    ],
)
def test_summary_in_words_is_in_the_language(
    language: str, words: tuple[str, ...], demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli.main(["--lang", language, "summary", "--db", str(demo), *SPAN]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert all(word in text for word in words), text
    assert "migraine_days" not in text and '"' not in text  # no key of the JSON contract
    if language != "en":
        assert [e for e in ENGLISH_IN_SUMMARY if e in text] == []


def _summary_json(demo: Path, language: str, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()
    assert cli.main(["--lang", language, "summary", "--db", str(demo), *SPAN, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _keys(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_keys(inner) for inner in value[:1]]
    return None


def test_summary_json_keeps_its_keys_and_key_values_and_words_its_sentences(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _summary_json(demo, "en", capsys)
    german = _summary_json(demo, "de", capsys)
    assert _keys(german) == _keys(english)
    assert german["migraine_days"] == english["migraine_days"]
    assert german["menstrual"]["pattern"] == english["menstrual"]["pattern"]
    if english["hit6"] is not None:
        assert german["hit6"]["band"] == english["hit6"]["band"]  # a key of the contract
    conditions = [t["condition"] for t in german["triggers"]]
    assert "Stufe 2 oder mehr" in conditions
    assert "level 2 or more" not in conditions
    notes = " ".join(t["note"] for t in german["treatments"])
    assert notes and "Overlaps with" not in notes and "Not enough data" not in notes
