"""The quick daily check-in: each visible factor, a note, Save.

Built for the keyboard: Tab goes factor by factor in the user's order, number or
Y/N keys answer, Enter saves, so a whole day takes well under 20 seconds. A day
with an entry is told apart from a day without one, and "Nothing of note" saves an
entry with no values (a quiet day) rather than leaving the day blank. The rules of
a value (levels 0-3, no more than 24 hours...) are the journal's; each reason shows
next to its factor and nothing typed is cleared by a refusal.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from journal.validation_records import day_entry_problems
from ui.checkin.factor_editors import (
    LABEL_SIDE,
    FactorEditor,
    editor_value,
    factor_grid,
    set_editor_value,
)
from ui.checkin.rows import even_rows
from ui.kit.feedback import attempt, show_error
from ui.kit.focus import focus_in_view
from ui.kit.form_widgets import date_edit, heading, read_date, set_date
from ui.kit.locale_text import day_text
from ui.kit.widgets import FieldProblem
from ui.session import Session


class CheckInPanel(QWidget):
    """Check in for `day` (default today); each save runs through the session."""

    SHOWS = Change.DAYS | Change.FACTORS
    """What it shows: the check-ins and the tracked factors."""

    def __init__(self, session: Session, day: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._day = day or d.local_now().date()
        self._editors: dict[str, FactorEditor] = {}
        self._problems: dict[str, FieldProblem] = {}
        self._factors: dict[str, d.Factor] = {}
        session.run(operations.ensure_default_factors)
        self._build()
        self.refresh()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        margins = layout.contentsMargins()
        layout.setContentsMargins(margins.left(), 4, margins.right(), 4)
        header = QHBoxLayout()
        self.title = heading(self.tr("Check-in"), self, 1.2)
        self.day_field = date_edit(self._day, self, name=self.tr("Day of the check-in"))
        self.day_field.setMaximumDate(self.day_field.date().currentDate())
        self.day_field.dateChanged.connect(lambda _day: self.set_day(read_date(self.day_field)))
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.day_field)
        layout.addLayout(header)
        self.status = QLabel(self)
        self.status.setObjectName("checkInStatus")
        layout.addWidget(self.status)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Anything else about the day (optional)"))
        self.note.setAccessibleName(self.tr("Note for the day"))
        self.form_host = QWidget(self)
        layout.addWidget(self.form_host)
        self.general_problem = FieldProblem(None, self)
        layout.addWidget(self.general_problem)
        layout.addLayout(self._buttons())
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("checkInSaved")
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.confirmation.setMinimumHeight(self.fontMetrics().lineSpacing())  # kept: no jump
        layout.addWidget(self.confirmation)
        layout.addStretch(1)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.nothing_button = self._button(
            self.tr("&Nothing of note"),
            self.tr("Save this day as a quiet day with nothing to note"),
            self.save_nothing_of_note,
        )
        self.save_button = self._button(
            self.tr("&Save"), self.tr("Save the check-in (Enter)"), self.save
        )
        self.clear_button = self._button(
            self.tr("&Clear check-in"),
            self.tr("Remove this day's check-in: back to no entry"),
            self.clear,
        )
        self.manage_button = self._button(
            self.tr("&Manage factors…"),
            self.tr("Add, rename, hide, reorder or mark factors"),
            self.manage_factors,
        )
        self.save_button.setDefault(True)
        row.addWidget(self.manage_button)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        row.addWidget(self.nothing_button)
        row.addWidget(self.save_button)
        return row

    def _button(self, text: str, tip: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(True)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: action())
        return button

    # -- state ---------------------------------------------------------------

    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        """Show the check-in of `day` (what was saved, or empty fields). What was
        typed for the day shown is saved first; if it cannot be, the panel stays
        on that day with the reason shown, so nothing typed is lost."""
        if day == self._day and self._editors:
            return
        if self.has_unsaved_changes() and not self.save():
            set_date(self.day_field, self._day)
            return
        self._day = day
        set_date(self.day_field, day)
        self._load()

    def refresh(self) -> None:
        """Rebuild the factor rows (after factors changed) and reload the day,
        keeping what was typed and not yet saved."""
        typed = self.values() if self.has_unsaved_changes() else None
        self._factors = {f.id: f for f in self._reads.factors()}
        host = QWidget(self)
        shown = self._reads.factors_for_check_in()
        grid, self._editors, self._problems = factor_grid(host, shown, self.validate)
        note_label = QLabel(self.tr("N&ote"), host)
        note_label.setBuddy(self.note)
        self.note.setParent(host)
        grid.addWidget(note_label, grid.rowCount(), 0, LABEL_SIDE)
        grid.addWidget(self.note, grid.rowCount() - 1, 1)
        even_rows(grid, [*self._editors.values(), self.note], self._problems.values())
        chain: list[QWidget] = [self.day_field, *self._editors.values(), self.note]
        chain += [self.manage_button, self.clear_button, self.nothing_button, self.save_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(self.form_host, host)
        self.form_host.deleteLater()
        self.form_host = host
        note = self.note.text()
        self._load()
        if typed is not None:
            for factor_id, value in typed.items():
                if factor_id in self._editors:
                    set_editor_value(self._editors[factor_id], value)
            self.note.setText(note)
            self.validate()

    def _load(self) -> None:
        self.confirmation.clear()
        entry = self._reads.day_entry(self._day)
        for factor_id, editor in self._editors.items():
            set_editor_value(editor, entry.value_of(factor_id) if entry else None)
        self.note.setText(entry.note if entry else "")
        self._show_status(entry)
        self.validate()

    def _show_status(self, entry: d.DayEntry | None) -> None:
        today = d.local_now().date()
        if self._day == today:  # its own sentence: French elides ("Bilan d’aujourd’hui")
            self.title.setText(self.tr("Check-in for today"))
        else:
            self.title.setText(self.tr("Check-in for {0}").format(day_text(self._day)))
        if entry is None:
            text = self.tr("No check-in for this day yet.")
        elif not entry.values:
            text = self.tr("Checked in: nothing of note.")
        elif len(entry.values) == 1:
            text = self.tr("Checked in: 1 factor recorded.")
        else:
            text = self.tr("Checked in: %n factors recorded.", "", len(entry.values))
        self.status.setText(text)
        self.clear_button.setEnabled(entry is not None)

    def has_unsaved_changes(self) -> bool:
        stored = self._reads.day_entry(self._day)
        shown = self._entry()
        if stored is None:
            return bool(shown.values or shown.note)
        return (set(shown.values), shown.note) != (set(stored.values), stored.note)

    def values(self) -> dict[str, float | None]:
        """Each shown factor's value as the form holds it now (None: not recorded)."""
        return {factor_id: editor_value(e) for factor_id, e in self._editors.items()}

    def _shown_id(self, factor_name: str) -> str:
        found = [i for i in self._editors if self._factors[i].name == factor_name]
        if not found:
            raise KeyError(factor_name)
        return found[0]

    def editor(self, factor_name: str) -> FactorEditor:
        """The editor of the factor with this name (for the main window and tests)."""
        return self._editors[self._shown_id(factor_name)]

    def problem(self, factor_name: str) -> str:
        """The reason shown next to a factor, or "" when there is none."""
        return self._problems[self._shown_id(factor_name)].problem()

    def focus_first(self) -> None:
        """Put the keyboard on the first factor, ready to answer."""
        first = next(iter(self._editors.values()), self.note)
        focus_in_view(first, self.title)

    # -- behaviour -----------------------------------------------------------

    def _kept_values(self) -> dict[str, float | None]:
        """Values the day already holds for factors not shown (hidden since), which
        a save must keep: hiding a factor never drops what was recorded."""
        entry = self._reads.day_entry(self._day)
        held = entry.values if entry else ()
        return {v.factor_id: v.value for v in held if v.factor_id not in self._editors}

    def _to_save(self) -> dict[str, float | None]:
        return {**self._kept_values(), **self.values()}

    def _entry(self) -> d.DayEntry:
        items = tuple(d.FactorValue(k, v) for k, v in self._to_save().items() if v is not None)
        return d.DayEntry(self._day, items, self.note.text().strip())

    def validate(self) -> dict[str, str]:
        problems = day_entry_problems(self._entry(), self._factors, d.local_now().date())
        self._show(problems)
        return problems

    def _show(self, problems: dict[str, str]) -> None:
        for factor_id, label in self._problems.items():
            label.set_problem(problems.get(f"value:{factor_id}"))
        shown = {f"value:{factor_id}" for factor_id in self._problems}
        rest = [reason for key, reason in problems.items() if key not in shown]
        self.general_problem.set_problem(" ".join(rest) or None)

    def save(self) -> bool:
        """Save what the form shows; on a refusal keep everything and say why."""
        if self.validate():
            return False
        entry = attempt(
            self,
            lambda: self._session.run_by(
                self, operations.check_in, self._day, self._to_save(), self.note.text()
            ),
            self._show,
        )
        if entry is None:
            return False
        self._show_status(entry)
        self._confirm()
        return True

    def _confirm(self) -> None:
        """Say it was saved under the buttons, where the person just clicked, and
        scroll the check-in so that it shows (issue 16: the status line at the top
        was scrolled out of view)."""
        self.confirmation.setText(f"✓ {self.status.text()}")
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.confirmation)

    def save_nothing_of_note(self) -> bool:
        """Record a quiet day: an entry with no factor values (the note is kept)."""
        for editor in self._editors.values():
            set_editor_value(editor, None)
        return self.save()

    def clear(self) -> None:
        """Remove the day's check-in, so the day shows as not checked in."""
        try:
            self._session.run_by(self, operations.clear_check_in, self._day)
        except JournalError as error:
            show_error(self, error)
            return
        self._load()

    def manage_factors(self) -> None:
        from ui.checkin.factors_dialog import FactorsDialog  # loaded when first opened

        dialog = FactorsDialog(self._session, self)
        dialog.exec()
        if dialog.was_changed:
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)
