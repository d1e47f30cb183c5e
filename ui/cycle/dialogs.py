"""Period logging and hormonal phases.

- PeriodDayDialog marks one day as a bleeding day (flow, withdrawal bleed) or
  removes the mark; `start_period_here` is the calendar's one-click "Start period".
  On a day already inside a period there is nothing to start: `start_period_refusal`
  says so in one sentence (for a disabled action's tooltip), and `start_period_here`
  shows that sentence instead of marking anything.
- PhasesDialog lists hormonal phases and adds, edits or deletes them through
  PhaseEditor, which shows the journal's reasons (end before start, overlap with a
  phase of the same kind) next to the fields.

Cycle tracking can be switched off for people who do not menstruate
(CycleTrackingSwitch, on the settings page); then no cycle UI shows. Every piece
here answers `available(session.reads)`, and the window hides its own cycle menu items,
buttons and marks when the session announces Change.CYCLE_TRACKING.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.cycle.phases_dialog import PhaseEditor, PhasesDialog
from ui.cycle.words import phase_dates, start_period_refusal
from ui.kit import vocabulary
from ui.kit.feedback import attempt, joined, show_error, show_info
from ui.kit.form_widgets import Choice, ChoiceRow
from ui.kit.locale_text import day_text
from ui.kit.record_dialog import save_cancel
from ui.kit.widgets import FieldProblem, with_problem
from ui.session import Reads, Session

__all__ = [
    "CycleTrackingSwitch",
    "PeriodDayDialog",
    "PhaseEditor",
    "PhasesDialog",
    "available",
    "phase_dates",
    "start_period_here",
    "start_period_refusal",
]


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def available(reads: Reads) -> bool:
    """Whether cycle UI may show at all (the journal's cycle-tracking switch)."""
    return reads.cycle_tracking()


def start_period_here(
    session: Session, day: date, parent: QWidget | None = None
) -> d.BleedingDay | None:
    """The calendar's one-click "Start period": `day` becomes a bleeding day with
    the usual flow (spotting there is raised to it). Returns the record, or None
    when cycle tracking is off, when the day is already inside a period (that is
    said plainly and nothing changes), or when the journal refused (the reason was
    shown)."""
    if not available(session.reads):
        return None
    refusal = start_period_refusal(session.reads, day)
    if refusal is not None:
        show_info(parent, translate("cycle", "Period already recorded"), refusal)
        return None
    try:
        return session.run_by(parent, operations.start_period, day)
    except JournalError as error:
        show_error(parent, error)
        return None


class CycleTrackingSwitch(QCheckBox):
    """The journal's cycle-tracking switch of the settings page. Switching off keeps
    every recorded bleeding day and phase; the session announces
    Change.CYCLE_TRACKING, and the window hides (or shows again) every cycle menu
    item, button, mark and legend at once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setText(self.tr("Track my menstrual cycle"))
        self.setToolTip(
            self.tr("Off: no period, cycle or hormone views; what was recorded is kept")
        )
        self.setChecked(session.reads.cycle_tracking())
        self.toggled.connect(self._switched)

    def _switched(self, enabled: bool) -> None:
        try:
            self._session.run_by(self, operations.set_cycle_tracking, enabled)
        except JournalError as error:
            show_error(self, error)
            self.blockSignals(True)
            self.setChecked(self._session.reads.cycle_tracking())
            self.blockSignals(False)


class PeriodDayDialog(QDialog):
    """Mark `day` as a bleeding day, change its flow, or remove it.

    A save or a removal runs through the session; a refusal keeps the choices made.
    """

    def __init__(self, session: Session, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._day = day
        earlier = session.reads.bleeding_day(day)
        self.setWindowTitle(self.tr("Period on {0}").format(day_text(day)))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        choices = [
            Choice(flow, vocabulary.flow(flow).label, vocabulary.flow(flow).label, str(n))
            for n, flow in enumerate(d.Flow, start=1)
        ]
        self.flow = ChoiceRow(choices, self.tr("Flow"), self)
        self.flow.set_value(earlier.flow if earlier else operations.cycle.DEFAULT_FLOW)
        box, self.flow_problem = with_problem(self.flow, self)
        form.addRow(self.tr("&Flow"), box)
        self.withdrawal = QCheckBox(self.tr("&Withdrawal bleed (pill break or cyclical HRT)"), self)
        self.withdrawal.setChecked(bool(earlier and earlier.withdrawal))
        self.withdrawal.setToolTip(
            self.tr("Counts as a period for the days around it, but is marked as withdrawal")
        )
        form.addRow("", self.withdrawal)
        layout.addLayout(form)
        self.day_problem = FieldProblem(None, self)
        layout.addWidget(self.day_problem)
        self.buttons, self.save_button = save_cancel(self, self.save)
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove bleeding"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setToolTip(self.tr("This day was not a bleeding day"))
        self.remove_button.setEnabled(earlier is not None)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.buttons)
        self.flow.setFocus()
        self.setMinimumWidth(420)

    @staticmethod
    def available(reads: Reads) -> bool:
        return available(reads)

    def save(self) -> None:
        flow = self.flow.value()
        if flow is None:
            self.flow_problem.set_problem(self.tr("Choose the flow, or remove the bleeding."))
            return
        marked = attempt(
            self,
            lambda: self._session.run_by(
                self,
                operations.set_bleeding_day,
                self._day,
                d.Flow(str(flow)),
                self.withdrawal.isChecked(),
            ),
            lambda problems: self.day_problem.set_problem(joined(problems)),
        )
        if marked is None:
            return
        self.accept()

    def remove(self) -> None:
        try:
            self._session.run_by(self, operations.remove_bleeding_day, self._day)
        except JournalError as error:
            show_error(self, error)
            return
        self.accept()
