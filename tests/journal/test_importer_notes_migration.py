"""Migration 0009: the English lines earlier importers wrote into notes become
provenance facts, and every other line of a note (the person's own words) stays.

The journal is made in the old shape (every migration before 0009) with notes
exactly as the importers of earlier versions wrote them (from their history in
journal/exchange/), mixed with the person's own lines."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from journal import domain as d
from journal.storage import Journal
from journal.storage.schema import APPLICATION_ID, migrations

MADE = "2026-01-01T00:00:00+00:00"
IMPORTED = {"mb1", "csv1", "clue", "drip", "x1", "x2"}
"""The first release's imports: no source, but name-based ids (UUID version 5)."""


def ident(name: str) -> str:
    """The record's id: as an importer made it, or as the app makes one (version 4)."""
    if name in IMPORTED:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, name))
    return str(uuid.UUID(int=int.from_bytes(name.encode().ljust(16, b"."), "big"), version=4))


F = d.FileFact
R = d.FactReason

ATTACKS: dict[str, dict[str, Any]] = {
    # the first release's Migraine Buddy import: no source yet, pain stored as 0,
    # an empty duration stored as an end equal to the start
    "mb1": {
        "note": "Started after the flight\n"
        "Duration unknown in Migraine Buddy.\n"
        "Attack type in Migraine Buddy: Cluster.\n"
        "0-3 pain not set; Migraine Buddy pain level 7/10.\n"
        "Most Bothersome Symptom: Nausea\n"
        "Helpful Non Drug Relief Methods: Dark room",
        "source": "",
        "pain": 0,
        "pain_nrs": 7,
        "end": "start",
    },
    # today's Migraine Buddy import: the Notes cell (two lines), then the cells
    "mb2": {
        "note": "Woke up with it,\nstill there at night\n"
        "Attack Types: Cluster headache\n"
        "Attack Location: Work\n"
        "Premonitory Symptoms: Yawning",
        "source": "migraine-buddy",
        "pain": None,
    },
    # typed in the app: the person's own words stay, even where they read like
    # an importer's line
    "own": {
        "note": "Attack Location: home office\nDuration unknown.\nBearable: unbearable",
        "source": "",
        "pain": 2,
    },
    "headi": {"note": "pain: Nacken", "source": "headi", "pain": None},
    # the first release's spreadsheet import: notes cell, markers, then the cells
    "csv1": {
        "note": "started at work\n"
        "Duration unknown.\n"
        "Attack type in the file: Spannungskopfschmerz.\n"
        "Weather: rainy\n"
        "Ort: Büro",
        "source": "",
        "pain": 0,
        "end": "start",
    },
    # a later spreadsheet import: notes cell, then the file's cells
    "csv2": {"note": "tired\nTyp: Cluster\nWetter: Föhn", "source": "csv", "pain": 1},
    # the first release's Clue and drip attacks (a day only, at noon)
    "clue": {
        "note": "Time of day unknown (the source app records only the day). Clue: "
        "migraine, migraine with aura. Aura noted in Clue; its kind and duration were "
        "not recorded.",
        "source": "",
        "pain": 0,
        "end": "start",
    },
    "drip": {
        "note": "Kopf: links\nTime of day unknown (the source app records only the day).",
        "source": "",
        "pain": 0,
        "end": "start",
    },
    "plain": {"note": "", "source": "", "pain": 3},
}
DOSES: dict[str, str] = {
    "x1": "Migraine Buddy: somewhat helpful. Time taken not recorded (the attack's start is used).",
    "x2": "with water\nTime taken not recorded (the attack's start is used).",
    "x3": "rescue",
}
DAY_RECORDS: dict[str, tuple[str, str]] = {
    "r1": ("bearable", "Bearable: unbearable"),
    "r2": ("csv", "lay down\nAura: ja"),
    "r3": ("drip", "pain: left side"),
}


def _journal_before_0009(path: Path) -> None:
    db = Database(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="0009_importer_notes_to_facts")
    start = "2026-01-05T12:00:00+01:00"
    for number, (record_id, row) in enumerate(ATTACKS.items()):
        end = start if row.get("end") == "start" else "2026-01-05T15:00:00+01:00"
        db.execute(
            'INSERT INTO attacks (id, start, "end", type, pain, pain_nrs, note, source, '
            "created, updated) VALUES (?, ?, ?, 'migraine', ?, ?, ?, ?, ?, ?)",
            (
                ident(record_id),
                start.replace("05T", f"{5 + number:02d}T"),
                end.replace("05T", f"{5 + number:02d}T"),
                row["pain"],
                row.get("pain_nrs"),
                row["note"],
                row["source"],
                MADE,
                MADE,
            ),
        )
    db.execute(
        "INSERT INTO medications (id, name, med_class, use, created, updated) "
        "VALUES ('m1', 'Naproxen', 'nsaid', 'acute', ?, ?)",
        (MADE, MADE),
    )
    for record_id, note in DOSES.items():
        db.execute(
            "INSERT INTO doses (id, medication_id, taken, attack_id, note, created, updated) "
            "VALUES (?, 'm1', '2026-01-05T12:00:00+01:00', ?, ?, ?, ?)",
            (ident(record_id), ident("mb1"), note, MADE, MADE),
        )
    for number, (record_id, (source, note)) in enumerate(DAY_RECORDS.items()):
        db.execute(
            "INSERT INTO day_records (id, day, kind, source, note, created, updated) "
            "VALUES (?, ?, 'migraine', ?, ?, ?, ?)",
            (ident(record_id), f"2026-02-0{number + 1}", source, note, MADE, MADE),
        )
    db.conn.commit()
    db.close()


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Journal]:
    path = tmp_path / "old.sqlite3"
    _journal_before_0009(path)
    journal = Journal.open(path)
    yield journal
    journal.close()


def test_importer_lines_become_facts_and_the_persons_words_stay(migrated: Journal) -> None:
    attacks = {a.id: a for a in migrated.attacks.all()}
    attacks = {name: attacks[ident(name)] for name in ATTACKS}
    mb1 = attacks["mb1"]
    assert mb1.note == "Started after the flight"
    assert mb1.provenance == (
        F(reason=R.DURATION_UNKNOWN),
        F("Attack Types", "Cluster", R.TYPE_NOT_MATCHED),
        F("Pain Level", "7", R.PAIN_0_10_ONLY),
        F("Most Bothersome Symptom", "Nausea"),
        F("Helpful Non Drug Relief Methods", "Dark room"),
    )
    # what the lines meant: the app, no 0-3 pain recorded, the end unknown
    assert (mb1.source, mb1.pain, mb1.pain_nrs) == ("migraine-buddy", None, 7)
    assert mb1.end is None and mb1.end_unknown and not mb1.is_open

    assert attacks["mb2"].note == "Woke up with it,\nstill there at night"
    assert attacks["mb2"].provenance == (
        F("Attack Types", "Cluster headache", R.TYPE_NOT_MATCHED),
        F("Attack Location", "Work"),
        F("Premonitory Symptoms", "Yawning"),
    )
    assert attacks["headi"].note == ""
    assert attacks["headi"].provenance == (F("pain", "Nacken", R.TYPE_NOT_MATCHED),)


def test_a_persons_own_note_that_looks_like_an_importer_line_is_kept(migrated: Journal) -> None:
    own = migrated.attacks.get(ident("own"))
    assert own.note == ATTACKS["own"]["note"] and own.provenance == ()
    assert own.pain == 2 and own.end is not None and not own.end_unknown and own.source == ""
    assert migrated.attacks.get(ident("plain")).provenance == ()
    assert migrated.attacks.get(ident("plain")).pain == 3


def test_spreadsheet_cells_follow_the_notes_cell(migrated: Journal) -> None:
    csv1 = migrated.attacks.get(ident("csv1"))
    assert csv1.note == "started at work"
    assert csv1.provenance == (
        F(reason=R.DURATION_UNKNOWN),
        F("", "Spannungskopfschmerz", R.TYPE_NOT_MATCHED),
        F("Weather", "rainy"),
        F("Ort", "Büro"),
    )
    assert csv1.source == "csv" and csv1.end_unknown and csv1.pain == 0  # no pain line
    csv2 = migrated.attacks.get(ident("csv2"))
    assert csv2.note == "tired"
    assert csv2.provenance == (F("Typ", "Cluster"), F("Wetter", "Föhn"))


def test_day_only_attacks_of_the_first_release_say_so_in_facts(migrated: Journal) -> None:
    clue = migrated.attacks.get(ident("clue"))
    assert clue.note == "" and clue.source == "clue"
    assert clue.provenance == (
        F(reason=R.TIME_OF_DAY_UNKNOWN),
        F("pain", "migraine, migraine with aura"),
        F(reason=R.AURA_DETAILS_UNKNOWN),
    )
    drip = migrated.attacks.get(ident("drip"))
    assert drip.note == "Kopf: links"  # drip's pain.note: the person's words
    assert drip.provenance == (F(reason=R.TIME_OF_DAY_UNKNOWN),)
    assert drip.source == ""  # drip or a spreadsheet: the line does not say


def test_doses_and_day_records(migrated: Journal) -> None:
    doses = {x.id: x for x in migrated.doses.all()}
    doses = {name: doses[ident(name)] for name in DOSES}
    assert doses["x1"].note == "" and doses["x1"].source == "migraine-buddy"
    assert doses["x1"].helpfulness == d.Helpfulness.SOMEWHAT_HELPFUL
    assert doses["x1"].provenance == (F(reason=R.DOSE_TIME_UNKNOWN),)
    assert doses["x2"].note == "with water"
    assert doses["x2"].provenance == (F(reason=R.DOSE_TIME_UNKNOWN),)
    assert (doses["x3"].note, doses["x3"].provenance) == ("rescue", ())
    records = {r.id: r for r in migrated.day_records.all()}
    records = {name: records[ident(name)] for name in DAY_RECORDS}
    assert records["r1"].note == ""
    assert records["r1"].provenance == (F("detail", "unbearable", R.ABOVE_SEVERE),)
    assert records["r2"].note == "lay down"
    assert records["r2"].provenance == (F("Aura", "ja"),)
    assert (records["r3"].note, records["r3"].provenance) == ("pain: left side", ())


def test_no_english_importer_sentence_is_left_in_any_note(
    migrated: Journal, tmp_path: Path
) -> None:
    assert migrated.path is not None
    connection = sqlite3.connect(migrated.path)
    try:
        notes = [
            note
            for table in ("attacks", "doses", "day_records")
            for (note,) in connection.execute(
                f"SELECT note FROM {table} WHERE id != ?", (ident("own"),)
            )
        ]
        stored = connection.execute(
            "SELECT provenance FROM attacks WHERE id = ?", (ident("mb2"),)
        ).fetchone()
    finally:
        connection.close()
    for sentence in ("not recorded", "Migraine Buddy", "unknown", "Attack Types", "Clue"):
        assert not any(sentence in note for note in notes), sentence
    assert json.loads(stored[0])[0] == {
        "field": "Attack Types",
        "value": "Cluster headache",
        "reason": "type_not_matched",
    }


def _attack_plain(**fields: Any) -> dict[str, Any]:
    plain = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "json")),
        "start": "2026-03-01T08:00:00+01:00",
        "end": "2026-03-01T12:00:00+01:00",
        "type": "not_sure",
        "pain": None,
        "note": "Woke up with it\nAttack Location: Work\nAttack Types: Cluster",
        "source": "migraine-buddy",
        "created": MADE,
        "updated": MADE,
    }
    return {**plain, **fields}


def test_a_version_2_export_is_read_as_an_upgraded_journal(tmp_path: Path) -> None:
    from journal.exchange.json_format import import_json

    path = tmp_path / "old.json"
    document = {"format": "migraine-journal", "version": 2, "attacks": [_attack_plain()]}
    path.write_text(json.dumps(document), encoding="utf-8")
    with Journal.open(tmp_path / "new.sqlite3") as journal:
        import_json(journal, path)
        (attack,) = journal.attacks.all()
    assert attack.note == "Woke up with it"
    assert attack.provenance == (
        F("Attack Location", "Work"),
        F("Attack Types", "Cluster", R.TYPE_NOT_MATCHED),
    )


def test_version_3_keeps_provenance_as_facts_both_ways(tmp_path: Path) -> None:
    from journal.exchange.json_format import export_document, import_json

    facts = [
        {"field": "Lasted", "value": "Ongoing", "reason": "ongoing_in_old_file"},
        {"field": "Attack Location", "value": "Work: desk", "reason": None},
    ]
    # a note that reads like an old importer line is the person's own in version 3
    plain = _attack_plain(note="Attack Location: home", provenance=facts)
    path = tmp_path / "new.json"
    path.write_text(
        json.dumps({"format": "migraine-journal", "version": 3, "attacks": [plain]}),
        encoding="utf-8",
    )
    with Journal.open(tmp_path / "new.sqlite3") as journal:
        import_json(journal, path)
        (attack,) = journal.attacks.all()
        exported = export_document(journal)
    assert attack.note == "Attack Location: home"
    assert attack.provenance == (
        F("Lasted", "Ongoing", R.ONGOING_IN_OLD_FILE),
        F("Attack Location", "Work: desk"),
    )
    assert exported["version"] == 3
    assert exported["attacks"][0]["provenance"] == facts


def test_a_fact_longer_than_any_text_is_refused_in_words(tmp_path: Path) -> None:
    from journal.errors import ImportFileError
    from journal.exchange.json_format import import_json

    huge = [{"field": "Attack Location", "value": "x" * 1_000_001, "reason": None}]
    path = tmp_path / "huge.json"
    document = {
        "format": "migraine-journal",
        "version": 3,
        "attacks": [_attack_plain(provenance=huge)],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    with (
        Journal.open(tmp_path / "new.sqlite3") as journal,
        pytest.raises(ImportFileError) as refused,
    ):
        import_json(journal, path)
    assert "provenance is longer than" in str(refused.value)
