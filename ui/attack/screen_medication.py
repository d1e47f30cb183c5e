""" "Took medication" on the attack screen: one big button per acute medication.

A tap records a dose right away (operations.record_dose) with the pain chosen on
the screen as pain at dose; "Other…" opens the full dose editor, and "Undo last
dose" takes back a tap made by mistake.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.kit import low_light
from ui.kit.feedback import show_error
from ui.kit.flow_layout import FlowGrid
from ui.kit.wrapping import WrappingButton
from ui.medication.dose_editor import triptan_note
from ui.session import Session

MEDICATION_BUTTONS = 6
"""At most this many medication buttons; the rest are under "Other…"."""
COLUMNS = 4
"""Buttons per row at most: 6 medications and "Other…" fit in two rows when the
labels allow; long names (or translations) flow onto more rows instead of clipping."""
REPEAT_TAP_SECONDS = 10.0
"""A second tap on the same medication this soon is a double tap, not a second dose."""


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def dose_text(dose: d.Dose, medication: d.Medication | None) -> str:
    """'Sumatriptan 50 mg at 14:05' for lists and questions."""
    name = medication.name if medication else "?"
    amount = f" {dose.amount}" if dose.amount else ""
    return translate("TookMedication", "{0}{1} at {2}").format(name, amount, f"{dose.taken:%H:%M}")


class TookMedication(QWidget):
    """Medication buttons for `attack`; emits `dose_recorded(d.Dose)` after each dose.

    `pain_now()` gives the pain to store as pain at dose (None when not chosen).
    """

    dose_recorded = Signal(object)
    buttons_changed = Signal()
    result_shown = Signal()

    def __init__(
        self,
        session: Session,
        attack: d.Attack,
        pain_now: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._attack = attack
        self._pain_now = pain_now
        self._doses_here: list[d.Dose] = []
        self._last_tap: dict[str, float] = {}
        self.clock: Callable[[], float] = time.monotonic
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.medication_buttons: dict[str, QPushButton] = {}
        self._listed: set[str] = set()
        self._button_box = self._buttons(self._first_picks())
        layout.addWidget(self._button_box)
        self.result = QWidget(self)
        """What a tap did: the doses taken, Undo and any notice (kept in view)."""
        result_layout = QVBoxLayout(self.result)
        result_layout.setContentsMargins(0, 6, 0, 0)
        taken_row = QHBoxLayout()
        self.taken_label = QLabel(self.result)
        self.taken_label.setObjectName("taken")
        self.taken_label.setWordWrap(True)
        self.undo_button = QPushButton(translate("TookMedication", "Undo last dose"), self.result)
        self.undo_button.setObjectName("undo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setToolTip(
            translate("TookMedication", "Remove the dose you just recorded here")
        )
        self.undo_button.clicked.connect(self.undo_last_dose)
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.activated.connect(self.undo_last_dose)
        keep_place = self.undo_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the screen does not jump at a tap
        self.undo_button.setSizePolicy(keep_place)
        taken_row.addWidget(self.taken_label, 1)
        taken_row.addWidget(self.undo_button)
        result_layout.addLayout(taken_row)
        self.notice = QLabel(self.result)
        self.notice.setObjectName("taken")
        self.notice.setWordWrap(True)
        keep_place = self.notice.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # "Already recorded" moves nothing
        self.notice.setSizePolicy(keep_place)
        self.notice.hide()
        result_layout.addWidget(self.notice)
        layout.addWidget(self.result)
        self.refresh()

    def _first_picks(self) -> list[d.Medication]:
        picking = self._reads.medications_for_buttons()
        self._listed = {medication.id for medication in picking}
        return picking[:MEDICATION_BUTTONS]

    def _buttons(self, picks: list[d.Medication]) -> QWidget:
        """A box of one button per medication in `picks`, then "Other…"."""
        box = QWidget(self)
        grid = FlowGrid(box, columns=COLUMNS, spacing=8)
        self.medication_buttons = {}
        for medication in picks:
            text = " ".join(filter(None, (medication.name, medication.default_dose)))
            button = WrappingButton(text, box)  # "400 mg" stays on one line (wrap_text)
            button.setAutoDefault(False)
            button.setToolTip(translate("TookMedication", "Record a dose of {0} now").format(text))
            button.clicked.connect(lambda _=False, m=medication: self.take(m))
            self.medication_buttons[medication.id] = button
            grid.addWidget(button)
        self.other_button = WrappingButton(translate("TookMedication", "Other…"), box)
        self.other_button.setAutoDefault(False)
        self.other_button.setToolTip(
            translate("TookMedication", "Another medication, time or amount")
        )
        self.other_button.clicked.connect(self.other_medication)
        self.add_button = WrappingButton(translate("TookMedication", "Add medication…"), box)
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            translate("TookMedication", "A medication not listed here, by name: taken now")
        )
        self.add_button.clicked.connect(self.add_medication)
        grid.addWidget(self.add_button)
        grid.addWidget(self.other_button)
        QWidget.setTabOrder(self.add_button, self.other_button)  # Tab goes as they are shown
        return box

    def _update_buttons(self, taken: d.Dose | None) -> None:
        """Give a button at once to a medication added, or first taken, through
        "Other…". The buttons already shown keep their places (a hand in pain learns
        where they are); the new ones go last, taking the places of the least used
        when all are in use."""
        picking = {m.id: m for m in self._reads.medications_for_buttons()}
        shown = [i for i in self.medication_buttons if i in picking]
        new = [i for i in picking if i not in self._listed]
        if taken is not None and taken.medication_id in picking:
            new.append(taken.medication_id)
        new = [i for i in dict.fromkeys(new) if i not in shown][-MEDICATION_BUTTONS:]
        self._listed |= set(picking)
        if not new:
            return
        kept = shown[: MEDICATION_BUTTONS - len(new)]
        first = next(iter(self.medication_buttons.values()), self.add_button)
        before = _focusable_before(first, self._button_box)
        old, self._button_box = self._button_box, self._buttons([picking[i] for i in kept + new])
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(old, self._button_box)
        old.hide()
        old.deleteLater()
        self._button_box.ensurePolished()  # the style's sizes, before anyone measures
        self._button_box.show()
        chain: list[QWidget] = [before] if before is not None else []
        chain += [
            *self.medication_buttons.values(),
            self.add_button,
            self.other_button,
            self.undo_button,
        ]
        for earlier, later in itertools.pairwise(chain):
            QWidget.setTabOrder(earlier, later)
        self.buttons_changed.emit()

    def take(self, medication: d.Medication) -> None:
        """Record a dose of `medication` now, with the pain now as pain at dose (None
        when no pain was chosen). A repeat tap within 10 seconds records nothing."""
        tapped = self.clock()
        last = self._last_tap.get(medication.id)
        if last is not None and tapped - last < REPEAT_TAP_SECONDS:
            self.notice.setText(
                translate(
                    "TookMedication", "Already recorded — tap Undo last dose if it was a mistake"
                )
            )
            self.notice.show()
            self.result_shown.emit()
            return
        dose = d.Dose(
            medication_id=medication.id,
            taken=max(d.local_now(), self._attack.start),
            amount=medication.default_dose,
            attack_id=self._attack.id,
            pain_at_dose=self._pain_now(),
        )
        try:
            saved = self._session.run_by(self, operations.record_dose, dose)
        except JournalError as error:
            show_error(self, error)
            return
        self._last_tap[medication.id] = tapped
        self._recorded(saved)

    def showEvent(self, event: QShowEvent) -> None:
        """A line is kept for the notice (in the style sheet's font, known now)."""
        self.notice.ensurePolished()
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing())
        super().showEvent(event)

    def add_medication(self) -> None:
        """A medication not listed, by name (large targets, dark): added and taken now."""
        from ui.attack.quick_medication import QuickMedicationDialog

        dialog = QuickMedicationDialog(self._session, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.medication is None:
            return
        medication = dialog.medication
        self.take(medication)
        self._update_buttons(self._doses_here[-1] if self._doses_here else None)

    def other_medication(self) -> None:
        from ui.medication.dose_editor import DoseEditor

        editor = DoseEditor(self._session, None, self.window(), attack=self._attack)
        low_light.apply_form(editor)
        editor.pain_at_dose.set_value(self._pain_now())
        accepted = editor.exec() == QDialog.DialogCode.Accepted
        taken = editor.saved_dose if accepted else None
        self._update_buttons(taken)
        if taken is not None:
            self._recorded(taken)

    def _recorded(self, dose: d.Dose) -> None:
        self._doses_here.append(dose)
        note = triptan_note(self._session.reads, dose)
        self.notice.setText(note or "")
        self.notice.setVisible(bool(note))
        self.refresh()
        self.dose_recorded.emit(dose)
        self.result_shown.emit()

    def undo_last_dose(self) -> None:
        if not self._doses_here:
            return
        try:
            self._session.run_by(self, operations.undo_record_dose, self._doses_here[-1])
        except JournalError as error:
            self._doses_here.pop()  # rated or deleted meanwhile: kept as it is now
            self.refresh()
            show_error(self, error)
            return
        undone = self._doses_here.pop()
        self._last_tap.pop(undone.medication_id, None)
        self.notice.hide()
        self.refresh()

    def refresh(self) -> None:
        """List the attack's doses; Undo only for a dose recorded on this screen."""
        names = {m.id: m for m in self._reads.medications()}
        doses = self._reads.doses_for_attack(self._attack.id)
        texts = [dose_text(x, names.get(x.medication_id)) for x in doses]
        self.taken_label.setText(
            translate("TookMedication", "Taken: {0}").format("; ".join(texts)) if texts else ""
        )
        self.undo_button.setVisible(bool(self._doses_here))


def _focusable_before(first: QWidget, box: QWidget) -> QWidget | None:
    """The widget Tab reaches just before `first`, outside `box` (where the new
    buttons go in the tab order)."""
    candidate = first.previousInFocusChain()
    while candidate is not None and candidate is not first:
        if (
            candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None  # a box passing focus on is not a stop
            and not box.isAncestorOf(candidate)
        ):
            return candidate
        candidate = candidate.previousInFocusChain()
    return None
