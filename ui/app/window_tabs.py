"""The main window's tabs after the Diary: Insights, Treatments and Visit, and the
Entry menu's items that open the Visit tab's forms (MIDAS, HIT-6, a question).

Each tab is built the first time it is shown or used, so pyqtgraph is never imported
at start-up; each follows the window's session and reloads only after a change that
touches what it shows (Insights redraws only while shown).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from journal import domain as d
from ui.kit.lazy_tabs import LazyTabs
from ui.session import follow

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow
    from ui.insights.view import InsightsView
    from ui.medication.medications_dialog import MedicationsDialog
    from ui.treatments.view import TreatmentsView
    from ui.visit.page import VisitPage

translate = QCoreApplication.translate
"""Qt's translate: the window's texts are in the MainWindow context."""


class WindowTabs(QObject):
    """Adds the Insights, Treatments and Visit tabs to `window.views`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lazy = LazyTabs(window.views)
        self.lazy.add("insights", translate("MainWindow", "Insights"), self._build_insights)
        self.lazy.add("treatments", translate("MainWindow", "Treatments"), self._build_treatments)
        self.lazy.add("visit", translate("MainWindow", "Visit"), self._build_visit)
        entry, add = window.entry_menu, window.menu_action
        entry.addSeparator()
        self.midas_action = add(entry, translate("MainWindow", "MI&DAS…"), self.enter_midas)
        self.hit6_action = add(entry, translate("MainWindow", "HI&T-6…"), self.enter_hit6)
        self.question_action = add(
            entry, translate("MainWindow", "&Question for the visit…"), self.ask_question
        )

    @property
    def insights(self) -> InsightsView | None:
        """The Insights view, or None while its tab was never shown."""
        from ui.insights.view import InsightsView

        view = self.lazy.built("insights")
        return view if isinstance(view, InsightsView) else None

    @property
    def treatments(self) -> TreatmentsView:
        from ui.treatments.view import TreatmentsView

        return self.lazy.view("treatments", TreatmentsView)

    @property
    def visit(self) -> VisitPage:
        from ui.visit.page import VisitPage

        return self.lazy.view("visit", VisitPage)

    def _build_insights(self) -> QWidget:
        from ui.insights.view import InsightsView

        session = self.window.session
        view = InsightsView(session)
        follow(session, view, InsightsView.SHOWS, view.reload)
        return view

    def _build_treatments(self) -> QWidget:
        from ui.treatments.view import TreatmentsView

        session = self.window.session
        view = TreatmentsView(session)
        follow(session, view, TreatmentsView.SHOWS, view.refresh, unless_made_inside=True)
        return view

    def _build_visit(self) -> QWidget:
        from ui.visit.page import VisitPage

        session = self.window.session
        view = VisitPage(session)
        follow(session, view, VisitPage.SHOWS, view.refresh, unless_made_inside=True)
        return view

    def medications_dialog(self) -> MedicationsDialog:
        """The medication list, its preventives opened in (or added to) Treatments."""
        from ui.medication.medications_dialog import MedicationsDialog

        dialog = MedicationsDialog(self.window.session, self.window)
        dialog.open_course.connect(self.show_course)
        dialog.start_course.connect(self.start_course)
        return dialog

    def show_course(self, course_id: str) -> None:
        self.window.views.setCurrentWidget(self.treatments)
        self.treatments.show_course(course_id)

    def start_course(self, drug: d.Medication) -> None:
        self.window.views.setCurrentWidget(self.treatments)
        self.treatments.add_course_of(drug)

    def enter_midas(self) -> None:
        self.visit.enter_midas()

    def enter_hit6(self) -> None:
        self.visit.enter_hit6()

    def ask_question(self) -> None:
        self.window.views.setCurrentWidget(self.visit)
        self.visit.ask_question()
