"""The Change each journal action declares: what kinds of records it may change."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal import domain as d
from journal import operations
from journal.changes import Change, changes, declared_changes, reads
from journal.storage import Journal
from tests.journal.conftest import CET


def test_actions_declare_the_records_they_change() -> None:
    assert declared_changes(operations.start_attack) == Change.ATTACKS
    assert declared_changes(operations.record_dose) == Change.DOSES
    assert declared_changes(operations.delete_attack) == Change.ATTACKS | Change.DOSES
    assert declared_changes(operations.save_medication) == Change.MEDICATIONS
    assert declared_changes(operations.check_in) == Change.DAYS
    assert declared_changes(operations.rename_factor) == Change.FACTORS
    assert declared_changes(operations.start_period) == Change.PERIODS
    assert declared_changes(operations.save_phase) == Change.PHASES
    assert declared_changes(operations.set_cycle_tracking) == Change.CYCLE_TRACKING
    assert declared_changes(operations.save_treatment) == Change.TREATMENTS | Change.MEDICATIONS
    assert declared_changes(operations.save_midas) == Change.QUESTIONNAIRES
    assert declared_changes(operations.add_visit_note) == Change.VISIT_NOTES


def test_reads_declare_nothing_changed() -> None:
    assert declared_changes(operations.medications_for_picking) == Change.NOTHING
    assert declared_changes(operations.cycle_tracking_enabled) == Change.NOTHING
    assert not declared_changes(operations.treatment_overview)


def test_an_undeclared_function_has_no_declaration() -> None:
    def plain(journal: Journal) -> None:
        del journal

    assert declared_changes(plain) is None


def test_declaring_nothing_as_a_change_is_refused() -> None:
    with pytest.raises(ValueError, match="reads"):
        changes(Change.NOTHING)


def test_the_decorators_keep_the_function_working(journal: Journal) -> None:
    @changes(Change.ATTACKS)
    def start(journal: Journal, moment: datetime) -> d.Attack:
        return operations.start_attack(journal, moment)

    @reads
    def count(journal: Journal) -> int:
        return len(journal.attacks.all())

    start(journal, datetime(2026, 3, 2, 9, tzinfo=CET))
    assert count(journal) == 1


def test_touches_says_whether_a_view_must_reload() -> None:
    shown_by_calendar = Change.ATTACKS | Change.DOSES | Change.DAYS | Change.CYCLE
    assert Change.DOSES.touches(shown_by_calendar)
    assert Change.PHASES.touches(shown_by_calendar)
    assert not Change.TREATMENTS.touches(shown_by_calendar)
    assert not Change.NOTHING.touches(shown_by_calendar)
    assert Change.EVERYTHING.touches(Change.VISIT_NOTES)
