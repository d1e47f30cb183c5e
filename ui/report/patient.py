"""The patient's name and date of birth for the report, and whether to remember them.

They are printed only when typed, and are never written to the journal. Only when
"Remember for next time" is ticked are they kept, in the per-user QSettings; unticking
the box forgets them at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from ui.kit import theme
from ui.kit.locale_text import TYPED_DAY, date_from_text, date_text
from ui.kit.widgets import with_problem

NAME_KEY = "report/patient_name"
BIRTH_KEY = "report/birth_date"
EARLIEST_BIRTH = date(1900, 1, 1)
BIRTH_EXAMPLE = date(1984, 3, 21)
"""The day the field's example shows, written as the window writes days."""


def parse_birth_date(text: str, locale: QLocale | None = None) -> date | None:
    """A typed date: as the window writes days ("21.03.1984" in German), ISO
    (1984-03-21), "21 Mar 1984", or the locale's short or long format."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    shown = date_from_text(text)  # as the window writes days: "21.03.1984"
    if shown is not None:
        return shown
    for found in (
        QDate.fromString(text, TYPED_DAY),
        locale.toDate(text, QLocale.FormatType.ShortFormat),
        locale.toDate(text, QLocale.FormatType.LongFormat),
    ):
        if found.isValid():
            return date(found.year(), found.month(), found.day())
    return None


class PatientFields(QGroupBox):
    """Name, date of birth and "Remember for next time", filled from QSettings."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Patient (optional)"))
        self._today = today
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Patient name"))
        self.name_edit.setPlaceholderText(self.tr("Printed only if typed"))
        self.birth_edit = QLineEdit(self)
        self.birth_edit.setAccessibleName(self.tr("Date of birth"))
        # the example in the form the window writes (and this field reads) a day
        example = date_text(BIRTH_EXAMPLE)
        self.birth_edit.setPlaceholderText(self.tr("for example {0}").format(example))
        birth_box, self.birth_problem = with_problem(self.birth_edit, self)
        self.remember = QCheckBox(self.tr("&Remember for next time"), self)
        self.remember.setAccessibleName(self.tr("Remember name and date of birth"))
        self.remember.setToolTip(
            self.tr("Kept in this computer's settings for you, never in the journal.")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Date of &birth:"), birth_box)
        form.addRow("", self.remember)
        self._load()
        self.name_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.birth_edit.textChanged.connect(self._birth_changed)
        self.remember.toggled.connect(self._remember_toggled)

    def patient_name(self) -> str:
        return self.name_edit.text().strip()

    def birth_date(self) -> date | None:
        """The date of birth typed (None when blank or not a valid past date)."""
        return self._checked_birth_date()[0]

    def is_valid(self) -> bool:
        return not self._checked_birth_date()[1]

    def _checked_birth_date(self) -> tuple[date | None, str]:
        text = self.birth_edit.text().strip()
        if not text:
            return None, ""
        born = parse_birth_date(text)
        if born is None:
            return None, self.tr("Write the date of birth like {0}.").format(
                date_text(BIRTH_EXAMPLE)
            )
        if born > self._today:
            return None, self.tr("The date of birth is in the future.")
        if born < EARLIEST_BIRTH:
            return None, self.tr("Check the year of birth.")
        return born, ""

    def _birth_changed(self) -> None:
        self.birth_problem.set_problem(self._checked_birth_date()[1] or None)
        self.changed.emit()

    # Remembering -------------------------------------------------------------

    def _load(self) -> None:
        store = theme.settings()
        name = str(store.value(NAME_KEY, "") or "")
        born = str(store.value(BIRTH_KEY, "") or "")
        self.name_edit.setText(name)
        self.birth_edit.setText(born)
        self.remember.setChecked(bool(name or born))

    def remember_if_asked(self) -> None:
        """After a save or print: keep the details if the box is ticked, else forget them."""
        if not self.remember.isChecked():
            self.forget()
            return
        born = self.birth_date()
        store = theme.settings()
        store.setValue(NAME_KEY, self.patient_name())
        store.setValue(BIRTH_KEY, born.isoformat() if born else "")
        store.sync()

    def forget(self) -> None:
        store = theme.settings()
        store.remove(NAME_KEY)
        store.remove(BIRTH_KEY)
        store.sync()

    def _remember_toggled(self, checked: bool) -> None:
        if not checked:
            self.forget()
