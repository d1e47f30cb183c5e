"""Attacks against the menstrual cycle (ICHD-3 A1.1; clinical-rules.md)."""

from __future__ import annotations

from datetime import date, timedelta

from diary_builders import FULL_MIGRAINE, MEDICATIONS, TRIPTAN, attack, dose, period_run

from journal import domain as d
from journal.analysis.attacks import episodes
from journal.analysis.cycles import period_starts
from journal.analysis.diary import Diary
from journal.analysis.menstrual import MenstrualAnalysis, menstrual_analysis
from journal.analysis.summary import summarize
from journal.analysis.summary_json import summary_to_json

DAY1S = (date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2), date(2026, 3, 30))
FIRST, LAST = date(2026, 1, 1), date(2026, 4, 20)
TODAY = date(2026, 4, 30)


def analyse(
    attack_days: list[date], day1s: tuple[date, ...] = DAY1S, first: date = FIRST
) -> MenstrualAnalysis:
    bleeds = tuple(b for day1 in day1s for b in period_run(day1))
    attacks = [attack(day, 4) for day in attack_days]
    return menstrual_analysis(
        episodes(attacks, TODAY), period_starts(bleeds), first, LAST, today=TODAY
    )


def test_attack_on_day_minus_2_is_in_the_window_and_minus_3_is_not() -> None:
    inside = analyse([DAY1S[0] - timedelta(days=2)])
    assert (inside.window_attacks, inside.other_attacks) == (1, 0)
    assert inside.by_cycle_day == {-2: 1}
    outside = analyse([DAY1S[1] - timedelta(days=3)])
    assert (outside.window_attacks, outside.other_attacks) == (0, 1)
    assert outside.by_cycle_day == {-3: 1}
    before_every_cycle = analyse([DAY1S[0] - timedelta(days=3)])
    assert (before_every_cycle.other_attacks, before_every_cycle.unplaced_attacks) == (0, 1)
    assert before_every_cycle.by_cycle_day == {-3: 1}


def test_attack_on_day_plus_3_is_in_the_window_and_plus_4_is_not() -> None:
    assert analyse([DAY1S[0] + timedelta(days=2)]).by_cycle_day == {3: 1}
    assert analyse([DAY1S[0] + timedelta(days=2)]).window_attacks == 1
    assert analyse([DAY1S[0] + timedelta(days=3)]).window_attacks == 0


def test_pure_menstrual_pattern_in_2_of_3_cycles_and_no_other_attacks() -> None:
    result = analyse([DAY1S[0], DAY1S[2] + timedelta(days=1)])
    assert result.cycles == 4
    assert [w.window_attacks for w in result.windows] == [1, 0, 1, 0]
    assert result.pattern == "pure-menstrual"


def test_menstrually_related_pattern_with_attacks_at_other_times() -> None:
    result = analyse([DAY1S[0], DAY1S[1] - timedelta(days=1), date(2026, 1, 20)])
    assert (result.window_attacks, result.other_attacks) == (2, 1)
    assert result.pattern == "menstrually-related"


def test_window_attacks_in_only_1_of_3_cycles_is_not_menstrual() -> None:
    result = analyse([DAY1S[0], date(2026, 1, 20), date(2026, 2, 16)])
    assert result.pattern == "not-menstrual"


def test_window_attacks_in_2_cycles_that_are_not_within_3_consecutive_do_not_count() -> None:
    result = analyse([DAY1S[0], DAY1S[3]])  # cycles 1 and 4: never 2 of 3 consecutive
    assert result.pattern == "not-menstrual"


def test_fewer_than_3_cycles_say_how_many_more_are_needed() -> None:
    result = analyse([DAY1S[0], DAY1S[1]], day1s=DAY1S[:2])
    assert result.pattern == "insufficient-data"
    assert result.cycles == 2
    assert result.cycles_needed == 1
    nothing = analyse([], day1s=())
    assert (nothing.pattern, nothing.cycles_needed) == ("insufficient-data", 3)


def test_attacks_far_from_any_period_have_no_cycle_day() -> None:
    result = analyse([date(2025, 6, 1)], first=date(2025, 5, 1))
    assert result.unplaced_attacks == 1
    assert result.other_attacks == 0


def test_attack_is_placed_by_its_onset_day() -> None:
    long_attack = attack(DAY1S[0] - timedelta(days=4), 60)  # starts on day -4, lasts into -2
    bleeds = tuple(b for day1 in DAY1S for b in period_run(day1))
    result = menstrual_analysis(
        episodes([long_attack], TODAY), period_starts(bleeds), FIRST, LAST, today=TODAY
    )
    assert result.by_cycle_day == {-4: 1}
    assert result.window_attacks == 0


def test_withdrawal_bleeds_start_cycles_for_the_window() -> None:
    bleeds = tuple(
        d.BleedingDay(day1 + timedelta(days=n), d.Flow.LIGHT, withdrawal=True)
        for day1 in DAY1S
        for n in range(3)
    )
    attacks = [attack(DAY1S[0], 4), attack(DAY1S[1], 4)]
    result = menstrual_analysis(
        episodes(attacks, TODAY), period_starts(bleeds), FIRST, LAST, today=TODAY
    )
    assert result.pattern == "pure-menstrual"


HEADACHE = d.AttackType.HEADACHE
BLEEDS = tuple(b for day1 in DAY1S for b in period_run(day1))


def analyse_attacks(attacks: list[d.Attack], doses: tuple[d.Dose, ...] = ()) -> MenstrualAnalysis:
    return menstrual_analysis(
        episodes(attacks, TODAY),
        period_starts(BLEEDS),
        FIRST,
        LAST,
        today=TODAY,
        doses=doses,
        medications=MEDICATIONS,
    )


def test_menstrual_pattern_counts_only_migraine_attacks_not_plain_headaches() -> None:
    window = [attack(DAY1S[0], kind=HEADACHE), attack(DAY1S[2] + timedelta(days=1), kind=HEADACHE)]
    other = attack(date(2026, 1, 20), kind=HEADACHE)
    result = analyse_attacks([*window, other])
    assert (result.window_attacks, result.other_attacks, result.by_cycle_day) == (0, 0, {})
    assert (result.pattern, result.reason) == ("insufficient-data", "no migraine attacks")


def test_menstrual_pattern_a_headache_at_other_times_does_not_spoil_pure_pattern() -> None:
    migraines = [attack(DAY1S[0]), attack(DAY1S[2] + timedelta(days=1))]
    result = analyse_attacks([*migraines, attack(date(2026, 1, 20), kind=HEADACHE)])
    assert (result.window_attacks, result.other_attacks) == (2, 0)
    assert result.pattern == "pure-menstrual"


def test_menstrual_pattern_headache_type_with_migraine_criteria_counts() -> None:
    # Criterion (a) decides when pain features are recorded, whatever the type.
    featured = [attack(day, kind=HEADACHE, **FULL_MIGRAINE) for day in (DAY1S[0], DAY1S[1])]
    result = analyse_attacks(featured)
    assert result.window_attacks == 2
    assert result.pattern == "pure-menstrual"


def test_menstrual_pattern_headache_with_migraine_aura_counts() -> None:
    aura = (d.AuraSymptom(d.AuraType.VISUAL, 20),)
    result = analyse_attacks([attack(DAY1S[0], kind=HEADACHE, aura=aura)])
    assert result.window_attacks == 1


def test_menstrual_pattern_headache_treated_with_a_triptan_counts() -> None:
    linked = attack(DAY1S[0], kind=HEADACHE)
    unlinked = attack(DAY1S[1], kind=HEADACHE)
    ibuprofen_only = attack(DAY1S[2], kind=HEADACHE)
    doses = (
        dose(TRIPTAN, DAY1S[0], attack_id=linked.id),
        dose(TRIPTAN, DAY1S[1], hour=11),
        dose(MEDICATIONS[1], DAY1S[2], attack_id=ibuprofen_only.id),
    )
    result = analyse_attacks([linked, unlinked, ibuprofen_only], doses)
    assert [w.window_attacks for w in result.windows] == [1, 1, 0, 0]


def test_menstrual_pattern_summary_and_json_count_only_migraine_attacks() -> None:
    attacks = (
        attack(DAY1S[0]),
        attack(DAY1S[1] + timedelta(days=1)),
        attack(date(2026, 1, 20), kind=HEADACHE),
        attack(date(2026, 2, 20), kind=HEADACHE),
    )
    diary = Diary(attacks=attacks, bleeding_days=BLEEDS, medications=MEDICATIONS)
    summary = summarize(diary, FIRST, LAST, TODAY)
    assert summary.attack_figures.attacks == 4
    assert summary.menstrual.pattern == "pure-menstrual"
    assert sum(summary.menstrual.by_cycle_day.values()) == 2
    assert summary_to_json(summary)["menstrual"] == {
        "cycles": 4,
        "window_attacks": 2,
        "other_attacks": 0,
        "pattern": "pure-menstrual",
        "cycles_needed": 0,
        "reason": None,
    }


def test_menstrual_other_times_have_no_45_day_cut() -> None:
    """Departure 7: a migraine in the middle of a 100-day cycle still excludes the
    pure pattern; it used to be left out as having no cycle day."""
    day1s = (date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2), date(2026, 6, 10))
    middle = date(2026, 3, 2) + timedelta(days=50)  # 50 days from either day 1
    bleeds = tuple(b for day1 in day1s for b in period_run(day1))
    attacks = [attack(day1s[0]), attack(day1s[1]), attack(middle)]
    result = menstrual_analysis(
        episodes(attacks, TODAY), period_starts(bleeds), FIRST, date(2026, 6, 20), today=TODAY
    )
    assert (result.window_attacks, result.other_attacks, result.unplaced_attacks) == (2, 1, 0)
    assert result.pattern == "menstrually-related"


def test_menstrual_pattern_without_migraine_attacks_is_insufficient_data() -> None:
    """Departure 7: with no migraine attack at all the pattern said "not-menstrual"."""
    result = analyse([])
    assert result.cycles == 4
    assert (result.pattern, result.reason) == ("insufficient-data", "no migraine attacks")
    too_few = analyse([], day1s=DAY1S[:2])
    assert (too_few.pattern, too_few.reason) == ("insufficient-data", "cycles")
