"""The journal as three CSV tables for spreadsheets: attacks, doses and days.

Written as UTF-8 with a byte order mark and a header row: Excel needs the mark to
read accented letters correctly, LibreOffice, Numbers, Google Sheets and Python's
"utf-8-sig" all accept it, and the generic CSV importer reads it back. Times are
ISO 8601 local wall time with the UTC offset, as in the JSON export; yes/no fields
are "yes"/"no"; lists are joined with "; ". Each file is written atomically.

`export_csv(journal, target)`: a target ending in ".csv" gives NAME-attacks.csv,
NAME-doses.csv and NAME-days.csv beside it; any other target is a folder (made if
missing) that receives attacks.csv, doses.csv and days.csv.

A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @,
a tab or a carriage return, and is not simply a number) is written with a leading
apostrophe, as OWASP's "CSV injection" advice says: an imported note
`=HYPERLINK(...)` stays text. https://owasp.org/www-community/attacks/CSV_Injection
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from journal import domain as d
from journal.errors import JournalError
from journal.exchange.json_format import write_atomically
from journal.files import is_special
from journal.i18n import _
from journal.storage import Journal

TABLES = ("attacks", "doses", "days")
ATTACK_COLUMNS = (
    "id", "start", "end", "duration_minutes", "type", "pain", "pain_nrs", "unilateral",
    "pulsating", "worse_with_activity", "symptoms", "aura", "locations", "activities",
    "suspected_triggers", "note", "from_file",
)  # fmt: skip
DOSE_COLUMNS = (
    "id", "taken", "medication", "medication_class", "amount", "attack_id",
    "pain_at_dose", "pain_2h", "pain_24h", "side_effects", "note", "from_file",
)  # fmt: skip


def table_paths(target: Path) -> dict[str, Path]:
    """Where each table goes for the target given on the command line."""
    target = Path(target)
    if target.suffix.casefold() == ".csv":
        return {t: target.with_name(f"{target.stem}-{t}.csv") for t in TABLES}
    return {t: target / f"{t}.csv" for t in TABLES}


def export_csv(journal: Journal, target: Path) -> list[Path]:
    """Write the three tables; returns their paths."""
    if is_special(Path(target)):
        raise JournalError(
            _(
                "A CSV export is three files (attacks, doses, days), so it cannot go to "
                "{target}; give a folder or NAME.csv, or export as JSON to write to {target}."
            ).format(target=target)
        )
    paths = table_paths(target)
    folder = paths["attacks"].parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise JournalError(
            _("The folder {folder} cannot be made ({strerror}).").format(
                folder=folder, strerror=error.strerror
            )
        ) from None
    tables = {
        "attacks": attack_rows(journal),
        "doses": dose_rows(journal),
        "days": day_rows(journal),
    }
    for table, rows in tables.items():
        write_atomically(paths[table], csv_bytes(rows))
    return list(paths.values())


def csv_bytes(rows: Iterable[Iterable[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([neutralised(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def neutralised(cell: object) -> object:
    """The cell as text a spreadsheet shows and never runs as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def attack_rows(journal: Journal) -> list[list[object]]:
    rows: list[list[object]] = [list(ATTACK_COLUMNS)]
    for a in sorted(journal.attacks.all(), key=lambda a: (a.start, a.id)):
        minutes = round((a.end - a.start).total_seconds() / 60) if a.end else ""
        aura = (f"{x.type.value} {x.minutes} min" if x.minutes else x.type.value for x in a.aura)
        rows.append(
            [
                a.id,
                _time(a.start),
                _time(a.end),
                minutes,
                a.type.value,
                _blank(a.pain),
                _blank(a.pain_nrs),
                *map(_yes, (a.unilateral, a.pulsating, a.worse_with_activity)),
                _joined(a.symptoms),
                _joined(aura),
                _joined(a.locations),
                _joined(a.activities),
                _joined(a.suspected_triggers),
                a.note,
                from_file(a.provenance),
            ]
        )
    return rows


def dose_rows(journal: Journal) -> list[list[object]]:
    medications = {m.id: m for m in journal.medications.all()}
    rows: list[list[object]] = [list(DOSE_COLUMNS)]
    for x in sorted(journal.doses.all(), key=lambda x: (x.taken, x.id)):
        medication = medications.get(x.medication_id)
        rows.append(
            [
                x.id,
                _time(x.taken),
                medication.name if medication else "",
                _class(medication),
                x.amount,
                x.attack_id or "",
                _blank(x.pain_at_dose),
                _blank(x.pain_2h),
                _blank(x.pain_24h),
                _joined(x.side_effects),
                x.note,
                from_file(x.provenance),
            ]
        )
    return rows


def day_rows(journal: Journal) -> list[list[object]]:
    """One row per day with a check-in, bleeding or a headache or migraine recorded
    without times (a day record, from apps that keep a diary by the day); one column
    per tracked factor. checked_in says whether the day had a check-in at all (an
    empty check-in means "nothing of note"). The day-record columns hold that record's
    kind ("headache" or "migraine"), its pains as the source gave them and where it
    came from; several records of one day are joined with "; "."""
    factors = sorted(journal.factors.all(), key=lambda f: (f.position, f.name, f.id))
    entries = {e.day: e for e in journal.day_entries.all()}
    bleeding = {b.day: b for b in journal.bleeding_days.all()}
    records: dict[date, list[d.DayRecord]] = {}
    for record in sorted(journal.day_records.all(), key=lambda r: (r.day, r.id)):
        records.setdefault(record.day, []).append(record)
    header = ["day", "checked_in", *(_factor_label(f) for f in factors)]
    rows: list[list[object]] = [[*header, "note", "bleeding", "withdrawal_bleed", *RECORD_COLUMNS]]
    for day in sorted(set(entries) | set(bleeding) | set(records)):
        entry, bleed = entries.get(day), bleeding.get(day)
        values = [_factor_value(f, entry) for f in factors]
        rows.append(
            [
                day.isoformat(),
                _yes(entry is not None),
                *values,
                entry.note if entry else "",
                bleed.flow.value if bleed else "",
                _yes(bleed.withdrawal) if bleed else "",
                *_record_cells(records.get(day, [])),
            ]
        )
    return rows


RECORD_COLUMNS = (
    "day_record",
    "day_record_pain",
    "day_record_pain_nrs",
    "day_record_source",
    "day_record_from_file",
)


def _record_cells(records: list[d.DayRecord]) -> list[str]:
    """The day-record columns of one day (empty when it has none)."""
    return [
        _joined(r.kind.value for r in records),
        _joined(str(_blank(r.pain)) for r in records if r.pain is not None),
        _joined(str(_blank(r.pain_nrs)) for r in records if r.pain_nrs is not None),
        _joined(r.source for r in records if r.source),
        _joined(from_file(r.provenance) for r in records if r.provenance),
    ]


def from_file(facts: Iterable[d.FileFact]) -> str:
    """What an imported file said beyond the fields, as data: "Attack Location:
    Work; Attack Types: Cluster [type_not_matched]; [dose_time_unknown]"."""
    return _joined(
        " ".join(
            part
            for part in (
                f"{fact.field}: {fact.value}" if fact.field else fact.value,
                f"[{fact.reason.value}]" if fact.reason else "",
            )
            if part
        )
        for fact in facts
    )


def _factor_label(factor: d.Factor) -> str:
    return f"{factor.name} ({factor.unit})" if factor.unit else factor.name


def _factor_value(factor: d.Factor, entry: d.DayEntry | None) -> object:
    value = entry.value_of(factor.id) if entry else None
    if value is None:
        return ""
    if factor.kind is d.FactorKind.YES_NO:
        return _yes(bool(value))
    return f"{value:g}"


def _class(medication: d.Medication | None) -> str:
    return medication.med_class.value if medication else ""


def _time(moment: datetime | date | None) -> str:
    return moment.isoformat() if moment is not None else ""


def _blank(value: object) -> object:
    return "" if value is None else value


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _joined(items: Iterable[str]) -> str:
    return "; ".join(items)
