"""Migraine Buddy's CSV export: times with their UTC offsets, 0-10 pain kept apart
from the 0-3 scale, symptoms and medications mapped, re-imports recognised."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.json_format import apply_import
from journal.exchange.migraine_buddy import plan_migraine_buddy
from journal.storage import Journal

from .helpers import FIXTURES, contents, write

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
FILE = FIXTURES / "migraine_buddy.csv"
HEADER = (FILE.read_text(encoding="utf-8").splitlines()[3]).split(",")


def _by_start(plan_attacks: list[d.Attack]) -> list[d.Attack]:
    return sorted(plan_attacks, key=lambda a: a.start)


def _table(rows: list[str], header: list[str] = HEADER) -> str:
    preamble = 'Date,Time Period,Description,Notes\n"Nov 20, 2026",all,Report,\n\n'
    return preamble + ",".join(header) + "\n" + "\n".join(rows) + "\n"


def _row(started: str, lasted: str = "1h", pain: str = "5", offsets: str = "60,60") -> str:
    cells = [""] * len(HEADER)
    cells[1], cells[2], cells[6] = started, lasted, pain
    cells[3], cells[4] = offsets.split(",")
    return ",".join(f'"{cell}"' if "," in cell else cell for cell in cells)


def test_fixture_gives_three_attacks_four_medications_and_four_linked_doses(
    journal: Journal,
) -> None:
    plan = plan_migraine_buddy(journal, FILE)
    assert plan.preview() == "4 medications, 3 attacks, 4 doses will be added."
    attack_ids = {a.id for a in plan.new["attacks"]}
    assert all(dose.attack_id in attack_ids for dose in plan.new["doses"])


def test_started_is_local_wall_time_at_the_start_utc_offset(journal: Journal) -> None:
    first, _, third = _by_start(plan_migraine_buddy(journal, FILE).new["attacks"])
    assert first.start == datetime(2026, 3, 1, 22, 30, tzinfo=CET)
    assert first.start.utcoffset() == timedelta(hours=1)
    assert first.end == datetime(2026, 3, 2, 4, 0, tzinfo=CET)
    assert third.start.utcoffset() == timedelta(hours=2)
    assert (third.start.hour, third.end and third.end.hour) == (15, 16)


def test_attack_over_the_clock_change_ends_at_the_end_utc_offset(journal: Journal) -> None:
    second = _by_start(plan_migraine_buddy(journal, FILE).new["attacks"])[1]
    assert second.start == datetime(2026, 3, 29, 1, 30, tzinfo=CET)
    assert second.end is not None and second.end.utcoffset() == timedelta(hours=2)
    assert second.end.replace(tzinfo=None) == datetime(2026, 3, 30, 4, 30)
    assert second.end - second.start == timedelta(days=1, hours=2)


def test_pain_level_goes_to_pain_nrs_and_the_0_3_pain_is_never_derived(
    journal: Journal,
) -> None:
    plan = plan_migraine_buddy(journal, FILE)
    attacks = _by_start(plan.new["attacks"])
    assert [a.pain_nrs for a in attacks] == [7, 9, 3]
    assert [a.pain for a in attacks] == [None, None, None]  # not recorded, never 0 "none"
    assert "0-3 pain not set; Migraine Buddy pain level 7/10." in attacks[0].note
    assert any("0-3 pain was not set" in message for message in plan.messages)


def test_symptoms_aura_locations_activities_and_triggers_are_mapped(journal: Journal) -> None:
    first, second, third = _by_start(plan_migraine_buddy(journal, FILE).new["attacks"])
    assert first.symptoms == ("nausea", "photophobia", "phonophobia", "Dizziness")
    assert first.locations == ("left", "temple") and first.unilateral
    assert first.activities == ("Work", "Sleep")
    assert first.suspected_triggers == ("Red wine", "Stress")
    assert first.type is d.AttackType.MIGRAINE
    assert second.aura == (d.AuraSymptom(d.AuraType.VISUAL),)
    assert second.symptoms == ("vomiting", "nausea")
    assert second.locations == ("both_sides", "forehead") and not second.unilateral
    assert "Attack type in Migraine Buddy: Migraine with aura." in second.note
    assert third.type is d.AttackType.HEADACHE and third.locations == ("right",)


def test_what_has_no_field_of_its_own_is_kept_in_the_attack_note(journal: Journal) -> None:
    first = _by_start(plan_migraine_buddy(journal, FILE).new["attacks"])[0]
    assert first.note.startswith("Woke up with it")
    for kept in (
        "Most Bothersome Symptom: Nausea",
        "Premonitory Symptoms: Yawning",
        "Helpful Non Drug Relief Methods: Dark room",
    ):
        assert kept in first.note


def test_medications_become_doses_of_the_attack_with_helpfulness_in_the_note(
    journal: Journal,
) -> None:
    plan = plan_migraine_buddy(journal, FILE)
    medications = {m.id: m for m in plan.new["medications"]}
    first = _by_start(plan.new["attacks"])[0]
    doses = {medications[x.medication_id].name: x for x in plan.new["doses"]}
    assert set(doses) == {"Sumatriptan", "Ibuprofen", "Paracetamol", "Maxalt"}
    assert doses["Sumatriptan"].attack_id == first.id
    assert doses["Sumatriptan"].taken == first.start
    assert doses["Sumatriptan"].amount == "50 mg"
    assert doses["Sumatriptan"].note.startswith("Migraine Buddy: helpful.")
    assert doses["Ibuprofen"].note.startswith("Migraine Buddy: somewhat helpful.")
    assert doses["Paracetamol"].note.startswith("Migraine Buddy: unhelpful.")
    classes = {m.name: m.med_class for m in medications.values()}
    assert classes["Maxalt"] is d.MedicationClass.TRIPTAN
    assert classes["Ibuprofen"] is d.MedicationClass.SIMPLE_ANALGESIC


def test_a_medication_already_in_the_journal_is_reused_by_name(journal: Journal) -> None:
    mine = journal.medications.save(d.Medication("sumatriptan", d.MedicationClass.TRIPTAN))
    plan = plan_migraine_buddy(journal, FILE)
    assert "sumatriptan" not in {m.name.casefold() for m in plan.new["medications"]}
    assert mine.id in {x.medication_id for x in plan.new["doses"]}
    apply_import(journal, plan)
    assert journal.medications.count() == 4


def test_importing_the_same_file_twice_adds_nothing(journal: Journal) -> None:
    apply_import(journal, plan_migraine_buddy(journal, FILE))
    before = contents(journal)
    again = plan_migraine_buddy(journal, FILE)
    assert again.added_count == 0
    assert again.preview() == (
        "Nothing new will be added; 7 already in the journal will be skipped."
    )
    apply_import(journal, again)
    assert contents(journal) == before == (3, 4, 4, 0)


def test_planning_writes_nothing(journal: Journal) -> None:
    plan_migraine_buddy(journal, FILE)
    assert contents(journal) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("rows", "header", "expected"),
    [
        (
            [_row("03/01/26 22:30")],
            [h for h in HEADER if h != "Lasted"],
            "line 4: the attack table has no “Lasted” column",
        ),
        ([_row("03/01/26 22:30"), _row("03/41/26 10:00")], HEADER, "line 6, “Started”"),
        ([_row("03/01/26 22:30", lasted="ages")], HEADER, "line 5, “Lasted”"),
        ([_row("03/01/26 22:30", pain="11")], HEADER, "line 5, “Pain Level (0-10)”"),
        ([_row("03/01/26 22:30", offsets="9000,60")], HEADER, "“Start UTC Offset (min)”"),
    ],
    ids=["missing column", "bad date", "bad duration", "pain above 10", "bad offset"],
)
def test_a_broken_file_is_refused_with_the_line_and_column_and_changes_nothing(
    journal: Journal, tmp_path: Path, rows: list[str], header: list[str], expected: str
) -> None:
    journal.attacks.save(d.Attack(start=datetime(2026, 1, 1, 9, 0, tzinfo=CET)))
    broken = write(tmp_path / "broken.csv", _table(rows, header))
    with pytest.raises(ImportFileError) as refused:
        apply_import(journal, plan_migraine_buddy(journal, broken))
    assert expected in str(refused.value)
    assert str(refused.value).count(".") >= 1 and "\n" not in str(refused.value)
    assert contents(journal) == (1, 0, 0, 0)


def test_a_file_without_an_attack_table_is_refused_in_one_sentence(
    journal: Journal, tmp_path: Path
) -> None:
    broken = write(tmp_path / "preamble.csv", "Date,Time Period,Description,Notes\nx,y,z,\n")
    with pytest.raises(ImportFileError, match="no attack table"):
        plan_migraine_buddy(journal, broken)


def test_day_first_dates_are_recognised_from_a_day_above_12(
    journal: Journal, tmp_path: Path
) -> None:
    rows = [_row("02/03/26 10:00"), _row("31/03/26 10:00", offsets="120,120")]
    plan = plan_migraine_buddy(journal, write(tmp_path / "eu.csv", _table(rows)))
    starts = sorted(a.start for a in plan.new["attacks"])
    assert starts == [
        datetime(2026, 3, 2, 10, 0, tzinfo=CET),
        datetime(2026, 3, 31, 10, 0, tzinfo=CEST),
    ]


@pytest.mark.parametrize(
    "started",
    ["2026-03-01 22:30", "2026-03-01T22:30:00", "Mar 1, 2026 10:30 PM", "03/01/2026 22:30"],
)
def test_common_spellings_of_started_are_read(
    journal: Journal, tmp_path: Path, started: str
) -> None:
    plan = plan_migraine_buddy(journal, write(tmp_path / "x.csv", _table([_row(started)])))
    assert plan.new["attacks"][0].start == datetime(2026, 3, 1, 22, 30, tzinfo=CET)


def test_an_empty_duration_gives_an_attack_that_ends_at_its_start_and_says_so(
    journal: Journal, tmp_path: Path
) -> None:
    plan = plan_migraine_buddy(
        journal, write(tmp_path / "x.csv", _table([_row("2026-03-01 22:30", lasted="")]))
    )
    attack = plan.new["attacks"][0]
    assert attack.end == attack.start and "Duration unknown" in attack.note
