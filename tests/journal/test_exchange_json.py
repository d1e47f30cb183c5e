"""The JSON export format: stable round trips and all-or-nothing imports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.json_format import export_document, export_json, import_json
from journal.storage import Journal


def _export(journal: Journal, target: Path) -> bytes:
    export_json(journal, target)
    return target.read_bytes()


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_export_import_export_gives_an_identical_file(
    journal: Journal, tmp_path: Path, fill: Any
) -> None:
    fill(journal)
    first = _export(journal, tmp_path / "first.json")
    with Journal.open(tmp_path / "copy.sqlite3") as copy:
        plan = import_json(copy, tmp_path / "first.json")
        second = _export(copy, tmp_path / "second.json")
    assert second == first
    document = json.loads(first)
    for key, records in plan.new.items():
        assert len(records) == len(document[key]) > 0, key


def test_importing_the_same_file_twice_adds_nothing(
    journal: Journal, tmp_path: Path, fill: Any
) -> None:
    fill(journal)
    _export(journal, tmp_path / "export.json")
    plan = import_json(journal, tmp_path / "export.json")
    assert plan.added_count == 0
    assert plan.preview().startswith("Nothing new will be added; ")
    assert "already in the journal will be skipped" in plan.preview()


def test_a_dry_run_previews_and_writes_nothing(journal: Journal, tmp_path: Path, fill: Any) -> None:
    fill(journal)
    _export(journal, tmp_path / "export.json")
    with Journal.open(tmp_path / "empty.sqlite3") as empty:
        plan = import_json(empty, tmp_path / "export.json", dry_run=True)
        assert empty.attacks.count() == 0 and empty.medications.count() == 0
    assert plan.preview().startswith("2 medications, 1 attack, 2 doses")


def test_a_medication_already_known_by_name_is_merged_and_its_doses_follow(
    journal: Journal, tmp_path: Path, fill: Any
) -> None:
    fill(journal)
    _export(journal, tmp_path / "export.json")
    with Journal.open(tmp_path / "other.sqlite3") as other:
        mine = other.medications.save(d.Medication("SUMATRIPTAN", d.MedicationClass.TRIPTAN))
        import_json(other, tmp_path / "export.json")
        assert [m.name for m in other.medications.all()] == ["Propranolol", "SUMATRIPTAN"]
        assert {dose.medication_id for dose in other.doses.all()} == {mine.id}


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda doc: "{not json", "not valid JSON: .* at line 1, column 2"),
        (lambda doc: {"format": "something-else"}, "not a Migraine Journal export"),
        (lambda doc: {**doc, "version": 99}, "newer Migraine Journal"),
        (lambda doc: {**doc, "attacks": {"a": 1}}, "“attacks” must be a list"),
        (
            lambda doc: {**doc, "attacks": [{**doc["attacks"][0], "pain": 7}]},
            "In “attacks”, entry 1: Pain must be 0",
        ),
        (
            lambda doc: {**doc, "attacks": [{**doc["attacks"][0], "start": "yesterday"}]},
            "In “attacks”, entry 1: field 'start'",
        ),
        (
            lambda doc: {**doc, "doses": [{**doc["doses"][0], "medication_id": "x"}]},
            "refers to a missing medication",
        ),
        (
            lambda doc: {**doc, "doses": [{**doc["doses"][0], "mood": "fine"}]},
            "unknown field 'mood'",
        ),
        (lambda doc: {**doc, "hit6": [{**doc["hit6"][0], "total": 90}]}, "from 36 to 78"),
        (lambda doc: {**doc, "recipes": []}, "unknown section “recipes”"),
    ],
)
def test_a_broken_import_file_changes_nothing_and_says_what_and_where(
    journal: Journal, tmp_path: Path, fill: Any, damage: Any, message: str
) -> None:
    fill(journal)
    document = export_document(journal)
    damaged = damage(document)
    path = tmp_path / "broken.json"
    if isinstance(damaged, str):
        path.write_text(damaged, encoding="utf-8")
    else:
        _write(path, damaged)
    with Journal.open(tmp_path / "target.sqlite3") as target:
        target.medications.save(d.Medication("Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC))
        before = export_document(target)
        with pytest.raises(ImportFileError, match=message):
            import_json(target, path)
        assert export_document(target) == before


def test_a_file_that_is_not_text_is_refused_in_words(
    journal: Journal, tmp_path: Path, fill: Any
) -> None:
    path = tmp_path / "photo.json"
    path.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    with pytest.raises(ImportFileError, match="not a text"):
        import_json(journal, path)


def test_an_export_replaces_an_existing_file_only_when_complete(
    journal: Journal, tmp_path: Path, fill: Any
) -> None:
    target = tmp_path / "export.json"
    target.write_text("old export", encoding="utf-8")
    fill(journal)
    export_json(journal, target)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "migraine-journal"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")] == []


def test_the_format_document_names_every_section_and_field() -> None:
    """docs/data-format.md is the format's promise; it must not fall behind the code."""
    import dataclasses

    from journal.exchange.sections import SECTIONS

    text = (Path(__file__).parents[2] / "docs" / "data-format.md").read_text(encoding="utf-8")
    for section in SECTIONS:
        heading = f"### `{section.key}`"
        assert heading in text, heading
        body = text.split(heading, 1)[1].split("###", 1)[0]
        for field in dataclasses.fields(section.record):
            if field.name not in ("id", "created", "updated"):
                assert f"`{field.name}`" in body, (section.key, field.name)


def test_a_tracked_factor_already_known_by_name_is_merged_and_its_values_follow(
    journal: Journal, tmp_path: Path, fill: Any
) -> None:
    fill(journal)
    _export(journal, tmp_path / "export.json")
    with Journal.open(tmp_path / "other.sqlite3") as other:
        mine = other.factors.save(d.Factor("SLEEP", d.FactorKind.AMOUNT, "h"))
        import_json(other, tmp_path / "export.json")
        assert [f.name for f in other.factors.all()] == ["SLEEP"]
        values = [v for entry in other.day_entries.all() for v in entry.values]
        assert [v.factor_id for v in values] == [mine.id]
