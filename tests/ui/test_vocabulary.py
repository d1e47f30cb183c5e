"""One vocabulary: every domain value the window shows has its words in
ui.kit.vocabulary, and no other ui/ module keeps a table of its own (issue 13)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from journal import domain as d
from ui.kit import vocabulary

UI = Path(__file__).resolve().parents[2] / "ui"

TABLES = [
    (vocabulary.attack_type, d.AttackType),
    (vocabulary.pain_location, d.PainLocation),
    (vocabulary.aura_type, d.AuraType),
    (vocabulary.flow, d.Flow),
    (vocabulary.phase_kind, d.PhaseKind),
    (vocabulary.factor_role, d.FactorRole),
    (vocabulary.factor_kind, d.FactorKind),
    (vocabulary.treatment_kind, d.TreatmentKind),
    (vocabulary.side_effect_severity, d.Severity),
    (vocabulary.symptom, d.Symptom),
    (vocabulary.fact_reason, d.FactReason),
]


@pytest.mark.parametrize(("words", "kind"), TABLES, ids=lambda x: getattr(x, "__name__", ""))
def test_every_value_has_a_label_and_a_short_form(words: object, kind: type) -> None:
    said = [words(value) for value in kind]  # type: ignore[operator]
    assert all(w.label and w.short for w in said)
    assert len({w.label for w in said}) == len(said), "two values worded alike"


def test_the_editor_and_the_days_entries_say_an_attack_type_from_one_entry() -> None:
    aura_only = vocabulary.attack_type(d.AttackType.AURA_ONLY)
    assert aura_only.label == "Aura only (no headache)"
    assert aura_only.short == "Aura only"


def test_a_symptom_the_person_typed_is_said_as_typed() -> None:
    assert vocabulary.symptom("neck_stiffness") == vocabulary.Words(
        "neck stiffness", "neck stiffness"
    )


def _enum_keyed_word_tables(path: Path) -> list[int]:
    """Lines of dict literals keyed by domain enum members (d.Enum.MEMBER)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict) and len(node.keys) >= 2:
            keys = [key for key in node.keys if key is not None]
            if (
                keys
                and all(
                    isinstance(key, ast.Attribute)
                    and isinstance(key.value, ast.Attribute)
                    and isinstance(key.value.value, ast.Name)
                    and key.value.value.id == "d"
                    for key in keys
                )
                and all(isinstance(value, ast.Call) for value in node.values)
            ):
                found.append(node.lineno)
    return found


def test_no_other_ui_module_words_domain_values_itself() -> None:
    tables = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path.name != "vocabulary.py" and (lines := _enum_keyed_word_tables(path))
    }
    assert tables == {}


def test_the_table_finder_sees_a_table(tmp_path: Path) -> None:
    bad = tmp_path / "words.py"
    bad.write_text(
        "def word(f):\n    return {d.Flow.LIGHT: tr('Light'), d.Flow.HEAVY: tr('Heavy')}[f]\n"
    )
    assert _enum_keyed_word_tables(bad) == [2]
