"""The forms of the Treatments view: a course, a session, a side effect.

Each form checks itself as the user types with the journal's rules (an end before
the start, a session outside its course, a side effect before the treatment...),
shows the reason next to the field, keeps Save disabled while there is one, and
keeps everything typed when the journal refuses. Side effects are recorded the same
way for every kind of treatment; their names come from the common list plus the
user's own, and a new name typed here joins the list.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from journal import catalog, operations
from journal import domain as d
from journal.validation_records import session_problems, side_effect_problems, treatment_problems
from ui.kit import vocabulary
from ui.kit.form_widgets import Choice, ChoiceRow, EndDateField, date_edit, read_date
from ui.kit.locale_text import moment_text
from ui.kit.record_dialog import RecordDialog
from ui.kit.time_fields import read_time, time_edit
from ui.session import Session

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


class CourseDialog(RecordDialog):
    """Add (treatment None) or edit a course: name, kind, dates, dose, why stopped.

    `drug`: a preventive medication to start a course of (from the Medications
    list): its name and usual dose fill the form, and the course is linked to it
    (or, when it is not saved yet, saved with it), so it is never entered twice."""

    def __init__(
        self,
        session: Session,
        treatment: d.Treatment | None,
        parent: QWidget | None = None,
        kind: d.TreatmentKind = d.TreatmentKind.PREVENTIVE_MEDICATION,
        drug: d.Medication | None = None,
    ) -> None:
        title = (
            translate("treatments", "Edit treatment")
            if treatment
            else translate("treatments", "Add a treatment")
        )
        super().__init__(session, title, parent)
        self._original = treatment
        self._drug = drug if treatment is None else None
        self.saved: d.Treatment | None = None
        start = treatment.start if treatment else d.local_now().date()
        self.name = QLineEdit(treatment.name if treatment else drug.name if drug else "", self)
        self.name.setPlaceholderText(
            translate("treatments", "e.g. Propranolol, Ketamine infusions, Physiotherapy")
        )
        self.name.setAccessibleName(translate("treatments", "Name of the treatment"))
        self._row(translate("treatments", "&Name"), self.name, "name")
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("treatments", "Kind of treatment"))
        for each in d.TreatmentKind:
            self.kind.addItem(vocabulary.treatment_kind(each).label, each)
        self.kind.setCurrentIndex(self.kind.findData(treatment.kind if treatment else kind))
        self._row(translate("treatments", "&Kind"), self.kind)
        self._kind_chosen = treatment is not None or drug is not None
        self.kind.activated.connect(lambda _index: setattr(self, "_kind_chosen", True))
        self.name.textChanged.connect(self._guess_kind)
        self.start = date_edit(start, self, name=translate("treatments", "Start date"))
        self._row(translate("treatments", "&Start"), self.start, "start")
        self.end = EndDateField(treatment.end if treatment else None, start, self)
        self._row(translate("treatments", "&End"), self.end, "end")
        self.dose = QLineEdit(
            treatment.dose if treatment else drug.default_dose if drug else "", self
        )
        self.dose.setPlaceholderText(
            translate("treatments", "e.g. 80 mg daily, 155 units every 12 weeks")
        )
        self.dose.setAccessibleName(translate("treatments", "Dose"))
        self._row(translate("treatments", "&Dose"), self.dose)
        self.reason_stopped = QLineEdit(treatment.reason_stopped if treatment else "", self)
        self.reason_stopped.setAccessibleName(translate("treatments", "Reason stopped"))
        self.reason_stopped.setPlaceholderText(
            translate("treatments", "e.g. no effect after 3 months, side effects")
        )
        self._row(translate("treatments", "&Reason stopped"), self.reason_stopped)
        self.note = QLineEdit(treatment.note if treatment else "", self)
        self.note.setAccessibleName(translate("treatments", "Note"))
        self._row(translate("treatments", "N&ote"), self.note)
        self.name.textChanged.connect(self.validate)
        self.start.dateChanged.connect(self.validate)
        self.end.changed.connect(self.validate)
        self.validate()

    def _guess_kind(self, name: str) -> None:
        """The kind the name suggests ("Ketamine infusions": a procedure), until the
        person chooses one themselves."""
        guessed = catalog.treatment_kind_for(name)
        if guessed is not None and not self._kind_chosen:
            self.kind.setCurrentIndex(self.kind.findData(d.TreatmentKind(guessed)))

    def treatment(self) -> d.Treatment:
        fields = {
            "name": self.name.text().strip(),
            "kind": d.TreatmentKind(self.kind.currentData()),
            "start": read_date(self.start),
            "end": self.end.end(),
            "dose": self.dose.text().strip(),
            "reason_stopped": self.reason_stopped.text().strip(),
            "note": self.note.text().strip(),
        }
        if self._original is None:
            drug = self._drug if self._saved_drug() else None
            return d.Treatment(**fields, medication_id=drug.id if drug else None)  # type: ignore[arg-type]
        return dataclasses.replace(self._original, **fields)  # type: ignore[arg-type]

    def _saved_drug(self) -> bool:
        """Whether the drug the course is started from is in the journal already."""
        return self._drug is not None and self._session.reads.medication(self._drug.id) is not None

    def blank(self) -> set[str]:
        return set() if self.name.text().strip() else {"name"}

    def problems(self) -> dict[str, str]:
        treatment = self.treatment()
        linked = treatment.medication_id
        reads = self._session.reads
        sessions = [s.when.date() for s in reads.sessions_of(treatment.id)]
        return treatment_problems(
            treatment,
            medication_exists=linked is not None and reads.medication(linked) is not None,
            session_days=sessions,
        )

    def store(self) -> d.Treatment:
        drug = None if self._saved_drug() else self._drug
        return self._session.run_by(self, operations.save_treatment, self.treatment(), drug=drug)


def _default_when(treatment: d.Treatment, sessions: list[d.TreatmentSession]) -> datetime:
    """A session's usual time, not the clock's: the time of day of the course's last
    session (10:00 before the first), today during an ongoing course, else its last
    day; never in the future (then the hour just gone)."""
    now = d.local_now()
    last = max((s.when for s in sessions), default=None)
    at = time(last.hour, last.minute) if last is not None else time(10, 0)
    day = now.date() if treatment.end is None or treatment.end >= now.date() else treatment.end
    when = datetime.combine(day, at).astimezone()
    return min(when, now.replace(minute=0, second=0, microsecond=0))


class SessionDialog(RecordDialog):
    """Add (session None) or edit a dated session of a course."""

    def __init__(
        self,
        journal_session: Session,
        treatment: d.Treatment,
        session: d.TreatmentSession | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("treatments", "Edit session")
            if session
            else translate("treatments", "Add a session")
        )
        super().__init__(journal_session, f"{title} · {treatment.name}", parent)
        self._treatment = treatment
        self._original = session
        self.saved: d.TreatmentSession | None = None
        earlier = journal_session.reads.sessions_of(treatment.id)
        self.when = time_edit(session.when if session else _default_when(treatment, earlier), self)
        self.when.setAccessibleName(translate("treatments", "Date and time of the session"))
        self._row(translate("treatments", "&When"), self.when, "when")
        # a new session takes its course's dose (the person changes it if it differed)
        self.dose = QLineEdit(session.dose if session else treatment.dose, self)
        self.dose.setPlaceholderText(
            translate("treatments", "e.g. 0.5 mg/kg over 40 min, 155 units")
        )
        self.dose.setAccessibleName(translate("treatments", "Dose of the session"))
        self._row(translate("treatments", "&Dose"), self.dose)
        self.note = QLineEdit(session.note if session else "", self)
        self.note.setAccessibleName(translate("treatments", "Note"))
        self._row(translate("treatments", "&Note"), self.note)
        self.when.dateTimeChanged.connect(self.validate)
        self.validate()

    def session(self) -> d.TreatmentSession:
        original = self._original
        when = read_time(self.when, original.when if original else None)
        fields = {"when": when, "dose": self.dose.text().strip(), "note": self.note.text().strip()}
        if original is None:
            return d.TreatmentSession(self._treatment.id, **fields)  # type: ignore[arg-type]
        return dataclasses.replace(original, **fields)  # type: ignore[arg-type]

    def problems(self) -> dict[str, str]:
        return session_problems(self.session(), self._session.reads.treatment(self._treatment.id))

    def store(self) -> d.TreatmentSession:
        return self._session.run_by(self, operations.save_session, self.session())


class SideEffectDialog(RecordDialog):
    """Record (or edit) a side effect of a course, or of one of its sessions."""

    def __init__(
        self,
        journal_session: Session,
        treatment: d.Treatment,
        session: d.TreatmentSession | None = None,
        effect: d.SideEffect | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("treatments", "Edit side effect")
            if effect
            else translate("treatments", "Record a side effect")
        )
        super().__init__(journal_session, f"{title} · {treatment.name}", parent)
        self._treatment = treatment
        self._original = effect
        self.saved: d.SideEffect | None = None
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(journal_session.reads.side_effect_names())
        self.name.setCurrentIndex(-1)
        self.name.setEditText(effect.name if effect else "")
        self.name.setAccessibleName(translate("treatments", "Side effect"))
        self.name.setMinimumWidth(260)
        self.name.setToolTip(
            translate("treatments", "Pick from the list or type your own; it joins the list")
        )
        self._row(translate("treatments", "&Side effect"), self.name, "name")
        self.severity = ChoiceRow(
            [
                Choice(
                    s,
                    vocabulary.side_effect_severity(s).label,
                    vocabulary.side_effect_severity(s).short,
                    str(n),
                )
                for n, s in enumerate(d.Severity)
                # "none" is no side effect at all; kept only for one stored so
                if s is not d.Severity.NONE or (effect is not None and effect.severity is s)
            ],
            translate("treatments", "Severity"),
            self,
        )
        self.severity.set_value(effect.severity if effect else d.Severity.MILD)
        self._row(translate("treatments", "Se&verity"), self.severity, "severity")
        self.session = QComboBox(self)
        self.session.setAccessibleName(translate("treatments", "Course or session"))
        self.session.addItem(translate("treatments", "The course as a whole"), None)
        for each in journal_session.reads.sessions_of(treatment.id):
            self.session.addItem(
                translate("treatments", "Session of {0}").format(moment_text(each.when)),
                each.id,
            )
        chosen = effect.session_id if effect else session.id if session else None
        self.session.setCurrentIndex(max(0, self.session.findData(chosen)))
        self._row(translate("treatments", "&For"), self.session, "session_id")
        start = session.when.date() if session else d.local_now().date()
        self.day = date_edit(
            effect.day if effect else start, self, name=translate("treatments", "Day noticed")
        )
        self._row(translate("treatments", "&Day"), self.day, "day")
        self.note = QLineEdit(effect.note if effect else "", self)
        self.note.setAccessibleName(translate("treatments", "Note"))
        self._row(translate("treatments", "&Note"), self.note)
        self.name.editTextChanged.connect(self.validate)
        self.severity.changed.connect(self.validate)
        self.session.currentIndexChanged.connect(self.validate)
        self.day.dateChanged.connect(self.validate)
        self.validate()

    def effect(self) -> d.SideEffect:
        fields = {
            "name": " ".join(self.name.currentText().split()),
            "severity": d.Severity(str(self.severity.value() or d.Severity.NONE)),
            "day": read_date(self.day),
            "session_id": self.session.currentData(),
            "note": self.note.text().strip(),
        }
        if self._original is None:
            return d.SideEffect(self._treatment.id, **fields)
        return dataclasses.replace(self._original, **fields)

    def blank(self) -> set[str]:
        return set() if self.name.currentText().strip() else {"name"}

    def problems(self) -> dict[str, str]:
        effect = self.effect()
        problems = side_effect_problems(
            effect,
            self._session.reads.treatment(self._treatment.id),
            self._session.reads.treatment_session(effect.session_id) if effect.session_id else None,
            d.local_now().date(),
        )
        if self.severity.value() is None:
            problems["severity"] = translate("treatments", "Choose how bad it was.")
        return problems

    def store(self) -> d.SideEffect:
        # A new name joins the offered list by being recorded (side_effect_names).
        return self._session.run_by(self, operations.record_side_effect, self.effect())
