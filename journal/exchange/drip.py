"""drip's CSV export: one row per day with "date", "bleeding.value" (0 spotting,
1 light, 2 medium, 3 heavy), "bleeding.exclude", and "pain.*" yes/no columns
(pain.headache, pain.migraine, pain.nausea, pain.cramps...), among many others.

- A bleeding value becomes a bleeding day. drip's "exclude" marks bleeding that the
  user does not want counted as a period; the journal counts every bleeding day as
  menstruation, so excluded days are left out and the plan's messages say so.
- pain.headache or pain.migraine become one attack on that day, at 12:00 in this
  computer's time zone (drip records no time; the note says so); pain.nausea adds
  nausea to it and pain.note joins its note. Other pains and the other columns
  (temperature, mucus, mood...) have no place in the journal and are reported.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing
from journal.exchange.foreign import UNKNOWN_TIME_NOTE, Collector, ForeignImport, local_noon
from journal.storage import Journal

FORMAT = "drip"
FLOWS = (d.Flow.SPOTTING, d.Flow.LIGHT, d.Flow.MEDIUM, d.Flow.HEAVY)
ATTACK_PAINS = {"pain.headache": d.AttackType.HEADACHE, "pain.migraine": d.AttackType.MIGRAINE}
USED = {"date", "bleeding.value", "bleeding.exclude", "pain.note", "pain.nausea", *ATTACK_PAINS}
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no", "")


def is_drip(header: list[str]) -> bool:
    columns = {column.strip() for column in header}
    return "date" in columns and any(c.startswith(("bleeding.", "pain.")) for c in columns)


def plan_drip(journal: Journal, path: Path) -> ForeignImport:
    """Read a drip export and plan its import; writes nothing."""
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records:
        raise ImportFileError(f"{name} is empty.")
    table = parsing.table_at(records, 0)
    if "date" not in table.header:
        raise ImportFileError(f"{name}, line {table.header_line}: there is no “date” column.")
    collector = Collector(journal, FORMAT)
    for row in table.rows:
        day = _day(row, name)
        _bleeding(collector, row, day, name)
        _pains(collector, row, day, name)
    ignored = sorted({c.split(".")[0] for c in table.header if c and c not in USED} - {"pain"})
    if ignored:
        collector.tell(f"drip's {', '.join(ignored)} columns have no place in the journal.")
    return collector.plan()


def _day(row: parsing.CsvRow, name: str) -> date:
    try:
        return parsing.parse_day(row.get("date"))
    except ValueError:
        raise ImportFileError(
            f"{name}, line {row.line}, “date”: “{row.get('date')}” is not a date."
        ) from None


def _flag(row: parsing.CsvRow, column: str, name: str) -> bool:
    text = row.get(column).casefold()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ImportFileError(f"{name}, line {row.line}, “{column}”: “{text}” is not true or false.")


def _bleeding(collector: Collector, row: parsing.CsvRow, day: date, name: str) -> None:
    text = row.get("bleeding.value")
    if not text:
        return
    if text not in ("0", "1", "2", "3"):
        raise ImportFileError(
            f"{name}, line {row.line}, “bleeding.value”: “{text}” is not 0, 1, 2 or 3."
        )
    if _flag(row, "bleeding.exclude", name):
        collector.tell(f"The bleeding on {day} is excluded in drip and was not imported.")
        return
    collector.add_bleeding(day, FLOWS[int(text)])


def _pains(collector: Collector, row: parsing.CsvRow, day: date, name: str) -> None:
    kinds = [kind for column, kind in ATTACK_PAINS.items() if _flag(row, column, name)]
    for column in row.cells:
        if column.startswith("pain.") and column not in USED and _flag(row, column, name):
            collector.tell(f"drip's “{column}” has no place in the journal.")
    if not kinds:
        if row.get("pain.note"):
            collector.tell(f"The pain note on {day} has no headache to go with: left out.")
        return
    kind = d.AttackType.MIGRAINE if d.AttackType.MIGRAINE in kinds else d.AttackType.HEADACHE
    start = local_noon(day)
    note = "\n".join(part for part in (row.get("pain.note"), UNKNOWN_TIME_NOTE) if part)
    nausea = (d.Symptom.NAUSEA.value,) if _flag(row, "pain.nausea", name) else ()
    collector.add_attack(
        d.Attack(
            start=start,
            end=start,
            type=kind,
            symptoms=nausea,
            note=note,
            id=collector.make_id("attack", day.isoformat()),
        )
    )
    collector.tell(
        "drip records headaches by day only: those attacks start at 12:00 with no "
        "duration, and no 0-3 pain was set.",
        counted=False,
    )
