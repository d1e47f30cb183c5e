"""The rest of the day in the main window: the check-in of the selected day, the
period and phase entries, the Insights, Treatments and Visit tabs, their Entry menu
items, and the "Track menstrual cycle" switch.

Each part follows the window's session and reloads only after a change that
touches what it shows. Turning cycle tracking off (here, in Settings or anywhere
else) hides every cycle mark, legend entry, button and menu item at once, and on
brings them back (the recorded days are kept). Insights is built the first time its
tab is shown, so pyqtgraph is never imported at start-up, and redraws only while
shown.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from ui.app.checkin_column import CheckInColumn
from ui.checkin.panel import CheckInPanel
from ui.cycle.words import start_period_refusal
from ui.kit.feedback import show_error
from ui.kit.lazy_tabs import LazyTabs
from ui.kit.locale_text import local_text
from ui.session import follow

translate = QCoreApplication.translate
"""Qt's translate: the window's texts are in the MainWindow context."""


if TYPE_CHECKING:
    from ui.app.main_window import MainWindow
    from ui.insights.view import InsightsView
    from ui.treatments.view import TreatmentsView
    from ui.visit.page import VisitPage


class WindowRecording(QObject):
    """Adds the check-in, cycle, treatment and visit parts to a MainWindow."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.journal = window.journal
        self._build_check_in()
        self._build_tabs()
        self._build_menus()
        window.calendar.day_selected.connect(self.show_day)
        window.calendar.start_period_requested.connect(self.start_period)
        window.calendar.period_requested.connect(self.edit_period)
        session = window.session
        follow(
            session, self.checkin, CheckInPanel.SHOWS, self.checkin.refresh, unless_made_inside=True
        )
        follow(session, self.start_period_action, Change.PERIODS, self._offer_selected_day)
        follow(session, self.window, Change.CYCLE_TRACKING, self.apply_cycle_tracking)
        self.apply_cycle_tracking()
        self.show_day(window.calendar.selected_day())

    # -- building ------------------------------------------------------------

    def _build_check_in(self) -> None:
        self.column = CheckInColumn(self.window)
        self.checkin, self.future = self.column.checkin, self.column.future
        self.checkin_area = self.column.area
        self.checkin.day_field.dateChanged.connect(lambda _day: self._panel_day_changed())

    def _build_tabs(self) -> None:
        """Insights, Treatments and Visit are built when first shown or used."""
        self.tabs = LazyTabs(self.window.views)
        self.tabs.add("insights", translate("MainWindow", "Insights"), self._build_insights)
        self.tabs.add("treatments", translate("MainWindow", "Treatments"), self._build_treatments)
        self.tabs.add("visit", translate("MainWindow", "Visit"), self._build_visit)

    @property
    def insights(self) -> InsightsView | None:
        """The Insights view, or None while its tab was never shown."""
        from ui.insights.view import InsightsView

        view = self.tabs.built("insights")
        return view if isinstance(view, InsightsView) else None

    @property
    def treatments(self) -> TreatmentsView:
        from ui.treatments.view import TreatmentsView

        return self.tabs.view("treatments", TreatmentsView)

    @property
    def visit(self) -> VisitPage:
        from ui.visit.page import VisitPage

        return self.tabs.view("visit", VisitPage)

    def _build_insights(self) -> QWidget:
        from ui.insights.view import InsightsView

        view = InsightsView(self.journal, session=self.window.session)
        follow(self.window.session, view, InsightsView.SHOWS, view.reload)
        return view

    def _build_treatments(self) -> QWidget:
        from ui.treatments.view import TreatmentsView

        view = TreatmentsView(self.window.session)
        follow(
            self.window.session, view, TreatmentsView.SHOWS, view.refresh, unless_made_inside=True
        )
        return view

    def _build_visit(self) -> QWidget:
        from ui.visit.page import VisitPage

        view = VisitPage(self.window.session)
        follow(self.window.session, view, VisitPage.SHOWS, view.refresh, unless_made_inside=True)
        return view

    def _build_menus(self) -> None:
        window = self.window
        entry = window.entry_menu
        entry.addSeparator()
        add = window.menu_action
        self.check_in_action = add(
            entry, translate("MainWindow", "Check &in today"), self.check_in_today, "Ctrl+K"
        )
        self.start_period_action = add(
            entry,
            translate("MainWindow", "Start &period on selected day"),
            self.start_period,
            "Ctrl+Shift+P",
        )
        self.period_action = add(entry, translate("MainWindow", "P&eriod…"), self.edit_period)
        self.phases_action = add(
            entry, translate("MainWindow", "&Hormonal phases…"), self.show_phases
        )
        self.factors_action = add(
            entry, translate("MainWindow", "Tracked &factors…"), self.show_factors
        )
        entry.addSeparator()
        self.midas_action = add(entry, translate("MainWindow", "MI&DAS…"), self.enter_midas)
        self.hit6_action = add(entry, translate("MainWindow", "HI&T-6…"), self.enter_hit6)
        self.question_action = add(
            entry, translate("MainWindow", "&Question for the visit…"), self.ask_question
        )
        self.cycle_action = QAction(translate("MainWindow", "Track menstrual &cycle"), window)
        self.cycle_action.setCheckable(True)
        self.cycle_action.setChecked(operations.cycle_tracking_enabled(self.journal))
        self.cycle_action.setToolTip(
            translate("MainWindow", "Off: no period, cycle or hormone marks; records are kept")
        )
        self.cycle_action.toggled.connect(self.set_cycle_tracking)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.cycle_action)

    def cycle_actions(self) -> tuple[QAction, ...]:
        return (self.start_period_action, self.period_action, self.phases_action)

    # -- following the window ------------------------------------------------

    def show_day(self, day: date) -> None:
        """The check-in follows the calendar; a day to come has no check-in."""
        self._offer_start_period(day)
        future = day > d.local_now().date()
        self.checkin.setVisible(not future)
        self.future.setVisible(future)
        if not future:
            self.checkin.set_day(day)
            if self.checkin.day() != day:
                self.window.statusBar().showMessage(
                    translate(
                        "MainWindow",
                        "The check-in of {0} is not saved yet: its reason is shown below.",
                    ).format(local_text(self.checkin.day(), "%a %d %b")),
                    10000,
                )

    def _offer_start_period(self, day: date) -> None:
        """ "Start period" is offered only on a day not already inside a period; the
        tooltip says why not."""
        refusal = start_period_refusal(self.journal, day)
        self.start_period_action.setEnabled(refusal is None)
        self.start_period_action.setToolTip(refusal or "")

    def _offer_selected_day(self) -> None:
        self._offer_start_period(self.window.calendar.selected_day())

    def _panel_day_changed(self) -> None:
        """The panel's own date field (or a refused day change) moves the calendar."""
        if self.checkin.day() != self.window.calendar.selected_day():
            self.window.calendar.select_day(self.checkin.day())

    # -- cycle ---------------------------------------------------------------

    def set_cycle_tracking(self, enabled: bool) -> None:
        """The View menu's switch; the session's change shows or hides the rest."""
        try:
            self.window.session.run_by(self.window, operations.set_cycle_tracking, enabled)
        except JournalError as error:
            show_error(self.window, error)
            self.apply_cycle_tracking()

    def apply_cycle_tracking(self) -> None:
        """Show or hide every cycle widget, mark and action per the journal setting."""
        enabled = operations.cycle_tracking_enabled(self.journal)
        self.cycle_action.blockSignals(True)
        self.cycle_action.setChecked(enabled)
        self.cycle_action.blockSignals(False)
        for action in self.cycle_actions():
            action.setVisible(enabled)
        self.window.calendar.set_cycle_tracking(enabled)
        self.window.day_view.set_cycle_tracking(enabled)
        self._offer_selected_day()

    def start_period(self, day: date | None = None) -> d.BleedingDay | None:
        """One click: the day (default the selected one) becomes a period's first day."""
        day = day or self.window.calendar.selected_day()
        from ui.cycle.dialogs import start_period_here

        started = start_period_here(self.window.session, day, self.window)
        if started is not None:
            self.window.statusBar().showMessage(
                translate("MainWindow", "Period marked on {0}.").format(
                    local_text(day, "%a %d %b")
                ),
                8000,
            )
        return started

    def edit_period(self, day: date | None = None) -> None:
        if day is not None:
            self.window.calendar.select_day(day)
        self.window.views.setCurrentIndex(0)
        self.window.day_view.edit_period()

    def show_phases(self) -> None:
        from ui.cycle.phases_dialog import PhasesDialog

        self.window.show_dialog(PhasesDialog(self.window.session, self.window))

    def show_factors(self) -> None:
        from ui.checkin.factors_dialog import FactorsDialog

        self.window.show_dialog(FactorsDialog(self.window.session, self.window))

    def check_in_today(self) -> None:
        self.window.views.setCurrentIndex(0)
        self.window.calendar.go_to_today()
        self.checkin_area.ensureWidgetVisible(self.checkin)
        self.checkin.focus_first()

    def enter_midas(self) -> None:
        self.visit.enter_midas()

    def enter_hit6(self) -> None:
        self.visit.enter_hit6()

    def ask_question(self) -> None:
        self.window.views.setCurrentWidget(self.visit)
        self.visit.ask_question()
