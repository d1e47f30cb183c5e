"""The user's medication list: add, rename, change class, retire or bring back.

Medications are never deleted, because their doses are history: retiring one only
takes it out of the pickers. The class is suggested from the built-in catalogue as
a new name is typed (operations.suggested_medication) until the user picks one.
A name that cannot be saved gets its reason next to the field; the text stays.

A preventive medication has one home, its course in Treatments (dose, start, stop,
effect, side effects): here it is shown read-only, with a line saying so and a
button that opens it there (`open_course`); a new preventive, or one not yet in
Treatments, is added there as a course (`start_course`), never a second time here.
The window connects both signals (ui.app.window_tabs).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from journal.validation import medication_problems
from ui.kit.feedback import attempt, joined, show_error
from ui.kit.journal_words import journal_word
from ui.kit.locale_text import day_span
from ui.kit.widgets import with_problem
from ui.medication.chooser import GenericLine, name_completer
from ui.medication.model import MedicationsModel
from ui.session import Session

CAPPED_COLUMNS = {1: 170, 2: 130, 3: 130}
"""Class, use and dose: as wide as their text up to these widths (longer text, a
course's dose or a French class, is cut) so the names always keep their room."""


class MedicationsDialog(QDialog):
    """List on the left, the chosen (or new) medication's form on the right."""

    open_course = Signal(str)
    """The id of a course to show in Treatments: the home of the preventive shown."""
    start_course = Signal(object)
    """A preventive (d.Medication, saved or new) to add to Treatments as a course."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._editing: d.Medication | None = None
        self._courses: dict[str, list[d.Treatment]] = {}
        self._class_chosen = False
        self.setWindowTitle(self.tr("Medications"))
        self.resize(960, 480)
        self.model = MedicationsModel(self)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        body.setSpacing(16)
        listed = QVBoxLayout()
        listed.addWidget(self._table(), 1)
        self.new_button = QPushButton(self.tr("Ne&w medication"), self)
        self.new_button.setToolTip(self.tr("Start a new medication"))
        below = QHBoxLayout()
        below.addWidget(self.new_button)
        below.addStretch(1)
        listed.addLayout(below)
        body.addLayout(listed, 3)
        body.addWidget(self._form(), 2)
        layout.addLayout(body, 1)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)
        layout.addWidget(closing)
        self.reload()
        self.start_new()

    def _table(self) -> QTableView:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your medications"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in CAPPED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._picked(current.row())
        )
        return self.table

    def _form(self) -> QGroupBox:
        self.form_box = QGroupBox(self)
        form = QFormLayout(self.form_box)
        self.name = QLineEdit(self.form_box)
        self.name.setPlaceholderText(self.tr("e.g. Sumatriptan or Maxalt"))
        self.name.setCompleter(name_completer(self.name))  # no pop-up to eat a click
        self.name.textEdited.connect(self._name_typed)
        name_box, self.name_problem = with_problem(self.name, self.form_box)
        form.addRow(self.tr("&Name"), name_box)
        self.generic = GenericLine(self.form_box)
        form.addRow("", self.generic)
        self.med_class = QComboBox(self.form_box)
        for med_class, label in d.CLASS_LABELS.items():
            self.med_class.addItem(journal_word(label), med_class)
        self.med_class.activated.connect(self._class_picked)
        self.med_class.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.med_class.setMinimumContentsLength(16)  # a long class never widens the form
        form.addRow(self.tr("&Class"), self.med_class)
        self.use = QComboBox(self.form_box)
        self.use.addItem(self.tr("For attacks (acute)"), d.Use.ACUTE)
        self.use.addItem(self.tr("Preventive"), d.Use.PREVENTIVE)
        self.use.activated.connect(self._class_picked)
        form.addRow(self.tr("&Used"), self.use)
        self.default_dose = QLineEdit(self.form_box)
        self.default_dose.setPlaceholderText(self.tr("e.g. 50 mg"))
        form.addRow(self.tr("Usual &dose"), self.default_dose)
        self.home = QLabel(self.form_box)
        self.home.setWordWrap(True)
        self.home_button = QPushButton(self.form_box)
        self.home_button.clicked.connect(self.go_to_treatments)
        home_row = QHBoxLayout()
        home_row.addStretch(1)
        home_row.addWidget(self.home_button)
        form.addRow(self.home)
        form.addRow(home_row)
        self.use.currentIndexChanged.connect(lambda _index: self._show_home())
        self.status = QLabel(self.form_box)
        self.status.setWordWrap(True)
        form.addRow(self.status)
        buttons = QHBoxLayout()
        self.retire_button = QPushButton(self.tr("&Retire"), self.form_box)
        self.save_button = QPushButton(self.tr("&Save"), self.form_box)
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.start_new)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        return self.form_box

    # -- list ----------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        self._courses = self._reads.courses_by_drug()
        self.model.set_medications(self._reads.medications(), self._courses)
        for column, cap in CAPPED_COLUMNS.items():
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _picked(self, row: int) -> None:
        if row < 0:
            return
        self._show(self.model.medication(row))

    def _show(self, medication: d.Medication | None) -> None:
        self._editing = medication
        self._class_chosen = medication is not None
        shown = medication or d.Medication(name="")
        course = self.model.course(shown)
        self.name.setText(shown.name)
        self.generic.show_for(shown.name)
        self.med_class.setCurrentIndex(self.med_class.findData(shown.med_class))
        self.use.setCurrentIndex(self.use.findData(shown.use))
        self.default_dose.setText(shown.default_dose if course is None else course.dose)
        for field in (self.name, self.default_dose):
            field.setEnabled(course is None)  # shown, not changed: Treatments is its home
        self.use.setEnabled(course is None)
        self.name_problem.set_problem(None)
        self.form_box.setTitle(
            self.tr("Edit medication") if medication else self.tr("New medication")
        )
        self.save_button.setText(self.tr("&Save changes") if medication else self.tr("&Add"))
        self.retire_button.setEnabled(medication is not None and course is None)
        retired = medication is not None and medication.retired
        self.retire_button.setText(self.tr("Bring &back") if retired else self.tr("&Retire"))
        self.retire_button.setToolTip(
            self.tr("Show it in the pickers again")
            if retired
            else self.tr("Take it out of the pickers; its doses stay in the journal")
        )
        self._show_home()

    # -- the home of a preventive ----------------------------------------------

    def _show_home(self) -> None:
        """Where a preventive is kept: its course in Treatments, shown read-only here;
        or, for one not there yet, the way to add it there."""
        preventive = self.use.currentData() == d.Use.PREVENTIVE
        course = self.model.course(self._editing) if self._editing else None
        if course is not None:
            since = day_span(course.start)
            self.home.setText(
                self.tr(
                    "“{0}” is a preventive treatment (since {1}): its dose, dates, effect "
                    "and side effects are kept in Treatments. Change them there."
                ).format(course.name, since)
                if course.end is None
                else self.tr(
                    "“{0}” is a preventive treatment ({1}): its dose, dates, effect "
                    "and side effects are kept in Treatments. Change them there."
                ).format(course.name, day_span(course.start, course.end))
            )
            self.home_button.setText(self.tr("Open in &Treatments"))
            self.home_button.setToolTip(self.tr("Show this course in the Treatments tab"))
        elif preventive:
            self.home.setText(
                self.tr(
                    "A preventive is kept in Treatments, with the day you started it, its "
                    "dose and its effect, so it is entered once and counted once."
                )
            )
            self.home_button.setText(self.tr("Add to &Treatments…"))
            self.home_button.setToolTip(self.tr("Add it as a course in the Treatments tab"))
        self.home.setVisible(course is not None or preventive)
        self.home_button.setVisible(course is not None or preventive)
        new_preventive = preventive and course is None and self._editing is None
        self.save_button.setVisible(not new_preventive)
        self.home_button.setDefault(new_preventive)

    def go_to_treatments(self) -> None:
        """Open the preventive's course in Treatments, or add it there as one; this
        dialog closes, so the course is the one place it is changed."""
        course = self.model.course(self._editing) if self._editing else None
        if course is not None:
            self.open_course.emit(course.id)
            self.accept()
            return
        shown = self.medication()
        drug: d.Medication | None = shown
        if self._editing is not None and shown != self._editing:
            # a medication of the list made preventive: saved so, then given its course
            drug = attempt(
                self,
                lambda: self._session.run_by(self, operations.save_medication, shown),
                self._show_name_problem,
            )
        elif problems := medication_problems(shown, self._reads.medications()):
            self._show_name_problem(problems)
            return
        if drug is None:
            return
        self.start_course.emit(drug)
        self.accept()

    def start_new(self) -> None:
        """Clear the form for a new medication."""
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(
            self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear
        )
        self._show(None)
        self.status.clear()
        self.name.setFocus()

    # -- form ----------------------------------------------------------------

    def _class_picked(self, _index: int) -> None:
        self._class_chosen = True
        self._show_home()

    def _name_typed(self, text: str) -> None:
        self.generic.show_for(text)
        if self._editing is None and text.strip() and not self._class_chosen:
            suggested = operations.suggested_medication(text)
            self.med_class.setCurrentIndex(self.med_class.findData(suggested.med_class))
            self.use.setCurrentIndex(self.use.findData(suggested.use))
            self._show_home()
        problems = medication_problems(self.medication(), self._reads.medications())
        # An empty name only becomes a problem when the user tries to save it.
        self.name_problem.set_problem(problems.get("name") if text.strip() else None)
        self.status.clear()

    def medication(self) -> d.Medication:
        """The medication as the form shows it now (a new one, or the edited one)."""
        base = self._editing or d.Medication(name="")
        if base is self._editing and self.model.course(base) is not None:
            # kept in Treatments: only the class, which is the drug's, is changed here
            return dataclasses.replace(
                base, med_class=d.MedicationClass(self.med_class.currentData())
            )
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            med_class=d.MedicationClass(self.med_class.currentData()),
            use=d.Use(self.use.currentData()),
            default_dose=self.default_dose.text().strip(),
        )

    def _show_name_problem(self, problems: dict[str, str]) -> None:
        self.name_problem.set_problem(joined(problems))
        self.name.setFocus()

    def save(self) -> None:
        """Add the new medication, or save the changes (a rename among them). A new
        preventive is added in Treatments instead, as a course."""
        if self._editing is None and self.use.currentData() == d.Use.PREVENTIVE:
            self.go_to_treatments()
            return
        saved = attempt(
            self,
            lambda: self._session.run_by(self, operations.save_medication, self.medication()),
            self._show_name_problem,
        )
        if saved is None:
            return
        self.reload(select_id=saved.id)
        self._show(saved)
        self.status.setText(self.tr("Saved “{0}”.").format(saved.name))

    def toggle_retired(self) -> None:
        if self._editing is None:
            return
        try:
            saved = self._session.run_by(
                self, operations.retire_medication, self._editing.id, not self._editing.retired
            )
        except JournalError as error:
            show_error(self, error)
            return
        self.reload(select_id=saved.id)
        self._show(saved)
        self.status.setText(
            self.tr("“{0}” is retired; its doses stay in the journal.").format(saved.name)
            if saved.retired
            else self.tr("“{0}” is back in the pickers.").format(saved.name)
        )
