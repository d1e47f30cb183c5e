"""How the diary was kept (clinical-rules.md, the doctor's summary's counting box):
days with an entry, entries made more than 2 days late, imported entries."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from diary_builders import MEDICATIONS, TRIPTAN, at, attack, dose

from journal import domain as d
from journal.analysis.completeness import completeness, is_imported, made_late
from journal.analysis.days import classify_days
from journal.analysis.diary import Diary

FIRST, LAST, TODAY = date(2026, 6, 1), date(2026, 6, 30), date(2026, 7, 1)


def stamp(day: date, hour: int = 12) -> str:
    return d.utc_stamp(at(day, hour))


def kept(diary: Diary) -> tuple[int, int, int, int]:
    facts = classify_days(diary, FIRST, LAST, TODAY)
    found = completeness(diary, facts, FIRST, LAST)
    return found.days, found.days_with_entry, found.late_entries, found.imported_entries


def test_completeness_counts_days_with_any_entry_or_check_in() -> None:
    diary = Diary(
        attacks=(attack(date(2026, 6, 1), 30),),  # 1-2 June
        doses=(dose(TRIPTAN, date(2026, 6, 10)),),
        medications=MEDICATIONS,
        day_entries=(d.DayEntry(date(2026, 6, 11)),),
        bleeding_days=(d.BleedingDay(date(2026, 6, 20)),),
    )
    assert kept(diary)[:2] == (30, 5)


def test_completeness_entries_made_more_than_2_days_after_the_event_are_late() -> None:
    on_time = attack(date(2026, 6, 3), 4, created=stamp(date(2026, 6, 5), 12))  # ends 3 June 13:00
    late = attack(date(2026, 6, 8), 4, created=stamp(date(2026, 6, 10), 14))  # 49 h after its end
    late_dose = d.Dose(TRIPTAN.id, at(date(2026, 6, 12)), created=stamp(date(2026, 6, 20)))
    late_check_in = d.DayEntry(date(2026, 6, 14), created=stamp(date(2026, 6, 18)))
    diary = Diary(
        attacks=(on_time, late),
        doses=(late_dose,),
        medications=MEDICATIONS,
        day_entries=(late_check_in,),
    )
    assert kept(diary)[2] == 3


def test_completeness_names_imported_records_as_imported_not_as_late() -> None:
    imported_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "migraine-buddy row 1"))
    imported = attack(date(2026, 6, 3), 4, id=imported_id, created=stamp(date(2026, 6, 29)))
    assert is_imported(imported_id) and not is_imported(d.new_id())
    assert kept(Diary(attacks=(imported,)))[2:] == (0, 1)


def test_completeness_unknown_creation_time_is_never_late() -> None:
    assert not made_late("", at(FIRST))
    assert made_late(stamp(FIRST + timedelta(days=3)), at(FIRST))


def test_completeness_counts_day_level_records_as_entries_and_imports_as_imported() -> None:
    noted = d.DayRecord(
        date(2026, 6, 5), d.DayRecordKind.MIGRAINE, created=stamp(date(2026, 6, 25))
    )
    imported = d.DayRecord(date(2026, 6, 6), source="drip", created=stamp(date(2026, 6, 29)))
    assert kept(Diary(day_records=(noted, imported))) == (30, 2, 1, 1)
