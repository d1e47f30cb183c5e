"""A push button and a check box whose text wraps onto more lines, instead of being
cut off or making their window wider than the screen when a translation is long.

Qt's own buttons and check boxes keep their text on one line. These keep `text()`,
mnemonics (&), accessible names and the style's look (the style sheet's colours in
every state) as Qt's do: only the text the style draws has line breaks, put
between words for the width the button was given. Their height follows the width
(height for width), so the layouts they sit in (box, grid and form layouts,
ui.kit.flow_layout.FlowGrid) give a wrapped button the lines it needs. A button is
never narrower than its longest word.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")


def _shown(text: str) -> str:
    """`text` as drawn: "&Save" is "Save", "&&" is "&"."""
    return _MNEMONIC.sub(r"\1", text)


def _width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(_shown(text))


_NUMBER = re.compile(r"^[\d.,]+$")


def _words(paragraph: str) -> list[str]:
    """The paragraph's words, a number kept with the word after it ("400 mg", "2
    tablets" never split over two lines)."""
    words: list[str] = []
    for word in paragraph.split(" "):
        if words and _NUMBER.match(words[-1]) and word:
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` with line breaks between words so that no line is wider than `width`
    (a word wider than that gets a line of its own); line breaks it had are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _words(paragraph):
            joined = f"{line} {word}" if line else word
            if line and _width(metrics, joined) > width:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
    return "\n".join(lines)


def longest_word(text: str, metrics: QFontMetrics) -> int:
    """The width of the widest word of `text`: the least a wrapped text needs."""
    words = [word for paragraph in text.split("\n") for word in _words(paragraph)]
    return max((_width(metrics, word) for word in words), default=0)


_LONG_WORD = re.compile(r"\S{24,}")
_AFTER_SEPARATOR = re.compile(r"(?<=[/\\_.-])(?=[^/\\_.\s-])")
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """`text` with a place to break a line after each separator (/ \\ _ . -) of its
    long words, so a file path in a message wraps instead of running past the box's
    edge (the break is invisible: a zero-width space)."""

    def opened(word: re.Match[str]) -> str:
        return _AFTER_SEPARATOR.sub(ZERO_WIDTH_SPACE, word.group(0))

    return _LONG_WORD.sub(opened, text)


Wrapping = QPushButton | QCheckBox


def _option(widget: Wrapping, width: int | None) -> QStyleOptionButton:
    """The style option `widget` is drawn with; at `width`, its text wrapped to fit."""
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    if width is not None:
        option.text = wrap_text(widget.text(), widget.fontMetrics(), width - _chrome(widget))
    return option


def drawn_text(widget: Wrapping) -> str:
    """The text as `widget` draws it now: with the line breaks its width asks for."""
    return _option(widget, widget.width()).text


def _contents(widget: Wrapping) -> QStyle.ContentsType:
    if isinstance(widget, QCheckBox):
        return QStyle.ContentsType.CT_CheckBox
    return QStyle.ContentsType.CT_PushButton


def _chrome(widget: Wrapping) -> int:
    """The width the style adds around the text (frame, padding, indicator)."""
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    probe = 200
    size = QSize(probe, widget.fontMetrics().height())
    return widget.style().sizeFromContents(_contents(widget), option, size, widget).width() - probe


def _size_for(widget: Wrapping, width: int | None) -> QSize:
    """The size `widget` needs with its text wrapped for `width` (None: one line)."""
    option = _option(widget, width)
    text = widget.fontMetrics().size(0, _shown(option.text))
    if not option.icon.isNull():
        text.setWidth(text.width() + option.iconSize.width() + 4)
        text.setHeight(max(text.height(), option.iconSize.height()))
    return widget.style().sizeFromContents(_contents(widget), option, text, widget)


def _least_width(widget: Wrapping) -> int:
    return _chrome(widget) + longest_word(widget.text(), widget.fontMetrics())


def _height_for(widget: Wrapping, width: int) -> int:
    return _size_for(widget, max(width, _least_width(widget))).height()


def _preferred(widget: Wrapping, characters: int) -> QSize:
    """One line when it is no wider than about `characters`, else wrapped at that."""
    one_line = _size_for(widget, None).width()
    preferred = _chrome(widget) + characters * widget.fontMetrics().averageCharWidth()
    width = max(_least_width(widget), min(one_line, preferred))
    return QSize(width, _height_for(widget, width))


def _least(widget: Wrapping, characters: int) -> QSize:
    """Its longest word wide; as tall as at its preferred width (the height that
    follows a narrower width is asked through heightForWidth, as for a QLabel
    that wraps, so a window's least height is not that of every text at its
    narrowest)."""
    return QSize(_least_width(widget), _preferred(widget, characters).height())


class _WrapsItsText:
    """What the wrapping button and check box share: their size and height follow
    the width their text wraps at, and the style draws the wrapped text. It comes
    before the Qt class in their bases, so Qt calls these overrides."""

    CONTROL: QStyle.ControlElement

    def __init__(self, text: str, parent: QWidget | None, preferred_characters: int) -> None:
        super().__init__(text, parent)  # type: ignore[call-arg]  # the Qt class's
        self.preferred_characters = preferred_characters
        _height_for_width(self._widget())

    def _widget(self) -> Wrapping:
        return cast(Wrapping, self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height_for(self._widget(), width)

    def sizeHint(self) -> QSize:
        return _preferred(self._widget(), self.preferred_characters)

    def minimumSizeHint(self) -> QSize:
        return _least(self._widget(), self.preferred_characters)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QStylePainter(self._widget())
        painter.drawControl(self.CONTROL, _option(self._widget(), self._widget().width()))


class WrappingButton(_WrapsItsText, QPushButton):
    """A QPushButton whose text wraps between words when the button is narrow.
    `preferred_characters`: about how many characters a line holds before the
    text wraps, where there is room (the width the button asks for)."""

    CONTROL = QStyle.ControlElement.CE_PushButton

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, preferred_characters: int = 24
    ) -> None:
        super().__init__(text, parent, preferred_characters)


class WrappingCheckBox(_WrapsItsText, QCheckBox):
    """A QCheckBox whose text wraps between words when the box is narrow; a click
    anywhere on it (any of its lines) toggles it."""

    CONTROL = QStyle.ControlElement.CE_CheckBox

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, preferred_characters: int = 28
    ) -> None:
        super().__init__(text, parent, preferred_characters)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


def _height_for_width(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # down to its longest word
    if not isinstance(widget, QCheckBox):  # a button takes its row's height
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    widget.setSizePolicy(policy)


def open_fitting(dialog: QDialog, room: QSize | None = None) -> None:
    """Size `dialog`, about to be shown for the first time, to its preferred width
    within the screen and the height its wrapped texts need there (Qt alone would
    open it at most 2/3 of the screen wide, and tall and narrow with wrapped texts).
    A size the caller chose is kept. `room`: the free area of the screen by default."""
    layout = dialog.layout()
    if layout is None or dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return
    dialog.ensurePolished()
    layout.activate()
    if room is None:
        room = dialog.screen().availableGeometry().adjusted(0, 0, 0, -TITLE_BAR).size()
    width = max(min(dialog.sizeHint().width(), room.width()), dialog.minimumSizeHint().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    height = max(height, layout.totalSizeHint().height() if height < 0 else height)
    dialog.resize(width, min(height, room.height()))


TITLE_BAR = 40
"""Room kept free for a window manager's title bar."""


class FittingDialog(QDialog):
    """A dialog that opens as wide as it likes within the screen, its wrapped texts
    as tall as they need there (open_fitting), rather than at Qt's first guess."""

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            open_fitting(self)
        super().setVisible(visible)
