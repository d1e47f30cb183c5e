"""Migraine Buddy's CSV export: a preamble (Date, Time Period, Description, Notes),
a blank line, then one row per attack under a header with "Started" and "Lasted".

How the columns map:
- Started is the local wall time the app showed; Start UTC Offset (min) is minutes
  east of UTC (60 = UTC+01:00). The end is the start plus Lasted ("5h 30m",
  "1d 2h", "01h 00m", "90 min"...), shown at the End UTC Offset.
- Pain Level (0-10) becomes the 0-10 rating `pain_nrs`. The IHS 0-3 pain is NOT
  derived from it: clinical-rules.md says never to convert one into the other
  silently, and any banding would be our invention, not the patient's rating. The
  0-3 pain stays unrecorded (None, never 0 "no pain"), the attack's note says it
  was not set, and the plan's messages say so once, visibly, so the user can fill
  it in.
- Symptoms: nausea, vomiting, sensitivity to light/noise map to the ICHD-3 symptoms;
  visual (flashes, zigzags, blind spots), sensory and speech aura go to `aura`; the
  rest stay as the user's own words. Pain Positions -> locations (one side only sets
  `unilateral`); Affected Activities -> activities; Potential Triggers ->
  suspected_triggers.
- Medications (Helpful / Somewhat Helpful / Unhelpful / Unsure) become doses linked
  to the attack, at its start (the export has no intake time), with the helpfulness
  in the dose note. Non-drug relief, most bothersome and premonitory symptoms, the
  notes and any other column are kept in the attack's note. Geohash is left out.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing, vocabulary
from journal.exchange.foreign import Collector, ForeignImport
from journal.storage import Journal

FORMAT = "migraine-buddy"
REQUIRED = ("Started", "Lasted")
HELPFULNESS = ("Helpful", "Somewhat Helpful", "Unhelpful", "Unsure")
MAPPED = {
    "#", "Started", "Lasted", "Start UTC Offset (min)", "End UTC Offset (min)",
    "Attack Types", "Affected Activities", "Potential Triggers", "Symptoms",
    "Pain Positions", "Notes", "Geohash",
    *(f"{h} Medication" for h in HELPFULNESS),
}  # fmt: skip
NO_MEDICATION = ("no medication", "none")
PAIN_NOT_SET = (
    "Migraine Buddy rates pain 0-10: it was kept as the 0-10 rating; the 0-3 pain "
    "was not set, since one scale is never converted into the other."
)


def is_migraine_buddy(records: list[tuple[int, list[str]]]) -> bool:
    return _header_index(records) is not None


def plan_migraine_buddy(journal: Journal, path: Path) -> ForeignImport:
    """Read the file and plan its import; writes nothing."""
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    index = _header_index(records)
    if index is None:
        raise ImportFileError(
            f"{name} has no attack table: no row with the columns “Started” and “Lasted”."
        )
    table = parsing.table_at(records, index)
    for column in REQUIRED:
        if column not in table.header:
            raise ImportFileError(
                f"{name}, line {table.header_line}: the attack table has no “{column}” column."
            )
    pain_column = next((c for c in table.header if c.startswith("Pain Level")), None)
    day_first = parsing.slashes_are_day_first([row.get("Started") for row in table.rows])
    collector = Collector(journal, FORMAT)
    for column in table.header:
        if column == "Geohash":
            collector.tell("The location (Geohash) column was left out.")
        elif column and column not in MAPPED and column != pain_column and not _note_column(column):
            collector.tell(f"The column “{column}” has no place of its own: kept in notes.")
    for row in table.rows:
        _attack(collector, row, pain_column, day_first, name)
    if any(row.get(pain_column) for row in table.rows):
        collector.tell(PAIN_NOT_SET)
    return collector.plan()


def _header_index(records: list[tuple[int, list[str]]]) -> int | None:
    for index, (_line, cells) in enumerate(records):
        stripped = {cell.strip() for cell in cells}
        if "Started" in stripped and ("Lasted" in stripped or "Attack Types" in stripped):
            return index
    return None


def _note_column(column: str) -> bool:
    return column in (
        "Most Bothersome Symptom",
        "Premonitory Symptoms",
    ) or column.endswith("Non Drug Relief Methods")


def _attack(
    collector: Collector, row: parsing.CsvRow, pain_column: str | None, day_first: bool, name: str
) -> None:
    def fail(column: str, reason: object) -> ImportFileError:
        return ImportFileError(f"{name}, line {row.line}, “{column}”: {reason}.")

    try:
        wall = parsing.parse_wall_time(row.get("Started"), day_first=day_first)
    except ValueError as error:
        raise fail("Started", error) from None
    start_zone = _zone(row, "Start UTC Offset (min)", fail)
    start = wall.replace(tzinfo=start_zone) if wall.tzinfo is None else wall
    if start_zone is None and wall.tzinfo is None:
        start = parsing.in_local_zone(wall)
        collector.tell("Without a UTC offset, times were read in this computer's time zone.")
    notes: list[str] = []
    end = _end(collector, row, start, fail, notes)
    kind, exact = vocabulary.attack_type(parsing.split_list(row.get("Attack Types")))
    if not exact:
        notes.append(f"Attack type in Migraine Buddy: {row.get('Attack Types') or 'not given'}.")
    pain_nrs = _pain_nrs(row, pain_column, fail)
    if pain_nrs is not None:
        notes.append(f"0-3 pain not set; Migraine Buddy pain level {pain_nrs}/10.")
    symptoms, aura = vocabulary.symptoms_and_aura(parsing.split_list(row.get("Symptoms")))
    locations, unilateral = vocabulary.locations(parsing.split_list(row.get("Pain Positions")))
    notes.extend(_other_columns(row, pain_column))
    attack_id = collector.make_id("attack", row.get("Started"), start.isoformat())
    collector.add_attack(
        d.Attack(
            start=start,
            end=end,
            type=kind,
            pain_nrs=pain_nrs,
            unilateral=unilateral,
            symptoms=symptoms,
            aura=aura,
            locations=locations,
            activities=parsing.split_list(row.get("Affected Activities")),
            suspected_triggers=parsing.split_list(row.get("Potential Triggers")),
            note="\n".join(part for part in (row.get("Notes"), *notes) if part),
            id=attack_id,
        )
    )
    for helpfulness in HELPFULNESS:
        cell = row.get(f"{helpfulness} Medication")
        for item in parsing.split_list(cell, ignore=NO_MEDICATION):
            medication, amount = parsing.name_and_amount(item)
            collector.add_dose(
                d.Dose(
                    medication_id=collector.medication_id(medication),
                    taken=start,
                    amount=amount,
                    attack_id=attack_id,
                    note=f"Migraine Buddy: {helpfulness.lower()}. Time taken not recorded "
                    "(the attack's start is used).",
                    id=collector.make_id("dose", attack_id, item.casefold()),
                )
            )


def _zone(row: parsing.CsvRow, column: str, fail: parsing.Fail) -> timezone | None:
    text = row.get(column)
    if not text:
        return None
    try:
        return parsing.offset_zone(text)
    except ValueError as error:
        raise fail(column, error) from None


def _end(
    collector: Collector,
    row: parsing.CsvRow,
    start: datetime,
    fail: parsing.Fail,
    notes: list[str],
) -> datetime:
    text = row.get("Lasted")
    if not text:
        notes.append("Duration unknown in Migraine Buddy.")
        collector.tell("Attacks without a duration were given their start as end.")
        return start
    try:
        lasted = parsing.parse_duration(text)
    except ValueError as error:
        raise fail("Lasted", error) from None
    end_zone = _zone(row, "End UTC Offset (min)", fail) or start.tzinfo
    return (start + lasted).astimezone(end_zone)


def _pain_nrs(row: parsing.CsvRow, column: str | None, fail: parsing.Fail) -> int | None:
    text = row.get(column)
    if not text or column is None:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise fail(column, f"“{text}” is not a number from 0 to 10") from None
    if not 0 <= value <= 10 or value != int(value):
        raise fail(column, f"{text} is not a whole number from 0 to 10")
    return int(value)


def _other_columns(row: parsing.CsvRow, pain_column: str | None) -> list[str]:
    lines = []
    for column, _value in row.cells.items():
        value = row.get(column)
        if column in MAPPED or column == pain_column or not column or not value:
            continue
        if value.casefold() in NO_MEDICATION and column.endswith("Relief Methods"):
            continue
        lines.append(f"{column}: {value}")
    return lines
