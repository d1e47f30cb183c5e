"""Flo's data export (the JSON file Flo sends on a data request), as public Flo
parsers read it: an object whose "operationalData" holds "cycles" (each with
"period_start_date" and "period_end_date" written "2018-10-22 00:00:00.0") and
"point_events_manual_v2" (each with "date", "category" and "subcategory": Period
Light/Medium/Heavy/Spotting, Symptom Headache/Nausea/..., Mood, Fluid...).

- Every day from a period's start to its end is a bleeding day, with the flow the
  day's Period event gives (a day without one is medium, and the preview says how
  many were). A Spotting event outside a period is spotting.
- The Headache symptom (and Migraine, where Flo has it) becomes a day record;
  Nausea on the same day is added to it.
- Moods, fluids and the other categories have no place in the journal and are named
  in the preview.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing
from journal.exchange.foreign import Collector, ForeignImport
from journal.exchange.json_text import parse_json
from journal.i18n import _, ngettext
from journal.storage import Journal

FORMAT = "flo"
FLOWS = {
    "light": d.Flow.LIGHT,
    "medium": d.Flow.MEDIUM,
    "heavy": d.Flow.HEAVY,
    "spotting": d.Flow.SPOTTING,
}


def is_flo(document: Any) -> bool:
    data = document.get("operationalData") if isinstance(document, dict) else None
    return isinstance(data, dict) and ("cycles" in data or "point_events_manual_v2" in data)


def plan_flo(journal: Journal, path: Path) -> ForeignImport:
    name = Path(path).name
    document = parse_json(parsing.read_text(path), name)
    if not is_flo(document):
        raise ImportFileError(
            _("{file} is not a Flo export (no “operationalData” in it).").format(file=name)
        )
    data = document["operationalData"]
    events = _list(data, "point_events_manual_v2", name)
    flows: dict[date, d.Flow] = {}
    headache: dict[date, d.DayRecordKind] = {}
    nausea: set[date] = set()
    left_out: set[str] = set()
    for number, event in enumerate(events, start=1):
        where = _("{list}, entry {number}").format(list="point_events_manual_v2", number=number)
        day = parsing.iso_day(event.get("date") if isinstance(event, dict) else None, where, name)
        category = str(event.get("category", ""))
        what = str(event.get("subcategory", "")).casefold()
        if category == "Period" and what in FLOWS:
            flows[day] = FLOWS[what]
        elif category == "Symptom" and what in ("headache", "migraine"):
            kind = d.DayRecordKind.MIGRAINE if what == "migraine" else d.DayRecordKind.HEADACHE
            headache[day] = max(headache.get(day, kind), kind, key=list(d.DayRecordKind).index)
        elif category == "Symptom" and what == "nausea":
            nausea.add(day)
        else:
            left_out.add(f"{category} {event.get('subcategory', '')}".strip())
    collector = Collector(journal, FORMAT)
    assumed = 0
    for number, cycle in enumerate(_list(data, "cycles", name), start=1):
        where = _("{list}, entry {number}").format(list="cycles", number=number)
        if not isinstance(cycle, dict):
            raise ImportFileError(
                _("{file}, {where} is not an object.").format(file=name, where=where)
            )
        first = parsing.iso_day(cycle.get("period_start_date"), where, name)
        end_text = cycle.get("period_end_date")
        last = parsing.iso_day(end_text, where, name) if end_text else first
        if last < first or (last - first).days > 20:
            raise ImportFileError(
                _("{file}, {where}: the period ends before it starts or lasts weeks.").format(
                    file=name, where=where
                )
            )
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            if day not in flows:
                assumed += 1
            collector.add_bleeding(day, flows.pop(day, d.Flow.MEDIUM))
    for day, flow in flows.items():  # flow recorded outside a period
        collector.add_bleeding(day, flow, intermenstrual=flow == d.Flow.SPOTTING)
    for day, kind in sorted(headache.items()):
        symptoms = (d.Symptom.NAUSEA.value,) if day in nausea else ()
        collector.add_day_record(day, kind, symptoms=symptoms)
    if assumed:
        collector.tell(
            ngettext(
                "Flo gave no flow for {count} period day: recorded as medium.",
                "Flo gave no flow for {count} period days: recorded as medium.",
                assumed,
            ).format(count=assumed),
            counted=False,
        )
    for what in sorted(left_out):
        collector.tell(
            _("Flo's “{what}” has no place in the journal: not imported.").format(what=what)
        )
    return collector.plan()


def _list(data: dict[str, Any], key: str, name: str) -> list[Any]:
    found = data.get(key, [])
    if not isinstance(found, list):
        raise ImportFileError(_("{file}: “{key}” is not a list.").format(file=name, key=key))
    return found
