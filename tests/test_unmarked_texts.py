"""No English sentence reaches a person without a translation function: a scan of the
syntax trees of journal/ and ui/ for string literals (plain or f-strings) handed to
the places a person reads them: print() and the command line's help, exceptions a
person is shown (JournalError and its kin, argparse's errors, the self-check's),
and Qt's texts (setText, setToolTip, QLabel(...), QMessageBox...).

tests/journal/test_i18n.py and tests/ui/test_translations.py check that what IS
marked is in the catalogues and translated; this finds what is not marked at all.
A literal wrapped in _(), N_(), ngettext(), pgettext(), self.tr() or translate() is
marked; so is one that names no words (a path, a number, "·", "{0}: {1}"). A phrase
put into a marked sentence (`_("... {kept}").format(kept="English words")`) is not.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MARKERS = frozenset(
    {"_", "N_", "ngettext", "pgettext", "npgettext", "tr", "translate", "QT_TRANSLATE_NOOP"}
)
"""Calls whose literal argument is a marked text."""

QT_TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "addTab",
        "insertTab",
        "setTabText",
        "addItem",
        "addRow",
        "addAction",
        "addMenu",
        "showMessage",
        "setHtml",
        "setPlainText",
        "setMarkdown",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
    }
)
"""Qt calls whose text arguments are shown."""

QT_TEXT_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "WrappingButton",
        "WrappingCheckBox",
    }
)
"""Qt widgets whose text argument is shown."""

SHOWN_ERRORS = re.compile(r"(JournalError|Problem|Refused|ArgumentTypeError|ArgumentError)$")
"""Exceptions whose message a person reads (JournalError and the errors that derive
from it: their names end in Error, see journal.errors; argparse's)."""

ARGPARSE_TEXTS = frozenset({"help", "description", "epilog", "usage"})

WORDS = re.compile(r"[^\W\d_]{2,}[\s,:;.!?’']+[^\W\d_]{2,}")
"""Two words in a row: a sentence or a phrase, not a code or a name."""

NOT_WORDS = re.compile(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sd]|<[^<>]*>|&\w+;")
"""Placeholders and markup, taken out before looking for words."""


def _journal_error_names() -> set[str]:
    """The names of the exceptions of journal/ a person is shown: JournalError and
    every class derived from it (by name, through the code's own class statements)."""
    bases: dict[str, set[str]] = {}
    for path in _files():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    for base in node.bases
                }
    shown = {"JournalError"}
    while True:
        more = {name for name, parents in bases.items() if parents & shown} - shown
        if not more:
            return shown
        shown |= more


def _files() -> Iterator[Path]:
    for folder in ("journal", "ui"):
        yield from sorted((ROOT / folder).rglob("*.py"))


_TREES: dict[Path, ast.Module] = {}


def _tree(path: Path) -> ast.Module:
    if path not in _TREES:
        _TREES[path] = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return _TREES[path]


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _literal_text(node: ast.expr) -> str | None:
    """The words of a string literal or f-string (placeholders left out), or None
    for anything else (a variable, a marked call)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else " {} "
            for part in node.values
            if isinstance(part, ast.Constant | ast.FormattedValue)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        left, right = _literal_text(node.left), _literal_text(node.right)
        if left is None and right is None:
            return None
        return f"{left or ''} {{}} {right or ''}"
    if isinstance(node, ast.IfExp):
        texts = [_literal_text(node.body), _literal_text(node.orelse)]
        return " | ".join(text for text in texts if text is not None) or None
    return None


def _is_sentence(text: str) -> bool:
    return bool(WORDS.search(NOT_WORDS.sub(" ", text)))


def _shown_arguments(call: ast.Call, errors: set[str]) -> list[ast.expr]:
    """The arguments of `call` that a person reads."""
    name = _name(call.func)
    if name in MARKERS:
        return []
    shown: list[ast.expr] = []
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if name == "format" and isinstance(receiver, ast.Call) and _name(receiver.func) in MARKERS:
        # a piece put into a marked sentence: English glued into German
        shown += [*call.args, *(keyword.value for keyword in call.keywords)]
    if name == "print":
        shown += call.args
    if name in QT_TEXT_METHODS or name in QT_TEXT_CLASSES:
        shown += call.args
    if name in errors or SHOWN_ERRORS.search(name):
        shown += call.args[:1]
    if name in {"add_argument", "add_parser", "ArgumentParser", "add_argument_group", "error"}:
        shown += [keyword.value for keyword in call.keywords if keyword.arg in ARGPARSE_TEXTS]
        if name in {"error", "add_argument_group"}:
            shown += call.args[:1]
    return shown


def _assigned_argparse_texts(node: ast.Assign) -> list[ast.expr]:
    """`parser.epilog = "..."`, `parser.description = ...`, `parser.usage = ...`."""
    if any(isinstance(t, ast.Attribute) and t.attr in ARGPARSE_TEXTS for t in node.targets):
        return [node.value]
    return []


def unmarked_texts() -> list[str]:
    """'file:line: text' for every English phrase handed to a person unmarked."""
    errors = _journal_error_names()
    found = []
    for path in _files():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call):
                arguments = _shown_arguments(node, errors)
            elif isinstance(node, ast.Assign):
                arguments = _assigned_argparse_texts(node)
            else:
                continue
            for argument in arguments:
                text = _literal_text(argument)
                if text is not None and _is_sentence(text):
                    where = f"{path.relative_to(ROOT)}:{argument.lineno}"
                    found.append(f"{where}: {text.strip()[:70]!r}")
    return found


def test_no_english_phrase_reaches_a_person_unmarked() -> None:
    assert unmarked_texts() == []


def test_the_scan_finds_each_kind_of_unmarked_text(tmp_path: Path) -> None:
    """The scan itself: each sink with an unmarked phrase is found; the same phrase
    marked, a phrase-less literal or a variable is not."""
    source = """
print("Wrote the journal.")
print(_("Wrote the journal."))
print(f"migraine-journal: {error}")
parser.add_argument("--x", help="the journal file")
parser.add_argument("--y", help=_("the journal file"))
parser.epilog = "PATH: a journal to open"
raise JournalError("The start is in the future.")
raise JournalError(_("The start is in the future."))
label.setText("Saved it.")
label.setText(self.tr("Saved it."))
QLabel("Not yet saved", self)
QLabel(text, self)
button.setToolTip(f"Record a dose of {name} now")
raise ValueError("not a programmer's message for people")
_("Restored {kept}.").format(kept="; the old file was kept")
_("Restored {kept}.").format(kept=name)
"""
    tree = ast.parse(source)
    _TREES[tmp_path / "x.py"] = tree
    errors = {"JournalError"}
    hits = []
    for node in ast.walk(tree):
        arguments = (
            _shown_arguments(node, errors)
            if isinstance(node, ast.Call)
            else _assigned_argparse_texts(node)
            if isinstance(node, ast.Assign)
            else []
        )
        hits += [
            node_text
            for argument in arguments
            if (node_text := _literal_text(argument)) is not None and _is_sentence(node_text)
        ]
    assert sorted(hit.strip() for hit in hits) == sorted(
        [
            "Wrote the journal.",
            "the journal file",
            "PATH: a journal to open",
            "The start is in the future.",
            "Saved it.",
            "Not yet saved",
            "Record a dose of  {}  now",
            "; the old file was kept",
        ]
    )
