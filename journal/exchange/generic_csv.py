"""A spreadsheet of attacks from anywhere: one row per attack, with a column-mapping
step that says which column holds what.

`guess_mapping(header)` proposes a mapping from common column names; the preview
dialog lets the user change it and `plan_generic_csv(journal, path, mapping)` plans
the import. Targets: start (required), end, duration, type, pain (0-3 or none /
mild / moderate / severe), pain_nrs (0-10), medication, triggers, symptoms,
locations, activities, notes, id. Columns not mapped are kept in the attack's note.

- Times without an offset are read in this computer's time zone; a day without a
  time starts at 12:00 and the note says the time is unknown.
- A duration needs a unit ("5h 30m", "90 min"), unless its column name says
  minutes or hours. With no end and no duration, the end is the start.
- Pain is never converted between scales. A column mapped to pain that holds values
  above 3 is refused with the line; when the mapping was guessed, such a column is
  read as the 0-10 rating instead and the plan's messages say so.
- Medications become doses at the attack's start, linked to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing, vocabulary
from journal.exchange.foreign import UNKNOWN_TIME_NOTE, Collector, ForeignImport, local_noon
from journal.storage import Journal

FORMAT = "csv"
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "start": ("start", "started", "start time", "begin", "onset", "date", "when", "start date"),
    "end": ("end", "ended", "end time", "stop", "finish", "end date"),
    "duration": ("duration", "lasted", "length", "duration minutes", "duration (min)"),
    "type": ("type", "attack type", "attack types", "kind", "headache type"),
    "pain": ("pain", "severity", "intensity", "pain level", "pain (0-3)"),
    "pain_nrs": ("pain nrs", "pain (0-10)", "pain 0-10", "pain level (0-10)", "nrs"),
    "medication": ("medication", "medications", "medicine", "drug", "drugs", "meds"),
    "triggers": ("triggers", "trigger", "suspected triggers", "potential triggers"),
    "symptoms": ("symptoms", "symptom"),
    "locations": ("locations", "location", "pain location", "pain positions"),
    "activities": ("activities", "affected activities"),
    "notes": ("notes", "note", "comment", "comments", "description"),
}
TARGETS = tuple(SYNONYMS)
PAIN_WORDS = {label: level for level, label in enumerate(d.PAIN_LABELS)}


def _spelled(column: str) -> str:
    return " ".join(column.replace("_", " ").casefold().split())


def guess_mapping(header: list[str]) -> dict[str, str]:
    """target field -> column name, for the columns whose names are recognised."""
    mapping: dict[str, str] = {}
    for target, names in SYNONYMS.items():
        for column in header:
            if _spelled(column) in names and column not in mapping.values():
                mapping[target] = column
                break
    return mapping


def read_header(path: Path) -> list[str]:
    """The file's column names, for the mapping step of the preview dialog."""
    records = parsing.csv_records(parsing.read_text(path), Path(path).name)
    if not records:
        raise ImportFileError(f"{Path(path).name} is empty.")
    return parsing.table_at(records, 0).header


def is_attack_table(header: list[str]) -> bool:
    return "start" in guess_mapping(header)


def plan_generic_csv(
    journal: Journal, path: Path, mapping: Mapping[str, str] | None = None
) -> ForeignImport:
    """Read the spreadsheet with `mapping` (guessed when None); writes nothing."""
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records:
        raise ImportFileError(f"{name} is empty.")
    table = parsing.table_at(records, 0)
    collector = Collector(journal, FORMAT)
    chosen = dict(mapping) if mapping is not None else guess_mapping(table.header)
    _check_mapping(chosen, table, name)
    if mapping is None:
        _pain_scale(collector, chosen, table)
    day_first = parsing.slashes_are_day_first([row.get(chosen["start"]) for row in table.rows])
    for row in table.rows:
        _attack(collector, row, chosen, name, day_first)
    return collector.plan()


def _check_mapping(mapping: dict[str, str], table: parsing.CsvTable, name: str) -> None:
    for target, column in mapping.items():
        if target not in TARGETS:
            raise ImportFileError(f"“{target}” is not a field an attack can be imported into.")
        if column not in table.header:
            raise ImportFileError(f"{name} has no column “{column}” (chosen for {target}).")
    if "start" not in mapping:
        raise ImportFileError(f"{name}: choose the column that holds each attack's start.")


def _pain_scale(collector: Collector, mapping: dict[str, str], table: parsing.CsvTable) -> None:
    column = mapping.get("pain")
    if column is None or "pain_nrs" in mapping:
        return
    values = [row.get(column) for row in table.rows]
    if any(v.isdigit() and 3 < int(v) <= 10 for v in values):
        mapping["pain_nrs"] = mapping.pop("pain")
        collector.tell(
            f"The column “{column}” has values above 3, so it was read as the 0-10 rating; "
            "the 0-3 pain was not set."
        )


def _attack(
    collector: Collector, row: parsing.CsvRow, mapping: dict[str, str], name: str, day_first: bool
) -> None:
    def fail(target: str, reason: object) -> ImportFileError:
        return ImportFileError(f"{name}, line {row.line}, “{mapping[target]}”: {reason}.")

    def cell(target: str) -> str:
        return row.get(mapping.get(target))

    notes = [cell("notes")]
    start = _moment(collector, cell("start"), day_first, notes)
    if start is None:
        raise fail("start", f"“{cell('start')}” is not a date and time")
    end = _end(collector, row, mapping, start, day_first=day_first, fail=fail)
    if end is None:
        notes.append("Duration unknown.")
    kind = _type(cell("type"), notes)
    symptoms, aura = vocabulary.symptoms_and_aura(parsing.split_list(cell("symptoms")))
    locations, unilateral = vocabulary.locations(parsing.split_list(cell("locations")))
    used = set(mapping.values())
    notes += [f"{c}: {row.get(c)}" for c in row.cells if c and c not in used and row.get(c)]
    attack_id = _id(collector, cell("id"), start)
    collector.add_attack(
        d.Attack(
            start=start,
            end=end or start,
            type=kind,
            pain=_pain(cell("pain"), fail),
            pain_nrs=_pain_nrs(cell("pain_nrs"), fail),
            unilateral=unilateral,
            symptoms=symptoms,
            aura=aura,
            locations=locations,
            activities=parsing.split_list(cell("activities")),
            suspected_triggers=parsing.split_list(cell("triggers")),
            note="\n".join(part for part in notes if part),
            id=attack_id,
        )
    )
    for item in parsing.split_list(cell("medication"), ignore=("none", "no medication")):
        medication, amount = parsing.name_and_amount(item)
        collector.add_dose(
            d.Dose(
                medication_id=collector.medication_id(medication),
                taken=start,
                amount=amount,
                attack_id=attack_id,
                note="Time taken not recorded (the attack's start is used).",
                id=collector.make_id("dose", attack_id, item.casefold()),
            )
        )


def _moment(
    collector: Collector, text: str, day_first: bool, notes: list[str] | None
) -> datetime | None:
    if not text:
        return None
    if ":" not in text:
        try:
            day = parsing.parse_day(text, day_first=day_first)
        except ValueError:
            return None
        if notes is not None:
            notes.append(UNKNOWN_TIME_NOTE)
        return local_noon(day)
    try:
        moment = parsing.parse_wall_time(text, day_first=day_first)
    except ValueError:
        return None
    if moment.tzinfo is None:
        collector.tell("Times without a UTC offset were read in this computer's time zone.")
    return parsing.in_local_zone(moment)


def _end(
    collector: Collector,
    row: parsing.CsvRow,
    mapping: dict[str, str],
    start: datetime,
    *,
    day_first: bool,
    fail: parsing.Fail,
) -> datetime | None:
    end_text = row.get(mapping.get("end"))
    if end_text:
        end = _moment(collector, end_text, day_first, None)
        if end is None:
            raise fail("end", f"“{end_text}” is not a date and time")
        return end
    text = row.get(mapping.get("duration"))
    if not text:
        return None
    column = _spelled(mapping["duration"])
    if text.replace(".", "", 1).isdigit():
        unit = "min" if "min" in column else "h" if "hour" in column or "(h)" in column else ""
        text = f"{text} {unit}" if unit else text
    try:
        lasted = parsing.parse_duration(text)
    except ValueError as error:
        raise fail("duration", error) from None
    return (start + lasted).astimezone(start.tzinfo)


def _type(text: str, notes: list[str]) -> d.AttackType:
    words = parsing.split_list(text)
    if len(words) == 1 and words[0].casefold() in set(d.AttackType):
        return d.AttackType(words[0].casefold())
    kind, exact = vocabulary.attack_type(words)
    if not exact:
        notes.append(f"Attack type in the file: {text or 'not given'}.")
    return kind


def _pain(text: str, fail: parsing.Fail) -> int | None:
    if not text:
        return None  # not recorded, which is not "no pain"
    spelled = text.casefold()
    if spelled in PAIN_WORDS:
        return PAIN_WORDS[spelled]
    if spelled in ("0", "1", "2", "3"):
        return int(spelled)
    raise fail(
        "pain",
        f"“{text}” is not a 0-3 pain (none, mild, moderate, severe); "
        "map a 0-10 column to pain_nrs instead",
    )


def _pain_nrs(text: str, fail: parsing.Fail) -> int | None:
    if not text:
        return None
    if not text.isdigit() or int(text) > 10:
        raise fail("pain_nrs", f"“{text}” is not a whole number from 0 to 10")
    return int(text)


def _id(collector: Collector, text: str, start: datetime) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return collector.make_id("attack", start.isoformat())
