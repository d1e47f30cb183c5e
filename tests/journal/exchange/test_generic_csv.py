"""A spreadsheet of attacks with a column-mapping step: guessed or given mappings,
times in the file's offset or this computer's zone, pain never changed of scale."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal.analysis.diary import load_diary
from journal.analysis.summary import summarize
from journal.errors import ImportFileError
from journal.exchange.generic_csv import guess_mapping, plan_generic_csv, read_header
from journal.exchange.json_format import apply_import
from journal.storage import Journal

from .helpers import FIXTURES, contents, write

CET = timezone(timedelta(hours=1))
FILE = FIXTURES / "attacks.csv"


def test_guess_mapping_recognises_common_column_names() -> None:
    header = ["Start", "End", "Pain", "Medication", "Triggers", "Notes", "Weather"]
    assert guess_mapping(header) == {
        "start": "Start",
        "end": "End",
        "pain": "Pain",
        "medication": "Medication",
        "triggers": "Triggers",
        "notes": "Notes",
    }
    assert guess_mapping(["Begin", "Duration (min)", "Pain (0-10)", "Comment"]) == {
        "start": "Begin",
        "duration": "Duration (min)",
        "pain_nrs": "Pain (0-10)",
        "notes": "Comment",
    }


def test_fixture_gives_three_attacks_with_doses_linked_and_triggers(journal: Journal) -> None:
    plan = plan_generic_csv(journal, FILE)
    assert plan.preview() == "3 medications, 3 attacks, 3 doses will be added."
    first, second, third = sorted(plan.new["attacks"], key=lambda a: a.start)
    assert first.start == datetime(2026, 2, 3, 8, 15).astimezone()
    assert second.start == datetime(2026, 2, 10, 21, 0, tzinfo=CET)
    assert second.end == datetime(2026, 2, 11, 3, 30, tzinfo=CET)
    assert [first.pain, second.pain, third.pain] == [2, 3, 1]
    assert first.suspected_triggers == ("chocolate", "stress")
    assert first.note == "started at work"
    assert d.FileFact("Weather", "rainy") in first.provenance
    assert third.end is None  # no end and no duration: still going on (an open attack)
    linked = {x.attack_id for x in plan.new["doses"]}
    assert linked == {first.id, second.id}
    assert any("this computer's time zone" in m for m in plan.messages)


def test_a_given_mapping_is_used_and_unmapped_columns_are_kept_as_the_files_facts(
    journal: Journal,
) -> None:
    plan = plan_generic_csv(journal, FILE, {"start": "Start", "notes": "Weather"})
    first = min(plan.new["attacks"], key=lambda a: a.start)
    assert first.note == "rainy" and d.FileFact("Pain", "moderate") in first.provenance
    assert first.end is None and not plan.new["doses"]


def test_a_0_to_10_column_mapped_to_pain_is_refused_naming_the_line(
    journal: Journal, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.csv", "Start,Severity\n2026-02-03 08:15,2\n2026-02-04 08:15,7\n")
    with pytest.raises(ImportFileError, match=r"line 3, “Severity”: “7” is not a 0-3 pain"):
        plan_generic_csv(journal, path, {"start": "Start", "pain": "Severity"})


def test_a_guessed_pain_column_above_3_is_read_as_the_0_10_rating_and_said(
    journal: Journal, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.csv", "Start,Pain\n2026-02-03 08:15,2\n2026-02-04 08:15,7\n")
    plan = plan_generic_csv(journal, path)
    assert sorted(a.pain_nrs or 0 for a in plan.new["attacks"]) == [2, 7]
    assert {a.pain for a in plan.new["attacks"]} == {None}  # not recorded, never 0 "none"
    assert any("read as the 0-10 rating" in m for m in plan.messages)


def test_a_duration_column_in_minutes_gives_the_end(journal: Journal, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "When,Duration (min),Type\n2026-02-03 08:15+01:00,90,aura\n")
    attack = plan_generic_csv(journal, path).new["attacks"][0]
    assert attack.end == datetime(2026, 2, 3, 9, 45, tzinfo=CET)
    assert attack.type is d.AttackType.AURA_ONLY


def test_a_day_without_a_time_is_a_day_record_not_an_attack(
    journal: Journal, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.csv", "Date;Type;Pain;Notes\n2026-02-03;Migraine;stark;tired\n")
    plan = plan_generic_csv(journal, path)
    assert not plan.new["attacks"]
    (record,) = plan.new["day_records"]
    assert record.pain == 3  # "stark": the German word for severe
    assert (record.day, record.kind, record.note) == (
        date(2026, 2, 3),
        d.DayRecordKind.MIGRAINE,
        "tired",
    )


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-16", "\t"), ("utf-8-sig", ";"), ("cp1252", ";"), ("utf-16-le", "\t")],
)
def test_any_encoding_excel_writes_with_german_column_names(
    journal: Journal, tmp_path: Path, encoding: str, separator: str
) -> None:
    rows = [
        ["Beginn", "Ende", "Schmerz", "Medikament", "Auslöser", "Notiz"],
        ["03.02.2026 08:15", "03.02.2026 14:00", "mittel", "Rizatriptan 10 mg", "Stress", "Büro"],
        ["10.02.2026 21:00", "", "stark", "", "", ""],
    ]
    path = tmp_path / "kopfschmerz.csv"
    path.write_bytes("\r\n".join(separator.join(r) for r in rows).encode(encoding))
    plan = plan_generic_csv(journal, path)
    first, second = sorted(plan.new["attacks"], key=lambda a: a.start)
    assert (first.pain, second.pain) == (2, 3)
    assert first.end == datetime(2026, 2, 3, 14, 0).astimezone() and second.end is None
    assert first.suspected_triggers == ("Stress",) and first.note == "Büro"
    assert [x.amount for x in plan.new["doses"]] == ["10 mg"]


def test_slashed_dates_that_could_be_either_order_are_refused_until_the_order_is_given(
    journal: Journal, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.csv", "Start,End\n03/04/2026 08:00,03/04/2026 10:00\n")
    with pytest.raises(ImportFileError, match="--date-order dmy or --date-order mdy"):
        plan_generic_csv(journal, path)
    (attack,) = plan_generic_csv(journal, path, date_order="dmy").new["attacks"]
    assert attack.start.date() == date(2026, 4, 3)


def test_importing_the_same_file_twice_adds_nothing(journal: Journal) -> None:
    apply_import(journal, plan_generic_csv(journal, FILE))
    assert contents(journal) == (3, 3, 3, 0)
    again = plan_generic_csv(journal, FILE)
    assert again.added_count == 0 and "6 already in the journal" in again.preview()


@pytest.mark.parametrize(
    ("text", "mapping", "expected"),
    [
        ("Start,End\n2026-02-03 08:15,\nyesterday,\n", None, "line 3, “Start”"),
        ("Start,End\n2026-02-03 08:15,soon\n", None, "line 2, “End”"),
        ("Weather,Mood\nrain,bad\n", None, "choose the column that holds each attack's start"),
        ("Start,End\n2026-02-03 08:15,\n", {"start": "Begin"}, "no column “Begin”"),
        ("Start\n2026-02-03 08:15\n", {"start": "Start", "colour": "Start"}, "“colour”"),
    ],
    ids=["bad start", "bad end", "no start column", "missing column", "unknown field"],
)
def test_a_broken_file_or_mapping_is_refused_in_one_sentence_and_changes_nothing(
    journal: Journal, tmp_path: Path, text: str, mapping: dict[str, str] | None, expected: str
) -> None:
    with pytest.raises(ImportFileError) as refused:
        apply_import(journal, plan_generic_csv(journal, write(tmp_path / "a.csv", text), mapping))
    assert expected in str(refused.value) and "\n" not in str(refused.value)
    assert contents(journal) == (0, 0, 0, 0)


def test_read_header_gives_the_columns_for_the_mapping_step() -> None:
    assert read_header(FILE) == [
        "Start",
        "End",
        "Pain",
        "Medication",
        "Triggers",
        "Notes",
        "Weather",
    ]


def test_a_type_the_journal_has_no_word_for_is_kept_in_the_files_own_words(
    journal: Journal, tmp_path: Path
) -> None:
    """Records store facts, not sentences of ours: the file's column and cell."""
    path = write(
        tmp_path / "typ.csv",
        "Beginn,Typ\n2026-02-03 08:15,Spannungskopfschmerz\n2026-02-04 09:00,\n",
    )
    plan = plan_generic_csv(journal, path, {"start": "Beginn", "type": "Typ"})
    apply_import(journal, plan)
    facts = [a.provenance for a in sorted(journal.attacks.all(), key=lambda a: a.start)]
    no_end = d.FileFact(reason=d.FactReason.DURATION_UNKNOWN)  # no end, months ago
    assert facts == [
        (d.FileFact("Typ", "Spannungskopfschmerz", d.FactReason.TYPE_NOT_MATCHED), no_end),
        (no_end,),
    ]
    assert [attack.note for attack in journal.attacks.all()] == ["", ""]


TRIAL_CSV = (
    "Start,End,Pain,Medication,Notes\n"
    "05/03/2026 09:00,05/03/2026 17:00,severe,Sumatriptan 50mg,\n"
    "20/04/2026 07:30,20/04/2026 12:00,mild,,\n"
    "10/05/2026 14:00,,moderate,,\n"
)


def test_a_row_with_no_end_months_ago_is_end_not_recorded_and_the_preview_counts_it(
    journal: Journal, tmp_path: Path
) -> None:
    """The new-user trial (issue 16): a spreadsheet row without an end, written months
    ago, became an attack "still going on" since May, every day since a headache day."""
    path = write(tmp_path / "my-attacks.csv", TRIAL_CSV)
    plan = plan_generic_csv(journal, path, date_order="dmy")
    last = max(plan.new["attacks"], key=lambda a: a.start)
    assert last.end is None and last.end_unknown and not last.is_open
    assert last.provenance[-1].reason is d.FactReason.DURATION_UNKNOWN
    assert any(m.startswith("1 attack has no end in the file") for m in plan.messages)
    apply_import(journal, plan)
    assert journal.attacks.open_attacks() == []
    summary = summarize(load_diary(journal), date(2026, 5, 1), date(2026, 6, 30), date(2026, 12, 7))
    # an attack lasting unknown time meets no duration criterion by itself
    # (clinical-rules.md): no headache day at all, never 52 days "still going on"
    assert summary.totals.headache_days == 0
    assert [e.first_day for e in summary.episodes] == [date(2026, 5, 10)]
    assert [(e.first_day, e.last_day) for e in summary.episodes] == [(date(2026, 5, 10),) * 2]


def test_a_row_with_no_end_that_started_hours_ago_is_still_going_on(
    journal: Journal, tmp_path: Path
) -> None:
    started = datetime.now().astimezone() - timedelta(hours=2)
    path = write(tmp_path / "a.csv", f"Start,End\n{started:%Y-%m-%d %H:%M},\n")
    plan = plan_generic_csv(journal, path)
    (attack,) = plan.new["attacks"]
    assert attack.is_open and not attack.provenance
    assert any("kept as still going on" in m for m in plan.messages)


def test_the_preview_says_how_many_attacks_overlap_another_in_the_file_or_the_journal(
    journal: Journal, tmp_path: Path
) -> None:
    journal.attacks.save(
        d.Attack(
            start=datetime(2026, 2, 3, 7, 0, tzinfo=CET), end=datetime(2026, 2, 3, 9, 0, tzinfo=CET)
        )
    )
    path = write(
        tmp_path / "a.csv",
        "Start,End\n2026-02-03 08:15+01:00,2026-02-03 12:00+01:00\n"
        "2026-02-05 08:00+01:00,2026-02-05 12:00+01:00\n"
        "2026-02-05 11:00+01:00,2026-02-05 13:00+01:00\n"
        "2026-02-07 08:00+01:00,2026-02-07 12:00+01:00\n",
    )
    plan = plan_generic_csv(journal, path)
    assert any(m.startswith("3 attacks overlap another attack") for m in plan.messages)
