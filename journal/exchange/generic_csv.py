"""A spreadsheet of attacks from anywhere: one row per attack, with a column-mapping
step that says which column holds what.

`guess_mapping(header)` proposes a mapping from common column names; the preview
dialog lets the user change it and `plan_generic_csv(journal, path, mapping)` plans
the import. Targets: start (required), end, duration, type, pain (0-3 or none /
mild / moderate / severe), pain_nrs (0-10), medication, triggers, symptoms,
locations, activities, notes, id. Columns not mapped are kept with the record as
provenance facts (the column and its value: journal.domain.provenance).

- Any encoding a spreadsheet writes (UTF-8 with or without BOM, UTF-16 "Unicode
  text", Windows-1252), separated by , ; or tab; English and German column names
  (Beginn, Ende, Dauer, Schmerz, Medikament...).
- Times without an offset are read in this computer's time zone. Slashed dates are
  read in the order the file shows (a number above 12); when every date could be
  read both ways, the import asks (`--date-order dmy|mdy`). A row whose start has
  no time of day is a day record (headache or migraine on that day, no times).
- A duration needs a unit ("5h 30m", "90 min"), unless its column name says
  minutes or hours. With no end and no duration the attack is still going on
  (an open attack).
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
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import _
from journal.storage import Journal

FORMAT = "csv"
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "start": (
        "start", "started", "start time", "begin", "onset", "date", "when", "start date",
        "beginn", "anfang", "start (datum)", "datum", "von", "zeitpunkt",
    ),
    "end": ("end", "ended", "end time", "stop", "finish", "end date", "ende", "bis", "endzeit"),
    "duration": (
        "duration", "lasted", "length", "duration minutes", "duration (min)", "dauer",
        "dauer (min)", "dauer (minuten)", "dauer (h)", "dauer (stunden)",
    ),
    "type": ("type", "attack type", "attack types", "kind", "headache type", "art", "typ"),
    "pain": (
        "pain", "severity", "intensity", "pain level", "pain (0-3)", "schmerz", "stärke",
        "schmerzstärke", "intensität", "schmerz (0-3)",
    ),
    "pain_nrs": (
        "pain nrs", "pain (0-10)", "pain 0-10", "pain level (0-10)", "nrs", "schmerz (0-10)",
        "schmerzstärke (0-10)",
    ),
    "medication": (
        "medication", "medications", "medicine", "drug", "drugs", "meds", "medikament",
        "medikamente", "arznei", "tablette", "tabletten",
    ),
    "triggers": (
        "triggers", "trigger", "suspected triggers", "potential triggers", "auslöser",
    ),
    "symptoms": ("symptoms", "symptom", "symptome", "begleitsymptome", "beschwerden"),
    "locations": (
        "locations", "location", "pain location", "pain positions", "ort", "lokalisation",
        "schmerzort",
    ),
    "activities": ("activities", "affected activities", "aktivitäten"),
    "notes": (
        "notes", "note", "comment", "comments", "description", "notiz", "notizen",
        "bemerkung", "bemerkungen", "kommentar",
    ),
}  # fmt: skip
TARGETS = tuple(SYNONYMS)
PAIN_WORDS = {label: level for level, label in enumerate(d.PAIN_LABELS)} | {
    "keine": 0,
    "leicht": 1,
    "mittel": 2,
    "mittelstark": 2,
    "stark": 3,
    "schwer": 3,
}


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
        raise ImportFileError(_("{file} is empty.").format(file=Path(path).name))
    return parsing.table_at(records, 0).header


def completed_mapping(path: Path, given: Mapping[str, str]) -> dict[str, str]:
    """`given` (from the command line's --map) with the columns it leaves out
    guessed from their names, as the dialog pre-fills its mapping."""
    chosen = dict(given)
    taken = set(chosen.values())
    for target, column in guess_mapping(read_header(path)).items():
        if target not in chosen and column not in taken:
            chosen[target] = column
    return chosen


def is_attack_table(header: list[str]) -> bool:
    return "start" in guess_mapping(header)


def plan_generic_csv(
    journal: Journal,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    date_order: str | None = None,
) -> ForeignImport:
    """Read the spreadsheet with `mapping` (guessed when None; a partial mapping is
    completed by guessing the rest); writes nothing."""
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records or not any(cell.strip() for cell in records[0][1]):
        raise ImportFileError(_("{file} is empty.").format(file=name))
    table = parsing.table_at(records, 0)
    collector = Collector(journal, FORMAT)
    chosen = dict(mapping) if mapping is not None else guess_mapping(table.header)
    _check_mapping(chosen, table, name)
    if mapping is None or "pain" not in mapping:
        _pain_scale(collector, chosen, table)
    texts = [row.get(chosen[t]) for row in table.rows for t in ("start", "end") if t in chosen]
    order = date_order
    if order is None:
        order, ambiguous = parsing.date_order(texts)
        if order is None and ambiguous is not None:
            raise parsing.DateOrderNeeded(name, ambiguous)
    for row in table.rows:
        _attack(collector, row, chosen, name, order)
    return collector.plan()


def _check_mapping(mapping: dict[str, str], table: parsing.CsvTable, name: str) -> None:
    for target, column in mapping.items():
        if target not in TARGETS:
            raise ImportFileError(
                _("“{target}” is not a field an attack can be imported into.").format(target=target)
            )
        if column not in table.header:
            raise ImportFileError(
                _("{file} has no column “{column}” (chosen for {target}).").format(
                    file=name, column=column, target=target
                )
            )
    if "start" not in mapping:
        raise ImportFileError(
            _("{file}: choose the column that holds each attack's start.").format(file=name)
        )


def _pain_scale(collector: Collector, mapping: dict[str, str], table: parsing.CsvTable) -> None:
    column = mapping.get("pain")
    if column is None or "pain_nrs" in mapping:
        return
    values = [row.get(column) for row in table.rows]
    if any(v.isdigit() and 3 < int(v) <= 10 for v in values):
        mapping["pain_nrs"] = mapping.pop("pain")
        collector.tell(
            _(
                "The column “{column}” has values above 3, so it was read as the 0-10 "
                "rating; the 0-3 pain was not set."
            ).format(column=column)
        )


def _attack(
    collector: Collector, row: parsing.CsvRow, mapping: dict[str, str], name: str, order: str | None
) -> None:
    def fail(target: str, reason: object) -> ImportFileError:
        return ImportFileError(
            _("{file}, line {line}, “{column}”: {reason}.").format(
                file=name, line=row.line, column=mapping[target], reason=reason
            )
        )

    def cell(target: str) -> str:
        return row.get(mapping.get(target))

    if not cell("start"):
        raise fail("start", _("the start is missing"))
    if not parsing.has_time(cell("start"), order):
        _day_record(collector, row, mapping, order, fail)
        return
    start = _moment(collector, cell("start"), order)
    if start is None:
        raise fail("start", _("“{text}” is not a date and time").format(text=cell("start")))
    end = _end(collector, row, mapping, start, order=order, fail=fail)
    facts: list[d.FileFact] = []
    kind = _type(cell("type"), mapping.get("type", ""), facts)
    symptoms, aura = vocabulary.symptoms_and_aura(parsing.split_list(cell("symptoms")))
    locations, unilateral = vocabulary.locations(parsing.split_list(cell("locations")))
    facts += _unmapped(row, mapping)
    attack_id = _id(collector, cell("id"), start)
    features = {vocabulary.pain_feature(w) for w in parsing.split_list(cell("symptoms"))}
    collector.add_attack(
        d.Attack(
            start=start,
            end=end,
            type=kind,
            pain=_pain(cell("pain"), fail),
            pain_nrs=_pain_nrs(cell("pain_nrs"), fail),
            unilateral=unilateral,
            pulsating="pulsating" in features,
            worse_with_activity="worse_with_activity" in features,
            symptoms=symptoms,
            aura=aura,
            locations=locations,
            activities=parsing.split_list(cell("activities")),
            suspected_triggers=parsing.split_list(cell("triggers")),
            note=cell("notes"),
            id=attack_id,
            source=FORMAT,
            provenance=tuple(facts),
        )
    )
    for item in parsing.split_list(cell("medication"), ignore=NO_MEDICATION):
        collector.add_attack_dose(item, attack_id, start)


NO_MEDICATION = ("none", "no medication", "keine", "kein medikament")


def _day_record(
    collector: Collector,
    row: parsing.CsvRow,
    mapping: dict[str, str],
    order: str | None,
    fail: parsing.Fail,
) -> None:
    """A row whose start is a day without a time: a headache or migraine that day."""
    text = row.get(mapping["start"])
    try:
        day = parsing.parse_day(text, order=order)
    except ValueError:
        raise fail("start", _("“{text}” is not a date").format(text=text)) from None
    kind, _exact = vocabulary.attack_type(parsing.split_list(row.get(mapping.get("type"))))
    symptoms, aura = vocabulary.symptoms_and_aura(
        parsing.split_list(row.get(mapping.get("symptoms")))
    )
    collector.add_day_record(
        day,
        d.DayRecordKind.MIGRAINE if kind == d.AttackType.MIGRAINE else d.DayRecordKind.HEADACHE,
        symptoms=symptoms,
        aura=bool(aura),
        pain=_pain(row.get(mapping.get("pain")), fail),
        pain_nrs=_pain_nrs(row.get(mapping.get("pain_nrs")), fail),
        note=row.get(mapping.get("notes")),
        provenance=tuple(_unmapped(row, mapping)),
    )


def _unmapped(row: parsing.CsvRow, mapping: Mapping[str, str]) -> list[d.FileFact]:
    """The column and value of every filled cell the mapping leaves out."""
    used = set(mapping.values())
    return [d.FileFact(c, row.get(c)) for c in row.cells if c and c not in used and row.get(c)]


def _moment(collector: Collector, text: str, order: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = parsing.parse_wall_time(text, order=order)
    except ValueError:
        return None
    if moment.tzinfo is None:
        collector.tell(
            _("Times without a UTC offset were read in this computer's time zone."), counted=False
        )
    return parsing.in_local_zone(moment)


def _end(
    collector: Collector,
    row: parsing.CsvRow,
    mapping: dict[str, str],
    start: datetime,
    *,
    order: str | None,
    fail: parsing.Fail,
) -> datetime | None:
    end_text = row.get(mapping.get("end"))
    if end_text:
        end = _moment(collector, end_text, order)
        if end is None:
            raise fail("end", _("“{text}” is not a date and time").format(text=end_text))
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


def _type(text: str, column: str, facts: list[d.FileFact]) -> d.AttackType:
    """The attack type; a type the journal has no word for is kept as a fact in the
    file's words (column "Typ", value "Spannungskopfschmerz"); an empty cell is the
    record's "type not given"."""
    words = parsing.split_list(text)
    if len(words) == 1 and words[0].casefold() in set(d.AttackType):
        return d.AttackType(words[0].casefold())
    kind, exact = vocabulary.attack_type(words)
    if not exact and text:
        facts.append(d.FileFact(column, text, d.FactReason.TYPE_NOT_MATCHED))
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
        _(
            "“{text}” is not a 0-3 pain (none, mild, moderate, severe); map a 0-10 "
            "column to pain_nrs instead"
        ).format(text=text),
    )


def _pain_nrs(text: str, fail: parsing.Fail) -> int | None:
    if not text:
        return None
    if not text.isdigit() or int(text) > 10:
        raise fail("pain_nrs", _("“{text}” is not a whole number from 0 to 10").format(text=text))
    return int(text)


def _id(collector: Collector, text: str, start: datetime) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return collector.make_id("attack", start.isoformat())
