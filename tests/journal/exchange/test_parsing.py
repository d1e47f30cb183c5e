"""Durations and times as other apps spell them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from journal.exchange.parsing import (
    date_order,
    medication_parts,
    name_and_amount,
    parse_duration,
    parse_wall_time,
)


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


def test_slashed_dates_follow_the_order_given_and_are_never_guessed() -> None:
    assert parse_wall_time("03/04/26 10:00", order="mdy") == datetime(2026, 3, 4, 10, 0)
    assert parse_wall_time("03/04/26 10:00", order="dmy") == datetime(2026, 4, 3, 10, 0)
    assert parse_wall_time("3/14/26 10:30 PM", order="mdy") == datetime(2026, 3, 14, 22, 30)
    with pytest.raises(ValueError):
        parse_wall_time("03/04/26 10:00")


def test_month_names_are_read_from_a_table_whatever_the_process_locale() -> None:
    assert parse_wall_time("Mar 1, 2026 10:30 PM") == datetime(2026, 3, 1, 22, 30)
    assert parse_wall_time("1. März 2026 22:30") == datetime(2026, 3, 1, 22, 30)
    assert parse_wall_time("Mo., 02.03.2026 08:00") == datetime(2026, 3, 2, 8, 0)


def test_the_date_order_comes_from_the_files_own_evidence() -> None:
    assert date_order(["3/04/21 10:00", "15/02/2021 - 20/02/2021"]) == ("dmy", None)
    assert date_order(["3/29/26 10:00", "3/04/26 10:00"]) == ("mdy", None)
    assert date_order(["3/04/26 10:00", "5/05/26 09:00"]) == (None, "3/04/26")
    assert date_order(["2026-03-04 10:00"]) == (None, None)


def test_a_medication_splits_into_name_dose_and_route() -> None:
    assert medication_parts("Naproxen sodium 550mg Oral") == ("Naproxen sodium", "550mg", "oral")
    assert medication_parts("Sumatriptan 20 mg nasal spray") == ("Sumatriptan", "20 mg", "nasal")
    assert medication_parts("Maxalt") == ("Maxalt", "", "")


def test_a_strength_after_a_medication_name_becomes_the_amount() -> None:
    assert name_and_amount("Ibuprofen (400mg)") == ("Ibuprofen", "400mg")
    assert name_and_amount("Maxalt 10 mg") == ("Maxalt", "10 mg")
    assert name_and_amount("Paracetamol") == ("Paracetamol", "")


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Visual disturbances", "visual"),
        ("Numbness", "sensory"),
        ("Tingling in hand", "sensory"),
        ("Difficulty finding words", "speech"),
        ("Weakness on one side", "motor"),
        ("Vertigo", "brainstem"),
        ("Yes", None),
    ],
)
def test_words_of_an_aura_column_name_the_aura_type(word: str, kind: str | None) -> None:
    from journal.exchange.vocabulary import aura_kind

    found = aura_kind(word)
    assert (found.value if found else None) == kind
