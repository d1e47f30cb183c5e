"""The lines earlier importers wrote into notes, turned into facts (migration 0009).

Until this migration, an importer kept what a file said beyond the journal's fields
in the record's note, as English sentences or "Column: value" lines, which could
never be shown in another language. Records now keep such things as provenance
facts (journal.domain.provenance: `{"field", "value", "reason"}`), worded when
shown. This module knows exactly the lines the importers of earlier versions wrote
(from their history in journal/exchange/) and reads them back as facts, leaving
every other line of a note, the person's own words, as it was:

- first release (no `source` column yet): Migraine Buddy's "Attack type in Migraine
  Buddy: ….", "0-3 pain not set; Migraine Buddy pain level 7/10.", "Duration
  unknown in Migraine Buddy." and its "Column: value" lines; the spreadsheet
  importer's "Attack type in the file: ….", "Duration unknown." and "Time of day
  unknown (the source app records only the day)."; Clue's one line "Time of day
  unknown (…). Clue: migraine. Aura noted in Clue; …"; drip's time-of-day line;
  the doses' "Migraine Buddy: helpful. Time taken not recorded (the attack's start
  is used)." and "Time taken not recorded (…)."; these records are told from ones
  entered in the app by their ids (name-based UUIDs);
- later: Migraine Buddy's "Attack Types: …" and "Column: value" lines, Headi's
  "pain: …", Bearable's "Bearable: unbearable", a spreadsheet's "Column: value"
  lines (after the person's own notes cell, which came first).

Where a line says the record holds a stand-in (a 0-3 pain of 0 that was "not set",
an end equal to the start for "duration unknown"), the record gets what the line
meant (no pain recorded, end unknown), as the importers make it today. A line whose
app is certain fills in an empty `source`. Frozen with the migration: never edited.
The JSON import reads exports of format 2 or older the same way (`read_older_record`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journal import domain as d

if TYPE_CHECKING:
    from sqlite_utils import Database

UNKNOWN_TIME = "Time of day unknown (the source app records only the day)."
DOSE_TIME = "Time taken not recorded (the attack's start is used)."
MIGRAINE_BUDDY_COLUMNS = frozenset(
    {
        "Attack Types",
        "Attack Location",
        "Auras",
        "Most Bothersome Symptom",
        "Premonitory Symptoms",
        "Helpful Non Drug Relief Methods",
        "Somewhat Helpful Non Drug Relief Methods",
        "Unhelpful Non Drug Relief Methods",
        "Unsure Non Drug Relief Methods",
    }
)
"""The columns of Migraine Buddy's exports (both layouts) without a field of their
own: the ones its importer wrote as "Column: value" lines."""
HELPFULNESS = {
    "helpful": "helpful",
    "somewhat helpful": "somewhat_helpful",
    "unhelpful": "unhelpful",
    "unsure": "unsure",
}

_CLUE = re.compile(
    re.escape(UNKNOWN_TIME)
    + r" Clue: (?P<tags>.+?)\.(?P<aura> Aura noted in Clue; its kind and duration were not"
    r" recorded\.)?"
)
_BUDDY_TYPE = re.compile(r"Attack type in Migraine Buddy: (?P<value>.*)\.")
_FILE_TYPE = re.compile(r"Attack type in the file: (?P<value>.*)\.")
_BUDDY_PAIN = re.compile(r"0-3 pain not set; Migraine Buddy pain level (?P<value>\d+)/10\.")
_BUDDY_DOSE = re.compile(
    r"Migraine Buddy: (?P<value>helpful|somewhat helpful|unhelpful|unsure)\. "
    + re.escape(DOSE_TIME)
)
_CELL = re.compile(r"(?P<field>[^:\n]{1,80}): (?P<value>.*\S.*)")
"""A "Column: value" line as the importers wrote one."""


def _fact(field: str = "", value: str = "", reason: str | None = None) -> dict[str, Any]:
    return {"field": field, "value": value, "reason": reason}


@dataclass
class Reading:
    """A note read back: the person's own lines, the facts, and what they mean."""

    note: str
    facts: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    """The app the lines name, when certain ("" when they do not say)."""
    pain_not_set: bool = False
    duration_unknown: bool = False
    helpfulness: str | None = None


def _given(value: str) -> str:
    """The file's type words; "not given" was written for an empty cell."""
    return "" if value == "not given" else value


def read_attack_note(note: str, source: str, *, ends_at_start: bool) -> Reading:
    """An attack's note: importer lines out as facts, the rest kept in order."""
    kept: list[str] = []
    reading = Reading(note)
    marker_at: int | None = None  # the first release's spreadsheet cells follow its lines
    for line in note.split("\n"):
        if found := _CLUE.fullmatch(line):
            reading.facts.append(_fact(reason="time_of_day_unknown"))
            reading.facts.append(_fact("pain", found["tags"]))
            if found["aura"]:
                reading.facts.append(_fact(reason="aura_details_unknown"))
            reading.source = "clue"
        elif line == UNKNOWN_TIME:
            reading.facts.append(_fact(reason="time_of_day_unknown"))
            marker_at = len(kept)
        elif line == "Duration unknown in Migraine Buddy.":
            reading.facts.append(_fact(reason="duration_unknown"))
            reading.duration_unknown = ends_at_start
            reading.source = "migraine-buddy"
        elif line == "Duration unknown." and ends_at_start:
            reading.facts.append(_fact(reason="duration_unknown"))
            reading.duration_unknown = True
            marker_at = len(kept)
        elif found := _BUDDY_TYPE.fullmatch(line):
            reading.facts.append(_fact("Attack Types", _given(found["value"]), "type_not_matched"))
            reading.source = "migraine-buddy"
        elif found := _FILE_TYPE.fullmatch(line):
            reading.facts.append(_fact("", _given(found["value"]), "type_not_matched"))
            reading.source = "csv"
            marker_at = len(kept)
        elif found := _BUDDY_PAIN.fullmatch(line):
            reading.facts.append(_fact("Pain Level", found["value"], "pain_0_10_only"))
            reading.pain_not_set = True
            reading.source = "migraine-buddy"
        elif (cell := _CELL.fullmatch(line)) and _buddy_cell(cell["field"], source):
            reason = "type_not_matched" if cell["field"] == "Attack Types" else None
            reading.facts.append(_fact(cell["field"], cell["value"], reason))
            reading.source = reading.source or "migraine-buddy"
        elif source == "headi" and line.startswith("pain: "):
            reading.facts.append(_fact("pain", line.removeprefix("pain: "), "type_not_matched"))
        else:
            kept.append(line)
    if source == "csv":
        kept = _trailing_cells(kept, reading.facts)
    elif marker_at is not None:
        kept = kept[:marker_at] + _trailing_cells(kept[marker_at:], reading.facts)
    reading.note = "\n".join(kept).strip("\n")
    return reading


def _buddy_cell(column: str, source: str) -> bool:
    return source in ("", "migraine-buddy") and column in MIGRAINE_BUDDY_COLUMNS


def _trailing_cells(kept: list[str], facts: list[dict[str, Any]]) -> list[str]:
    """The spreadsheet importer wrote the person's notes cell first, then one
    "Column: value" line per cell without a field: the trailing run of such lines
    is the file's (a notes cell shaped like one is read as one too: nothing is
    lost, it is shown with the file's facts)."""
    end = len(kept)
    while end > 0 and _CELL.fullmatch(kept[end - 1]):
        end -= 1
    for line in kept[end:]:
        cell = _CELL.fullmatch(line)
        assert cell is not None
        facts.append(_fact(cell["field"], cell["value"]))
    return kept[:end]


def read_dose_note(note: str) -> Reading:
    kept: list[str] = []
    reading = Reading(note)
    for line in note.split("\n"):
        if found := _BUDDY_DOSE.fullmatch(line):
            reading.facts.append(_fact(reason="dose_time_unknown"))
            reading.helpfulness = HELPFULNESS[found["value"]]
            reading.source = "migraine-buddy"
        elif line == DOSE_TIME:
            reading.facts.append(_fact(reason="dose_time_unknown"))
        else:
            kept.append(line)
    reading.note = "\n".join(kept).strip("\n")
    return reading


def read_day_record_note(note: str, source: str) -> Reading:
    lines = note.split("\n")
    reading = Reading(note)
    if source == "bearable":
        kept = [line for line in lines if line != "Bearable: unbearable"]
        if len(kept) != len(lines):
            reading.facts.append(_fact("detail", "unbearable", "above_severe"))
    elif source == "csv":
        kept = _trailing_cells(lines, reading.facts)
    else:
        kept = lines
    reading.note = "\n".join(kept).strip("\n")
    return reading


def _imported(record_id: str, source: str) -> bool:
    """Made by an importer: it has a source, or (first release, no source yet) its
    id is a name-based UUID (version 5), never one this app makes for an entry
    (version 4). A note typed in the app is never read for importer lines."""
    return bool(source) or (len(record_id) == 36 and record_id[14] == "5")


def importer_notes_to_facts(db: Database) -> None:
    """Attacks, doses and day records get their provenance facts (a JSON list);
    the importer-written lines of their notes become those facts."""
    conn = db.conn
    for table in ("attacks", "doses", "day_records"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN provenance TEXT NOT NULL DEFAULT '[]'")
    rows = conn.execute(
        "SELECT id, note, source, start = \"end\", pain FROM attacks WHERE note != ''"
    ).fetchall()
    for record_id, note, source, ends_at_start, pain in rows:
        if not _imported(record_id, source):
            continue
        reading = read_attack_note(note, source, ends_at_start=bool(ends_at_start))
        if not reading.facts:
            continue
        conn.execute(
            "UPDATE attacks SET note = ?, provenance = ?, source = ?, pain = ?, "
            '"end" = CASE WHEN ? THEN NULL ELSE "end" END, '
            "end_unknown = CASE WHEN ? THEN 1 ELSE end_unknown END WHERE id = ?",
            (
                reading.note,
                json.dumps(reading.facts, ensure_ascii=False),
                source or reading.source,
                None if reading.pain_not_set and pain == 0 else pain,
                reading.duration_unknown,
                reading.duration_unknown,
                record_id,
            ),
        )
    for record_id, note, source, helpfulness in conn.execute(
        "SELECT id, note, source, helpfulness FROM doses WHERE note != ''"
    ).fetchall():
        reading = read_dose_note(note)
        if _imported(record_id, source) and reading.facts:
            conn.execute(
                "UPDATE doses SET note = ?, provenance = ?, source = ?, helpfulness = ? "
                "WHERE id = ?",
                (
                    reading.note,
                    json.dumps(reading.facts, ensure_ascii=False),
                    source or reading.source,
                    helpfulness or reading.helpfulness,
                    record_id,
                ),
            )
    for record_id, note, source in conn.execute(
        "SELECT id, note, source FROM day_records WHERE note != ''"
    ).fetchall():
        reading = read_day_record_note(note, source)
        if reading.facts:
            conn.execute(
                "UPDATE day_records SET note = ?, provenance = ? WHERE id = ?",
                (reading.note, json.dumps(reading.facts, ensure_ascii=False), record_id),
            )


def _facts(reading: Reading) -> tuple[d.FileFact, ...]:
    return tuple(
        d.FileFact(f["field"], f["value"], d.FactReason(f["reason"]) if f["reason"] else None)
        for f in reading.facts
    )


def read_older_record(record: Any) -> Any:
    """A record from an export written before provenance facts (format 2 or older):
    its note read as this migration reads a journal's, so importing an old export
    gives what upgrading the journal gives."""
    if isinstance(record, d.Attack) and _imported(record.id, record.source):
        reading = read_attack_note(
            record.note, record.source, ends_at_start=record.end == record.start
        )
        if not reading.facts:
            return record
        return dataclasses.replace(
            record,
            note=reading.note,
            provenance=_facts(reading),
            source=record.source or reading.source,
            pain=None if reading.pain_not_set and record.pain == 0 else record.pain,
            end=None if reading.duration_unknown else record.end,
            end_unknown=record.end_unknown or reading.duration_unknown,
        )
    if isinstance(record, d.Dose) and _imported(record.id, record.source):
        reading = read_dose_note(record.note)
        if not reading.facts:
            return record
        helpfulness = record.helpfulness or (
            d.Helpfulness(reading.helpfulness) if reading.helpfulness else None
        )
        return dataclasses.replace(
            record,
            note=reading.note,
            provenance=_facts(reading),
            source=record.source or reading.source,
            helpfulness=helpfulness,
        )
    if isinstance(record, d.DayRecord):
        reading = read_day_record_note(record.note, record.source)
        if reading.facts:
            return dataclasses.replace(record, note=reading.note, provenance=_facts(reading))
    return record
