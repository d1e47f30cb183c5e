"""The window's cycle controls: the View menu's "Track menstrual cycle" switch and
the Entry menu's "Start period on selected day", "Period…" and "Hormonal phases…".

Turning cycle tracking off (here, in Settings or anywhere else: the session says
so with Change.CYCLE_TRACKING) hides every cycle mark, legend entry, button and menu
item at once, and on brings them back (the recorded days are kept). "Start period"
is offered only on a day not already inside a period, and its tooltip says why not.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from ui.cycle.words import start_period_refusal
from ui.kit.feedback import show_error
from ui.kit.locale_text import day_text
from ui.session import follow

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow

translate = QCoreApplication.translate
"""Qt's translate: the window's texts are in the MainWindow context."""


class CycleControls(QObject):
    """Adds the cycle's menu items to a MainWindow and shows or hides every cycle
    control with the journal's cycle-tracking setting."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.journal = window.journal
        self._build_menus()
        window.calendar.day_selected.connect(self._offer_start_period)
        window.calendar.start_period_requested.connect(self.start_period)
        window.calendar.period_requested.connect(self.edit_period)
        follow(window.session, self.start_period_action, Change.PERIODS, self._offer_selected_day)
        follow(window.session, window, Change.CYCLE_TRACKING, self.apply_cycle_tracking)
        self.apply_cycle_tracking()

    def _build_menus(self) -> None:
        window = self.window
        entry = window.entry_menu
        add = window.menu_action
        self.start_period_action = add(
            entry,
            translate("MainWindow", "Start &period on selected day"),
            self.start_period,
            "Ctrl+Shift+P",
        )
        self.period_action = add(entry, translate("MainWindow", "Pe&riod…"), self.edit_period)
        self.phases_action = add(
            entry, translate("MainWindow", "&Hormonal phases…"), self.show_phases
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
        """The menu items shown only while the cycle is tracked."""
        return (self.start_period_action, self.period_action, self.phases_action)

    def _offer_start_period(self, day: date) -> None:
        """ "Start period" is offered only on a day not already inside a period; the
        tooltip says why not."""
        refusal = start_period_refusal(self.window.session.reads, day)
        self.start_period_action.setEnabled(refusal is None)
        self.start_period_action.setToolTip(refusal or "")

    def _offer_selected_day(self) -> None:
        self._offer_start_period(self.window.calendar.selected_day())

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
                translate("MainWindow", "Period marked on {0}.").format(day_text(day)),
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
