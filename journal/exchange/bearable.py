"""Bearable's CSV export, the "long" layout its analysers read:
`date,date formatted,weekday,time of day,category,rating/amount,detail,notes`, one
line per thing recorded. Symptoms are category "Symptom" with the symptom's name in
detail, its severity in words after it ("Headache (Severe)") and as a number in
rating/amount (0 none, 1 mild, 2 moderate, 3 severe, 4 unbearable).

- A Headache or Migraine symptom becomes a day record on its day (Bearable records
  parts of days, not start and end times). Its severity words are the IHS words, so
  mild, moderate and severe give the 0-3 pain; unbearable is severe (3) and a
  provenance fact keeps the file's word. Nausea on the same day is added to it.
- Moods, energy, sleep, factors and the rest have no place in the journal; the
  preview names each category that was left out.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing, vocabulary
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import _
from journal.storage import Journal

FORMAT = "bearable"
REQUIRED = ("date formatted", "category", "rating/amount", "detail")
SEVERITY_WORDS = {"none": 0, "mild": 1, "moderate": 2, "severe": 3, "unbearable": 3}
SEVERITY_NUMBERS = {"0": 0, "1": 1, "2": 2, "3": 3, "4": 3}
_NAME_AND_SEVERITY = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<severity>[^)]*)\))?$")


def is_bearable(header: list[str]) -> bool:
    return set(REQUIRED) <= {cell.strip().casefold() for cell in header}


def plan_bearable(journal: Journal, path: Path) -> ForeignImport:
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records or not any(cell.strip() for cell in records[0][1]):
        raise ImportFileError(_("{file} is empty.").format(file=name))
    table = parsing.table_at(records, 0)
    header = {cell.strip().casefold(): cell for cell in table.header}
    if not is_bearable(table.header):
        raise ImportFileError(
            _("{file}, line {line}: the columns are not Bearable's ({columns}).").format(
                file=name, line=table.header_line, columns=", ".join(REQUIRED)
            )
        )
    collector = Collector(journal, FORMAT)
    left_out: set[str] = set()
    pains: dict[date, list[tuple[d.DayRecordKind, int | None, d.FileFact | None]]] = {}
    nausea: set[date] = set()
    for row in table.rows:
        category = row.get(header["category"])
        detail = row.get(header["detail"])
        day = _day(row, header["date formatted"], name)
        found = _NAME_AND_SEVERITY.match(detail)
        symptom = (found.group("name") if found else detail).strip()
        if category.casefold() != "symptom":
            left_out.add(category or "(no category)")
            continue
        kind = _kind(symptom)
        if kind is None:
            if vocabulary.symptom(symptom) == d.Symptom.NAUSEA.value:
                nausea.add(day)
            else:
                left_out.add(f"symptom {symptom}")
            continue
        words = (found.group("severity") or "").strip().casefold() if found else ""
        number = row.get(header["rating/amount"])
        level = SEVERITY_WORDS.get(words, SEVERITY_NUMBERS.get(number))
        above = None
        if words == "unbearable":
            above = d.FileFact("detail", words, d.FactReason.ABOVE_SEVERE)
        elif number == "4":
            above = d.FileFact("rating/amount", number, d.FactReason.ABOVE_SEVERE)
        if level == 0:
            continue  # recorded as not present
        pains.setdefault(day, []).append((kind, level, above))
    for day, found_pains in sorted(pains.items()):
        kinds = {kind for kind, _, _ in found_pains}
        levels = [level for _, level, _ in found_pains if level is not None]
        migraine = d.DayRecordKind.MIGRAINE in kinds
        collector.add_day_record(
            day,
            d.DayRecordKind.MIGRAINE if migraine else d.DayRecordKind.HEADACHE,
            symptoms=(d.Symptom.NAUSEA.value,) if day in nausea else (),
            pain=max(levels) if levels else None,
            provenance=tuple(dict.fromkeys(fact for _, _, fact in found_pains if fact)),
        )
    for what in sorted(left_out):
        collector.tell(
            _("Bearable's “{what}” has no place in the journal: not imported.").format(what=what)
        )
    return collector.plan()


def _day(row: parsing.CsvRow, column: str, name: str) -> date:
    try:
        return date.fromisoformat(row.get(column)[:10])
    except ValueError:
        raise ImportFileError(
            _("{file}, line {line}, “{column}”: “{text}” is not a date.").format(
                file=name, line=row.line, column=column, text=row.get(column)
            )
        ) from None


def _kind(symptom: str) -> d.DayRecordKind | None:
    spelled = symptom.casefold()
    if "migraine" in spelled or "migräne" in spelled:
        return d.DayRecordKind.MIGRAINE
    if "headache" in spelled or "kopfschmerz" in spelled:
        return d.DayRecordKind.HEADACHE
    return None
