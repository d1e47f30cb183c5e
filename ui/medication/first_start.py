"""The first start's one short step: "Which medications do you usually take for an
attack?" The usual ones are a tap each; any other is typed (completed from the
built-in list). Saved in one go, or skipped; offered once in each journal (a
setting of the journal, journal.operations.first_start), and only while it has no
medications, so that the attack screen has buttons to tap in pain.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from journal import operations
from journal.errors import JournalError
from ui.kit.feedback import show_error
from ui.medication.chooser import MedicationChooser
from ui.session import Session


class FirstMedicationsDialog(QDialog):
    """Pick the usual acute medications; Save adds them, Skip adds nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Your usual medications"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Which medications do you usually take for an attack?"), self)
        title.setObjectName("firstStartTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Each one gets its own button on the attack screen, so that logging a dose "
                "in pain is one tap. You can change them any time under Entry ▸ Medications."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.chooser = MedicationChooser(self, several=True)
        buttons = QDialogButtonBox(self)
        self.skip_button = buttons.addButton(
            self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save these"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for widget in (title, intro, self.chooser, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(560)
        self.saved: list[str] = []
        self.finished.connect(self._offered)

    def _offered(self, _result: int) -> None:
        """Shown and put away (saved or skipped): not offered again in this journal."""
        with contextlib.suppress(JournalError):  # busy or gone: offered once more next time
            self._session.run_by(self, operations.first_medications_offered)

    def save(self) -> None:
        names = self.chooser.chosen()
        typed = self.chooser.name.text().strip()
        if typed:
            names.append(typed)  # typed but "Add" not pressed: meant all the same
        try:
            added = self._session.run_by(self, operations.add_medications_by_name, names)
        except JournalError as error:
            show_error(self, error)
            return
        self.saved = [m.name for m in added]
        self.accept()


def offer_first_medications(session: Session, parent: QWidget) -> FirstMedicationsDialog | None:
    """At the first start with no medication in the journal, open the step (window
    modal, not blocking); None when it is not due."""
    if not session.reads.first_medications_due():
        return None
    dialog = FirstMedicationsDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
