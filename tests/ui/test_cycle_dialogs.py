"""Period logging, the one-click period start and hormonal phases, as a user drives them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.storage import Journal
from tests.ui.conftest_recording import press, show_active
from ui.app.main_window import MainWindow
from ui.cycle.dialogs import (
    CycleTrackingSwitch,
    PeriodDayDialog,
    PhasesDialog,
    start_period_here,
    start_period_refusal,
)
from ui.kit.form_widgets import set_date
from ui.kit.locale_text import day_text
from ui.session import Session

TODAY = d.local_now().date()


def test_start_period_marks_the_day_as_bleeding_with_one_call(
    journal: Journal, session: Session
) -> None:
    day = TODAY - timedelta(days=2)
    started = start_period_here(session, day)
    assert started is not None
    stored = journal.bleeding_days.on(day)
    assert stored is not None and stored.flow is d.Flow.MEDIUM and not stored.withdrawal


def test_start_period_inside_a_period_says_which_period_and_changes_nothing(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, session: Session
) -> None:
    day1 = TODAY - timedelta(days=6)
    for offset in range(3):
        operations.set_bleeding_day(journal, day1 + timedelta(days=offset), d.Flow.HEAVY)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "ui.cycle.dialogs.show_info", lambda _parent, title, text: told.append((title, text))
    )
    before = journal.bleeding_days.all()
    assert start_period_here(session, day1 + timedelta(days=1)) is None
    assert start_period_here(session, day1) is None
    assert journal.bleeding_days.all() == before
    started = day_text(day1)  # "Tue 3 Nov", as every screen writes a short day
    assert told == [
        (
            "Period already recorded",
            f"This day is already part of the period that started on {started}.",
        ),
        ("Period already recorded", "This day is already the first day of a period."),
    ]


def test_start_period_refusal_is_none_outside_a_period_and_the_day_can_be_started(
    journal: Journal,
    session: Session,
) -> None:
    day1 = TODAY - timedelta(days=10)
    operations.set_bleeding_day(journal, day1)
    assert (
        start_period_refusal(session.reads, day1)
        == "This day is already the first day of a period."
    )
    after = day1 + timedelta(days=4)
    assert start_period_refusal(session.reads, after) is None
    assert start_period_here(session, after) is not None


def test_start_period_here_in_the_window_on_a_period_day_never_says_marked(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    day1 = TODAY - timedelta(days=8)
    for offset in range(4):
        operations.set_bleeding_day(journal, day1 + timedelta(days=offset))
    window.refresh()
    told: list[str] = []
    monkeypatch.setattr(
        "ui.cycle.dialogs.show_info", lambda _parent, _title, text: told.append(text)
    )
    inside = day1 + timedelta(days=2)
    window.calendar.select_day(inside)
    window.statusBar().clearMessage()
    window.cycle.start_period(inside)  # what the (now disabled) actions would do
    assert told == [f"This day is already part of the period that started on {day_text(day1)}."]
    assert "marked" not in window.statusBar().currentMessage()
    assert len(journal.bleeding_days.all()) == 4


def test_start_period_is_offered_only_on_a_day_outside_a_period_and_says_why_not(
    window: MainWindow, journal: Journal
) -> None:
    day1 = TODAY - timedelta(days=8)
    for offset in range(4):
        operations.set_bleeding_day(journal, day1 + timedelta(days=offset))
    window.refresh()
    action = window.cycle.start_period_action
    for day, offered in ((day1 + timedelta(days=2), False), (day1, False), (TODAY, True)):
        window.calendar.select_day(day)
        menu = window.calendar.grid.context_menu(day)
        (start,) = [a for a in menu.actions() if a.text() == "Start period here"]
        assert start.isEnabled() is offered and action.isEnabled() is offered
        if not offered:
            assert start.toolTip().startswith("This day is already")
            assert action.toolTip() == start.toolTip()
    operations.set_bleeding_day(journal, TODAY)
    window.refresh()  # a period recorded today: no longer offered
    assert not action.isEnabled()


def test_with_cycle_tracking_off_no_cycle_ui_shows_and_nothing_is_marked(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    operations.set_cycle_tracking(journal, False)
    assert not PeriodDayDialog.available(session.reads)
    assert not PhasesDialog.available(session.reads)
    assert start_period_here(session, TODAY) is None
    assert journal.bleeding_days.all() == []
    operations.set_cycle_tracking(journal, True)
    assert PeriodDayDialog.available(session.reads) and PhasesDialog.available(session.reads)


def test_period_day_dialog_records_flow_and_withdrawal_from_the_keyboard(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    day = TODAY - timedelta(days=1)
    dialog = PeriodDayDialog(session, day)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.flow.setFocus()
    assert not dialog.remove_button.isEnabled()
    press(qtbot, ["4"])
    dialog.withdrawal.setChecked(True)
    with qtbot.waitSignal(session.changed):
        dialog.save_button.click()
    stored = journal.bleeding_days.on(day)
    assert stored is not None
    assert stored.flow is d.Flow.HEAVY and stored.withdrawal


def test_period_day_dialog_changes_and_removes_a_marked_day(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    day = TODAY - timedelta(days=3)
    operations.set_bleeding_day(journal, day, d.Flow.LIGHT)
    dialog = PeriodDayDialog(session, day)
    qtbot.addWidget(dialog)
    assert dialog.flow.value() == d.Flow.LIGHT
    dialog.flow.button(d.Flow.SPOTTING).click()
    dialog.save_button.click()
    assert journal.bleeding_days.on(day).flow is d.Flow.SPOTTING  # type: ignore[union-attr]
    again = PeriodDayDialog(session, day)
    qtbot.addWidget(again)
    with qtbot.waitSignal(session.changed):
        again.remove_button.click()
    assert journal.bleeding_days.on(day) is None


def test_a_future_bleeding_day_is_refused_in_words_and_the_choice_kept(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    tomorrow = TODAY + timedelta(days=1)
    dialog = PeriodDayDialog(session, tomorrow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.flow.pick(d.Flow.HEAVY)
    dialog.save_button.click()
    assert dialog.day_problem.problem() == (
        "A bleeding day cannot be in the future; the next one is predicted."
    )
    assert dialog.isVisible() and dialog.flow.value() == d.Flow.HEAVY
    assert journal.bleeding_days.all() == []


def test_period_dialog_without_a_flow_says_to_choose_one(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    dialog = PeriodDayDialog(session, TODAY)
    qtbot.addWidget(dialog)
    dialog.flow.pick(None)
    dialog.save_button.click()
    assert dialog.flow_problem.problem() == "Choose the flow, or remove the bleeding."
    assert journal.bleeding_days.all() == []


def test_phases_dialog_adds_an_ongoing_phase_then_edits_and_deletes_it(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    phases = PhasesDialog(session)
    qtbot.addWidget(phases)
    editor = phases.editor(None)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(d.PhaseKind.COMBINED_PILL_CYCLIC))
    set_date(editor.start, date(2026, 1, 5))
    assert editor.end.ongoing.isChecked()
    editor.note.setText("Microgynon")
    editor.save_button.click()
    [stored] = journal.phases.all()
    assert (stored.kind, stored.start, stored.end, stored.note) == (
        d.PhaseKind.COMBINED_PILL_CYCLIC,
        date(2026, 1, 5),
        None,
        "Microgynon",
    )
    phases.refresh(stored.id)
    assert "Combined pill, cyclic" in phases.list.currentItem().text()
    edit = phases.editor(phases.selected())
    qtbot.addWidget(edit)
    edit.end.ongoing.setChecked(False)
    set_date(edit.end.edit, date(2026, 3, 1))
    edit.save_button.click()
    assert journal.phases.get(stored.id).end == date(2026, 3, 1)
    phases.refresh(stored.id)
    with qtbot.waitSignal(session.changed):
        phases.delete_button.click()
    assert journal.phases.all() == []


def test_a_phase_ending_before_it_starts_is_refused_in_words_and_kept(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    editor = PhasesDialog(session).editor(None)
    qtbot.addWidget(editor)
    set_date(editor.start, date(2026, 5, 10))
    editor.end.ongoing.setChecked(False)
    set_date(editor.end.edit, date(2026, 5, 1))
    editor.note.setText("typed note")
    assert editor.end_problem.problem() == "The end is before the start."
    assert not editor.save_button.isEnabled()
    editor.save()
    assert journal.phases.all() == []
    assert editor.note.text() == "typed note"


def test_an_overlapping_phase_of_the_same_kind_is_refused_in_words(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    operations.save_phase(journal, d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2025, 1, 1)))
    editor = PhasesDialog(session).editor(None)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(d.PhaseKind.HORMONAL_IUD))
    set_date(editor.start, date(2026, 2, 1))
    assert editor.start_problem.problem().startswith("This overlaps another phase of the same kind")
    assert not editor.save_button.isEnabled()
    editor.kind.setCurrentIndex(editor.kind.findData(d.PhaseKind.PERIMENOPAUSE))
    assert editor.start_problem.problem() == ""
    assert editor.save_button.isEnabled()


def test_the_cycle_tracking_switch_turns_cycle_ui_off_and_keeps_records(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    operations.set_bleeding_day(journal, TODAY, d.Flow.LIGHT)
    heard: list[Change] = []
    session.changed.connect(lambda change, _who: heard.append(change))
    switch = CycleTrackingSwitch(session)
    qtbot.addWidget(switch)
    assert switch.isChecked()
    switch.click()
    assert heard == [Change.CYCLE_TRACKING]
    assert not operations.cycle_tracking_enabled(journal)
    assert [b.day for b in journal.bleeding_days.all()] == [TODAY]
    switch.click()
    assert operations.cycle_tracking_enabled(journal)
