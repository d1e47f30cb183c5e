"""Attack counting: a new attack only after a whole headache-free calendar day."""

from __future__ import annotations

from datetime import date

from diary_builders import FULL_MIGRAINE, attack

from journal import domain as d
from journal.analysis.attacks import attack_figures, episodes, touching

TODAY = date(2026, 6, 30)


def test_attack_spanning_midnight_counts_as_one_attack() -> None:
    found = episodes([attack(date(2026, 6, 1), 9, hour=22)], TODAY)
    assert len(found) == 1
    assert (found[0].first_day, found[0].last_day) == (date(2026, 6, 1), date(2026, 6, 2))


def test_headache_returning_the_next_day_is_the_same_attack() -> None:
    first = attack(date(2026, 6, 1), 3, hour=18)  # ends Monday 21:00
    relapse = attack(date(2026, 6, 2), 3, hour=6)  # Tuesday 06:00: no free day between
    found = episodes([relapse, first], TODAY)
    assert len(found) == 1
    assert found[0].attacks == (first, relapse)


def test_a_whole_headache_free_day_starts_a_new_attack() -> None:
    monday = attack(date(2026, 6, 1), 3)
    wednesday = attack(date(2026, 6, 3), 3)  # Tuesday was free
    assert len(episodes([monday, wednesday], TODAY)) == 2


def test_two_attacks_on_one_day_count_as_one() -> None:
    morning = attack(date(2026, 6, 1), 2, hour=7)
    evening = attack(date(2026, 6, 1), 2, hour=19)
    assert len(episodes([morning, evening], TODAY)) == 1


def test_attacks_touching_the_span_are_counted_once_each() -> None:
    found = episodes([attack(date(2026, 5, 31), 6, hour=22), attack(date(2026, 6, 10), 2)], TODAY)
    assert len(touching(found, date(2026, 6, 1), date(2026, 6, 30))) == 2
    assert len(touching(found, date(2026, 6, 2), date(2026, 6, 9))) == 0


def test_attack_figures_median_duration_severity_mix_and_aura() -> None:
    found = episodes(
        [
            attack(date(2026, 6, 1), 2, pain=1),
            attack(
                date(2026, 6, 5),
                4,
                pain=3,
                **{k: v for k, v in FULL_MIGRAINE.items() if k != "pain"},
            ),
            attack(
                date(2026, 6, 9),
                10,
                pain=2,
                aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),),
            ),
        ],
        TODAY,
    )
    figures = attack_figures(found, TODAY)
    assert figures.attacks == 3
    assert figures.median_hours == 4.0
    assert figures.severity_mix == {
        "none": 0,
        "mild": 1,
        "moderate": 1,
        "severe": 1,
        "not recorded": 0,
    }
    assert figures.aura_attacks == 1
    assert figures.migraine_attacks == 3  # type decides, criteria, aura


def test_open_attack_has_no_duration_in_the_median() -> None:
    still_going = d.Attack(start=attack(date(2026, 6, 29), 1).start)
    figures = attack_figures(episodes([still_going, attack(date(2026, 6, 1), 6)], TODAY), TODAY)
    assert figures.median_hours == 6.0
    assert figures.open_attacks == 1


def test_an_attack_whose_pain_was_not_recorded_is_counted_as_such_never_as_no_pain() -> None:
    """clinical-rules.md: never invent a value the patient did not give; an
    unrecorded 0-3 pain is not "none" (0), and the attack's peak takes the pains
    that were recorded."""
    unrecorded = attack(date(2026, 6, 1), 6)
    same_episode = attack(date(2026, 6, 1), 2, hour=17, pain=2)
    alone = attack(date(2026, 6, 10), 5)
    found = episodes([unrecorded, same_episode, alone], TODAY)
    assert [episode.pain for episode in found] == [2, None]
    mix = attack_figures(found, TODAY).severity_mix
    assert (mix["moderate"], mix["not recorded"], mix["none"]) == (1, 1, 0)


def test_a_migraine_attack_without_a_recorded_pain_still_makes_a_migraine_day() -> None:
    from journal.analysis.days import classify_days
    from journal.analysis.diary import Diary

    day = date(2026, 6, 1)
    facts = classify_days(Diary(attacks=(attack(day, 6),)), day, day, TODAY)
    assert facts[day].migraine and facts[day].pain == 0  # no shade for an unknown pain
