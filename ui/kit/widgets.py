"""Small widgets the attack and dose dialogs share.

PainSelector picks a pain on the IHS 0-3 scale with four toggle buttons; TagEditor
keeps free words (symptoms, triggers, side effects) with suggestions; FieldProblem
shows the reason an entry cannot be saved right next to the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from ui.kit.flow_layout import FlowGrid
from ui.kit.focus import pass_focus
from ui.kit.journal_words import journal_word
from ui.kit.tag_editor import TagEditor
from ui.kit.wrapping import WrappingButton

__all__ = [
    "FieldProblem",
    "PainSelector",
    "TagEditor",
    "note_label",
    "pain_in_text",
    "pain_word",
    "show_note",
    "with_problem",
]

NOT_RECORDED = 9
"""Button id of the "not recorded" choice (the pain value None); -1 is taken by Qt
for "no button"."""


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def pain_word(pain: int) -> str:
    """The word for an IHS pain value standing alone (a button, a list): "Mild".
    Its own translation, never a translated word re-cased (German nouns, French
    agreement)."""
    return (
        translate("pain", "None"),
        translate("pain", "Mild"),
        translate("pain", "Moderate"),
        translate("pain", "Severe"),
    )[pain]


def pain_in_text(pain: int) -> str:
    """The word for an IHS pain value inside a sentence ("pain mild"), as journal/ words it."""
    return journal_word(d.PAIN_LABELS[pain])


class PainSelector(QWidget):
    """Four toggle buttons for pain 0-3, and optionally "not recorded".

    Emits `changed(int | None)` when the user picks a value; keys 0-3 pick one too.
    `large` makes the tall two-line buttons of the attack screen.
    """

    changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_none: bool = False,
        large: bool = False,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        # one row of equal buttons, whose texts wrap when a translation is long
        layout = FlowGrid(self, columns=5 if allow_none else 4, spacing=12 if large else 6)
        for pain in range(4):
            text = f"{pain}\n{pain_word(pain)}" if large else f"{pain} · {pain_word(pain)}"
            button = self._add_button(text, pain, large)
            button.setProperty("pain", pain)
            button.setToolTip(
                translate("widgets", "Pain {0}: {1} (key {0})").format(pain, pain_word(pain))
            )
            spoken = translate("widgets", "Pain {0}, {1}").format(pain, pain_word(pain))
            if name:
                #: {0} names the row ("Pain at 2 h"), {1} the button ("1, mild")
                spoken = translate("widgets", "{0}: {1}").format(
                    name, translate("widgets", "{0}, {1}").format(pain, pain_word(pain))
                )
            button.setAccessibleName(spoken)
            layout.addWidget(button)
        if allow_none:
            button = self._add_button(translate("widgets", "Not recorded"), NOT_RECORDED, large)
            button.setToolTip(translate("widgets", "No pain value was noted"))
            spoken = translate("widgets", "Pain not recorded")
            if name:
                spoken = translate("widgets", "{0}: {1}").format(
                    name, translate("widgets", "not recorded")
                )
            button.setAccessibleName(spoken)
            layout.addWidget(button)
        if name:
            self.setAccessibleName(name)
        if not large:
            # One box (border and padding) in every state: the buttons are sized for it,
            # so the chosen one keeps its whole text ("2 · Moderate", not "? · Moderat").
            self.setStyleSheet(
                "QPushButton { border: 1px solid palette(mid); border-radius: 4px;"
                " padding: 4px 10px; background: palette(button); }"
                "QPushButton:focus { border-color: palette(highlight); }"
                "QPushButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); border-color: palette(highlight); }"
            )
        self._group.idClicked.connect(self._picked)
        pass_focus(self, self._group.buttons()[0])

    def _add_button(self, text: str, value: int, large: bool) -> QPushButton:
        # "2 · Moderate" wraps onto two lines rather than clip or widen the dialog
        button = WrappingButton(text, self, preferred_characters=8 if large else 12)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if large:
            button.setMinimumSize(96, 76)
        else:
            button.setMinimumHeight(32)
        self._group.addButton(button, value)
        return button

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def button(self, value: int | None) -> QAbstractButton:
        found = self._group.button(NOT_RECORDED if value is None else value)
        if found is None:
            raise ValueError(f"no pain button for {value!r}")
        return found

    def value(self) -> int | None:
        """The chosen pain, or None when nothing (or "not recorded") is chosen."""
        chosen = self._group.checkedId()
        return None if chosen in (NOT_RECORDED, -1) else chosen

    def set_value(self, value: int | None) -> None:
        """Show a value without emitting `changed`; None clears the choice (or picks
        "not recorded" when that button exists)."""
        if value is None and self._group.button(NOT_RECORDED) is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
            return
        self.button(value).setChecked(True)

    def pick(self, value: int | None) -> None:
        """Choose a value as the user would, emitting `changed`."""
        self.set_value(value)
        self.changed.emit(self.value())

    def _picked(self, button_id: int) -> None:
        self.changed.emit(None if button_id == NOT_RECORDED else button_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {"0", "1", "2", "3"}:
            self.pick(int(text))
            self.button(int(text)).setFocus()
            return
        super().keyPressEvent(event)


class FieldProblem(QLabel):
    """The reason a field cannot be saved, shown next to it; hidden when all is well."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setObjectName("fieldProblem")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def set_problem(self, reason: str | None) -> None:
        dark = self.window().palette().window().color().lightness() < 128
        self.setStyleSheet(f"color: {'#ff9e8f' if dark else '#b3261e'};")
        self.setText(f"⚠ {reason}" if reason else "")
        self.setVisible(bool(reason))
        if self._field is not None:
            self._field.setAccessibleDescription(reason or "")
        if reason:
            # once a reason has shown, its line stays reserved: the form does not
            # jump back and forth (and the buttons under the pointer with it) as
            # the person types their way in and out of a problem
            keep = self.sizePolicy()
            keep.setRetainSizeWhenHidden(True)
            self.setSizePolicy(keep)
            grow_to_fit(self)

    def reserve(self, lines: int = 1) -> None:
        """Keep room for a reason of `lines` lines from the start, for a field whose
        reason comes as the person types (a time in the future): the rows under it
        and the buttons stay where they are when it appears (issue 16)."""
        keep = self.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.setSizePolicy(keep)
        self.setMinimumHeight(lines * self.fontMetrics().lineSpacing())

    def problem(self) -> str:
        """The reason shown, or "" when there is none."""
        return self.text().removeprefix("⚠ ")


class FieldBox(QWidget):
    """A field with what belongs under it (its problem, a note). A form's label names
    this box; the box passes focus (the label's Alt+key) and the label's words (for
    a screen reader) on to the field."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        pass_focus(self, field)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        name_after_label(self, self.field)


def name_after_label(buddy: QWidget, field: QWidget) -> None:
    """Give `field` (or the widget it passes focus to) the words of the label whose
    buddy is `buddy`, a wrapper around the field: Qt names a field only after a
    label that is its own buddy."""
    while (proxy := field.focusProxy()) is not None:
        field = proxy
    if field.accessibleName() or (isinstance(field, QAbstractButton) and field.text()):
        return  # named already, or by its own words (a check box the row passes focus to)
    parent = buddy.parentWidget()
    labels = parent.findChildren(QLabel) if parent is not None else []
    for label in labels:
        if label.buddy() is buddy:
            field.setAccessibleName(plain_label(label.text()))
            return


def plain_label(text: str) -> str:
    """A label's words without its mnemonic marker and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def with_problem(field: QWidget, parent: QWidget | None = None) -> tuple[QWidget, FieldProblem]:
    """The field with its FieldProblem below it, ready to put in a form row."""
    box = FieldBox(field, parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    # The reason gets the whole width of the row, even under a narrow field (a
    # time): squeezed to the field's width it wrapped into half-cut lines.
    box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())
    narrow = field.sizePolicy().horizontalPolicy() in (
        QSizePolicy.Policy.Fixed,
        QSizePolicy.Policy.Minimum,  # a time, a number: as wide as their text
    )
    if narrow:
        layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        layout.addWidget(field)
    problem = FieldProblem(field, box)
    layout.addWidget(problem)
    return box, problem


def note_label(box: QWidget) -> QLabel:
    """A gentle remark under a field's box that never blocks saving; hidden when empty.

    In italics, with no symbol before it: a symbol the font lacks shows as a box."""
    label = QLabel(box)
    label.setObjectName("fieldNote")
    label.setWordWrap(True)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    label.hide()
    layout = box.layout()
    assert layout is not None
    layout.addWidget(label)
    return label


def show_note(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))
    grow_to_fit(label)


def grow_to_fit(widget: QWidget) -> None:
    """Make the dialog holding `widget` tall enough for its wrapped lines (a reason
    or note that just appeared), never shorter: a dialog sized before a long line
    wrapped would otherwise squeeze it into half-cut lines. Kept within the screen;
    a main window is left alone (it never resizes itself)."""
    window = widget.window()
    if isinstance(window, QDialog):
        QTimer.singleShot(0, window, lambda: _grow(window))  # once shown and laid out


def _grow(window: QDialog) -> None:
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen()
    room = screen.availableGeometry().height() - 40 if screen is not None else needed
    if window.height() < needed:
        window.resize(width, min(needed, max(room, window.height())))
