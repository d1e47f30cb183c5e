"""Daylio's CSV export (as MichaelCurrin/daylio-csv-parser's sample shows it):
`full_date,date,weekday,time,mood,activities,note_title,note`, newest first,
activities joined with " | ", text quoted.

Daylio is a mood diary: an entry's time is when it was written, not when a pain
began. So an entry whose activities say headache or migraine (the user's own
activity names: "headache", "migraine", "Kopfschmerzen", "Migräne"...) becomes a
day record for its day, with "nausea" as a symptom and the note as its note.
Moods and other activities have no place in the journal; the preview names them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange import parsing, vocabulary
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import _
from journal.storage import Journal

FORMAT = "daylio"
REQUIRED = ("full_date", "mood", "activities")
MIGRAINE = ("migraine", "migräne")
HEADACHE = ("headache", "kopfschmerz", "kopfweh")


def is_daylio(header: list[str]) -> bool:
    columns = {cell.strip().casefold() for cell in header}
    return set(REQUIRED) <= columns


def plan_daylio(journal: Journal, path: Path) -> ForeignImport:
    name = Path(path).name
    records = parsing.csv_records(parsing.read_text(path), name)
    if not records or not any(cell.strip() for cell in records[0][1]):
        raise ImportFileError(_("{file} is empty.").format(file=name))
    table = parsing.table_at(records, 0)
    if not is_daylio(table.header):
        raise ImportFileError(
            _("{file}, line {line}: there is no “full_date” column.").format(
                file=name, line=table.header_line
            )
        )
    collector = Collector(journal, FORMAT)
    others: set[str] = set()
    for row in table.rows:
        try:
            day = date.fromisoformat(row.get("full_date"))
        except ValueError:
            raise ImportFileError(
                _("{file}, line {line}, “full_date”: “{text}” is not a date.").format(
                    file=name, line=row.line, text=row.get("full_date")
                )
            ) from None
        activities = [a.strip() for a in row.get("activities").split("|") if a.strip()]
        kind = _kind(activities)
        if kind is None:
            others.update(activities)
            continue
        symptoms, _aura = vocabulary.symptoms_and_aura(tuple(activities))
        note = "\n".join(p for p in (row.get("note_title"), row.get("note")) if p)
        collector.add_day_record(
            day,
            kind,
            symptoms=tuple(s for s in symptoms if s in {x.value for x in d.Symptom}),
            note=note,
        )
        placed = set(symptoms) & {x.value for x in d.Symptom}
        others.update(
            a for a in activities if _kind([a]) is None and vocabulary.symptom(a) not in placed
        )
    collector.tell(_("Daylio's moods have no place in the journal."), counted=False)
    if others:
        collector.tell(
            _("Daylio's other activities have no place in the journal: {activities}.").format(
                activities=", ".join(sorted(others))
            ),
            counted=False,
        )
    return collector.plan()


def _kind(activities: list[str]) -> d.DayRecordKind | None:
    spelled = " ".join(activities).casefold()
    if any(word in spelled for word in MIGRAINE):
        return d.DayRecordKind.MIGRAINE
    if any(word in spelled for word in HEADACHE):
        return d.DayRecordKind.HEADACHE
    return None
