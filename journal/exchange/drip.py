"""drip's CSV export (bloodyhealth/drip, lib/import-export/export-to-csv.js).

One row per recorded day, newest first, joined with "\\n" and no final newline;
text values lower-cased and quoted when they hold , ; . ' or a line break. The
columns are the CycleDay schema flattened with dots: date, temperature.*,
bleeding.value (0 spotting, 1 light, 2 medium, 3 heavy), bleeding.exclude, mucus.*,
cervix.*, note.value, desire.value, sex.*, pain.* (cramps, ovulationPain, headache,
backache, nausea, tenderBreasts, migraine, other, note), mood.*. Schema 5 adds nine
bleeding.* columns (pad, tampon, underwear, cup, softTampon, disk, none, other, note).

- A bleeding value becomes a bleeding day. "exclude" marks bleeding the user does
  not count as a period: it is kept as bleeding between periods.
- pain.headache / pain.migraine become a day record (no times: drip records days),
  with pain.nausea as nausea and pain.note as its note.
- Everything else has no place in the journal; the preview names the groups of
  columns that held something (temperature, mucus, period products...).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import N_, _
from journal.storage import Journal

FORMAT = "drip"
FLOWS = (d.Flow.SPOTTING, d.Flow.LIGHT, d.Flow.MEDIUM, d.Flow.HEAVY)
DAY_PAINS = {"pain.headache": d.DayRecordKind.HEADACHE, "pain.migraine": d.DayRecordKind.MIGRAINE}
USED = {"date", "bleeding.value", "bleeding.exclude", "pain.note", "pain.nausea", *DAY_PAINS}
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no", "")
GROUP_WORDS = {
    "temperature": N_("temperature readings"),
    "mucus": N_("cervical mucus entries"),
    "cervix": N_("cervix entries"),
    "note": N_("day notes"),
    "desire": N_("desire entries"),
    "sex": N_("sex and contraception entries"),
    "mood": N_("mood entries"),
    "pain": N_("other pains"),
    "bleeding": N_("period products and bleeding notes"),
}


def is_drip(header: list[str]) -> bool:
    columns = {column.strip() for column in header}
    return "date" in columns and "bleeding.value" in columns and "pain.headache" in columns


def plan_drip(journal: Journal, path: Path) -> ForeignImport:
    """Read a drip export and plan its import; writes nothing."""
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records or not any(cell.strip() for cell in records[0][1]):
        raise ImportFileError(_("{file} is empty.").format(file=name))
    table = parsing.table_at(records, 0)
    for column in ("date", "bleeding.value", "pain.headache"):
        if column not in table.header:
            raise ImportFileError(
                _(
                    "{file}, line {line}: there is no “{column}” column, so this is not a "
                    "drip export."
                ).format(file=name, line=table.header_line, column=column)
            )
    collector = Collector(journal, FORMAT)
    unused: set[str] = set()
    for row in table.rows:
        day = _day(row, name)
        _bleeding(collector, row, day, name)
        _pains(collector, row, day, name)
        unused |= {
            column.split(".")[0]
            for column, value in row.cells.items()
            if column not in USED and value.strip() and value.strip() != "false"
        }
    for group in sorted(unused):
        collector.tell(
            _("drip's {what} have no place in the journal.").format(
                what=_(GROUP_WORDS[group]) if group in GROUP_WORDS else group
            )
        )
    return collector.plan()


def _day(row: parsing.CsvRow, name: str) -> date:
    try:
        return date.fromisoformat(row.get("date"))
    except ValueError:
        raise ImportFileError(
            _("{file}, line {line}, “date”: “{text}” is not a date.").format(
                file=name, line=row.line, text=row.get("date")
            )
        ) from None


def _flag(row: parsing.CsvRow, column: str, name: str) -> bool:
    text = row.get(column).casefold()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ImportFileError(
        _("{file}, line {line}, “{column}”: “{text}” is not true or false.").format(
            file=name, line=row.line, column=column, text=text
        )
    )


def _bleeding(collector: Collector, row: parsing.CsvRow, day: date, name: str) -> None:
    text = row.get("bleeding.value")
    if not text:
        return
    if text not in ("0", "1", "2", "3"):
        raise ImportFileError(
            _("{file}, line {line}, “bleeding.value”: “{text}” is not 0, 1, 2 or 3.").format(
                file=name, line=row.line, text=text
            )
        )
    excluded = _flag(row, "bleeding.exclude", name)
    collector.add_bleeding(day, FLOWS[int(text)], intermenstrual=excluded)


def _pains(collector: Collector, row: parsing.CsvRow, day: date, name: str) -> None:
    kinds = [kind for column, kind in DAY_PAINS.items() if _flag(row, column, name)]
    if not kinds:
        return
    nausea = (d.Symptom.NAUSEA.value,) if _flag(row, "pain.nausea", name) else ()
    collector.add_day_record(
        day,
        d.DayRecordKind.MIGRAINE if d.DayRecordKind.MIGRAINE in kinds else kinds[0],
        symptoms=nausea,
        note=row.get("pain.note"),
    )
