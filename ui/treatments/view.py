"""The Treatments view: every course tried, grouped by kind, with its dates, dose,
status (ongoing or ended, and why), its dated sessions and the side effects of the
course and of each session, with their severity.

The view is a thin tree over `operations.treatment_overview`; the buttons open the
forms of ui.treatments.dialogs. Side effects are recorded for every kind of
treatment alike. Every save or deletion runs through the session, which announces it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from ui.kit import vocabulary
from ui.kit.feedback import confirm, show_error
from ui.kit.locale_text import date_text
from ui.session import Session
from ui.treatments.column_fit import ColumnFit
from ui.treatments.dialogs import (
    CourseDialog,
    SessionDialog,
    SideEffectDialog,
)

Record = d.Treatment | d.TreatmentSession | d.SideEffect
COLUMNS = 5


def day_and_time(moment: datetime) -> str:
    """A session's day in the table's one form of a day (date_text, with its year:
    courses span years) and its time, joined as CLDR's medium date-time of English,
    German and French ("{1}, {0}"): "26.03.2026, 09:30", never a second form of a
    day ("Thu 26 Mar") beside "2026-03-26" in the same table."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")
    return f"{date_text(moment.date())}, {time}"


class TreatmentsView(QWidget):
    """Courses by kind, each with its sessions and side effects."""

    SHOWS = Change.TREATMENTS | Change.MEDICATIONS
    """What it shows: courses, sessions, side effects and the medications they name."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        row = QHBoxLayout()
        self.add_course_button = self._button(
            self.tr("&Add treatment…"),
            self.tr("Add a preventive, a procedure or a non-drug course"),
        )
        self.add_session_button = self._button(
            self.tr("Add &session…"), self.tr("Add a dated session to the selected course")
        )
        self.side_effect_button = self._button(
            self.tr("Record side effec&t…"),
            self.tr("Record a side effect of the selected course or session"),
        )
        self.edit_button = self._button(self.tr("Ed&it…"), self.tr("Edit the selected entry"))
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete the selected entry"))
        for button in (self.add_course_button, self.add_session_button, self.side_effect_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Treatments with their sessions and side effects"))
        self.tree.setHeaderLabels(
            [self.tr("Treatment"), self.tr("Dates"), self.tr("Dose"), self.tr("Status or severity"),
             self.tr("Side effects")]
        )  # fmt: skip
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(COLUMNS):  # a heading elided in a narrow column says it in full
            self.tree.headerItem().setToolTip(column, self.tree.headerItem().text(column))
        # names, dates and doses fit their text, a long status is capped; when the
        # columns do not all fit (1024 px, German, French) the widest give way, never
        # below their longest word, and their cells wrap in taller rows (a doctor
        # reads every side effect whole), the dates last; the side effects give way
        # like the others (not only the rest) and stretch into what is left
        self._columns = ColumnFit(
            self.tree,
            floors=(160, 10_000, 90, 100),
            caps=(300, 260, 230, 230),
            last_floor=110,
            last_cap=300,
        )
        layout.addWidget(self.tree, 1)
        self.add_course_button.clicked.connect(lambda: self._run(self.course_dialog(None)))
        self.add_session_button.clicked.connect(lambda: self._run(self.session_dialog()))
        self.side_effect_button.clicked.connect(lambda: self._run(self.side_effect_dialog()))
        self.edit_button.clicked.connect(lambda: self._run(self.edit_dialog()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self._run(self.edit_dialog()))
        self.refresh()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        return button

    # -- the tree ------------------------------------------------------------

    def refresh(self, selected_id: str | None = None) -> None:
        """Reload from the journal, keeping (or moving to) the selected entry."""
        current = self.selected()
        selected_id = selected_id or (current.id if current else None)
        self.tree.clear()
        courses = self._reads.treatment_overview()
        for kind in d.TreatmentKind:
            group = QTreeWidgetItem(self.tree, [vocabulary.treatment_kind(kind).label])
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            of_kind = [c for c in courses if c.treatment.kind is kind]
            for detail in of_kind:
                self._add_course(group, detail)
            if not of_kind:
                empty = QTreeWidgetItem(group, [self.tr("None recorded")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.expandAll()
        self._columns.fit()
        self.select(selected_id)
        self._update_buttons()

    def _add_course(self, group: QTreeWidgetItem, detail: operations.CourseDetail) -> None:
        course = detail.treatment
        if course.end is None:  # an open end is its own phrase, not "start – ongoing"
            dates = self.tr("since {0}").format(date_text(course.start))
        else:
            dates = f"{date_text(course.start)} – {date_text(course.end)}"
        if course.end is None:
            status = self.tr("Ongoing")
        elif course.reason_stopped:
            status = self.tr("Ended: {0}").format(course.reason_stopped)
        else:
            status = self.tr("Ended")
        sessions = len(detail.sessions)
        name = course.name
        if sessions:
            counted = (
                self.tr("(1 session)") if sessions == 1 else self.tr("(%n sessions)", "", sessions)
            )
            name += "  " + counted
        effects = [
            *detail.side_effects,
            *(e for s in detail.sessions for e in detail.session_side_effects[s.id]),
        ]
        item = self._item(group, course, [name, dates, course.dose, status, self._summary(effects)])
        for session in detail.sessions:
            name = " · ".join(filter(None, [self.tr("Session"), session.note]))
            when = day_and_time(session.when)
            session_item = self._item(item, session, [name, when, session.dose, "", ""])
            for effect in detail.session_side_effects[session.id]:
                self._add_effect(session_item, effect)
        for effect in detail.side_effects:
            self._add_effect(item, effect)

    def _add_effect(self, parent: QTreeWidgetItem, effect: d.SideEffect) -> None:
        name = self.tr("Side effect: {0}").format(effect.name)
        severity = vocabulary.side_effect_severity(effect.severity).label
        self._item(parent, effect, [name, date_text(effect.day), "", severity, effect.note])

    def _summary(self, effects: Iterable[d.SideEffect]) -> str:
        """Each side effect's name once; the rows below give day and severity."""
        return ", ".join(dict.fromkeys(effect.name for effect in effects))

    def _item(self, parent: QTreeWidgetItem, record: Record, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, texts)
        item.setData(0, Qt.ItemDataRole.UserRole, record)
        for column, text in enumerate(texts):
            if text:
                item.setToolTip(column, text)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        """Every row, top to bottom."""
        found: list[QTreeWidgetItem] = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            found.append(item)
            iterator += 1
        return found

    def select(self, record_id: str | None) -> None:
        for item in self._items():
            record = item.data(0, Qt.ItemDataRole.UserRole)
            if record is not None and record.id == record_id:
                self.tree.setCurrentItem(item)
                return

    def rows(self) -> list[list[str]]:
        """Every row's texts, top to bottom (what the user reads)."""
        return [[item.text(n) for n in range(COLUMNS)] for item in self._items()]

    # -- selection -----------------------------------------------------------

    def selected(self) -> Record | None:
        item = self.tree.currentItem()
        record = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        return record if isinstance(record, Record) else None

    def selected_course(self) -> d.Treatment | None:
        """The course of the selected row, whatever its level."""
        record = self.selected()
        if isinstance(record, d.Treatment):
            return record
        if record is None:
            return None
        return self._reads.treatment(record.treatment_id)

    def selected_session(self) -> d.TreatmentSession | None:
        record = self.selected()
        if isinstance(record, d.SideEffect) and record.session_id:
            return self._reads.treatment_session(record.session_id)
        return record if isinstance(record, d.TreatmentSession) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (
            self.add_session_button,
            self.side_effect_button,
            self.edit_button,
            self.delete_button,
        ):
            button.setEnabled(chosen)

    # -- actions -------------------------------------------------------------

    def course_dialog(self, course: d.Treatment | None) -> CourseDialog:
        return CourseDialog(self._session, course, self)

    def session_dialog(self, session: d.TreatmentSession | None = None) -> SessionDialog | None:
        course = self.selected_course()
        return None if course is None else SessionDialog(self._session, course, session, self)

    def side_effect_dialog(self, effect: d.SideEffect | None = None) -> SideEffectDialog | None:
        course = self.selected_course()
        if course is None:
            return None
        return SideEffectDialog(self._session, course, self.selected_session(), effect, self)

    def edit_dialog(self) -> QDialog | None:
        record = self.selected()
        if isinstance(record, d.Treatment):
            return self.course_dialog(record)
        if isinstance(record, d.TreatmentSession):
            return self.session_dialog(record)
        if isinstance(record, d.SideEffect):
            return self.side_effect_dialog(record)
        return None

    def show_course(self, course_id: str) -> None:
        """Select a course (asked from the Medications list, where it is shown)."""
        self.refresh(course_id)
        self.tree.setFocus()

    def add_course_of(self, drug: d.Medication) -> CourseDialog:
        """Open the form for a new course of a preventive from the Medications list,
        its name and dose filled in; returns the open form (it does not block)."""
        dialog = CourseDialog(self._session, None, self, drug=drug)
        dialog.accepted.connect(lambda: self.after_save(dialog))
        dialog.open()
        return dialog

    def _run(self, dialog: QDialog | None) -> None:
        if dialog is not None and dialog.exec():
            self.after_save(dialog)

    def after_save(self, dialog: QDialog) -> None:
        """Show what a dialog saved and tell the window the journal changed."""
        saved = getattr(dialog, "saved", None)
        self.refresh(saved.id if saved is not None else None)

    def delete_selected(self) -> None:
        """Delete the selected course, session or side effect, after asking."""
        record = self.selected()
        if record is None:
            return
        if isinstance(record, d.Treatment):
            question = self.tr("Delete “{0}” with all its sessions and side effects?")
            delete: Callable[..., object] = operations.delete_treatment
        elif isinstance(record, d.TreatmentSession):
            question = self.tr("Delete this session and its side effects?")
            delete = operations.delete_session
        else:
            question = self.tr("Delete the side effect “{0}”?")
            delete = operations.delete_side_effect
        name = getattr(record, "name", "")
        if not confirm(self, self.tr("Delete"), question.format(name)):
            return
        try:
            self._session.run_by(self, delete, record.id)
        except JournalError as error:
            show_error(self, error)
            return
        self.refresh()
