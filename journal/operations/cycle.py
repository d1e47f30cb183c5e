"""Period logging, hormonal phases and the cycle-tracking switch.

Bleeding days are kept one record per calendar day; withdrawal bleeds (pill break,
cyclical HRT) are flagged but count as menstruation for the perimenstrual window.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from journal import domain as d
from journal.analysis import cycles
from journal.changes import Change, changes, reads
from journal.storage import Journal
from journal.validation import require
from journal.validation_records import bleeding_day_problems, phase_problems

CYCLE_TRACKING = "cycle_tracking"
"""Journal setting, "on" or "off". Off hides every cycle view for users who do not
menstruate; recorded bleeding days and phases stay in the journal."""

DEFAULT_FLOW = d.Flow.MEDIUM


@reads
def cycle_tracking_enabled(journal: Journal) -> bool:
    """Whether cycle tracking is on (it is, unless the user switched it off)."""
    return journal.setting(CYCLE_TRACKING, "on") != "off"


@changes(Change.CYCLE_TRACKING)
def set_cycle_tracking(journal: Journal, enabled: bool) -> None:
    journal.set_setting(CYCLE_TRACKING, "on" if enabled else "off")


@changes(Change.PERIODS)
def set_bleeding_day(
    journal: Journal,
    day: date,
    flow: d.Flow = DEFAULT_FLOW,
    withdrawal: bool = False,
    *,
    today: date | None = None,
) -> d.BleedingDay:
    """Mark `day` as a bleeding day with this flow, or change the one already there."""
    with journal.atomic():
        bleeding = d.BleedingDay(day, d.Flow(flow), withdrawal)
        earlier = journal.bleeding_days.on(day)
        if earlier is not None:
            bleeding = dataclasses.replace(bleeding, id=earlier.id, created=earlier.created)
        require(bleeding_day_problems(bleeding, today or d.local_now().date()))
        return journal.bleeding_days.save(bleeding)


PERIOD_SEARCH = timedelta(days=120)
"""Bleeding days read either side of a day to find the period around it; far longer
than any run of bleeding days a period is made of."""


@reads
def period_containing(journal: Journal, day: date) -> cycles.Period | None:
    """The period `day` is part of (from its day 1 to its last bleeding day, the dry
    day inside it included), or None. Spotting before day 1 is not part of it."""
    nearby = journal.bleeding_days.between(day - PERIOD_SEARCH, day + PERIOD_SEARCH)
    for period in cycles.periods(nearby):
        if period.start <= day <= period.last:
            return period
    return None


@changes(Change.PERIODS)
def start_period(journal: Journal, day: date, *, today: date | None = None) -> d.BleedingDay:
    """One click on the calendar: `day` becomes a bleeding day with the default flow.
    A day already marked keeps what was recorded, except spotting: spotting does not
    start a period, so saying the period started that day raises it to the default
    flow (the withdrawal flag is kept). Whether the day is already inside a period
    is for the caller to ask first (`period_containing`)."""
    with journal.atomic():
        earlier = journal.bleeding_days.on(day)
        if earlier is not None and earlier.flow != d.Flow.SPOTTING:
            return earlier
        withdrawal = earlier.withdrawal if earlier is not None else False
        return set_bleeding_day(journal, day, withdrawal=withdrawal, today=today)


@changes(Change.PERIODS)
def remove_bleeding_day(journal: Journal, day: date) -> d.BleedingDay | None:
    """Unmark `day`; returns the record removed, if there was one (for undo)."""
    with journal.atomic():
        earlier = journal.bleeding_days.on(day)
        if earlier is not None:
            journal.bleeding_days.delete(earlier.id)
        return earlier


@changes(Change.PERIODS)
def toggle_bleeding_day(
    journal: Journal, day: date, *, today: date | None = None
) -> d.BleedingDay | None:
    """Mark `day` with the default flow, or unmark it if it was marked; returns the
    bleeding day now recorded (None after unmarking)."""
    with journal.atomic():
        if journal.bleeding_days.on(day) is not None:
            remove_bleeding_day(journal, day)
            return None
        return set_bleeding_day(journal, day, today=today)


@changes(Change.PHASES)
def save_phase(journal: Journal, phase: d.HormonalPhase) -> d.HormonalPhase:
    """Add or change a hormonal phase: it may not end before it starts nor overlap
    another phase of the same kind (different kinds may overlap, e.g. perimenopause
    and HRT)."""
    phase = dataclasses.replace(phase, kind=d.PhaseKind(phase.kind), note=phase.note.strip())
    with journal.atomic():
        require(phase_problems(phase, journal.phases.all()))
        return journal.phases.save(phase)


@changes(Change.PHASES)
def delete_phase(journal: Journal, phase_id: str) -> d.HormonalPhase:
    """Delete a phase; returns it so that Undo can save it back."""
    with journal.atomic():
        phase = journal.phases.get(phase_id)
        journal.phases.delete(phase_id)
    return phase
