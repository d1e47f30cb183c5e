"""drip's CSV export: bleeding values 0-3, excluded bleeding left out, headache and
migraine days as attacks with their nausea and notes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.drip import plan_drip
from journal.exchange.json_format import apply_import
from journal.storage import Journal

from .helpers import FIXTURES, contents, write

FILE = FIXTURES / "drip.csv"


def test_bleeding_values_0_to_3_are_spotting_to_heavy(journal: Journal) -> None:
    plan = plan_drip(journal, FILE)
    flows = {b.day: b.flow for b in plan.new["bleeding_days"]}
    assert flows == {
        date(2026, 6, 1): d.Flow.HEAVY,
        date(2026, 6, 2): d.Flow.MEDIUM,
        date(2026, 6, 3): d.Flow.LIGHT,
        date(2026, 6, 4): d.Flow.SPOTTING,
    }


def test_excluded_bleeding_is_left_out_and_reported(journal: Journal) -> None:
    plan = plan_drip(journal, FILE)
    assert date(2026, 6, 15) not in {b.day for b in plan.new["bleeding_days"]}
    assert "The bleeding on 2026-06-15 is excluded in drip and was not imported." in plan.messages


def test_headache_and_migraine_days_become_attacks_with_nausea_and_the_pain_note(
    journal: Journal,
) -> None:
    attacks = sorted(plan_drip(journal, FILE).new["attacks"], key=lambda a: a.start)
    assert [(a.start, a.type) for a in attacks] == [
        (datetime(2026, 6, 1, 12, 0).astimezone(), d.AttackType.MIGRAINE),
        (datetime(2026, 6, 2, 12, 0).astimezone(), d.AttackType.HEADACHE),
        (datetime(2026, 6, 20, 12, 0).astimezone(), d.AttackType.HEADACHE),
    ]
    assert attacks[0].note.startswith("woke up with it")
    assert attacks[1].symptoms == ("nausea",) and attacks[0].symptoms == ()
    assert all("Time of day unknown" in a.note for a in attacks)


def test_columns_without_a_place_in_the_journal_are_reported(journal: Journal) -> None:
    messages = " ".join(plan_drip(journal, FILE).messages)
    assert "“pain.cramps”" in messages and "temperature" in messages


def test_importing_the_same_file_twice_adds_nothing(journal: Journal) -> None:
    apply_import(journal, plan_drip(journal, FILE))
    assert contents(journal) == (3, 0, 0, 4)
    again = plan_drip(journal, FILE)
    assert again.added_count == 0 and "7 already in the journal" in again.preview()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("day,bleeding.value\n2026-06-01,2\n", "line 1: there is no “date” column"),
        ("date,bleeding.value\n2026-06-01,2\n2026-06-31,1\n", "line 3, “date”"),
        ("date,bleeding.value\n2026-06-01,4\n", "line 2, “bleeding.value”"),
        ("date,pain.headache\n2026-06-01,maybe\n", "line 2, “pain.headache”"),
    ],
    ids=["no date column", "bad date", "bleeding above 3", "not true or false"],
)
def test_a_broken_file_is_refused_naming_line_and_column_and_changes_nothing(
    journal: Journal, tmp_path: Path, text: str, expected: str
) -> None:
    with pytest.raises(ImportFileError) as refused:
        apply_import(journal, plan_drip(journal, write(tmp_path / "drip.csv", text)))
    assert expected in str(refused.value)
    assert contents(journal) == (0, 0, 0, 0)
