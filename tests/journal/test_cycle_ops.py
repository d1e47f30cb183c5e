"""Period logging, hormonal phases and the cycle-tracking switch."""

from __future__ import annotations

from datetime import date

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import ValidationError
from journal.storage import Journal

TODAY = date(2026, 11, 24)
PILL = d.PhaseKind.COMBINED_PILL_CYCLIC


def test_cycle_tracking_is_on_until_switched_off_and_back_on(journal: Journal) -> None:
    assert ops.cycle_tracking_enabled(journal)
    ops.set_cycle_tracking(journal, False)
    assert not ops.cycle_tracking_enabled(journal)
    assert journal.setting("cycle_tracking") == "off"
    ops.set_cycle_tracking(journal, True)
    assert ops.cycle_tracking_enabled(journal)


def test_switching_cycle_tracking_off_keeps_recorded_bleeding_days(journal: Journal) -> None:
    ops.start_period(journal, date(2026, 11, 1), today=TODAY)
    ops.set_cycle_tracking(journal, False)
    assert journal.bleeding_days.count() == 1


def test_start_period_marks_that_day_as_bleeding_with_the_default_flow(
    journal: Journal,
) -> None:
    marked = ops.start_period(journal, date(2026, 11, 20), today=TODAY)
    assert (marked.day, marked.flow, marked.withdrawal) == (
        date(2026, 11, 20),
        d.Flow.MEDIUM,
        False,
    )
    assert journal.bleeding_days.on(date(2026, 11, 20)) == marked


def test_start_period_on_a_day_already_marked_keeps_what_was_recorded(
    journal: Journal,
) -> None:
    heavy = ops.set_bleeding_day(journal, date(2026, 11, 20), d.Flow.HEAVY, today=TODAY)
    assert ops.start_period(journal, date(2026, 11, 20), today=TODAY) == heavy
    assert journal.bleeding_days.all() == [heavy]


def test_start_period_on_a_spotting_day_raises_it_to_the_default_flow_keeping_withdrawal(
    journal: Journal,
) -> None:
    spotting = ops.set_bleeding_day(
        journal, date(2026, 11, 20), d.Flow.SPOTTING, withdrawal=True, today=TODAY
    )
    started = ops.start_period(journal, date(2026, 11, 20), today=TODAY)
    assert (started.id, started.flow, started.withdrawal) == (spotting.id, d.Flow.MEDIUM, True)
    assert journal.bleeding_days.all() == [started]


def test_period_containing_finds_the_period_from_day_1_to_its_last_day_dry_day_included(
    journal: Journal,
) -> None:
    ops.set_bleeding_day(journal, date(2026, 11, 2), d.Flow.SPOTTING, today=TODAY)
    for day in (3, 4, 6):  # the 5th is one dry day inside the period
        ops.set_bleeding_day(journal, date(2026, 11, day), today=TODAY)
    for day in (3, 5, 6):
        period = ops.cycle.period_containing(journal, date(2026, 11, day))
        assert period is not None and (period.start, period.last) == (
            date(2026, 11, 3),
            date(2026, 11, 6),
        )
    for outside in (2, 7, 1):  # spotting before day 1, the day after, a day before
        assert ops.cycle.period_containing(journal, date(2026, 11, outside)) is None


def test_changing_a_bleeding_days_flow_keeps_one_record_for_the_day(journal: Journal) -> None:
    first = ops.set_bleeding_day(journal, date(2026, 11, 20), today=TODAY)
    changed = ops.set_bleeding_day(
        journal, date(2026, 11, 20), d.Flow.SPOTTING, withdrawal=True, today=TODAY
    )
    assert changed.id == first.id
    assert journal.bleeding_days.all() == [changed]
    assert (changed.flow, changed.withdrawal) == (d.Flow.SPOTTING, True)


def test_toggling_a_day_marks_it_then_unmarks_it(journal: Journal) -> None:
    day = date(2026, 11, 21)
    marked = ops.toggle_bleeding_day(journal, day, today=TODAY)
    assert marked is not None and marked.flow is d.Flow.MEDIUM
    assert ops.toggle_bleeding_day(journal, day, today=TODAY) is None
    assert journal.bleeding_days.count() == 0


def test_removing_a_bleeding_day_returns_it_and_nothing_when_unmarked(
    journal: Journal,
) -> None:
    marked = ops.start_period(journal, date(2026, 11, 2), today=TODAY)
    assert ops.remove_bleeding_day(journal, date(2026, 11, 2)) == marked
    assert ops.remove_bleeding_day(journal, date(2026, 11, 2)) is None


def test_a_bleeding_day_in_the_future_is_refused_and_not_saved(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="cannot be in the future; the next one is predicted"):
        ops.start_period(journal, date(2026, 11, 25), today=TODAY)
    assert journal.bleeding_days.count() == 0


def test_a_phase_is_saved_with_its_note(journal: Journal) -> None:
    phase = ops.save_phase(
        journal, d.HormonalPhase(PILL, date(2026, 1, 1), date(2026, 6, 30), " Yasmin ")
    )
    assert journal.phases.all() == [phase]
    assert phase.note == "Yasmin"


def test_a_phase_ending_before_it_starts_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError) as raised:
        ops.save_phase(journal, d.HormonalPhase(PILL, date(2026, 6, 1), date(2026, 5, 1)))
    assert raised.value.problems == {"end": "The end is before the start."}
    assert journal.phases.count() == 0


def test_a_phase_overlapping_another_of_the_same_kind_is_refused_naming_it(
    journal: Journal,
) -> None:
    ops.save_phase(journal, d.HormonalPhase(PILL, date(2026, 1, 1), date(2026, 6, 30)))
    with pytest.raises(ValidationError) as raised:
        ops.save_phase(journal, d.HormonalPhase(PILL, date(2026, 6, 30), None))
    assert raised.value.problems["start"] == (
        "This overlaps another phase of the same kind, from 1 Jan 2026 to 30 Jun 2026."
    )
    assert journal.phases.count() == 1


def test_an_ongoing_phase_overlaps_every_later_phase_of_its_kind(journal: Journal) -> None:
    ops.save_phase(journal, d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2025, 1, 1)))
    with pytest.raises(ValidationError, match=r"still going on since 1 Jan 2025\.$"):
        ops.save_phase(
            journal,
            d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2026, 3, 1), date(2026, 4, 1)),
        )


def test_phases_of_different_kinds_may_overlap(journal: Journal) -> None:
    ops.save_phase(journal, d.HormonalPhase(d.PhaseKind.PERIMENOPAUSE, date(2025, 1, 1)))
    hrt = ops.save_phase(journal, d.HormonalPhase(d.PhaseKind.HRT_CONTINUOUS, date(2025, 6, 1)))
    assert hrt in journal.phases.all() and journal.phases.count() == 2


def test_editing_a_phase_does_not_count_as_overlapping_itself(journal: Journal) -> None:
    phase = ops.save_phase(journal, d.HormonalPhase(PILL, date(2026, 1, 1)))
    ended = ops.save_phase(
        journal,
        d.HormonalPhase(PILL, phase.start, date(2026, 3, 1), id=phase.id, created=phase.created),
    )
    assert journal.phases.all() == [ended]


def test_deleting_a_phase_returns_it_so_it_can_be_restored(journal: Journal) -> None:
    phase = ops.save_phase(journal, d.HormonalPhase(PILL, date(2026, 1, 1)))
    assert ops.delete_phase(journal, phase.id) == phase
    assert journal.phases.count() == 0
