"""The trigger screen: association with attacks, never cause (clinical-rules.md)."""

from __future__ import annotations

from datetime import date

from diary_builders import days_from

from journal import domain as d
from journal.analysis.triggers import FactorAssociation, trigger_screen

FIRST = date(2026, 3, 1)
WINE = d.Factor("Wine", d.FactorKind.YES_NO, id="wine")
STRESS = d.Factor("Stress", d.FactorKind.LEVEL, id="stress")
SLEEP = d.Factor("Sleep", d.FactorKind.AMOUNT, "h", id="sleep")


def screen(
    entries: list[d.DayEntry], onsets: list[date], factors: tuple[d.Factor, ...] = (WINE,)
) -> dict[str, FactorAssociation]:
    last = max(entry.day for entry in entries)
    found = trigger_screen(factors, entries, onsets, FIRST, last)
    return {association.factor: association for association in found}


def entry(day: date, **values: float) -> d.DayEntry:
    return d.DayEntry(day, tuple(d.FactorValue(key, value) for key, value in values.items()))


def test_attack_rate_with_and_without_a_factor_and_their_ratio() -> None:
    days = days_from(FIRST, 30)
    wine_days = days[0:20:2]  # 10 days with wine
    entries = [entry(day, wine=1) if day in wine_days else entry(day) for day in days]
    # Onsets on days 1, 5, 9, 13, 17 follow wine days 0, 4, 8, 12, 16 (the next day),
    # and fall on 5 days without wine; 24 and 28 follow 4 more days without.
    onsets = [days[1], days[5], days[9], days[13], days[17], days[24], days[28]]
    wine = screen(entries, onsets)["Wine"]
    assert (wine.days_with, wine.followed_with) == (10, 5)
    assert (wine.days_without, wine.followed_without) == (20, 9)
    assert wine.attack_rate_with == 0.5
    assert wine.attack_rate_without == 0.45
    assert wine.ratio == 1.11
    assert wine.low_data is False


def test_attack_the_same_day_or_the_next_counts_but_two_days_later_does_not() -> None:
    days = days_from(FIRST, 12)
    entries = [entry(days[0], wine=1), *(entry(day) for day in days[1:])]
    assert screen(entries, [days[0]])["Wine"].followed_with == 1
    assert screen(entries, [days[1]])["Wine"].followed_with == 1
    assert screen(entries, [days[2]])["Wine"].followed_with == 0


def test_only_check_in_days_count_as_without() -> None:
    days = days_from(FIRST, 10, step=3)  # 10 check-ins over 28 days
    entries = [entry(days[0], wine=1), *(entry(day) for day in days[1:])]
    assert screen(entries, [])["Wine"].days_without == 9


def test_low_data_when_either_side_has_fewer_than_10_days() -> None:
    days = days_from(FIRST, 19)
    nine = [entry(day, wine=1) if n < 9 else entry(day) for n, day in enumerate(days)]
    assert screen(nine, [])["Wine"].low_data
    ten = [entry(day, wine=1) if n < 10 else entry(day) for n, day in enumerate(days)]
    assert screen(ten, [])["Wine"].low_data  # 9 days without
    twenty_days = days_from(FIRST, 20)
    twenty = [entry(day, wine=1) if n < 10 else entry(day) for n, day in enumerate(twenty_days)]
    onsets = [twenty_days[n] for n in (1, 4, 7, 12, 15, 18)]  # 6 followed days each side
    assert not screen(twenty, onsets)["Wine"].low_data


def test_low_data_when_either_side_rests_on_fewer_than_5_attacks() -> None:
    days = days_from(FIRST, 30)
    entries = [entry(day, wine=1) if n < 10 else entry(day) for n, day in enumerate(days)]
    without = [days[n] for n in (12, 15, 18, 21, 24, 27)]  # 12 followed days without
    four = screen(entries, [days[1], days[4], *without])["Wine"]  # days 0, 1, 3, 4 with
    assert (four.days_with, four.days_without) == (10, 20)
    assert (four.followed_with, four.followed_without) == (4, 12)
    assert four.low_data
    six = screen(entries, [days[1], days[4], days[7], *without])["Wine"]
    assert (six.followed_with, six.followed_without) == (6, 12)
    assert not six.low_data
    nothing = screen(entries, without)["Wine"]
    assert nothing.ratio == 0.0 and nothing.attack_rate_with == 0.0
    assert nothing.low_data


def test_level_factor_is_present_from_level_2() -> None:
    levels = [0, 1, 2, 3, 1, 2]
    entries = [
        entry(day, stress=level) for day, level in zip(days_from(FIRST, 6), levels, strict=True)
    ]
    stress = screen(entries, [], (STRESS,))["Stress"]
    assert (stress.days_with, stress.days_without) == (3, 3)
    assert stress.condition == "level 2 or more"


def test_amount_factor_is_present_above_the_users_median() -> None:
    hours = [6, 7, 7, 8, 9]
    entries = [entry(day, sleep=h) for day, h in zip(days_from(FIRST, 5), hours, strict=True)]
    sleep = screen(entries, [], (SLEEP,))["Sleep"]
    assert (sleep.days_with, sleep.days_without) == (2, 3)  # 8 and 9 h
    assert sleep.condition == "above 7 h (your median)"


def test_amount_missing_from_a_check_in_counts_as_zero_for_the_median() -> None:
    drinks = d.Factor("Alcohol", d.FactorKind.AMOUNT, "units", id="alcohol")
    days = days_from(FIRST, 5)
    entries = [entry(days[0], alcohol=2), entry(days[1], alcohol=1), *map(entry, days[2:])]
    alcohol = screen(entries, [], (drinks,))["Alcohol"]
    assert (alcohol.days_with, alcohol.days_without) == (2, 3)  # median 0: any drink


def test_no_ratio_when_no_day_without_was_followed_by_an_attack() -> None:
    days = days_from(FIRST, 4)
    entries = [entry(days[0], wine=1), *(entry(day) for day in days[1:])]
    wine = screen(entries, [days[0]])["Wine"]
    assert wine.attack_rate_without == 0.0
    assert wine.ratio is None


def test_factors_never_recorded_are_left_out() -> None:
    entries = [entry(day, wine=1) for day in days_from(FIRST, 3)]
    assert list(screen(entries, [], (WINE, STRESS))) == ["Wine"]
