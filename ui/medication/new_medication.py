"""Adding a medication without leaving the dose being logged.

The class is suggested from the built-in catalogue as the name is typed, until the
user picks a class themselves; saving goes through operations.save_medication.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.validation import medication_problems
from ui.kit.feedback import attempt, joined
from ui.kit.journal_words import journal_word
from ui.kit.widgets import with_problem
from ui.medication.chooser import GenericLine, name_completer
from ui.session import Session


class NewMedicationForm(QGroupBox):
    """Name, class, use and usual dose of a new medication; emits `added(Medication)`."""

    added = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New medication"))
        self._session = session
        self._reads = session.reads
        self._class_chosen = False
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Sumatriptan or Maxalt"))
        self.name.setCompleter(name_completer(self.name))  # no pop-up to eat a click
        self.name.textChanged.connect(self._name_typed)
        name_box, self.name_problem = with_problem(self.name, self)
        form.addRow(self.tr("Name"), name_box)
        self.generic = GenericLine(self)
        form.addRow("", self.generic)
        self.med_class = QComboBox(self)
        for med_class, label in d.CLASS_LABELS.items():
            self.med_class.addItem(journal_word(label), med_class)
        self.med_class.activated.connect(self._class_picked)
        form.addRow(self.tr("Class"), self.med_class)
        self.use = QComboBox(self)
        self.use.addItem(self.tr("For attacks (acute)"), d.Use.ACUTE)
        self.use.addItem(self.tr("Preventive"), d.Use.PREVENTIVE)
        form.addRow(self.tr("Used"), self.use)
        self.default_dose = QLineEdit(self)
        self.default_dose.setPlaceholderText(self.tr("e.g. 50 mg"))
        form.addRow(self.tr("Usual dose"), self.default_dose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.hide)
        self.add_button = QPushButton(self.tr("Add medication"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        self._name_typed("")

    def _class_picked(self, _index: int) -> None:
        self._class_chosen = True

    def _name_typed(self, text: str) -> None:
        self.generic.show_for(text)
        if text.strip() and not self._class_chosen:
            suggested = operations.suggested_medication(text)
            self.med_class.setCurrentIndex(self.med_class.findData(suggested.med_class))
            self.use.setCurrentIndex(self.use.findData(suggested.use))
        problems = medication_problems(self.medication(), self._reads.medications())
        # An empty name is only a problem once the user tries to add it.
        shown = problems.get("name") if text.strip() else None
        self.name_problem.set_problem(shown)
        self.add_button.setEnabled(not problems)

    def medication(self) -> d.Medication:
        return d.Medication(
            name=self.name.text().strip(),
            med_class=d.MedicationClass(self.med_class.currentData()),
            use=d.Use(self.use.currentData()),
            default_dose=self.default_dose.text().strip(),
        )

    def add(self) -> None:
        saved = attempt(
            self,
            lambda: self._session.run_by(self, operations.save_medication, self.medication()),
            lambda problems: self.name_problem.set_problem(joined(problems)),
        )
        if saved is None:
            return
        self.name.clear()
        self.default_dose.clear()
        self._class_chosen = False
        self.hide()
        self.added.emit(saved)
