"""Headline figures in a patient's words, each with the rule that counts it."""

from __future__ import annotations

from datetime import date

from diary_builders import FULL_MIGRAINE, MEDICATIONS, TRIPTAN, attack, days_from, dose

from journal.analysis.diary import Diary
from journal.analysis.explain import headlines, number
from journal.analysis.summary import months_back, summarize

TODAY = date(2026, 6, 30)
MARCH = date(2026, 3, 1)


def texts(diary: Diary, first: date, last: date, cycle_tracking: bool = True) -> dict[str, str]:
    summary = summarize(diary, first, last, TODAY)
    return {h.key: h.text for h in headlines(summary, cycle_tracking)}


def test_migraine_days_are_said_per_month_and_per_28_days() -> None:
    attacks = tuple(attack(day, **FULL_MIGRAINE) for day in days_from(MARCH, 6, step=5))
    found = texts(Diary(attacks=attacks), MARCH, date(2026, 3, 28))
    assert found["migraine_days"].startswith("7 migraine days a month (6 per 28 days)")


def test_span_shorter_than_28_days_gives_plain_counts() -> None:
    found = texts(Diary(attacks=(attack(MARCH, **FULL_MIGRAINE),)), MARCH, date(2026, 3, 7))
    assert found["migraine_days"].startswith("1 migraine day in 7 days")


def test_attack_spanning_midnight_is_one_attack_on_two_migraine_days() -> None:
    overnight = attack(MARCH, hours=10, hour=20, **FULL_MIGRAINE)
    found = texts(Diary(attacks=(overnight,)), MARCH, date(2026, 3, 7))
    assert found["attacks"].startswith("1 attack ")
    assert "2 migraine days in all" in found["migraine_days"]


def test_overuse_is_worded_as_a_pattern_to_discuss_with_the_doctor() -> None:
    doses = tuple(dose(TRIPTAN, day) for day in days_from(MARCH, 10))
    found = texts(Diary(doses=doses, medications=MEDICATIONS), MARCH, date(2026, 3, 31))
    assert found["overuse"] == (
        "Triptans on 10 or more days in 1 month: a pattern to discuss with your doctor."
    )


def test_nine_triptan_days_are_no_overuse() -> None:
    doses = tuple(dose(TRIPTAN, day) for day in days_from(MARCH, 9))
    found = texts(Diary(doses=doses, medications=MEDICATIONS), MARCH, date(2026, 3, 31))
    assert found["overuse"] == "No month reached a medication-overuse level."


def test_chronic_pattern_needs_more_than_three_whole_months_of_diary() -> None:
    in_march = tuple(attack(day, **FULL_MIGRAINE) for day in days_from(MARCH, 16))
    found = texts(Diary(attacks=in_march), MARCH, date(2026, 3, 31))
    assert "each of the 1 month recorded; ICHD-3 asks for more than 3" in found["chronic_pattern"]
    assert "3 more months will tell" in found["chronic_pattern"]
    too_short = texts(Diary(attacks=in_march), MARCH, date(2026, 3, 20))  # no whole month
    assert "More than 3 whole months" in too_short["chronic_pattern"]


def test_migraine_days_say_on_which_basis_they_rest() -> None:
    attacks = (attack(MARCH, **FULL_MIGRAINE), attack(date(2026, 3, 5), pain=1))
    found = texts(Diary(attacks=attacks), MARCH, date(2026, 3, 28))
    assert (
        "2 migraine days in all (1 by the ICHD-3 features, 1 by your own label)"
        in (found["migraine_days"])
    )


def test_menstrual_sentence_says_how_many_more_cycles_are_needed() -> None:
    found = texts(Diary(attacks=(attack(MARCH),)), MARCH, date(2026, 3, 31))
    assert "3 more cycles needed" in found["menstrual"]


def test_menstrual_sentence_is_left_out_when_cycle_tracking_is_off() -> None:
    found = texts(Diary(), MARCH, date(2026, 3, 31), cycle_tracking=False)
    assert "menstrual" not in found


def test_every_headline_quotes_its_rule() -> None:
    summary = summarize(Diary(), MARCH, date(2026, 3, 31), TODAY)
    rules = {h.key: h.how_counted for h in headlines(summary)}
    assert "at least 30 minutes" in rules["migraine_days"]
    assert "10 or more days" in rules["overuse"]
    assert "there is no day 0" in rules["menstrual"]
    assert "15 or more days" in rules["chronic_pattern"]
    assert all(rules.values())


def test_last_three_months_run_from_the_day_after_the_same_date() -> None:
    assert months_back(date(2026, 11, 24), 3) == (date(2026, 8, 25), date(2026, 11, 24))
    assert months_back(date(2026, 5, 31), 3) == (date(2026, 3, 1), date(2026, 5, 31))
    assert months_back(date(2026, 2, 15), 12) == (date(2025, 2, 16), date(2026, 2, 15))


def test_figures_show_at_most_one_decimal() -> None:
    assert number(6.0) == "6"
    assert number(6.43) == "6.4"
