"""Day records: headache or migraine on a day with no times (clinical-rules.md,
"Records without times")."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from journal import domain as d
from journal.analysis.diary import Diary, load_diary
from journal.analysis.summary import Summary, summarize
from journal.storage import Journal

CET = timezone(timedelta(hours=1))
FIRST, LAST = date(2026, 3, 1), date(2026, 3, 31)


def _summary(*records: d.DayRecord, attacks: tuple[d.Attack, ...] = ()) -> Summary:
    return summarize(Diary(attacks=attacks, day_records=records), FIRST, LAST, LAST)


def test_a_day_level_headache_is_a_headache_day_and_one_attack_not_a_migraine_day() -> None:
    summary = _summary(d.DayRecord(date(2026, 3, 4), d.DayRecordKind.HEADACHE))
    assert summary.totals.headache_days == 1
    assert summary.totals.migraine_days == 0
    figures = summary.attack_figures
    assert (figures.attacks, figures.migraine_attacks, figures.open_attacks) == (1, 0, 0)
    assert figures.median_hours is None  # hours unknown, not 0


def test_a_day_level_migraine_is_a_migraine_day_by_the_patients_label() -> None:
    summary = _summary(d.DayRecord(date(2026, 3, 4), d.DayRecordKind.MIGRAINE))
    facts = summary.facts[date(2026, 3, 4)]
    assert facts.migraine and facts.headache
    assert summary.attack_figures.migraine_attacks == 1


def test_day_records_on_consecutive_days_count_as_one_attack_apart_ones_as_two() -> None:
    summary = _summary(
        d.DayRecord(date(2026, 3, 4), d.DayRecordKind.MIGRAINE),
        d.DayRecord(date(2026, 3, 5), d.DayRecordKind.HEADACHE),
        d.DayRecord(date(2026, 3, 9), d.DayRecordKind.HEADACHE),
    )
    assert summary.attack_figures.attacks == 2
    assert summary.totals.headache_days == 3
    assert summary.totals.migraine_days == 1


def test_a_day_record_next_to_a_timed_attack_merges_with_it() -> None:
    attack = d.Attack(
        datetime(2026, 3, 10, 8, 0, tzinfo=CET),
        datetime(2026, 3, 10, 14, 0, tzinfo=CET),
        d.AttackType.HEADACHE,
        pain=2,
    )
    summary = _summary(
        d.DayRecord(date(2026, 3, 11), d.DayRecordKind.HEADACHE, pain=3), attacks=(attack,)
    )
    figures = summary.attack_figures
    assert figures.attacks == 1
    assert figures.median_hours == 6.0
    assert figures.severity_mix["severe"] == 1


def test_day_records_are_stored_and_read_back_with_every_field() -> None:
    record = d.DayRecord(
        date(2026, 3, 4),
        d.DayRecordKind.MIGRAINE,
        pain_nrs=7,
        symptoms=("nausea",),
        aura=True,
        source="clue",
        note="from the old app",
    )
    with Journal.in_memory() as journal:
        saved = journal.day_records.save(record)
        assert journal.day_records.between(date(2026, 3, 1), date(2026, 3, 31)) == [saved]
        assert load_diary(journal).first_recorded_day == date(2026, 3, 4)


def test_a_day_record_is_a_day_with_an_entry_and_an_imported_one_is_named_so() -> None:
    imported = d.DayRecord(
        date(2026, 3, 4), source="drip", id="6f1c1e2a-5b0d-5c5e-9d4a-1b2c3d4e5f60"
    )
    summary = summarize(Diary(day_records=(imported,)), FIRST, LAST, LAST)
    assert summary.completeness.days_with_entry == 1
    assert summary.completeness.imported_entries == 1
