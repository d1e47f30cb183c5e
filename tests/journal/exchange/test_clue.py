"""Clue's measurements.json: period flow to bleeding days, headache tags to
attacks on that day whose time is marked unknown."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.clue import plan_clue
from journal.exchange.json_format import apply_import
from journal.storage import Journal

from .helpers import FIXTURES, contents, write

FILE = FIXTURES / "measurements.json"


def test_fixture_gives_four_bleeding_days_and_three_attacks(journal: Journal) -> None:
    plan = plan_clue(journal, FILE)
    assert plan.preview() == "3 attacks, 4 bleeding days will be added."
    flows = {b.day: b.flow for b in plan.new["bleeding_days"]}
    assert flows == {
        date(2026, 5, 1): d.Flow.HEAVY,
        date(2026, 5, 2): d.Flow.MEDIUM,
        date(2026, 5, 3): d.Flow.LIGHT,
        date(2026, 5, 4): d.Flow.SPOTTING,
    }


def test_a_headache_tag_is_an_attack_at_noon_that_day_with_the_time_marked_unknown(
    journal: Journal,
) -> None:
    attacks = sorted(plan_clue(journal, FILE).new["attacks"], key=lambda a: a.start)
    assert [a.start for a in attacks] == [
        datetime(2026, 5, day, 12, 0).astimezone() for day in (1, 10, 28)
    ]
    assert [a.type for a in attacks] == [
        d.AttackType.MIGRAINE,
        d.AttackType.HEADACHE,
        d.AttackType.MIGRAINE,
    ]
    assert all("Time of day unknown" in a.note for a in attacks)
    assert "aura" in attacks[2].note and attacks[0].pain_nrs is None


def test_what_is_not_imported_is_reported(journal: Journal) -> None:
    messages = " ".join(plan_clue(journal, FILE).messages)
    for left_out in ("“period cramps”", "“sad”", "“exhausted”"):
        assert left_out in messages


def test_importing_the_same_file_twice_adds_nothing(journal: Journal) -> None:
    apply_import(journal, plan_clue(journal, FILE))
    again = plan_clue(journal, FILE)
    assert again.added_count == 0
    assert "7 already in the journal will be skipped" in again.preview()
    assert contents(journal) == (3, 0, 0, 4)


def test_a_day_given_twice_keeps_the_heavier_flow(journal: Journal, tmp_path: Path) -> None:
    entries = [
        {"type": "period", "date": "2026-05-01", "value": "light"},
        {"type": "period", "date": "2026-05-01", "value": {"option": "very_heavy"}},
    ]
    plan = plan_clue(journal, write(tmp_path / "m.json", json.dumps(entries)))
    assert [b.flow for b in plan.new["bleeding_days"]] == [d.Flow.HEAVY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[\n{"type": "period",\n "date": "2026-05-01" "value": "light"}]', "line 3, column 23"),
        ('{"type": "period"}', "is not a list of Clue measurements"),
        (
            '[{"type": "period", "date": "2026-05-01"}, {"type": "pain"}]',
            "measurement 2 has no “date”",
        ),
        ('[{"type": "pain", "date": "2026-02-30", "value": "headache"}]', "“2026-02-30”"),
        ('[{"type": "pain", "date": "2026-02-03"}, 7]', "measurement 2 is not an object"),
    ],
    ids=["bad JSON", "not a list", "missing date", "bad date", "not an object"],
)
def test_a_broken_file_is_refused_naming_the_place_and_changes_nothing(
    journal: Journal, tmp_path: Path, text: str, expected: str
) -> None:
    journal.bleeding_days.save(d.BleedingDay(date(2026, 4, 1)))
    with pytest.raises(ImportFileError) as refused:
        apply_import(journal, plan_clue(journal, write(tmp_path / "m.json", text)))
    assert expected in str(refused.value) and "\n" not in str(refused.value)
    assert contents(journal) == (0, 0, 0, 1)
