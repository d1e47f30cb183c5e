"""Generic form pieces for the check-in, cycle, treatment and questionnaire forms.

ChoiceRow is a row of toggle buttons that takes one keyboard stop (keys pick a value,
Delete clears it), so a check-in of ten factors stays ten Tab presses long; AmountSpin
is a number field whose lowest value means "not recorded"; the date helpers turn
QDate fields into datetime.date and back; EndDateField is an end date or "ongoing".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from journal.domain.days import unit_for_amount
from ui.kit.focus import pass_focus
from ui.kit.locale_text import day_field_format

NOT_RECORDED = -1.0
"""AmountSpin's value when nothing was entered (shown as a dash)."""


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


class Choice:
    """One button of a ChoiceRow: its value, label, tooltip and the keys that pick it."""

    def __init__(self, value: object, label: str, tip: str = "", keys: str = "") -> None:
        self.value = value
        self.label = label
        self.tip = tip or label
        self.keys = keys


class ChoiceRow(QFrame):
    """Toggle buttons for one value, or none: clicking the chosen one clears it.

    The row itself is the single focus stop; its choices' keys pick a value,
    Left/Right move, Space picks the first choice (or clears), Delete clears.
    Emits `changed(value)` when the user changes the value.
    """

    changed = Signal(object)

    def __init__(self, choices: Sequence[Choice], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._value: object | None = None
        self._name = name
        self.setObjectName("choiceRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setStyleSheet(
            "QFrame#choiceRow { border: 2px solid transparent; border-radius: 6px; }"
            "QFrame#choiceRow:focus { border: 2px solid palette(highlight); }"
            "QFrame#choiceRow QPushButton { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 4px 16px; background: palette(base); }"
            "QFrame#choiceRow QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(6)
        self._buttons: list[QPushButton] = []
        for choice in self._choices:
            button = QPushButton(choice.label, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            keys = " / ".join(choice.keys.upper()) if choice.keys else ""
            button.setToolTip(
                translate("form_widgets", "{0} (key {1})").format(choice.tip, keys)
                if keys
                else choice.tip
            )
            button.setAccessibleName(f"{name}: {choice.tip}")
            button.setMinimumSize(48, 28)
            button.clicked.connect(lambda _checked=False, c=choice: self._clicked(c))
            layout.addWidget(button)
            self._buttons.append(button)
        layout.addStretch(1)
        self._show()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def button(self, value: object) -> QPushButton:
        for choice, button in zip(self._choices, self._buttons, strict=True):
            if choice.value == value:
                return button
        raise ValueError(f"no choice for {value!r}")

    def value(self) -> object | None:
        return self._value

    def set_value(self, value: object | None) -> None:
        """Show a value (None: nothing chosen) without emitting `changed`."""
        if value is not None and all(choice.value != value for choice in self._choices):
            value = None
        self._value = value
        self._show()

    def pick(self, value: object | None) -> None:
        """Choose as the user would, emitting `changed` when the value changes."""
        if value == self._value:
            return
        self.set_value(value)
        self.changed.emit(self._value)

    def _clicked(self, choice: Choice) -> None:
        self.pick(None if choice.value == self._value else choice.value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _show(self) -> None:
        for choice, button in zip(self._choices, self._buttons, strict=True):
            button.setChecked(choice.value == self._value)
        chosen = next((c.tip for c in self._choices if c.value == self._value), None)
        self.setAccessibleDescription(chosen or translate("form_widgets", "not recorded"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().casefold()
        key = event.key()
        for choice in self._choices:
            if text and text in choice.keys.casefold():
                self.pick(choice.value)
                return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.pick(None)
        elif key == Qt.Key.Key_Space:
            first = self._choices[0].value
            self.pick(None if self._value == first else first)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        values = [choice.value for choice in self._choices]
        if self._value is None:
            self.pick(values[0] if direction > 0 else values[-1])
        else:
            index = values.index(self._value) + direction
            self.pick(values[max(0, min(len(values) - 1, index))])


class AmountSpin(QDoubleSpinBox):
    """An amount with its unit; the lowest value shows a dash and means "not recorded".

    The upper bound is generous on purpose: the journal's rules judge the value
    (sleep over 24 hours...) and say why, rather than the field silently refusing.
    """

    def __init__(self, unit: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(NOT_RECORDED, 9999.0)
        self.setSingleStep(0.5)
        self.setSpecialValueText("–")
        self._unit = unit
        self.valueChanged.connect(self._unit_for)
        self.setAccessibleName(name)
        self.setToolTip(
            translate("form_widgets", "Type the amount; leave the dash for not recorded")
        )
        self.setValue(NOT_RECORDED)
        self.setMinimumWidth(120)
        self.setMaximumWidth(180)

    def _unit_for(self, value: float) -> None:
        """ "1 cup", "2 cups": the unit follows the amount. Not recorded shows the dash
        without the suffix, so there the unit stays as given and its singular or plural
        is not worked out (that reads every language's catalogue: not for an empty
        check-in at start)."""
        if value <= NOT_RECORDED:
            unit = self._unit
        else:
            unit = unit_for_amount(self._unit, value) if self._unit else ""
        self.setSuffix(f" {unit}" if unit else "")

    def textFromValue(self, value: float) -> str:
        """'6 glasses', '7.5 h': an amount without needless decimals."""
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals()).replace(locale.groupSeparator(), "")
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    def amount(self) -> float | None:
        """The amount, or None when not recorded."""
        value = self.value()
        return None if value <= NOT_RECORDED else value

    def set_amount(self, amount: float | None) -> None:
        self.setValue(NOT_RECORDED if amount is None else amount)


def date_edit(day: date, parent: QWidget | None = None, *, name: str = "") -> QDateEdit:
    """A date field with a calendar pop-up showing `day`."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(day_field_format())
    edit.setDate(QDate(day.year, day.month, day.day))
    if name:
        edit.setAccessibleName(name)
    return edit


def read_date(edit: QDateEdit) -> date:
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


class EndDateField(QWidget):
    """An end date, or "ongoing" (no end). Emits `changed()` on either edit."""

    changed = Signal()

    def __init__(self, end: date | None, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ongoing = QCheckBox(translate("form_widgets", "Ongoing"), self)
        self.ongoing.setToolTip(translate("form_widgets", "Still going on: no end date yet"))
        self.edit = date_edit(end or start, self, name=translate("form_widgets", "End date"))
        layout.addWidget(self.ongoing)
        layout.addWidget(self.edit, 1)
        self.ongoing.setChecked(end is None)
        self.edit.setEnabled(end is not None)
        self.ongoing.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())
        pass_focus(self, self.ongoing)

    def _toggled(self, ongoing: bool) -> None:
        self.edit.setEnabled(not ongoing)
        self.changed.emit()

    def end(self) -> date | None:
        return None if self.ongoing.isChecked() else read_date(self.edit)


def wrap_long_lines(view: QListWidget) -> None:
    """Let long entries wrap onto more lines instead of scrolling sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    view.setSpacing(2)


def heading(text: str, parent: QWidget, scale: float = 1.0) -> QLabel:
    """A bold title for a panel or a group, optionally larger than the body text."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
