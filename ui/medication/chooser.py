"""Choosing medications by name with large targets: the usual acute medications as
one tap each (journal.catalog.USUAL_ACUTE) and a name field that completes from the
built-in list (generic and brand names).

Used by the first start ("your usual medications", several at once) and by the
attack screen ("Add medication…", one, taken now). The completion is inline, with
no pop-up list: a pop-up would swallow the first click on the button next to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
        self._grid = FlowGrid(columns=3, spacing=8)
        layout.addLayout(self._grid)
        self.buttons: dict[str, QPushButton] = {}
        left_out = {name.casefold() for name in leave_out}
        for name in catalog.USUAL_ACUTE:
            if name.casefold() not in left_out:
                self._add_button(name)
        row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setMinimumHeight(button_height)
        self.name.setPlaceholderText(self.tr("Another medication, e.g. Maxalt or Naproxen"))
        self.name.setAccessibleName(self.tr("Name of another medication"))
        self.name.setCompleter(name_completer(self.name))
        self.name.returnPressed.connect(self._typed)
        self.add_button = QPushButton(self.tr("&Add") if several else self.tr("&Took it"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setMinimumHeight(button_height)
        self.add_button.clicked.connect(self._typed)
        self.name.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.setEnabled(False)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _add_button(self, name: str) -> QPushButton:
        button = QPushButton(name, self)
        button.setAutoDefault(False)
        button.setCheckable(self._several)
        if self._several:  # a tick, not only a shade, says it is chosen
            button.setAccessibleName(name)
            button.toggled.connect(lambda on, b=button, n=name: b.setText(f"✓  {n}" if on else n))
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
        existing = next(
            (b for n, b in self.buttons.items() if n.casefold() == name.casefold()), None
        )
        (existing or self._add_button(name)).setChecked(True)

    def chosen(self) -> list[str]:
        """The names ticked, in the order shown (with `several`)."""
        return [name for name, button in self.buttons.items() if button.isChecked()]
