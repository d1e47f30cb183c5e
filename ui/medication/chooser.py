"""Choosing medications by name with large targets: the usual acute medications as
one tap each (journal.catalog.USUAL_ACUTE) and a name field that completes from the
built-in list (generic and brand names).

Used by the first start ("your usual medications", several at once) and by the
attack screen ("Add medication…", one, taken now). The completion is inline, with
no pop-up list: a pop-up would swallow the first click on the button next to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import catalog
from ui.kit.flow_layout import FlowGrid


def name_completer(parent: QWidget) -> QCompleter:
    """Inline completion from the built-in names (no pop-up to swallow a click)."""
    completer = QCompleter(catalog.names(), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    return completer


class GenericLine(QLabel):
    """Under a medication's name: the generic a brand name stands for ("Active
    ingredient: Rizatriptan" for "Maxalt", journal.catalog.generic_of), so the person
    sees the name was recognised. Keeps its one line when empty: nothing moves as
    the name is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genericLine")
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_for(self, name: str) -> None:
        generic = catalog.generic_of(name)
        self.setText(self.tr("Active ingredient: {0}").format(generic) if generic else "")


COLUMNS = 3
SPACING = 8
SPARE_ROWS = 2
"""Rows kept free under the usual medications for the names typed (six)."""


def _show_tick(button: QPushButton) -> None:
    """The button's name (its accessible name), with a tick when chosen."""
    name = button.accessibleName()
    button.setText(f"✓  {name}" if button.isChecked() else name)


class MedicationChooser(QWidget):
    """Big name buttons and a name field.

    With `several`, the buttons toggle and `chosen()` lists the names ticked (a
    typed name is added as a ticked button); otherwise a tap or the field's button
    emits `picked(name)` at once. `leave_out` are names already in the journal.
    """

    picked = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        several: bool,
        leave_out: set[str] | frozenset[str] = frozenset(),
        button_height: int = 44,
    ) -> None:
        super().__init__(parent)
        self._several = several
        self._height = button_height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._grid = FlowGrid(columns=COLUMNS, spacing=SPACING)
        self.buttons: dict[str, QPushButton] = {}
        left_out = {name.casefold() for name in leave_out}
        self.area: QScrollArea | None = None
        if several:
            self.area = self._grid_area(layout)
        else:
            layout.addLayout(self._grid)
        for name in catalog.USUAL_ACUTE:
            if name.casefold() not in left_out:
                self._add_button(name)
        row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setMinimumHeight(button_height)
        self.name.setPlaceholderText(self.tr("Another medication, e.g. Maxalt or Naproxen"))
        self.name.setAccessibleName(self.tr("Name of another medication"))
        self.name.setCompleter(name_completer(self.name))
        self.name.installEventFilter(self)  # Enter adds the name typed, nothing more
        self.add_button = QPushButton(self.tr("&Add") if several else self.tr("&Took it"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setMinimumHeight(button_height)
        self.add_button.clicked.connect(self._typed)
        self.name.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.setEnabled(False)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.same_drug = GenericLine(self)
        self.same_drug.setWordWrap(True)
        self.same_drug.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        layout.addWidget(self.same_drug)  # its two lines kept, so nothing moves
        self.same_drug.setVisible(several)

    def _grid_area(self, layout: QVBoxLayout) -> QScrollArea:
        """With `several`, the buttons in a scroll area of a fixed height with
        SPARE_ROWS: a name added takes a place there, so the field, the buttons and
        the dialog never move under the pointer (past the spare rows it scrolls)."""
        holder = QWidget(self)
        holder.setLayout(self._grid)
        area = QScrollArea(self)
        area.setObjectName("chooserButtons")
        area.setAccessibleName(self.tr("Medications to choose from"))
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(holder)
        rows = -(-len(catalog.USUAL_ACUTE) // COLUMNS) + SPARE_ROWS
        area.setFixedHeight(rows * self._height + (rows - 1) * SPACING + 2)
        layout.addWidget(area)
        return area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name field adds the name typed and stops there: it never
        also presses the dialog's default button ("Save these"), which would close
        the step before the next names are typed. With the field empty, Enter goes
        on to the default button."""
        if (
            watched is self.name
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.name.text().strip()
        ):
            self._typed()
            return True
        return super().eventFilter(watched, event)

    def _add_button(self, name: str) -> QPushButton:
        button = QPushButton(name, self)
        button.setAutoDefault(False)
        button.setCheckable(self._several)
        if self._several:  # a tick, not only a shade, says it is chosen
            button.setAccessibleName(name)
            button.toggled.connect(lambda _on, b=button: _show_tick(b))
        button.setMinimumHeight(self._height)
        if not self._several:
            button.setToolTip(self.tr("Record a dose of {0} now").format(name))
            button.clicked.connect(lambda _=False, n=name: self.picked.emit(n))
        self.buttons[name] = button
        self._grid.addWidget(button)
        return button

    def _typed(self) -> None:
        typed = " ".join(self.name.text().split())
        if not typed:
            return
        known = catalog.lookup(typed)
        name = (
            known.name if known is not None and typed.casefold() == known.name.casefold() else typed
        )
        self.name.clear()
        if not self._several:
            self.picked.emit(name)
            return
        key = catalog.drug_key(name)
        same = next((n for n in self.buttons if catalog.drug_key(n) == key), None)
        if same is None:
            self.same_drug.setText("")
            button = self._add_button(name)
        else:
            button = self._rename(same, name)
        button.setChecked(True)
        area = self.area
        if area is not None:  # once the new button has its place
            QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(button))

    def _rename(self, shown: str, typed: str) -> QPushButton:
        """`typed` is a name of the drug a button already stands for ("Maxalt" for
        Rizatriptan): one button, under the name the person uses, and a line that
        says so."""
        button = self.buttons[shown]
        if typed.casefold() != shown.casefold():
            generic = catalog.lookup(typed)
            self.same_drug.setText(
                self.tr("{0} is {1}: one button for both, named {0}.").format(
                    typed, generic.name if generic is not None else shown
                )
            )
            self.buttons = {(typed if n == shown else n): b for n, b in self.buttons.items()}
            button.setAccessibleName(typed)
            _show_tick(button)
        else:
            self.same_drug.setText("")
        return button

    def chosen(self) -> list[str]:
        """The names ticked, in the order shown (with `several`)."""
        return [name for name, button in self.buttons.items() if button.isChecked()]
