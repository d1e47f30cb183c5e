"""Daily factors and check-ins: the default set, editing factors, and check-ins
whose bad values are refused in words with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import ValidationError
from journal.storage import Journal

TODAY = date(2026, 11, 24)


def by_name(journal: Journal) -> dict[str, d.Factor]:
    return {factor.name: factor for factor in journal.factors.all()}


def test_default_factors_have_the_kinds_and_units_of_the_issue(journal: Journal) -> None:
    factors = ops.ensure_default_factors(journal)
    shapes = {f.name: (f.kind, f.unit) for f in factors}
    assert shapes == {
        "Stress": (d.FactorKind.LEVEL, ""),
        "Sleep": (d.FactorKind.AMOUNT, "h"),
        "Water": (d.FactorKind.AMOUNT, "glasses"),
        "Caffeine": (d.FactorKind.AMOUNT, "cups"),
        "Alcohol": (d.FactorKind.YES_NO, ""),
        "Skipped meal": (d.FactorKind.YES_NO, ""),
        "Screen time": (d.FactorKind.AMOUNT, "h"),
        "Weather change": (d.FactorKind.YES_NO, ""),
        "Travel": (d.FactorKind.YES_NO, ""),
        "Intense exercise": (d.FactorKind.YES_NO, ""),
    }
    assert [f.position for f in factors] == list(range(10))


def test_default_factors_are_seeded_once_even_after_the_user_renames_one(
    journal: Journal,
) -> None:
    ops.ensure_default_factors(journal)
    ops.rename_factor(journal, by_name(journal)["Sleep"].id, "Night's sleep")
    again = ops.ensure_default_factors(journal)
    assert len(again) == 10
    assert "Sleep" not in {f.name for f in again}


def test_seeding_skips_a_default_name_the_journal_already_has(journal: Journal) -> None:
    mine = ops.add_factor(journal, "stress", d.FactorKind.YES_NO)
    factors = ops.ensure_default_factors(journal)
    assert len(factors) == 10
    assert factors[0] == mine


def test_a_new_factor_goes_after_the_others_with_its_role(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    chocolate = ops.add_factor(
        journal, "  Chocolate ", d.FactorKind.YES_NO, role=d.FactorRole.POSSIBLE_TRIGGER
    )
    assert chocolate.name == "Chocolate" and chocolate.position == 10
    assert journal.factors.all()[-1] == chocolate


@pytest.mark.parametrize(
    ("factor", "field", "reason"),
    [
        (("  ", d.FactorKind.YES_NO, ""), "name", "The factor needs a name."),
        (("SLEEP", d.FactorKind.AMOUNT, "h"), "name", "“SLEEP” is already one of your factors."),
        (("Mood", d.FactorKind.LEVEL, "points"), "unit", "Only an amount has a unit"),
    ],
)
def test_a_factor_with_a_bad_name_or_unit_is_refused_and_not_saved(
    journal: Journal, factor: tuple[str, d.FactorKind, str], field: str, reason: str
) -> None:
    ops.ensure_default_factors(journal)
    with pytest.raises(ValidationError) as raised:
        ops.add_factor(journal, *factor)
    assert raised.value.problems[field].startswith(reason)
    assert journal.factors.count() == 10


def test_renaming_to_another_factors_name_is_refused(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    with pytest.raises(ValidationError, match="already one of your factors"):
        ops.rename_factor(journal, by_name(journal)["Water"].id, "caffeine")
    assert "Water" in by_name(journal)


def test_a_hidden_factor_leaves_the_check_in_but_keeps_its_values(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    travel = by_name(journal)["Travel"]
    ops.check_in(journal, TODAY, {travel.id: 1}, today=TODAY)
    ops.hide_factor(journal, travel.id)
    assert travel.id not in {f.id for f in ops.factors_for_check_in(journal)}
    assert journal.day_entries.on(TODAY).value_of(travel.id) == 1.0  # type: ignore[union-attr]
    ops.hide_factor(journal, travel.id, hidden=False)
    assert travel.id in {f.id for f in ops.factors_for_check_in(journal)}


def test_a_factor_can_be_marked_possible_trigger_or_protector(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    exercise = by_name(journal)["Intense exercise"]
    marked = ops.set_factor_role(journal, exercise.id, d.FactorRole.POSSIBLE_PROTECTOR)
    assert marked.role is d.FactorRole.POSSIBLE_PROTECTOR
    assert journal.factors.get(exercise.id).role is d.FactorRole.POSSIBLE_PROTECTOR


def test_reordering_puts_the_listed_factors_first_and_keeps_the_rest_in_order(
    journal: Journal,
) -> None:
    factors = ops.ensure_default_factors(journal)
    reordered = ops.reorder_factors(journal, [factors[3].id, factors[1].id])
    expected = [factors[3], factors[1], factors[0], *factors[2:3], *factors[4:]]
    assert [f.id for f in reordered] == [f.id for f in expected]
    assert [f.position for f in reordered] == list(range(10))


@pytest.mark.parametrize(
    ("order", "reason"),
    [(["nope"], "no longer exists"), (["twice", "twice"], "listed twice")],
)
def test_a_bad_new_order_is_refused_and_the_old_order_kept(
    journal: Journal, order: list[str], reason: str
) -> None:
    factors = ops.ensure_default_factors(journal)
    if order[0] == "twice":
        order = [factors[2].id, factors[2].id]
    with pytest.raises(ValidationError, match=reason):
        ops.reorder_factors(journal, order)
    assert journal.factors.all() == factors


def test_a_factors_kind_cannot_change_once_days_hold_values_for_it(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    alcohol = by_name(journal)["Alcohol"]
    caffeine = by_name(journal)["Caffeine"]
    ops.check_in(journal, TODAY, {alcohol.id: 1}, today=TODAY)
    with pytest.raises(ValidationError, match="add a new factor"):
        ops.save_factor(journal, d.Factor(**{**vars(alcohol), "kind": d.FactorKind.AMOUNT}))
    assert journal.factors.get(alcohol.id).kind is d.FactorKind.YES_NO
    changed = ops.save_factor(
        journal, d.Factor(**{**vars(caffeine), "kind": d.FactorKind.LEVEL, "unit": ""})
    )
    assert changed.kind is d.FactorKind.LEVEL


def test_a_check_in_saves_the_values_and_note_of_the_day(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    f = by_name(journal)
    entry = ops.check_in(
        journal,
        TODAY,
        {
            f["Sleep"].id: 5.5,
            f["Stress"].id: 3,
            f["Alcohol"].id: False,
            f["Travel"].id: True,
            f["Water"].id: None,
        },
        "  Deadline ",
        today=TODAY,
    )
    stored = journal.day_entries.on(TODAY)
    assert stored == entry
    assert stored.note == "Deadline"
    assert stored.value_of(f["Sleep"].id) == 5.5
    assert stored.value_of(f["Stress"].id) == 3.0
    assert stored.value_of(f["Alcohol"].id) == 0.0
    assert stored.value_of(f["Travel"].id) == 1.0
    assert all(type(item.value) is float for item in stored.values)
    assert stored.value_of(f["Water"].id) is None  # left out, not zero


def test_checking_in_again_replaces_the_days_entry_and_keeps_its_identity(
    journal: Journal,
) -> None:
    ops.ensure_default_factors(journal)
    f = by_name(journal)
    first = ops.check_in(journal, TODAY, {f["Sleep"].id: 7}, today=TODAY)
    second = ops.check_in(journal, TODAY, {f["Sleep"].id: 8}, today=TODAY)
    assert journal.day_entries.count() == 1
    assert (second.id, second.created) == (first.id, first.created)
    assert journal.day_entries.on(TODAY).value_of(f["Sleep"].id) == 8.0  # type: ignore[union-attr]


def test_a_check_in_with_no_values_means_nothing_of_note_unlike_no_entry(
    journal: Journal,
) -> None:
    ops.ensure_default_factors(journal)
    ops.check_in(journal, TODAY, {}, today=TODAY)
    nothing = journal.day_entries.on(TODAY)
    assert nothing is not None and nothing.values == ()
    assert journal.day_entries.on(date(2026, 11, 23)) is None
    assert ops.clear_check_in(journal, TODAY) == nothing
    assert journal.day_entries.on(TODAY) is None


@pytest.mark.parametrize(
    ("factor", "value", "reason"),
    [
        ("Stress", 4, "Stress is a level from 0 (none) to 3 (a lot)."),
        ("Stress", 1.5, "Stress is a level from 0 (none) to 3 (a lot)."),
        ("Alcohol", 2, "Alcohol is yes or no."),
        ("Water", -1, "Water cannot be negative."),
        ("Sleep", 25, "Sleep cannot be more than 24 hours in a day."),
        ("Sleep", float("nan"), "Sleep: enter a number."),
    ],
)
def test_a_value_that_does_not_fit_its_factor_is_refused_in_words_and_not_saved(
    journal: Journal, factor: str, value: float, reason: str
) -> None:
    ops.ensure_default_factors(journal)
    f = by_name(journal)
    kept = ops.check_in(journal, TODAY, {f["Travel"].id: 1}, today=TODAY)
    with pytest.raises(ValidationError) as raised:
        ops.check_in(journal, TODAY, {f[factor].id: value}, today=TODAY)
    assert raised.value.problems == {f"value:{f[factor].id}": reason}
    assert journal.day_entries.all() == [kept]


def test_a_check_in_for_a_future_day_or_unknown_factor_is_refused(journal: Journal) -> None:
    ops.ensure_default_factors(journal)
    with pytest.raises(ValidationError, match="has not come yet"):
        ops.check_in(journal, date(2026, 11, 25), {}, today=TODAY)
    with pytest.raises(ValidationError, match="factor that no longer exists"):
        ops.check_in(journal, TODAY, [d.FactorValue("gone", 1.0)], today=TODAY)
    assert journal.day_entries.count() == 0
