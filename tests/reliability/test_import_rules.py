"""Issue 12, item 7: imports follow the window's rules and say what they do.

A record the journal has under the same id with other content is an edit made
elsewhere: the newer edit wins and the preview says so (never "already in the
journal" for an edit). What the window refuses, the import refuses too, in one
sentence, changing nothing. A UTF-8 byte order mark is fine; a CSV cell over
131,072 characters is read.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.json_format import export_document, import_json
from journal.storage import Journal


def saved_journal(path: Path) -> Journal:
    journal = Journal.open(path)
    medication = journal.medications.save(d.Medication("Ibuprofen"))
    factor = journal.factors.save(d.Factor("Sleep", d.FactorKind.AMOUNT, "h"))
    journal.attacks.save(d.Attack(start=d.local_now().replace(day=1, hour=8), pain=2, note="first"))
    journal.day_entries.save(d.DayEntry(d.local_now().date(), (d.FactorValue(factor.id, 7.0),)))
    del medication
    return journal


def write(path: Path, document: dict[str, Any], *, bom: bool = False) -> Path:
    content = json.dumps(document).encode()
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + content)
    return path


def test_an_edit_made_elsewhere_is_applied_and_said_an_older_one_is_kept_and_said(
    tmp_path: Path,
) -> None:
    with saved_journal(tmp_path / "here.sqlite3") as here:
        document = export_document(here)
        (attack,) = here.attacks.all()
        later = dataclasses.replace(
            attack, note="edited on the laptop", updated="2100-01-01T00:00:00+00:00"
        )
        document["attacks"] = [json.loads(json.dumps(dataclasses.asdict(later), default=str))]
        document["attacks"][0]["start"] = later.start.isoformat()
        plan = import_json(here, write(tmp_path / "newer.json", document))
        assert "1 changed elsewhere since was updated from the file" in plan.preview(done=True)
        assert here.attacks.get(attack.id).note == "edited on the laptop"
        document["attacks"][0]["note"] = "an old copy"
        document["attacks"][0]["updated"] = "2001-01-01T00:00:00+00:00"
        plan = import_json(here, write(tmp_path / "older.json", document))
        assert "newer in the journal" in plan.preview(done=True)
        assert here.attacks.get(attack.id).note == "edited on the laptop"


def damaged_copies(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    def changed(section: str, **fields: Any) -> dict[str, Any]:
        return {**document, section: [{**document[section][0], **fields}]}

    entry = document["day_entries"][0]
    return [
        (
            "a check-in of an unknown factor",
            changed("day_entries", values=[{**entry["values"][0], "factor_id": "nope"}]),
        ),
        ("MIDAS days -5", {**document, "midas": [_midas(missed_work=-5)]}),
        ("MIDAS days 400", {**document, "midas": [_midas(missed_work=400)]}),
        (
            "a treatment ending before it starts",
            {**document, "treatments": [_treatment(end="2020-01-01")]},
        ),
        (
            "an empty question",
            {
                **document,
                "visit_notes": [
                    {"text": "  ", "done": False, "id": "q1", "created": "", "updated": ""}
                ],
            },
        ),
        ("an empty id", changed("attacks", id="")),
        ("created yesterday", changed("attacks", created="yesterday")),
        ("a 100 MB note", changed("attacks", note="x" * 100_000_001)),
    ]


def _midas(**counts: int) -> dict[str, Any]:
    base = {"day": "2026-01-05", "missed_work": 0, "reduced_work": 0, "missed_household": 0,
            "reduced_household": 0, "missed_social": 0, "headache_days": None,
            "average_pain": None, "id": "m1", "created": "", "updated": ""}  # fmt: skip
    return {**base, **counts}


def _treatment(**fields: Any) -> dict[str, Any]:
    base = {"name": "Botox", "kind": "procedure", "start": "2021-01-01", "end": None,
            "medication_id": None, "dose": "", "reason_stopped": "", "note": "",
            "id": "t1", "created": "", "updated": ""}  # fmt: skip
    return {**base, **fields}


def test_what_the_window_refuses_the_import_refuses_in_one_sentence(tmp_path: Path) -> None:
    with saved_journal(tmp_path / "source.sqlite3") as source:
        document = export_document(source)
    with Journal.open(tmp_path / "target.sqlite3") as target:
        for case, damaged in damaged_copies(document):
            before = export_document(target)
            with pytest.raises(ImportFileError) as refused:
                import_json(target, write(tmp_path / "bad.json", damaged))
            assert "\n" not in str(refused.value), case
            assert export_document(target) == before, case


def test_nan_huge_numbers_and_deep_nesting_are_refused_in_words(tmp_path: Path) -> None:
    with saved_journal(tmp_path / "source.sqlite3") as source:
        text = json.dumps(export_document(source))
    cases = {
        "nan": text.replace('"value": 7.0', '"value": NaN'),
        "huge": text.replace('"pain": 2', '"pain": ' + "1" + "0" * 30),
        "deep": '{"format": "migraine-journal", "version": 1, "attacks": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
    }
    with Journal.open(tmp_path / "target.sqlite3") as target:
        for case, content in cases.items():
            path = tmp_path / f"{case}.json"
            path.write_text(content, encoding="utf-8")
            with pytest.raises(ImportFileError) as refused:
                import_json(target, path)
            assert "\n" not in str(refused.value), case
        assert target.attacks.count() == 0


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    with saved_journal(tmp_path / "source.sqlite3") as source:
        document = export_document(source)
    with Journal.open(tmp_path / "target.sqlite3") as target:
        import_json(target, write(tmp_path / "bom.json", document, bom=True))
        assert target.attacks.count() == 1


def test_a_csv_cell_over_131072_characters_is_read(tmp_path: Path) -> None:
    from journal.exchange.detect import plan_file

    long_note = "n" * 200_000
    table = tmp_path / "attacks.csv"
    table.write_text(f"start,pain,note\n2026-01-03 08:00,2,{long_note}\n", encoding="utf-8")
    with Journal.open(tmp_path / "target.sqlite3") as target:
        plan = plan_file(target, table, "csv")
        (attack,) = plan.new["attacks"]
        assert long_note in attack.note
