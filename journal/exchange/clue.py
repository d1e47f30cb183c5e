"""Clue's exports: measurements.json (today's "Download your data") and the older
backup ClueBackup-*.cluedata.

measurements.json is a list of {"type", "date", "value"} entries (the layout the
clue-to-drip converter, fabfabretti/clue-to-drip, reads): "period" with
{"option": light | medium | heavy | very_heavy}, "spotting" with {"option": red |
brown} (older files: "spotting"), "pain" with a list of {"option": period_cramps,
headache, migraine, migraine_with_aura, ovulation, lower_back, breast_tenderness,
pain_free...}, "digestion" (nauseous...), "bbt" ({"celsius", "excluded"}) and
many more (feelings, energy, sleep, sex_life, discharge, tags, medication...).

The .cluedata backup is one JSON object whose "data" list holds a day per entry
({"day": "2019-03-01...", "period": "heavy", "spotting": ..., "pain": [...],
"digestion": [...], ...}); each day is read as the same measurements.

- period and spotting become bleeding days (spotting: flow "spotting").
- headache / migraine / migraine_with_aura become a day record (Clue records
  days, not hours); "with aura" is kept as an aura of unrecorded kind; a nauseous
  digestion tag on such a day adds nausea.
- Everything else is reported, named by its kind, not imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing
from journal.exchange.foreign import Collector, ForeignImport
from journal.exchange.json_text import parse_json
from journal.i18n import _
from journal.storage import Journal

FORMAT = "clue"
FLOWS = {
    "spotting": d.Flow.SPOTTING,
    "red": d.Flow.SPOTTING,
    "brown": d.Flow.SPOTTING,
    "light": d.Flow.LIGHT,
    "medium": d.Flow.MEDIUM,
    "heavy": d.Flow.HEAVY,
    "very heavy": d.Flow.HEAVY,
}
HEADACHE_TAGS = {
    "headache": d.DayRecordKind.HEADACHE,
    "migraine": d.DayRecordKind.MIGRAINE,
    "migraine with aura": d.DayRecordKind.MIGRAINE,
}
NAUSEA_TAGS = ("nauseous", "nausea")
Measurement = tuple[str, date, list[str]]


def is_clue(document: Any) -> bool:
    if isinstance(document, dict) and isinstance(document.get("data"), list):
        days = document["data"][:20]
        return bool(days) and all(isinstance(e, dict) and "day" in e for e in days)
    return (
        isinstance(document, list)
        and bool(document)
        and all(isinstance(e, dict) and {"type", "date"} <= set(e) for e in document[:20])
    )


def plan_clue(journal: Journal, path: Path) -> ForeignImport:
    """Read measurements.json or a .cluedata backup and plan its import."""
    name = Path(path).name
    document = _read(path)
    collector = Collector(journal, FORMAT)
    tags: dict[date, list[str]] = {}
    nauseous: set[date] = set()
    for kind, day, options in _measurements(document, name):
        if kind in ("period", "spotting"):
            for option in options or ["spotting"]:
                flow = FLOWS.get(option)
                if flow is None:
                    collector.tell(
                        _("Clue's {kind} value “{option}” is unknown: left out.").format(
                            kind=kind, option=option
                        )
                    )
                else:
                    collector.add_bleeding(day, flow)
            continue
        if kind == "digestion" and any(o in NAUSEA_TAGS for o in options):
            nauseous.add(day)
        headache = [o for o in options if o in HEADACHE_TAGS]
        if headache:
            tags.setdefault(day, []).extend(headache)
        others = [o for o in options if o not in HEADACHE_TAGS and o != "pain free"]
        if kind == "digestion":
            others = [o for o in others if o not in NAUSEA_TAGS or day not in tags]
        for other in others or ([] if options else [""]):
            what = f"{kind} “{other}”" if other else f"“{kind}”"
            collector.tell(
                _("Clue's {what} has no place in the journal: not imported.").format(what=what)
            )
    for day, found in sorted(tags.items()):
        kinds = {HEADACHE_TAGS[tag] for tag in found}
        migraine = d.DayRecordKind.MIGRAINE in kinds
        collector.add_day_record(
            day,
            d.DayRecordKind.MIGRAINE if migraine else d.DayRecordKind.HEADACHE,
            symptoms=(d.Symptom.NAUSEA.value,) if day in nauseous else (),
            aura="migraine with aura" in found,
        )
    return collector.plan()


def _read(path: Path) -> Any:
    name = Path(path).name
    document = parse_json(parsing.read_text(path), name)
    if not is_clue(document):
        raise ImportFileError(
            _("{file} is not a Clue export (no measurements or days in it).").format(file=name)
        )
    return document


def read_measurements(path: Path) -> list[Any]:
    document = _read(path)
    return document if isinstance(document, list) else document["data"]


def _measurements(document: Any, name: str) -> Iterator[Measurement]:
    if isinstance(document, list):
        for number, entry in enumerate(document, start=1):
            yield _entry(entry, number, name)
        return
    for number, entry in enumerate(document["data"], start=1):
        day = parsing.iso_day(entry.get("day"), _("day {number}").format(number=number), name)
        for kind, value in entry.items():
            if kind in ("day", "date"):
                continue
            yield _spelled(kind), day, [_spelled(o) for o in _options(value)]


def _entry(entry: Any, number: int, name: str) -> Measurement:
    if not isinstance(entry, dict):
        raise ImportFileError(
            _("{file}, measurement {number} is not an object.").format(file=name, number=number)
        )
    if not isinstance(entry.get("type"), str) or not entry["type"].strip():
        raise ImportFileError(
            _("{file}, measurement {number} has no “type”.").format(file=name, number=number)
        )
    day = parsing.iso_day(entry.get("date"), _("measurement {number}").format(number=number), name)
    return _spelled(entry["type"]), day, [_spelled(o) for o in _options(entry.get("value"))]


def _options(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        option = value.get("option", value.get("value"))
        return [option] if isinstance(option, str) else []
    if isinstance(value, list):
        return [option for item in value for option in _options(item)]
    return []


def _spelled(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())
