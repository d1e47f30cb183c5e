"""The editor of one factor in the check-in, chosen by the factor's kind.

Yes/no and 0-3 levels are ChoiceRows (one keyboard stop each: Y/N or 1/0, and
0-3); an amount is an AmountSpin with the factor's unit. All three read and write
the float the journal stores (1/0, 0-3, the amount), or None when not recorded.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from journal import domain as d
from ui.kit import vocabulary
from ui.kit.form_widgets import AmountSpin, Choice, ChoiceRow
from ui.kit.widgets import FieldProblem

FactorEditor = ChoiceRow | AmountSpin


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def factor_editor(
    factor: d.Factor, parent: QWidget, on_change: Callable[[], object]
) -> FactorEditor:
    """A new editor for `factor` that calls `on_change` whenever its value changes."""
    if factor.kind is d.FactorKind.AMOUNT:
        spin = AmountSpin(factor.unit, factor.name, parent)
        spin.valueChanged.connect(lambda _value: on_change())
        return spin
    if factor.kind is d.FactorKind.LEVEL:
        words = (
            translate("check_in", "none"),
            translate("check_in", "a little"),
            translate("check_in", "moderate"),
            translate("check_in", "a lot"),
        )
        choices = [Choice(float(n), str(n), f"{n} · {words[n]}", str(n)) for n in range(4)]
    else:
        choices = [
            Choice(1.0, translate("check_in", "Yes"), translate("check_in", "Yes"), "y1"),
            Choice(0.0, translate("check_in", "No"), translate("check_in", "No"), "n0"),
        ]
    row = ChoiceRow(choices, factor.name, parent)
    row.changed.connect(lambda _value: on_change())
    return row


def editor_value(editor: FactorEditor) -> float | None:
    if isinstance(editor, AmountSpin):
        return editor.amount()
    value = editor.value()
    return value if isinstance(value, float) else None


def set_editor_value(editor: FactorEditor, value: float | None) -> None:
    """Show a stored value (None: not recorded) without signalling a change."""
    if isinstance(editor, AmountSpin):
        editor.blockSignals(True)
        editor.set_amount(value)
        editor.blockSignals(False)
    else:
        editor.set_value(value)


def factor_label(factor: d.Factor, parent: QWidget) -> QLabel:
    """The factor's name, with its role (possible trigger/protector) in small print."""
    label = QLabel(factor.name, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if factor.role is not d.FactorRole.NEUTRAL:
        muted = parent.palette().color(QPalette.ColorRole.PlaceholderText).name()
        role = vocabulary.factor_role(factor.role).short
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f"{html.escape(factor.name)}<br><small style='color:{muted}'>{role}</small>")
        label.setToolTip(role)
    return label


LABEL_SIDE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def factor_grid(
    host: QWidget, factors: Iterable[d.Factor], on_change: Callable[[], object]
) -> tuple[QGridLayout, dict[str, FactorEditor], dict[str, FieldProblem]]:
    """Lay out one row per factor on `host`: its name, its editor, and below the
    editor the reason its value cannot be saved (hidden when there is none).
    Returns the grid (its next free row is `grid.rowCount()`), and the editors and
    problem labels by factor id, in the factors' order."""
    grid = QGridLayout(host)
    grid.setContentsMargins(0, 4, 0, 4)
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(2)
    grid.setColumnStretch(1, 1)
    editors: dict[str, FactorEditor] = {}
    problems: dict[str, FieldProblem] = {}
    for row, factor in enumerate(factors):
        editor = factor_editor(factor, host, on_change)
        problem = FieldProblem(editor, host)
        grid.addWidget(factor_label(factor, host), 2 * row, 0, LABEL_SIDE)
        grid.addWidget(editor, 2 * row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(problem, 2 * row + 1, 1)
        editors[factor.id], problems[factor.id] = editor, problem
    return grid, editors, problems
