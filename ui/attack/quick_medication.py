""" "Add medication…" on the attack screen: a medication not listed yet, by name, in
large targets and the attack screen's dark look, taken now.

The usual acute medications are one tap each, any other is typed (completed from
the built-in list, class and use suggested by it). The medication is added to the
list and a dose of it recorded at once; the ordinary dose form, with its 2-hour and
24-hour rows, is not what someone in pain needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.kit import low_light
from ui.kit.feedback import show_error
from ui.medication.chooser import MedicationChooser
from ui.session import Session


class QuickMedicationDialog(QDialog):
    """Which medication did you take? `medication` holds the one chosen (added to
    the journal when new) after Accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.medication: d.Medication | None = None
        self.setWindowTitle(self.tr("Which medication?"))
        body = low_light.body(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        title = QLabel(self.tr("Which medication did you take?"), body)
        title.setObjectName("title")
        title.setWordWrap(True)
        layout.addWidget(title)
        listed = {m.name for m in session.reads.medications() if not m.retired}
        self.chooser = MedicationChooser(body, several=False, leave_out=listed, button_height=56)
        self.chooser.picked.connect(self._picked)
        layout.addWidget(self.chooser)
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.cancel_button)
        self.setMinimumWidth(600)
        self.chooser.name.setFocus()

    def _picked(self, name: str) -> None:
        try:
            (self.medication,) = self._session.run_by(
                self, operations.add_medications_by_name, [name]
            )
        except JournalError as error:
            show_error(self, error)
            return
        self.accept()
