"""What a change reloads, counted: each view reloads only after a change that touches
what it shows, and a dialog closed without saving reloads nothing (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.storage import Journal
from tests.ui.conftest_attack import add_medications, start_attack
from ui.app import startup
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.app.startup import WindowSession, open_session
from ui.attack.editor import AttackEditor
from ui.insights.view import InsightsView
from ui.medication.dose_editor import DoseEditor
from ui.session import Follower, Session
from ui.settings.dialog import SettingsDialog


def reloads(window: MainWindow) -> dict[str, int]:
    """How often each view of the window reloaded after a change, by view."""
    counts: dict[str, int] = {}
    for follower in window.findChildren(Follower):
        view = follower.parent()
        name = type(view).__name__
        counts[name] = counts.get(name, 0) + follower.reloads
    return counts


def changed_views(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {name for name, count in after.items() if count != before.get(name, 0)}


class Reloads:
    """Counts the work each view does to reload, whoever asks for it: the day view
    showing its day, the calendar reading its marks, the banner, the check-in's
    factors, the Treatments tree, the Visit results and the Insights redraw."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        import ui.checkin.panel
        import ui.treatments.view
        import ui.visit.page

        self.counts: dict[str, int] = {}
        self._patch(monkeypatch, window.day_view, "show_day", "day view")
        self._patch(monkeypatch, window.calendar.grid, "reload", "calendar")
        self._patch(monkeypatch, window.banner, "show_attack", "banner")
        self._patch(monkeypatch, window.day_view, "show_day", "day view")
        operations_module = ui.checkin.panel.operations
        self._patch(monkeypatch, operations_module, "factors_for_check_in", "check-in")
        self._patch(monkeypatch, ui.treatments.view.operations, "treatment_overview", "treatments")
        self._patch(monkeypatch, ui.visit.page, "latest_midas", "visit")
        insights = window.tabs.insights
        if insights is not None:
            self._patch(monkeypatch, insights, "_redraw", "insights")

    def _patch(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str, label: str) -> None:
        real = getattr(owner, name)
        if getattr(real, "counted", False):
            return

        def counted(*args: object, **kwargs: object) -> object:
            self.counts[label] = self.counts.get(label, 0) + 1
            return real(*args, **kwargs)

        counted.counted = True  # type: ignore[attr-defined]
        monkeypatch.setattr(owner, name, counted)


class Redraws:
    """Counts the Insights view's redraws (the work a reload of the charts costs)."""

    def __init__(self, view: InsightsView, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        redraw = view._redraw

        def counted() -> None:
            self.count += 1
            redraw()

        monkeypatch.setattr(view, "_redraw", counted)


def _save_a_dose(qtbot: QtBot, window: MainWindow, medication: d.Medication) -> None:
    window.day_view.add_dose()
    editor = window.day_view._dialog
    assert isinstance(editor, DoseEditor)
    editor.medication.setCurrentIndex(editor._index_of(medication.id))
    editor.save()
    assert not editor.isVisible(), "the dose was not saved"


def test_saving_a_dose_reloads_the_dose_views_and_not_hidden_insights(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    triptan = add_medications(journal).triptan
    insights = window.tabs.lazy.view("insights", InsightsView)
    window.views.setCurrentWidget(insights)
    window.views.setCurrentIndex(0)  # Insights was seen once, then the diary again
    window.tabs.treatments  # noqa: B018  (built, as if its tab had been shown)
    window.tabs.visit  # noqa: B018
    redraws = Redraws(insights, monkeypatch)
    work = Reloads(window, monkeypatch)
    before = reloads(window)
    _save_a_dose(qtbot, window, triptan)
    assert changed_views(before, reloads(window)) == {"CalendarView", "DayView", "InsightsView"}
    assert work.counts == {"day view": 1, "calendar": 1}, "each dose view once, nothing else"
    assert redraws.count == 0, "hidden charts wait until they are shown"
    assert len(journal.doses.all()) == 1
    window.views.setCurrentWidget(insights)
    assert redraws.count == 1, "shown again, the charts are redrawn once"


def test_saving_a_dose_with_insights_open_redraws_the_charts_once(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_medications(journal)
    insights = window.tabs.lazy.view("insights", InsightsView)
    window.views.setCurrentWidget(insights)
    redraws = Redraws(insights, monkeypatch)
    dose = d.Dose(journal.medications.all()[0].id, d.local_now() - timedelta(minutes=5))
    window.session.run(operations.record_dose, dose)
    assert redraws.count == 1


def test_a_dose_touches_neither_the_check_in_nor_treatments_nor_visit(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    triptan = add_medications(journal).triptan
    window.tabs.treatments  # noqa: B018  (built, as if its tab had been shown)
    window.tabs.visit  # noqa: B018
    before = reloads(window)
    _save_a_dose(qtbot, window, triptan)
    changed = changed_views(before, reloads(window))
    assert "CheckInPanel" not in changed
    assert "TreatmentsView" not in changed and "VisitPage" not in changed
    assert "OpenAttackBanner" not in changed


def test_cancelling_a_dialog_reloads_nothing(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_attack(journal)
    add_medications(journal)
    window.tabs.treatments  # noqa: B018
    window.tabs.visit  # noqa: B018
    window.tabs.lazy.view("insights", InsightsView)
    heard: list[object] = []
    window.session.changed.connect(lambda change, _who: heard.append(change))
    before = reloads(window)
    work = Reloads(window, monkeypatch)
    window.day_view.add_attack()
    editor = window.day_view._dialog
    assert isinstance(editor, AttackEditor)
    editor.reject()
    window.day_view.add_dose()
    dose_editor = window.day_view._dialog
    assert isinstance(dose_editor, DoseEditor)
    dose_editor.reject()
    window.show_medications()
    medications = window.dialog
    assert isinstance(medications, QDialog)
    medications.reject()
    window.cycle.show_phases()
    phases = window.dialog
    assert isinstance(phases, QDialog)
    phases.reject()
    assert heard == []
    assert reloads(window) == before
    assert work.counts == {}, "a cancelled dialog made a view reload"


def test_starting_an_attack_reloads_the_banner_calendar_and_day_only(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = reloads(window)
    window.attack_now()
    assert changed_views(before, reloads(window)) == {
        "OpenAttackBanner",
        "CalendarView",
        "DayView",
    }
    assert window.banner.isVisible()
    screen = window.dialog
    assert screen is not None
    screen.reject()


# -- cycle tracking switched in Settings ---------------------------------------------


@pytest.fixture
def session(tmp_path: Path) -> Iterator[WindowSession]:
    application([])
    path = tmp_path / "journal" / "j.sqlite3"
    day1 = date.today() - timedelta(days=3)
    with Journal.open(path) as journal:
        operations.start_period(journal, day1)
        operations.save_phase(
            journal,
            d.HormonalPhase(d.PhaseKind.PROGESTOGEN_ONLY, date.today() - timedelta(days=20)),
        )
    opened = open_session(path)
    opened.window.show()
    yield opened
    for each in list(startup._SESSIONS):
        each.close(take_backup=False)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def cycle_controls(window: MainWindow) -> dict[str, bool]:
    """Every control of the window that belongs to the cycle, and whether it shows."""
    shown = {
        "View ▸ Track menstrual cycle (checked)": window.cycle.cycle_action.isChecked(),
        "Entry ▸ Start period": window.cycle.start_period_action.isVisible(),
        "Entry ▸ Period…": window.cycle.period_action.isVisible(),
        "Entry ▸ Hormonal phases…": window.cycle.phases_action.isVisible(),
        "Day view ▸ Period…": window.day_view.period_button.isVisible(),
        "Day view ▸ cycle line": window.day_view.cycle_line.isVisible(),
        "Calendar ▸ cycle legend": all(e.isVisible() for e in window.calendar.cycle_entries),
        "Calendar ▸ period mark": window.calendar.mark_for(date.today() - timedelta(days=3))
        is not None,
    }
    insights = window.tabs.insights
    if insights is not None and insights.board is not None:
        legend = [label for _colour, label in insights.board.timeline.card.legend_entries]
        shown["Insights ▸ timeline legend"] = "Period day" in legend
    return shown


def test_cycle_tracking_off_in_settings_hides_every_cycle_control_at_once_and_on_shows_them(
    qtbot: QtBot, session: WindowSession
) -> None:
    window = session.window
    window.calendar.select_day(date.today() - timedelta(days=3))
    window.views.setCurrentWidget(window.tabs.lazy.view("insights", InsightsView))
    window.views.setCurrentIndex(0)
    assert all(cycle_controls(window).values()), cycle_controls(window)
    assert len(cycle_controls(window)) == 9
    dialog = SettingsDialog(session, window)
    qtbot.addWidget(dialog)
    switch = dialog.appearance_page.cycle_switch
    switch.click()
    assert not operations.cycle_tracking_enabled(session.journal)
    window.views.setCurrentWidget(window.tabs.lazy.view("insights", InsightsView))
    window.views.setCurrentIndex(0)
    shown = cycle_controls(window)
    assert not any(shown.values()), [name for name, on in shown.items() if on]
    switch.click()
    window.views.setCurrentWidget(window.tabs.lazy.view("insights", InsightsView))
    window.views.setCurrentIndex(0)
    shown = cycle_controls(window)
    assert all(shown.values()), [name for name, on in shown.items() if not on]
    assert session.journal.bleeding_days.all() != [], "switching off keeps the records"


def _announced_while_opening(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> list[Change]:
    """Every change the session announces while the window is built over `journal`."""
    heard: list[Change] = []
    real = Session.announce

    def announce(self: Session, change: Change, initiator: object | None = None) -> None:
        if change:
            heard.append(change)
        real(self, change, initiator)

    monkeypatch.setattr(Session, "announce", announce)
    application([])
    main = create_main_window(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return heard


def test_opening_the_window_on_a_kept_journal_announces_no_change(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    operations.ensure_default_factors(journal)  # an earlier start added them
    assert _announced_while_opening(qtbot, journal, monkeypatch) == []


def test_the_first_start_announces_the_default_factors_it_added_once(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _announced_while_opening(qtbot, journal, monkeypatch) == [Change.FACTORS]
    assert journal.factors.count() > 0
