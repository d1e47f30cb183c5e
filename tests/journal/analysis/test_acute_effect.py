"""Acute treatment effect per medication (clinical-rules.md, "Acute treatment effect")."""

from __future__ import annotations

from datetime import date

from diary_builders import ATOGEPANT, IBUPROFEN, MEDICATIONS, TRIPTAN, dose

from journal import domain as d
from journal.analysis.acute_effect import AcuteEffect, acute_effects

FIRST, LAST = date(2026, 6, 1), date(2026, 6, 30)


def effects(*doses: d.Dose, first: date = FIRST) -> dict[str, AcuteEffect]:
    return {e.medication: e for e in acute_effects(doses, MEDICATIONS, first, LAST)}


def test_pain_free_at_2h_is_pain_0_two_hours_after_the_dose() -> None:
    found = effects(
        dose(TRIPTAN, date(2026, 6, 1), pain_at_dose=3, pain_2h=0, attack_id="a1"),
        dose(TRIPTAN, date(2026, 6, 3), pain_at_dose=2, pain_2h=1, attack_id="a2"),
        dose(TRIPTAN, date(2026, 6, 5), pain_at_dose=2, pain_2h=0, attack_id="a3"),
        dose(TRIPTAN, date(2026, 6, 7), pain_at_dose=2, attack_id="a4"),  # not rated
    )["Sumatriptan"]
    assert found.doses == 4
    assert found.with_2h_rating == 3
    assert found.pain_free_2h_count == 2
    assert found.pain_free_2h == round(2 / 3, 4)


def test_relief_at_2h_is_from_moderate_or_severe_to_none_or_mild() -> None:
    found = effects(
        dose(IBUPROFEN, date(2026, 6, 1), pain_at_dose=3, pain_2h=1),  # relief
        dose(IBUPROFEN, date(2026, 6, 2), pain_at_dose=2, pain_2h=2),  # none
        dose(IBUPROFEN, date(2026, 6, 3), pain_at_dose=3, pain_2h=2),  # better, no relief
        dose(IBUPROFEN, date(2026, 6, 4), pain_at_dose=1, pain_2h=0),  # mild: not counted
        dose(IBUPROFEN, date(2026, 6, 5), pain_2h=0),  # pain at dose unknown: apart
    )["Ibuprofen"]
    assert found.with_2h_rating == 4
    assert found.relief_rated == 3
    assert found.relief_2h_count == 1
    assert found.relief_2h == round(1 / 3, 4)
    assert found.pain_free_2h == 0.25


def test_rates_are_none_without_ratings() -> None:
    found = effects(dose(TRIPTAN, date(2026, 6, 1)))["Sumatriptan"]
    assert (found.pain_free_2h, found.relief_2h, found.sustained_pain_free) == (None, None, None)


def test_sustained_pain_freedom_needs_24h_and_no_rescue_dose() -> None:
    found = effects(
        dose(TRIPTAN, date(2026, 6, 1), 8, pain_at_dose=3, pain_2h=0, pain_24h=0, attack_id="a"),
        dose(TRIPTAN, date(2026, 6, 5), 8, pain_at_dose=3, pain_2h=0, pain_24h=0, attack_id="b"),
        dose(IBUPROFEN, date(2026, 6, 5), 20, attack_id="b"),  # rescue within 24 h
        dose(TRIPTAN, date(2026, 6, 9), 8, pain_at_dose=3, pain_2h=0, pain_24h=2, attack_id="c"),
    )["Sumatriptan"]
    assert found.sustained_rated == 3
    assert found.sustained_pain_free_count == 1


def test_consistency_needs_at_least_4_treated_attacks() -> None:
    three = [dose(TRIPTAN, date(2026, 6, n), attack_id=f"a{n}") for n in (1, 2, 3)]
    assert not effects(*three)["Sumatriptan"].enough_for_consistency
    four = [*three, dose(TRIPTAN, date(2026, 6, 4), attack_id="a4")]
    assert effects(*four)["Sumatriptan"].enough_for_consistency
    same_attack = [dose(TRIPTAN, date(2026, 6, 1), h, attack_id="a1") for h in (1, 5, 9, 13)]
    assert effects(*same_attack)["Sumatriptan"].treated_attacks == 1


def test_only_doses_in_the_span_of_acute_medications_count() -> None:
    found = effects(
        dose(TRIPTAN, date(2026, 5, 31), pain_2h=0),
        dose(TRIPTAN, date(2026, 6, 2), pain_2h=0),
        dose(ATOGEPANT, date(2026, 6, 2)),
    )
    assert list(found) == ["Sumatriptan"]
    assert found["Sumatriptan"].doses == 1


def test_sustained_pain_freedom_is_broken_by_any_acute_dose_2_to_24_hours_later() -> None:
    """Departure 6: a rescue dose not linked to the same attack used to go unseen."""
    found = effects(
        dose(TRIPTAN, date(2026, 6, 1), 8, pain_at_dose=3, pain_2h=0, pain_24h=0, attack_id="a"),
        dose(IBUPROFEN, date(2026, 6, 1), 20),  # 12 h later, linked to no attack
        dose(TRIPTAN, date(2026, 6, 5), 8, pain_at_dose=3, pain_2h=0, pain_24h=0, attack_id="b"),
        dose(IBUPROFEN, date(2026, 6, 6), 9),  # 25 h later: after the 24 h
        dose(TRIPTAN, date(2026, 6, 9), 8, pain_at_dose=3, pain_2h=0, pain_24h=0, attack_id="c"),
        dose(IBUPROFEN, date(2026, 6, 9), 9),  # 1 h later: before the 2 h
    )["Sumatriptan"]
    assert found.sustained_rated == 3
    assert found.sustained_pain_free_count == 2


def test_sustained_pain_freedom_ignores_a_preventive_taken_in_the_window() -> None:
    found = effects(
        dose(TRIPTAN, date(2026, 6, 1), 8, pain_at_dose=3, pain_2h=0, pain_24h=0, attack_id="a"),
        dose(ATOGEPANT, date(2026, 6, 1), 20),  # a daily preventive, not an acute dose
    )["Sumatriptan"]
    assert found.sustained_pain_free_count == 1


def test_dose_taken_before_pain_is_counted_apart_and_in_neither_rate() -> None:
    """Departure 6: a dose at pain 0 counted as "pain free at 2 h"."""
    found = effects(
        dose(TRIPTAN, date(2026, 6, 1), pain_at_dose=0, pain_2h=0, pain_24h=0, attack_id="a"),
        dose(TRIPTAN, date(2026, 6, 3), pain_at_dose=2, pain_2h=0, attack_id="b"),
        dose(TRIPTAN, date(2026, 6, 5), pain_at_dose=2, pain_2h=2, attack_id="c"),
    )["Sumatriptan"]
    assert found.doses == 3
    assert found.taken_before_pain == 1
    assert found.with_2h_rating == 2
    assert found.pain_free_2h == 0.5
    assert found.sustained_rated == 0


def test_pain_freedom_counts_only_doses_taken_at_pain_1_or_more() -> None:
    """ "Among doses taken at pain 1 or more": a dose whose pain at intake was not
    recorded cannot be shown to be one, so it is counted apart and is in no rate."""
    found = effects(
        dose(TRIPTAN, date(2026, 6, 1), pain_at_dose=1, pain_2h=0, pain_24h=0, attack_id="a"),
        dose(TRIPTAN, date(2026, 6, 3), pain_2h=0, pain_24h=0, attack_id="b"),  # unknown
        dose(TRIPTAN, date(2026, 6, 5), pain_2h=0, attack_id="c"),  # unknown
        dose(TRIPTAN, date(2026, 6, 7), pain_at_dose=0, pain_2h=0, attack_id="d"),  # before
        dose(TRIPTAN, date(2026, 6, 9), pain_at_dose=3, pain_2h=2, pain_24h=1, attack_id="e"),
    )["Sumatriptan"]
    assert found.doses == 5
    assert found.pain_at_dose_unknown == 2
    assert found.taken_before_pain == 1
    assert (found.with_2h_rating, found.pain_free_2h_count) == (2, 1)
    assert found.pain_free_2h == 0.5
    assert (found.sustained_rated, found.sustained_pain_free_count) == (2, 1)
    assert (found.relief_rated, found.relief_2h_count) == (1, 0)
