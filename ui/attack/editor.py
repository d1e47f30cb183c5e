"""The full attack editor: everything an attack holds, checked as the user types.

Each reason (future start, end before start...) appears next to its field and Save
stays disabled while there is one; what was typed is never cleared by a problem,
and a storage error keeps the dialog open with all of it.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.validation import (
    TYPICAL_ATTACK,
    attack_notes,
    attack_problems,
    overlapping_attacks,
)
from ui.attack.aspects import FeaturesBox, LocationsBox, SymptomsBox
from ui.attack.aura_table import AuraTable
from ui.attack.doses import AttackDoses
from ui.attack.words import activity_suggestions, trigger_suggestions
from ui.kit import vocabulary
from ui.kit.feedback import attempt
from ui.kit.focus import pass_focus_by_choice
from ui.kit.locale_text import moment_text
from ui.kit.provenance import ProvenanceBox
from ui.kit.record_dialog import save_cancel
from ui.kit.settings_store import PainScale, pain_scale
from ui.kit.time_fields import read_time, set_time, time_edit
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.kit.widgets import (
    FieldProblem,
    PainSelector,
    TagEditor,
    note_label,
    plain_label,
    show_note,
    with_problem,
)
from ui.kit.wrapping import FittingDialog
from ui.session import Session

NOT_RATED = -1
CHOOSE_PAIN = QT_TRANSLATE_NOOP("AttackEditor", "Choose how bad the pain was (0 if there was none)")


def new_attack(day: date | None) -> d.Attack:
    """A blank attack: today one that ended now, started a typical attack's length
    before (not before midnight); on a past day from 09:00, for a typical attack's
    length; no type chosen for the patient ("type not given" until they pick one)."""
    now = d.local_now().replace(second=0)
    kind = d.AttackType.NOT_GIVEN
    if day is None or day >= now.date():
        # "Add attack…" records one that happened: earlier today, over by now (an
        # attack going on now is "Attack now"); the person moves the times
        midnight = datetime.combine(now.date(), time(0, 0)).astimezone()
        start = max(midnight, now - TYPICAL_ATTACK).replace(minute=0)
        start = max(start, midnight)
        return d.Attack(start=start, end=max(now, start), type=kind)
    start = datetime.combine(day, time(9, 0)).astimezone()
    return d.Attack(start=start, end=start + TYPICAL_ATTACK, type=kind)


class AttackEditor(FittingDialog):
    """Add (attack None) or edit an attack; `saved_attack` holds what was stored."""

    def __init__(
        self,
        session: Session,
        attack: d.Attack | None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._stored = attack
        self._tried = False
        self._draft = attack or new_attack(day)
        self.saved_attack: d.Attack | None = None
        self.setWindowTitle(self.tr("Edit attack") if attack else self.tr("New attack"))
        columns = QHBoxLayout()
        columns.addLayout(self._left_column(), 1)
        columns.addSpacing(12)
        columns.addLayout(self._right_column(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.general_problem = FieldProblem(None, self)
        layout.addWidget(self.general_problem)
        self.buttons, self.save_button = save_cancel(self, self.save)
        layout.addWidget(self.buttons)
        self._load(self._draft)
        self._connect()
        self.validate()

    # -- building ------------------------------------------------------------

    def _left_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        when = QGroupBox(self.tr("When and how bad"), self)
        form = QFormLayout(when)
        self.start = time_edit(self._draft.start, self)
        box, self.start_problem = with_problem(self.start, self)
        self.overlap_note = note_label(box)
        form.addRow(self.tr("&Start"), box)
        self._end_row_into(form)
        self.type = QComboBox(self)
        for attack_type in d.AttackType:
            label = vocabulary.attack_type(attack_type).label
            self.type.addItem(label, attack_type)
        form.addRow(self.tr("&Type"), self.type)
        self.pain = PainSelector(self)
        box, self.pain_problem = with_problem(self.pain, self)
        self.pain_hint = note_label(box)
        form.addRow(self.tr("Peak pain"), box)
        self.pain_nrs = QSpinBox(self)
        self.pain_nrs.setRange(NOT_RATED, 10)
        self.pain_nrs.setSpecialValueText(self.tr("not rated"))
        self.pain_nrs.setSuffix(self.tr(" / 10"))
        box, self.nrs_problem = with_problem(self.pain_nrs, self)
        self.nrs_note = note_label(box)
        form.addRow(self.tr("Pain &0-10 (optional)"), box)
        self._when_form, self._nrs_row = form, box
        form.setRowVisible(box, pain_scale() == PainScale.WITH_NUMERIC)
        column.addWidget(when)

        self.features = FeaturesBox(self)
        column.addWidget(self.features)
        self.symptoms = SymptomsBox(self._reads, self)
        column.addWidget(self.symptoms)

        note = QGroupBox(self.tr("Note"), self)
        note_layout = QVBoxLayout(note)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.setAccessibleName(self.tr("Note"))
        note_layout.addWidget(self.note)
        column.addWidget(note)
        column.addStretch(1)
        return column

    def _end_row_into(self, form: QFormLayout) -> None:
        """The end and "Still going on", in one row of `form`."""
        self.end = time_edit(self._draft.end or d.local_now(), self)
        self.still_going = QCheckBox(self.tr("Still going on"), self)
        end_row = QWidget(self)
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end, 1)
        end_layout.addWidget(self.still_going)
        # Alt+E: the end, or "Still going on" while that holds the end off
        pass_focus_by_choice(end_row, self.still_going, self.end)
        box, self.end_problem = with_problem(end_row, self)
        self.end_note = note_label(box)
        end_label = self.tr("&End")
        form.addRow(end_label, box)
        # named here, not after the row's focus (it may be on "Still going on")
        self.end.setAccessibleName(plain_label(end_label))

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        aura = QGroupBox(self.tr("Aura"), self)
        aura_layout = QVBoxLayout(aura)
        self.aura = AuraTable(self)
        box, self.aura_problem = with_problem(self.aura, self)
        aura_layout.addWidget(box)
        column.addWidget(aura)

        self.locations = LocationsBox(self)
        column.addWidget(self.locations)

        context = QGroupBox(self.tr("Context"), self)
        form = QFormLayout(context)
        self.activities = TagEditor(
            self, placeholder=self.tr("e.g. work, sleep"), name=self.tr("activity")
        )
        self.activities.set_suggestions(activity_suggestions(self._reads))
        form.addRow(self.tr("&Kept me from"), self.activities)
        self.triggers = TagEditor(
            self, placeholder=self.tr("e.g. red wine, missed meal"), name=self.tr("trigger")
        )
        self.triggers.set_suggestions(trigger_suggestions(self._reads))
        box, self.trigger_problem = with_problem(self.triggers, self)
        form.addRow(self.tr("Suspected t&riggers"), box)
        column.addWidget(context)

        medication = QGroupBox(self.tr("Medication taken"), self)
        medication_layout = QVBoxLayout(medication)
        stored_id = self._stored.id if self._stored else None
        self.doses = AttackDoses(self._session, self.saved_for_doses, stored_id, self)
        if self._stored is None:
            self.doses.add_button.setToolTip(self.tr("Saves the attack first, then logs a dose"))
        medication_layout.addWidget(self.doses)
        column.addWidget(medication)
        self.provenance = ProvenanceBox(self)
        column.addWidget(self.provenance)
        column.addStretch(1)
        return column

    def _load(self, attack: d.Attack) -> None:
        set_time(self.start, attack.start)
        # Only the start known (not "still going on"): kept so until an end is given.
        missing = attack.end is None and attack.end_unknown
        if missing:
            set_time(self.end, attack.start)
        self.still_going.setChecked(attack.end is None and not missing)
        self.end.setEnabled(attack.end is not None or missing)
        self._end_missing = missing
        self.type.setCurrentIndex(self.type.findData(attack.type))
        self.pain.set_value(attack.pain if self._stored is not None else None)
        self.pain_nrs.setValue(NOT_RATED if attack.pain_nrs is None else attack.pain_nrs)
        if attack.pain_nrs is not None:
            # a rating the attack holds can always be seen and corrected, whatever
            # scale the settings ask for new attacks
            self._when_form.setRowVisible(self._nrs_row, True)
        self.features.show_attack(attack)
        self.symptoms.show_attack(attack)
        self.aura.set_aura(attack.aura)
        self.locations.show_attack(attack)
        self.activities.set_tags(attack.activities)
        self.triggers.set_tags(attack.suspected_triggers)
        self.note.setPlainText(attack.note)
        self.provenance.show_record(attack)

    def _connect(self) -> None:
        self.start.dateTimeChanged.connect(self.validate)
        self.end.dateTimeChanged.connect(self._end_given)
        self.still_going.toggled.connect(self._still_going_toggled)
        self.type.currentIndexChanged.connect(self.validate)
        self.pain.changed.connect(self.validate)
        self.pain_nrs.valueChanged.connect(self.validate)
        parts = (self.activities, self.triggers, self.features, self.symptoms, self.locations)
        for part in (*parts, self.aura):
            part.changed.connect(self.validate)
        self.note.textChanged.connect(self.validate)

    def _still_going_toggled(self, on: bool) -> None:
        self.end.setEnabled(not on)
        self._end_given()

    def _end_given(self) -> None:
        """The end (or "still going on") was chosen: the end is no longer missing."""
        self._end_missing = False
        self.validate()

    def attack(self) -> d.Attack:
        """The attack as the form shows it now (not yet saved)."""
        draft = self._draft
        nrs = self.pain_nrs.value()
        return dataclasses.replace(
            draft,
            start=read_time(self.start, draft.start),
            end=None
            if self.still_going.isChecked() or self._end_missing
            else read_time(self.end, draft.end),
            end_unknown=self._end_missing,
            type=d.AttackType(self.type.currentData()),
            pain=self.pain.value(),
            pain_nrs=None if nrs == NOT_RATED else nrs,
            symptoms=self.symptoms.symptoms(),
            aura=self.aura.aura(),
            locations=self.locations.locations(),
            activities=self.activities.tags(),
            suspected_triggers=self.triggers.tags(),
            note=self.note.toPlainText().strip(),
            unilateral=self.features.unilateral.isChecked(),
            pulsating=self.features.pulsating.isChecked(),
            worse_with_activity=self.features.worse_with_activity.isChecked(),
        )

    def _pain_required(self) -> bool:
        """A new attack needs its pain; one saved without it (imported from a 0-10
        app, or never chosen on the attack screen) may stay unrecorded."""
        return self._stored is None or self._stored.pain is not None

    def _pain_hint(self, attack: d.Attack) -> str | None:
        """A stored attack's unrecorded pain, with its 0-10 rating as given (never a 0)."""
        if attack.pain is not None or self._pain_required():
            return None
        if attack.pain_nrs is None:
            return self.tr("Pain not recorded")
        text = self.tr("Pain not recorded (rated {0}/10 in the app it came from)")
        return text.format(attack.pain_nrs)

    def _overlap(self, attack: d.Attack) -> str | None:
        """Another attack at the same time (often the same one logged twice, or an
        old one never ended): a word next to the start, never a refusal."""
        now = d.local_now()
        last = (attack.end or now).date() if not attack.end_unknown else attack.start.date()
        nearby = self._reads.attacks_touching(
            attack.start.date() - timedelta(days=1), max(last, attack.start.date())
        )
        found = overlapping_attacks(attack, nearby, now)
        if not found:
            return None
        other = found[0]
        if other.is_open:
            text = self.tr("This overlaps the attack since {0}, which is still going on.")
            return text.format(moment_text(other.start))
        text = self.tr("This overlaps the attack of {0} – {1}. Is it the same attack?")
        return text.format(moment_text(other.start), moment_text(other.end or other.start))

    def _earlier_rating_note(self, attack: d.Attack) -> str | None:
        """The 0-3 pain was changed here but the 0-10 rating kept from before now
        reads as another pain: say so next to it, so it is corrected or cleared."""
        stored = self._stored
        if (
            stored is None
            or stored.pain_nrs is None
            or attack.pain_nrs != stored.pain_nrs
            or attack.pain is None
            or attack.pain == stored.pain
            or d.nrs_band(attack.pain_nrs) == attack.pain
        ):
            return None
        return self.tr(
            "{0}/10 was rated with the earlier pain: correct it, or set it to “not rated”."
        ).format(attack.pain_nrs)

    def validate(self) -> dict[str, str]:
        """Show each problem next to its field; Save is enabled only without any.
        A pain not chosen yet is named only once the person tried to save: a new
        form does not open with a red line over something nobody touched."""
        attack = self.attack()
        problems = attack_problems(attack, d.local_now())
        if self.pain.value() is None and self._pain_required() and self._tried:
            problems.setdefault("pain", self.tr(CHOOSE_PAIN))
        notes = attack_notes(attack)
        if self._end_missing:
            notes["end"] = self.tr(
                "The end was not recorded (only the start is known): set it if you "
                "remember, or leave it so."
            )
        show_note(self.end_note, None if "end" in problems else notes.get("end"))
        pain_nrs_note = notes.get("pain_nrs") if self.pain.value() is not None else None
        show_note(self.nrs_note, self._earlier_rating_note(attack) or pain_nrs_note)
        show_note(self.pain_hint, self._pain_hint(attack))
        show_note(self.overlap_note, None if "start" in problems else self._overlap(attack))
        self._show(problems)
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        shown = {
            "start": self.start_problem,
            "end": self.end_problem,
            "pain": self.pain_problem,
            "pain_nrs": self.nrs_problem,
            "aura": self.aura_problem,
            "symptoms": self.symptoms.problem,
            "suspected_triggers": self.trigger_problem,
        }
        for name, label in shown.items():
            label.set_problem(problems.get(name))
        rest = [reason for name, reason in problems.items() if name not in shown]
        self.general_problem.set_problem(" ".join(rest) or None)
        self.save_button.setEnabled(not problems)

    def _store(self) -> d.Attack | None:
        """Save the form; on a problem show it and keep everything typed."""
        self._tried = True
        if self.validate():
            if self.pain_problem.problem():
                self.pain.setFocus()
            return None
        saved = attempt(
            self,
            lambda: self._session.run_by(self, operations.save_attack, self.attack()),
            self._show,
        )
        if saved is None:
            return None
        self._stored = self._draft = self.saved_attack = saved
        self.setWindowTitle(self.tr("Edit attack"))
        return saved

    def saved_for_doses(self) -> d.Attack | None:
        """The attack doses can point at: a new attack is saved first."""
        if self._stored is None:
            return self._store()
        return self.attack()

    def save(self) -> None:
        if self._store() is not None:
            self.accept()
