""" "How is your pain now?": the calm question two hours after a dose for an attack.

One tap on a pain answers and saves (operations.rate_dose); "Ask me later" leaves
the dose unrated so the question comes back, and it can be filled in later from
the entry too.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
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
from ui.kit.widgets import PainSelector
from ui.session import Session

TURNING_KEYS = frozenset(
    {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right}
    | {Qt.Key.Key_Up, Qt.Key.Key_Down}
)
"""Keys that move within the question: pressing one says the person turned to it.
Any other key (a digit, a letter, a decimal point) may have been meant for the field
they were typing in when the question opened."""


GIVE_BACK_WITHIN = 1.0
"""Seconds after `show_aside` in which an activation is the platform's, not the
person's (no one switches to a window that fast)."""


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
        # the pains; keys 0-3 answer once the person turned to the question (see
        # keyPressEvent). Its text is not selectable: Ctrl+A meant for a field
        # would paint it as a selection.
        title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        title.setAccessibleName(self.tr("How is your pain now?"))
        title.setAccessibleDescription(self.question.text())
        self.hint = QLabel(self.tr("Press Tab, then 0 to 3, or click a pain."), self)
        self.hint.setObjectName("taken")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        later.insertWidget(0, self.hint, 4)  # beside the button: nothing moves
        self.setFocusProxy(title)
        title.setFocus()
        self.turned_to = False
        self._give_back_to: tuple[QWidget | None, QWidget | None] | None = None
        self._shown_at = 0.0
        """True once the person acted in the question (a click, Tab, an arrow): only
        then do keys 0-3 answer. It opens while they may be typing elsewhere (ui.
        medication.follow_up_watch shows it without taking the focus), so a digit
        meant for another field never records the pain at 2 hours."""

    def show_aside(self) -> None:
        """Show the question without taking the keyboard from the window or field
        the person is using: not activated, not modal. A platform that activates
        every new window all the same (or a window manager) is answered by giving
        the keyboard back at once, unless the person already turned to it."""
        self._give_back_to = (QApplication.activeWindow(), QApplication.focusWidget())
        self._shown_at = time.monotonic()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setModal(False)
        self.show()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._give_back_to is not None:
            window, field = self._give_back_to
            self._give_back_to = None
            just_shown = time.monotonic() - self._shown_at < GIVE_BACK_WITHIN
            if just_shown and not self.turned_to and window is not None and window.isVisible():
                window.activateWindow()
                if field is not None and field.isVisible():
                    field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return super().event(event)

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
        """Keys 0-3 pick the pain wherever the focus is in the question, once the
        person turned to it; before that they only say how to answer."""
        if event.text() in {"0", "1", "2", "3"}:
            if self.turned_to:
                self.pain.pick(int(event.text()))
            else:
                self.hint.setVisible(True)
            return
        if event.key() in TURNING_KEYS:
            self.turned_to = True
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab (handled before keyPressEvent) turn to the question."""
        self.turned_to = True
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.turned_to = True
        super().mousePressEvent(event)
