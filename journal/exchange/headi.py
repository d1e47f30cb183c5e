"""Headi's CSV export (MrReSc/Headi, HeadiDBSQLiteHelper.performCsvExport).

One line per diary entry, oldest first, no quoting, Android line ends ("\\n"):
`_id,pain,start_date,end_date,duration,strength,medication,medication_amount`.
start_date and end_date are epoch milliseconds (the phone's clock, no zone);
duration is in milliseconds; strength is the 0-10 rating; pain is the name the
user gave the kind of pain ("Migraine", "Kopfschmerzen"...); medication is a name
or the text "null" when none was taken, medication_amount how many.

- Each entry is an attack from start to end, shown in this computer's time zone
  (Headi writes no zone; the preview says so). The pain name gives the type when
  it says migraine or headache; otherwise the type is not given and the name is
  kept as a provenance fact (what the file said). Strength is the 0-10 rating,
  never converted to 0-3.
- A medication becomes a dose at the attack's start (Headi has no intake time),
  its amount the number taken.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing, vocabulary
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import _
from journal.storage import Journal

FORMAT = "headi"
HEADER = ("_id", "pain", "start_date", "end_date", "duration", "strength")


def is_headi(header: list[str]) -> bool:
    return tuple(cell.strip() for cell in header[: len(HEADER)]) == HEADER


def plan_headi(journal: Journal, path: Path) -> ForeignImport:
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records or not any(cell.strip() for cell in records[0][1]):
        raise ImportFileError(_("{file} is empty.").format(file=name))
    table = parsing.table_at(records, 0)
    if not is_headi(table.header):
        raise ImportFileError(
            _("{file}, line {line}: the columns are not Headi's ({columns}...).").format(
                file=name, line=table.header_line, columns=", ".join(HEADER)
            )
        )
    collector = Collector(journal, FORMAT)
    collector.tell(
        _("Headi writes times without a time zone: they are shown in this computer's zone."),
        counted=False,
    )
    for row in table.rows:
        _attack(collector, row, name)
    return collector.plan()


def _moment(row: parsing.CsvRow, column: str, name: str) -> datetime | None:
    text = row.get(column)
    if not text or text == "null":
        return None
    try:
        millis = int(text)
        return datetime.fromtimestamp(millis / 1000, UTC).astimezone().replace(microsecond=0)
    except (ValueError, OverflowError, OSError):
        raise ImportFileError(
            _("{file}, line {line}, “{column}”: “{text}” is not a time in milliseconds.").format(
                file=name, line=row.line, column=column, text=text
            )
        ) from None


def _attack(collector: Collector, row: parsing.CsvRow, name: str) -> None:
    start = _moment(row, "start_date", name)
    if start is None:
        raise ImportFileError(
            _("{file}, line {line}, “start_date”: the start is missing.").format(
                file=name, line=row.line
            )
        )
    end = _moment(row, "end_date", name)
    if end is not None and end < start:
        raise ImportFileError(
            _("{file}, line {line}, “end_date”: the end is before the start.").format(
                file=name, line=row.line
            )
        )
    pain = row.get("pain")
    kind, exact = vocabulary.attack_type((pain,) if pain and pain != "null" else ())
    strength = row.get("strength")
    if strength and strength != "null" and not (strength.isdigit() and int(strength) <= 10):
        raise ImportFileError(
            _(
                "{file}, line {line}, “strength”: “{strength}” is not a whole number from 0 to 10."
            ).format(file=name, line=row.line, strength=strength)
        )
    attack_id = collector.make_id("attack", row.get("_id"), row.get("start_date"))
    collector.add_attack(
        d.Attack(
            start=start,
            end=end,
            type=kind,
            pain_nrs=int(strength) if strength.isdigit() else None,
            id=attack_id,
            source=FORMAT,
            provenance=() if exact else (d.FileFact("pain", pain, d.FactReason.TYPE_NOT_MATCHED),),
        )
    )
    medication = row.get("medication")
    if medication and medication.casefold() != "null":
        count = row.get("medication_amount")
        counted = count if count.isdigit() and int(count) > 0 else ""
        collector.add_attack_dose(medication, attack_id, start, amount=counted)
