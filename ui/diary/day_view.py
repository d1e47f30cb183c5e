"""The selected day's entries: its attacks (with the doses that treated them) and
its doses, each to edit or delete.

Deleting needs no "are you sure?": an inline "Attack deleted — Undo" bar puts the
entry back exactly (operations.undo_delete_attack). Enter or a double click edits;
the Delete key deletes. What is saved or deleted here runs through the session,
which tells the calendar and this view (ui.session.follow) to reload.
While cycle tracking is on, a line under the title tells the day's bleeding, cycle
day and hormonal phase, and "Period…" marks or changes the day's bleeding.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from ui.diary.calendar_view import TITLE_HEIGHT, CalendarView
from ui.diary.entry_delegate import EntryDelegate
from ui.diary.models import DiaryEntriesModel, DiaryEntry, day_cycle_text, diary_entries
from ui.kit.button_row import ButtonRow, button_group
from ui.kit.feedback import show_error
from ui.kit.locale_text import full_day_text
from ui.session import Session


class DayView(QWidget):
    """Entries of one day with Add, Edit, Delete and Undo."""

    SHOWS = Change.ATTACKS | Change.DOSES | Change.MEDICATIONS | Change.PERIODS | Change.PHASES
    """What it shows: the day's attacks and doses, and its cycle line."""

    undo_changed = QtSignal()
    """An Undo was offered or went away (the window's Undo action follows)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._day = date.today()
        self._undo: tuple[str, object] | None = None
        self._dialog: QDialog | None = None
        self.cycle_tracking = True
        self.model = DiaryEntriesModel(self)
        self._build()
        self.show_day(self._day)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("dayTitle")
        self.title.setFixedHeight(TITLE_HEIGHT)
        layout.addWidget(self.title)
        self.cycle_line = QLabel(self)
        self.cycle_line.setObjectName("dayCycle")
        self.cycle_line.setWordWrap(True)
        self.cycle_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.cycle_line)
        self.stack = QStackedWidget(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setAccessibleName(self.tr("Entries of the selected day"))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.viewport().setAutoFillBackground(False)
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.list.installEventFilter(self)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())
        self.empty = QLabel(self.tr("No entries. A good day, we hope."), self)
        self.empty.setObjectName("emptyDay")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._undo_bar())
        layout.addLayout(self._buttons())

    def _undo_bar(self) -> QFrame:
        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(10, 4, 4, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setToolTip(self.tr("Put the deleted entry back"))
        self.undo_button.clicked.connect(self.undo)
        close = QToolButton(self.undo_bar)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss the undo message"))
        close.clicked.connect(self.forget_undo)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self.undo_bar.hide()
        return self.undo_bar

    def _buttons(self) -> ButtonRow:
        """Add/Log/Period at the left, Edit/Delete at the right; Edit/Delete move to
        a line of their own when the day is too narrow for all five (German)."""
        row = ButtonRow()
        self.add_attack_button = QPushButton(self.tr("Add attack…"), self)
        self.add_attack_button.setToolTip(self.tr("Record a past attack on this day"))
        self.add_dose_button = QPushButton(self.tr("Log dose…"), self)
        self.add_dose_button.setToolTip(self.tr("Record a medication taken on this day"))
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Del); you can undo it"))
        self.period_button = QPushButton(self.tr("Period…"), self)
        self.period_button.setToolTip(self.tr("Mark this day as a bleeding day, or change it"))
        self.add_attack_button.clicked.connect(self.add_attack)
        self.add_dose_button.clicked.connect(self.add_dose)
        self.period_button.clicked.connect(self.edit_period)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(
            button_group(self, self.add_attack_button, self.add_dose_button, self.period_button)
        )
        row.addWidget(button_group(self, self.edit_button, self.delete_button))
        chain = (
            self.add_attack_button,
            self.add_dose_button,
            self.period_button,
            self.edit_button,
            self.delete_button,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)  # as on screen: Period… before Edit…
        return row

    # -- showing -------------------------------------------------------------

    def day(self) -> date:
        return self._day

    def follow(self, calendar: CalendarView) -> None:
        """Show the day selected in `calendar`; take the keyboard when it opens a day."""
        calendar.day_selected.connect(self.show_day)
        calendar.day_opened.connect(lambda _day: self.take_focus())

    def take_focus(self) -> None:
        """The keyboard goes to the day's entries, or to "Add attack…" on an empty day."""
        shown = self.list if self.stack.currentWidget() is self.list else self.add_attack_button
        shown.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_day(self, day: date) -> None:
        """Show the entries of `day` (also used to reload after a change)."""
        previous = self.selected_entry() if day == self._day else None
        if day != self._day:
            self.forget_undo()  # an Undo belongs to the day it was offered on
        self._day = day
        self.title.setText(full_day_text(day))
        cycle = day_cycle_text(self._reads, day) if self.cycle_tracking else ""
        self.cycle_line.setText(cycle)
        self.cycle_line.setVisible(bool(cycle))  # before the entries: they fit the rest
        self.model.set_entries(day, diary_entries(self._reads, day))
        self.stack.setCurrentWidget(self.list if self.model.rowCount() else self.empty)
        if self.model.rowCount():
            row = self.model.row_of(previous.record_id) if previous else -1
            self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._enable_buttons()

    def reload(self) -> None:
        self.show_day(self._day)

    def set_cycle_tracking(self, enabled: bool) -> None:
        """Show or hide the day's cycle line and the Period button."""
        self.period_button.setVisible(enabled)
        if enabled != self.cycle_tracking:
            self.cycle_tracking = enabled
            self.reload()

    def selected_entry(self) -> DiaryEntry | None:
        index = self.list.currentIndex()
        if not index.isValid() or self.stack.currentWidget() is not self.list:
            return None
        return self.model.entry(index.row())

    def _enable_buttons(self) -> None:
        entry = self.selected_entry()
        # a day with headache or migraine without times has nothing to edit: no form
        self.edit_button.setEnabled(entry is not None and entry.day_record is None)
        self.delete_button.setEnabled(entry is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # -- editing -------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def add_attack(self) -> None:
        from ui.attack.editor import AttackEditor

        self._open(AttackEditor(self._session, None, self, day=self._day))

    def add_dose(self) -> None:
        from ui.medication.dose_editor import DoseEditor

        self._open(DoseEditor(self._session, None, self, day=self._day))

    def edit_period(self) -> None:
        """Mark the day as a bleeding day, change its flow, or remove it."""
        if not self.cycle_tracking or self._dialog is not None:
            return
        from ui.cycle.dialogs import PeriodDayDialog

        self._open(PeriodDayDialog(self._session, self._day, self))

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._dialog is not None:
            return
        if entry.attack is not None:
            from ui.attack.editor import AttackEditor

            self._open(AttackEditor(self._session, entry.attack, self))
        elif entry.dose is not None:
            from ui.medication.dose_editor import DoseEditor

            self._open(DoseEditor(self._session, entry.dose, self))

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            if entry.attack is not None:
                deleted = self._session.run_by(self, operations.delete_attack, entry.attack.id)
                self._offer_undo("attack", deleted, self.tr("Attack deleted."))
            elif entry.dose is not None:
                dose = self._session.run_by(self, operations.delete_dose, entry.dose.id)
                self._offer_undo("dose", dose, self.tr("Dose deleted."))
            elif entry.day_record is not None:
                record = self._session.run_by(
                    self, operations.delete_day_record, entry.day_record.id
                )
                self._offer_undo("day record", record, self.tr("Headache day deleted."))
        except JournalError as error:
            show_error(self, error)

    def offer_discarded_undo(self, deleted: operations.DeletedAttack) -> None:
        """An attack started by mistake was discarded (ui.attack.screen): Undo here."""
        self._offer_undo("attack", deleted, self.tr("Attack discarded: nothing was chosen."))

    def _offer_undo(self, kind: str, deleted: object, message: str) -> None:
        self._undo = (kind, deleted)
        self.undo_label.setText(message)
        self.undo_bar.show()
        self.undo_button.setFocus()
        self.undo_changed.emit()

    def forget_undo(self) -> None:
        """Take the Undo bar away (another day, another tab, or dismissed)."""
        had = self._undo is not None
        self._undo = None
        self.undo_bar.hide()
        if had:
            self.undo_changed.emit()

    def undo_text(self) -> str:
        """What Undo would put back ("Attack deleted."), or "" when nothing."""
        return self.undo_label.text() if self._undo is not None else ""

    def undo(self) -> None:
        """Put back the entry deleted last; one changed or back meanwhile is refused
        in words and the Undo goes away."""
        if self._undo is None:
            return
        kind, deleted = self._undo
        try:
            if kind == "attack" and isinstance(deleted, operations.DeletedAttack):
                self._session.run_by(self, operations.undo_delete_attack, deleted)
            elif kind == "dose" and isinstance(deleted, d.Dose):
                self._session.run_by(self, operations.undo_delete_dose, deleted)
            elif kind == "day record" and isinstance(deleted, d.DayRecord):
                self._session.run_by(self, operations.undo_delete_day_record, deleted)
        except JournalError as error:
            self.forget_undo()
            show_error(self, error)
            return
        self.forget_undo()
