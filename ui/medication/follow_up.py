""" "How is your pain now?": the calm question two hours after a dose for an attack.

One tap on a pain answers and saves (operations.rate_dose); "Ask me later" leaves
the dose unrated so the question comes back, and it can be filled in later from
the entry too.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.kit import low_light
from ui.kit.feedback import show_error
from ui.kit.widgets import PainSelector
from ui.session import Session


def follow_up_question(dose: d.Dose, medication: d.Medication | None, now: datetime) -> str:
    """'(2 hours after Sumatriptan 50 mg at 14:05)'."""
    hours = max(2, int((now - dose.taken).total_seconds() // 3600))
    name = " ".join(filter(None, (medication.name if medication else "", dose.amount)))
    name = name or QCoreApplication.translate("PainFollowUpDialog", "your medication")
    return QCoreApplication.translate("PainFollowUpDialog", "({0} hours after {1} at {2})").format(
        hours, name, f"{dose.taken:%H:%M}"
    )


class PainFollowUpDialog(QDialog):
    """Asks for pain at 2 h after `dose`; `saved_dose` holds the rated dose."""

    def __init__(self, session: Session, dose: d.Dose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._dose = dose
        self.saved_dose: d.Dose | None = None
        self.setWindowTitle(self.tr("How is your pain now?"))
        layout = QVBoxLayout(low_light.body(self))
        self.setMinimumWidth(560)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        title = QLabel(self.tr("How is your pain now?"), self)
        title.setObjectName("title")
        medication = session.reads.medication(dose.medication_id)
        self.question = QLabel(follow_up_question(dose, medication, d.local_now()), self)
        self.question.setObjectName("started")
        self.question.setWordWrap(True)
        self.pain = PainSelector(self, large=True)
        self.pain.changed.connect(self._answered)
        later = QHBoxLayout()
        later.addStretch(1)
        self.later_button = QPushButton(self.tr("Ask me later"), self)
        self.later_button.setAutoDefault(False)
        self.later_button.setToolTip(self.tr("Close; the question comes back later"))
        self.later_button.clicked.connect(self.reject)
        later.addWidget(self.later_button)
        for widget in (title, self.question, self.pain):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(later)
        # The question itself holds the focus, not a pain: a stray Enter or Space
        # must not answer "0 · None" and flatter the pain-freedom rate. Tab reaches
        # the pains, and keys 0-3 answer from anywhere.
        title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title.setAccessibleName(self.tr("How is your pain now?"))
        title.setAccessibleDescription(self.question.text())
        self.setFocusProxy(title)
        title.setFocus()

    def _answered(self, pain: int | None) -> None:
        if pain is None:
            return
        try:
            self.saved_dose = self._session.run_by(
                self, operations.rate_dose, self._dose.id, pain_2h=pain
            )
        except JournalError as error:
            show_error(self, error)
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 0-3 pick the pain wherever the focus is."""
        if event.text() in {"0", "1", "2", "3"}:
            self.pain.pick(int(event.text()))
            return
        super().keyPressEvent(event)
