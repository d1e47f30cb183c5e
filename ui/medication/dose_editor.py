"""Logging or editing one dose: which medication, when, how much, for which attack,
and the pain at the dose, two hours and a day later.

The form checks itself as the user types (journal.validation.dose_problems), shows
each reason next to its field and keeps Save disabled while a reason shows; a
storage error keeps the dialog open with everything typed. As in ui.kit.record_dialog,
a medication not yet chosen is named only once the user has picked in the list or
tried to save, so a fresh form does not open with a warning.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.validation import dose_notes, dose_problems, other_triptan
from ui.kit.focus import pass_focus
from ui.kit.locale_text import moment_text
from ui.kit.provenance import ProvenanceBox
from ui.kit.record_dialog import save_cancel, store_and_close
from ui.kit.time_fields import read_time, time_edit
from ui.kit.widgets import (
    FieldProblem,
    PainSelector,
    TagEditor,
    note_label,
    pain_in_text,
    show_note,
    with_problem,
)
from ui.kit.wrapping import FittingDialog
from ui.medication.new_medication import NewMedicationForm
from ui.session import Reads, Session


def default_taken(attack: d.Attack | None, day: date | None) -> datetime:
    """Now for an open attack or today; the attack's start or midday on a past day."""
    now = d.local_now()
    if attack is not None and attack.end is not None:
        return attack.start
    if day is not None and day != now.date():
        return datetime.combine(day, time(12, 0)).astimezone()
    return now


def triptan_note(reads: Reads, dose: d.Dose) -> str | None:
    """A word when `dose` is a triptan and a different triptan was taken within 24
    hours (journal.validation.other_triptan); never a refusal."""
    if not dose.medication_id:
        return None
    day = dose.taken.date()
    nearby = reads.doses_between(day - timedelta(days=1), day + timedelta(days=1))
    medications = {m.id: m for m in reads.medications()}
    other = other_triptan(dose, nearby, medications)
    if other is None:
        return None
    text = QCoreApplication.translate(
        "DoseEditor",
        "{0} was taken at {1}. Two different triptans within 24 hours are not usually "
        "combined: please check with your doctor or pharmacist.",
    )
    return text.format(medications[other.medication_id].name, moment_text(other.taken))


class DoseEditor(FittingDialog):
    """Add (dose None) or edit a dose. After Save, `saved_dose` holds what was stored."""

    def __init__(
        self,
        session: Session,
        dose: d.Dose | None,
        parent: QWidget | None = None,
        attack: d.Attack | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._original = dose
        self._attack = attack
        self.saved_dose: d.Dose | None = None
        self._tried = False
        self._medication_touched = False
        self.setWindowTitle(self.tr("Edit dose") if dose else self.tr("Log a dose"))
        taken = dose.taken if dose else default_taken(attack, day)
        self._build(taken)
        self._fill_medications(dose.medication_id if dose else None)
        attack = attack or (None if dose else self._reads.attack_a_dose_is_for(taken))
        self._fill_attacks(taken, dose.attack_id if dose else attack.id if attack else None)
        if dose is not None:
            self.amount.setText(dose.amount)
            self.pain_at_dose.set_value(dose.pain_at_dose)
            self.pain_2h.set_value(dose.pain_2h)
            self.pain_24h.set_value(dose.pain_24h)
            self.side_effects.set_tags(dose.side_effects)
            self.note.setText(dose.note)
            self.provenance.show_record(dose)
        else:
            self._medication_changed()
        self._connect()
        self.validate()

    # -- building ------------------------------------------------------------

    def _build(self, taken: datetime) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.medication = QComboBox(self)
        self.medication.setAccessibleName(self.tr("Medication"))
        self.new_medication_button = QPushButton(self.tr("+ New medication…"), self)
        self.new_medication_button.setAutoDefault(False)
        self.new_medication_button.setToolTip(self.tr("Add a medication that is not listed"))
        row = QHBoxLayout()
        row.addWidget(self.medication, 1)
        row.addWidget(self.new_medication_button)
        picker = QWidget(self)
        picker.setLayout(row)
        pass_focus(picker, self.medication)  # the label's Alt+M
        row.setContentsMargins(0, 0, 0, 0)
        box, self.medication_problem = with_problem(picker, self)
        self.medication_note = note_label(box)
        form.addRow(self.tr("&Medication"), box)
        self.new_medication = NewMedicationForm(self._session, self)
        self.new_medication.hide()
        form.addRow(self.new_medication)
        self.taken = time_edit(taken, self)
        box, self.taken_problem = with_problem(self.taken, self)
        self.taken_problem.reserve()  # "in the future" comes as the time is typed
        form.addRow(self.tr("&Taken"), box)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 50 mg, 1 tablet"))
        form.addRow(self.tr("&Amount"), self.amount)
        self.attack_link = QComboBox(self)
        box, _problem = with_problem(self.attack_link, self)
        self.attack_note = note_label(box)
        form.addRow(self.tr("&For attack"), box)
        moments = (self.tr("Pain at dose"), self.tr("Pain at 2 h"), self.tr("Pain at 24 h"))
        self.pain_at_dose, self.pain_2h, self.pain_24h = (
            PainSelector(self, allow_none=True, name=moment) for moment in moments
        )
        for moment, selector in zip(
            moments, (self.pain_at_dose, self.pain_2h, self.pain_24h), strict=True
        ):
            form.addRow(moment, selector)
        self.side_effects = TagEditor(
            self, placeholder=self.tr("e.g. dizziness"), name=self.tr("side effect")
        )
        self.side_effects.set_suggestions(self._side_effect_names())
        form.addRow(self.tr("Side &effects"), self.side_effects)
        self.note = QLineEdit(self)
        form.addRow(self.tr("&Note"), self.note)
        layout.addLayout(form)
        self.provenance = ProvenanceBox(self)
        layout.addWidget(self.provenance)
        self.general_problem = FieldProblem(None, self)
        layout.addWidget(self.general_problem)
        self.buttons, self.save_button = save_cancel(self, self.save)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _side_effect_names(self) -> set[str]:
        names = set(self._reads.side_effect_names())  # in the app's language
        for dose in self._reads.doses():
            names.update(dose.side_effects)
        return names

    def _connect(self) -> None:
        self.medication.currentIndexChanged.connect(self._medication_changed)
        self.medication.activated.connect(self._medication_picked)
        self.new_medication_button.clicked.connect(self._show_new_medication)
        self.new_medication.added.connect(self._medication_added)
        self.taken.dateTimeChanged.connect(self.validate)
        self.attack_link.currentIndexChanged.connect(self.validate)
        for selector in (self.pain_at_dose, self.pain_2h, self.pain_24h):
            selector.changed.connect(self.validate)

    def _fill_medications(self, chosen_id: str | None) -> None:
        picks = self._reads.medications_for_picking()
        picked_ids = {m.id for m in picks}
        others = [
            m
            for m in self._reads.medications()
            if m.id not in picked_ids and (not m.retired or m.id == chosen_id)
        ]
        self.medication.clear()
        self.medication.addItem(self.tr("Choose a medication…"), None)
        for medication in [*picks, *others]:
            label = medication.name
            if medication.retired:
                label = self.tr("{0} (retired)").format(label)
            self.medication.addItem(label, medication)
        index = self._index_of(chosen_id)
        self.medication.setCurrentIndex(index)
        chosen = self._chosen()
        self._shown_default = chosen.default_dose if chosen else ""

    def _index_of(self, medication_id: str | None) -> int:
        for index in range(1, self.medication.count()):
            if self.medication.itemData(index).id == medication_id:
                return index
        return 0

    def _fill_attacks(self, taken: datetime, attack_id: str | None) -> None:
        nearby = self._reads.attacks_a_dose_may_treat(taken, self._attack)
        self.attack_link.addItem(self.tr("Not for an attack"), None)
        for attack in nearby:
            when = moment_text(attack.start)
            if attack.pain is None:
                label = self.tr("Attack from {0}").format(when)
            else:
                label = self.tr("Attack from {0} ({1} pain)").format(
                    when, pain_in_text(attack.pain)
                )
            self.attack_link.addItem(label, attack.id)
        self.attack_link.setCurrentIndex(max(0, self.attack_link.findData(attack_id)))

    # -- behaviour -----------------------------------------------------------

    def _chosen(self) -> d.Medication | None:
        medication = self.medication.currentData()
        return medication if isinstance(medication, d.Medication) else None

    def _medication_changed(self) -> None:
        """Fill the amount with the usual dose unless the user typed their own."""
        chosen = self._chosen()
        if self.amount.text().strip() in ("", self._shown_default) and chosen is not None:
            self.amount.setText(chosen.default_dose)
            self._shown_default = chosen.default_dose
        self.validate()

    def _medication_picked(self) -> None:
        """The user chose in the list (even the "Choose…" line): the field is touched."""
        self._medication_touched = True
        self.validate()

    def _show_new_medication(self) -> None:
        self.new_medication.show()
        self.new_medication.name.setFocus()

    def _medication_added(self, medication: d.Medication) -> None:
        self._fill_medications(medication.id)
        self._medication_changed()
        self.medication.setFocus()

    def dose(self) -> d.Dose:
        """The dose as the form shows it now."""
        chosen = self._chosen()
        original = self._original
        fields = {
            "medication_id": chosen.id if chosen else "",
            "taken": read_time(self.taken, original.taken if original else None),
            "amount": self.amount.text().strip(),
            "attack_id": self.attack_link.currentData(),
            "pain_at_dose": self.pain_at_dose.value(),
            "pain_2h": self.pain_2h.value(),
            "pain_24h": self.pain_24h.value(),
            "side_effects": self.side_effects.tags(),
            "note": self.note.text().strip(),
        }
        if original is None:
            return d.Dose(**fields)
        return dataclasses.replace(original, **fields)

    def validate(self) -> dict[str, str]:
        """Show each problem next to its field (a medication not yet chosen only once
        the field was touched or Save tried); Save is enabled while none shows.
        Returns every problem, shown or not."""
        problems = dose_problems(self.dose(), d.local_now(), self._chosen())
        shown = problems
        if self._chosen() is None and not (self._tried or self._medication_touched):
            shown = {key: reason for key, reason in problems.items() if key != "medication_id"}
        self._show(shown)
        show_note(self.medication_note, triptan_note(self._reads, self.dose()))
        linked = self._reads.attack(self.attack_link.currentData() or "")
        show_note(self.attack_note, dose_notes(self.dose(), linked).get("taken"))
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        self.medication_problem.set_problem(problems.get("medication_id"))
        self.taken_problem.set_problem(problems.get("taken"))
        rest = [v for k, v in problems.items() if k not in ("medication_id", "taken")]
        self.general_problem.set_problem(" ".join(rest) or None)
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        self._tried = True
        if self.validate():
            return
        store_and_close(
            self,
            lambda: self._session.run_by(self, operations.record_dose, self.dose()),
            self._show,
            lambda saved: setattr(self, "saved_dose", saved),
        )
