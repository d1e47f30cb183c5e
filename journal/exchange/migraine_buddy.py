"""Migraine Buddy's CSV export, in both layouts the app has written.

The file (as public parsers and users' posted exports show it, e.g. the thread
crmne/cluster-headache-tracker#81): every cell quoted, a preamble of health events
("Date","Time Period","Description","Notes", then one row per event or "No ongoing
events recorded during this period."), a blank line, then one row per attack,
newest first, under a header starting "#","Started","Lasted".

- Current layout: "Start UTC Offset (min)", "End UTC Offset (min)", "Geohash",
  "Attack Types", "Attack Location", "Pain Level", ..., "Notes".
- Older layout (2021-2022): no offsets, Geohash, Attack Types or Attack Location;
  an "Auras" column; dates written d/MM/yy HH:mm (or M/d/yy in the US).

How it maps:
- Started is local wall time; the offset is minutes east of UTC. Without offsets
  the times are read in this computer's zone (the preview says so).
- Slashed dates are read in the order the file itself shows: a number above 12 in
  the Started cells or the preamble's event dates. When every date could be read
  both ways the import stops and asks (`--date-order dmy|mdy`).
- Lasted: "5h 30m", "44h 20m" (hours are not capped at 24), "1d 2h"; "Ongoing"
  (the attack was still going on at export) makes an open attack when it may still
  be (the importers' one rule, journal.validation.may_still_be_going_on), else one
  whose end is not recorded; an empty cell an attack whose end is unknown (it
  counts on its start day only). A cell with a
  second line is read from the line that holds the duration.
- Pain Level (0-10) is the 0-10 rating; the 0-3 pain is never derived from it.
- Symptoms: nausea, vomiting, light and noise sensitivity map to the ICHD-3
  symptoms; "Throbbing pain" sets pulsating, "Worse pain if moving" sets worse
  with activity; visual words become a visual aura; "Auras: Yes" and the type
  "Migraine with aura" make an aura of unrecorded kind when no aura symptom says
  which. Other words stay as the user's own symptoms.
- Attack Types: Migraine / Migraine with aura -> migraine, Headache (and kinds of
  headache) -> headache, Don't know yet -> not sure.
- Medications become doses linked to the attack at its start (the export has no
  intake time), with their dose and route ("Naproxen sodium 550mg Oral") and the
  helpfulness column they are in; "No medication" means none.
- Notes are the attack's note. What has no field (attack location, most
  bothersome and premonitory symptoms, non-drug relief, unknown columns, a type
  the journal has no word for, "Ongoing" in an old file) is kept as the attack's
  provenance facts (journal.domain.provenance: the column and its value), and the
  preview names each such column. Geohash (a location) is left out.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing, vocabulary
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import _, ngettext
from journal.storage import Journal

FORMAT = "migraine-buddy"
HELPFULNESS = {
    "Helpful": d.Helpfulness.HELPFUL,
    "Somewhat Helpful": d.Helpfulness.SOMEWHAT_HELPFUL,
    "Unhelpful": d.Helpfulness.UNHELPFUL,
    "Unsure": d.Helpfulness.UNSURE,
}
START_OFFSET, END_OFFSET = "Start UTC Offset (min)", "End UTC Offset (min)"
MAPPED = {
    "#", "Started", "Lasted", START_OFFSET, END_OFFSET, "Attack Types", "Auras",
    "Affected Activities", "Potential Triggers", "Symptoms", "Pain Positions", "Geohash",
    *(f"{h} Medication" for h in HELPFULNESS),
}  # fmt: skip
NO_MEDICATION = ("no medication", "none", "no medications")
ONGOING = ("ongoing", "in progress", "läuft")
YES = ("yes", "ja", "true", "1")
NOTES = "Notes"


def is_migraine_buddy(records: list[tuple[int, list[str]]]) -> bool:
    return _header_index(records) is not None


def plan_migraine_buddy(
    journal: Journal, path: Path, *, date_order: str | None = None
) -> ForeignImport:
    """Read the file and plan its import; writes nothing."""
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not any(any(cell.strip() for cell in cells) for _line, cells in records):
        raise ImportFileError(_("{file} is empty.").format(file=name))
    index = _header_index(records)
    if index is None:
        raise ImportFileError(
            _("{file} has no attack table: no row with the columns “Started” and “Lasted”.").format(
                file=name
            )
        )
    table = parsing.table_at(records, index)
    pain_column = next((c for c in table.header if c.startswith("Pain Level")), None)
    order = date_order or _date_order(records[:index], table, name)
    collector = Collector(journal, FORMAT)
    events = _health_events(records[:index])
    if events:
        collector.tell(
            ngettext(
                "{count} health event from the list above the attacks has no place in the "
                "journal: not imported.",
                "{count} health events from the list above the attacks have no place in the "
                "journal: not imported.",
                events,
            ).format(count=events),
            counted=False,
        )
    filled = {column for row in table.rows for column in row.cells if row.get(column)}
    for column in table.header:
        if column == "Geohash" and column in filled:
            collector.tell(_("The location (Geohash) column was left out."), counted=False)
        elif column in filled and column not in MAPPED and column not in (pain_column, NOTES):
            collector.tell(
                _("“{column}” has no field of its own: kept as what the file said.").format(
                    column=column
                ),
                counted=False,
            )
    if START_OFFSET not in table.header:
        collector.tell(
            _(
                "The file has no UTC offsets (an older export): times were read in "
                "this computer's time zone."
            ),
            counted=False,
        )
    for row in table.rows:
        _attack(collector, row, pain_column, order, name)
    if any(row.get(pain_column) for row in table.rows):
        collector.tell(
            _(
                "Pain was rated 0-10 in Migraine Buddy: kept as the 0-10 rating, the "
                "0-3 pain is left to fill in."
            ),
            counted=False,
        )
    return collector.plan()


def _header_index(records: list[tuple[int, list[str]]]) -> int | None:
    for index, (_line, cells) in enumerate(records):
        stripped = {cell.strip() for cell in cells}
        if "Started" in stripped and ("Lasted" in stripped or "Attack Types" in stripped):
            return index
    return None


def _health_events(preamble: list[tuple[int, list[str]]]) -> int:
    """How many health events (illness, injury...) the preamble lists."""
    rows = [cells for _line, cells in preamble if any(cell.strip() for cell in cells)]
    return sum(
        1
        for cells in rows[1:]  # the first row is the preamble's own header
        if not cells[0].strip().casefold().startswith("no ongoing events")
    )


def _date_order(
    preamble: list[tuple[int, list[str]]], table: parsing.CsvTable, name: str
) -> str | None:
    """The file's slashed-date order from its own evidence, or a refusal to guess."""
    texts: list[str] = [cell for _line, cells in preamble for cell in cells]
    texts += [row.get("Started") for row in table.rows]
    order, ambiguous = parsing.date_order(texts)
    if order is None and ambiguous is not None:
        raise parsing.DateOrderNeeded(name, ambiguous)
    return order


def _attack(
    collector: Collector, row: parsing.CsvRow, pain_column: str | None, order: str | None, name: str
) -> None:
    def fail(column: str, reason: object) -> ImportFileError:
        return ImportFileError(
            _("{file}, line {line}, “{column}”: {reason}.").format(
                file=name, line=row.line, column=column, reason=reason
            )
        )

    started = row.get("Started")
    if not started:
        raise fail("Started", _("the start is missing"))
    try:
        wall = parsing.parse_wall_time(started, order=order)
    except ValueError as error:
        raise fail("Started", error) from None
    zone = _zone(row, START_OFFSET, fail)
    if wall.tzinfo is not None:
        start = wall
    elif zone is not None:
        start = wall.replace(tzinfo=zone)
    else:
        start = parsing.in_local_zone(wall)
    end = _end(row, start, fail)
    end_unknown = end is None and not row.get("Lasted")
    # "Ongoing": still going on when the file was written; the collector keeps it
    # open only when that may still be true (may_still_be_going_on)
    ongoing = d.FileFact(
        "Lasted", " ".join(row.get("Lasted").split()), d.FactReason.ONGOING_IN_OLD_FILE
    )
    facts: list[d.FileFact] = []
    types = parsing.split_list(row.get("Attack Types"))
    kind, exact = vocabulary.attack_type(types)
    words = parsing.split_list(row.get("Symptoms"))
    symptoms, aura = vocabulary.symptoms_and_aura(words)
    features = {vocabulary.pain_feature(word) for word in words}
    aura_words = parsing.split_list(row.get("Auras"))
    aura = _aura(aura, aura_words, vocabulary.type_has_aura(types))
    if not types and "Attack Types" not in row.cells and kind == d.AttackType.NOT_SURE:
        exact = True  # the older layout has no type: "type not given", nothing to keep
    locations, unilateral = vocabulary.locations(parsing.split_list(row.get("Pain Positions")))
    if not exact:
        written = " ".join(row.get("Attack Types").split())
        facts.append(d.FileFact("Attack Types", written, d.FactReason.TYPE_NOT_MATCHED))
    facts += _unmapped(row, pain_column)
    attack_id = collector.make_id("attack", started, row.get(START_OFFSET))
    collector.add_attack(
        d.Attack(
            start=start,
            end=end,
            end_unknown=end_unknown,
            type=kind,
            pain_nrs=_pain_nrs(row, pain_column, fail),
            unilateral=unilateral,
            pulsating="pulsating" in features,
            worse_with_activity="worse_with_activity" in features,
            symptoms=symptoms,
            aura=aura,
            locations=locations,
            activities=parsing.split_list(row.get("Affected Activities")),
            suspected_triggers=parsing.split_list(row.get("Potential Triggers")),
            note=row.get(NOTES),
            id=attack_id,
            source=FORMAT,
            provenance=tuple(facts),
        ),
        ongoing=ongoing,
    )
    for helpfulness, value in HELPFULNESS.items():
        cell = row.get(f"{helpfulness} Medication")
        for item in parsing.split_list(cell, ignore=NO_MEDICATION):
            collector.add_attack_dose(item, attack_id, start, helpfulness=value)


def _aura(
    found: tuple[d.AuraSymptom, ...], aura_words: tuple[str, ...], type_says_aura: bool
) -> tuple[d.AuraSymptom, ...]:
    """Aura symptoms from the Symptoms and Auras cells; an aura of unrecorded kind
    when the file says there was one but not which."""
    listed = list(found)
    said_yes = False
    for word in aura_words:
        if word.casefold() in YES:
            said_yes = True
            continue
        if word.casefold() in ("no", "nein", "false", "0"):
            continue
        kind = vocabulary.aura_kind(word)
        if kind is None:
            said_yes = True
        elif all(a.type != kind for a in listed):
            listed.append(d.AuraSymptom(kind))
    if (said_yes or type_says_aura) and not listed:
        listed.append(d.AuraSymptom(d.AuraType.UNSPECIFIED))
    return tuple(listed)


def _zone(row: parsing.CsvRow, column: str, fail: parsing.Fail) -> timezone | None:
    text = row.get(column)
    if not text:
        return None
    try:
        return parsing.offset_zone(text)
    except ValueError as error:
        raise fail(column, error) from None


def _end(row: parsing.CsvRow, start: datetime, fail: parsing.Fail) -> datetime | None:
    """The end from Lasted; None when the attack was ongoing at export (or the cell
    is empty: its end unknown)."""
    lines = [line.strip() for line in row.get("Lasted").splitlines() if line.strip()]
    if not lines or any(line.casefold().startswith(ONGOING) for line in lines):
        return None
    lasted: timedelta | None = None
    problem: ValueError | None = None
    for line in lines:
        try:
            lasted = parsing.parse_duration(line)
            break
        except ValueError as error:
            problem = problem or error
    if lasted is None:
        raise fail("Lasted", problem)
    end_zone = _zone(row, END_OFFSET, fail) or start.tzinfo
    return (start + lasted).astimezone(end_zone)


def _pain_nrs(row: parsing.CsvRow, column: str | None, fail: parsing.Fail) -> int | None:
    text = row.get(column)
    if not text or column is None:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise fail(column, _("“{text}” is not a number from 0 to 10").format(text=text)) from None
    if not 0 <= value <= 10 or value != int(value):
        raise fail(column, _("{text} is not a whole number from 0 to 10").format(text=text))
    return int(value)


def _unmapped(row: parsing.CsvRow, pain_column: str | None) -> list[d.FileFact]:
    """The column and value of every filled cell without a field of its own."""
    facts = []
    for column in row.cells:
        value = row.get(column)
        if column in MAPPED or column in (pain_column, NOTES) or not column or not value:
            continue
        if value.casefold() in NO_MEDICATION and column.endswith("Relief Methods"):
            continue
        facts.append(d.FileFact(column, " ".join(value.split())))
    return facts
