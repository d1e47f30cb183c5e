"""Durations and times as other apps spell them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from journal.exchange.parsing import name_and_amount, parse_duration, parse_wall_time


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("5h 30m", 330),
        ("5 h 30 min", 330),
        ("1d 2h", 1560),
        ("01h 00m", 60),
        ("1d 02h 15m", 1575),
        ("90 min", 90),
        ("2 hours 15 minutes", 135),
        ("1 day, 3 hours and 5 minutes", 1625),
        ("1.5h", 90),
        ("1,5 h", 90),
        ("45m", 45),
        ("5:30", 330),
        ("PT5H30M", 330),
        ("P1DT2H", 1560),
    ],
)
def test_durations_in_many_spellings(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "5", "ages", "5 parsecs", "5h and then some"])
def test_durations_without_a_unit_or_with_an_unknown_one_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_slashed_dates_follow_the_day_first_choice() -> None:
    assert parse_wall_time("03/04/26 10:00") == datetime(2026, 3, 4, 10, 0)
    assert parse_wall_time("03/04/26 10:00", day_first=True) == datetime(2026, 4, 3, 10, 0)


def test_a_strength_after_a_medication_name_becomes_the_amount() -> None:
    assert name_and_amount("Ibuprofen (400mg)") == ("Ibuprofen", "400mg")
    assert name_and_amount("Maxalt 10 mg") == ("Maxalt", "10 mg")
    assert name_and_amount("Paracetamol") == ("Paracetamol", "")
