"""A translated word is shown as its translation has it: never re-cased with .lower(),
.capitalize(), .title() or .swapcase() (German nouns keep their capitals, "AINS" and
"NSAR" stay abbreviations). Where a form and a sentence need different cases, each
has its own text to translate (ui.kit.widgets.pain_word / pain_in_text,
ui.kit.vocabulary Words.label / .short)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECASING = {"lower", "capitalize", "title", "swapcase"}
TRANSLATING = {
    # journal.i18n and Qt
    "_",
    "ngettext",
    "pgettext",
    "npgettext",
    "tr",
    "translate",
    # helpers that return translated words
    "journal_word",
    "pain_word",
    "pain_in_text",
    "class_label",
    "short_class_label",
    "class_words",
    "side_effect_severity",
}
WORDS_FIELDS = {"label", "short", "description"}
"""ui.kit.vocabulary.Words: translated words of a domain value."""


def _name(function: ast.expr) -> str:
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return ""


def _translated(node: ast.expr) -> bool:
    """Whether an expression's text comes from a translation (anywhere inside it)."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call) and _name(inner.func) in TRANSLATING:
            return True
        if (
            isinstance(inner, ast.Attribute)
            and inner.attr in WORDS_FIELDS
            and isinstance(inner.value, ast.Call)
        ):
            return True
    return False


def recased_translations(source: str) -> list[int]:
    """Lines where a translated text is re-cased."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RECASING
            and _translated(node.func.value)
        ):
            found.append(node.lineno)
    return found


def test_the_scan_finds_re_cased_translations() -> None:
    assert recased_translations("x = _(LABEL).lower()") == [1]
    assert recased_translations("x = i18n._(d.CLASS_LABELS[c]).lower()") == [1]
    assert recased_translations("x = journal_word(d.PAIN_LABELS[p]).capitalize()") == [1]
    assert recased_translations("x = vocabulary.flow(f).label.lower()") == [1]
    assert recased_translations("x = self.tr('Save').title()") == [1]
    assert recased_translations("x = name.strip().lower()") == []
    assert recased_translations("x = path.suffix.lower()") == []


def test_no_translated_text_is_re_cased_in_journal_or_ui() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in ("journal", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in recased_translations(path.read_text(encoding="utf-8"))
    ]
    assert found == []
