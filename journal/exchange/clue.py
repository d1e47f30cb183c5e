"""Clue's measurements.json: a list of {"type", "date", "value"} entries.

- "period" entries (value light / medium / heavy / very heavy / spotting) and
  "spotting" entries become bleeding days; a day given twice keeps the heavier flow.
- Pain tags headache, migraine and migraine with aura become one attack on that
  day. Clue records no time of day, so the attack starts at 12:00 in this computer's
  time zone, has no end recorded beyond its start, and its note says the time is
  unknown. The aura type is not known either: "with aura" is kept in the note.
- Everything else (moods, energy, other pains...) is not imported; the plan's
  messages say how many entries of each kind were left out.

A value may be written as text, as {"option": text}, or as a list of either.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing
from journal.exchange.foreign import UNKNOWN_TIME_NOTE, Collector, ForeignImport, local_noon
from journal.exchange.json_format import parse_json
from journal.storage import Journal

FORMAT = "clue"
FLOWS = {
    "spotting": d.Flow.SPOTTING,
    "light": d.Flow.LIGHT,
    "medium": d.Flow.MEDIUM,
    "heavy": d.Flow.HEAVY,
    "very heavy": d.Flow.HEAVY,
}
HEADACHE_TAGS = {
    "headache": d.AttackType.HEADACHE,
    "migraine": d.AttackType.MIGRAINE,
    "migraine with aura": d.AttackType.MIGRAINE,
}
DAY_ONLY = (
    "Clue records headaches by day only: those attacks start at 12:00 with no "
    "duration, and no 0-3 pain was set."
)


def is_clue(document: Any) -> bool:
    return (
        isinstance(document, list)
        and bool(document)
        and all(isinstance(e, dict) and {"type", "date"} <= set(e) for e in document[:20])
    )


def plan_clue(journal: Journal, path: Path) -> ForeignImport:
    """Read measurements.json and plan its import; writes nothing."""
    name = Path(path).name
    document = read_measurements(path)
    collector = Collector(journal, FORMAT)
    tags_by_day: dict[date, list[str]] = {}
    for number, entry in enumerate(document, start=1):
        kind, day, options = _entry(entry, number, name)
        if kind in ("period", "spotting"):
            for option in options or ["spotting"]:
                flow = FLOWS.get(option)
                if flow is None:
                    collector.tell(f"The period value “{option}” is unknown and was left out.")
                else:
                    collector.add_bleeding(day, flow)
            continue
        headache = [o for o in options if o in HEADACHE_TAGS]
        if headache:
            tags_by_day.setdefault(day, []).extend(headache)
        for other in [o for o in options if o not in HEADACHE_TAGS] or ([] if options else [""]):
            what = f"{kind} “{other}”" if other else f"“{kind}”"
            collector.tell(f"Clue's {what} has no place in the journal: not imported.")
    for day, tags in sorted(tags_by_day.items()):
        _attack(collector, day, tags)
    if tags_by_day:
        collector.tell(DAY_ONLY)
    return collector.plan()


def read_measurements(path: Path) -> list[Any]:
    name = Path(path).name
    document = parse_json(parsing.read_text(path), name)
    if not isinstance(document, list):
        raise ImportFileError(f"{name} is not a list of Clue measurements.")
    return document


def _entry(entry: Any, number: int, name: str) -> tuple[str, date, list[str]]:
    if not isinstance(entry, dict):
        raise ImportFileError(f"{name}, measurement {number} is not an object.")
    for field in ("type", "date"):
        if not isinstance(entry.get(field), str) or not entry[field].strip():
            raise ImportFileError(f"{name}, measurement {number} has no “{field}”.")
    try:
        day = date.fromisoformat(entry["date"].strip()[:10])
    except ValueError:
        raise ImportFileError(
            f"{name}, measurement {number}: “date” is “{entry['date']}”, which is not a date."
        ) from None
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


def _attack(collector: Collector, day: date, tags: list[str]) -> None:
    kinds = {HEADACHE_TAGS[tag] for tag in tags}
    kind = d.AttackType.MIGRAINE if d.AttackType.MIGRAINE in kinds else d.AttackType.HEADACHE
    notes = [UNKNOWN_TIME_NOTE, f"Clue: {', '.join(sorted(set(tags)))}."]
    if "migraine with aura" in tags:
        notes.append("Aura noted in Clue; its kind and duration were not recorded.")
        collector.tell("Clue's “migraine with aura” has no aura details: noted in the attack.")
    start = local_noon(day)
    collector.add_attack(
        d.Attack(
            start=start,
            end=start,
            type=kind,
            note=" ".join(notes),
            id=collector.make_id("attack", day.isoformat()),
        )
    )
