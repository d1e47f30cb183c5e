"""Free words (symptoms, triggers, side effects) as removable chips, typed with
suggestions. Re-exported by ui.kit.widgets."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ui.kit.flow_layout import FlowLayout
from ui.kit.focus import pass_focus

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


class _TagLine(QLineEdit):
    """The typing field of a TagEditor: Enter adds the tag instead of closing the dialog."""

    commit = Signal()
    remove_last = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._suggestion_highlighted():
            event.ignore()  # left to the completer, which adds the highlighted suggestion
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.commit.emit()
            return
        if key == Qt.Key.Key_Backspace and not self.text():
            self.remove_last.emit()
            return
        super().keyPressEvent(event)

    def _suggestion_highlighted(self) -> bool:
        completer = self.completer()
        if completer is None:
            return False
        popup = completer.popup()
        return popup is not None and popup.isVisible() and popup.currentIndex().isValid()


class TagEditor(QWidget):
    """Free words as removable chips, typed with suggestions.

    A word still being typed counts as a tag, so nothing typed is lost when the
    dialog saves. Emits `changed()` whenever the tags change.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        suggestions: Iterable[str] = (),
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._name = name or translate("TagEditor", "tag")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._chip_box = QWidget(self)
        self._flow = FlowLayout(self._chip_box)
        self._chip_box.hide()
        self.line = _TagLine(self)
        self.line.setPlaceholderText(placeholder or translate("TagEditor", "Type and press Enter"))
        self.line.setAccessibleName(self._name)
        self.line.setClearButtonEnabled(False)
        self._model = QStringListModel(sorted(set(suggestions), key=str.casefold), self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._suggestion_chosen)
        self.line.setCompleter(completer)
        self.line.commit.connect(self.commit_typed)
        self.line.remove_last.connect(self._remove_last)
        self.line.textEdited.connect(self._typed)
        layout.addWidget(self._chip_box)
        layout.addWidget(self.line)
        pass_focus(self, self.line)

    def set_suggestions(self, names: Iterable[str]) -> None:
        self._model.setStringList(sorted(set(names), key=str.casefold))

    def tags(self) -> tuple[str, ...]:
        """The tags, plus the word being typed if any."""
        typed = self.line.text().strip().strip(",").strip()
        if typed and typed.casefold() not in {t.casefold() for t in self._tags}:
            return (*self._tags, typed)
        return tuple(self._tags)

    def set_tags(self, tags: Iterable[str]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips, self._tags = [], []
        self._chip_box.hide()
        for tag in tags:
            self._add(tag)
        self.line.clear()

    def remove_tag(self, tag: str) -> None:
        index = self._tags.index(tag)
        chip = self._chips.pop(index)
        self._tags.pop(index)
        self._flow.removeWidget(chip)
        chip.deleteLater()
        self._chip_box.setVisible(bool(self._chips))
        self.line.setFocus()
        self.changed.emit()

    def commit_typed(self) -> None:
        for part in self.line.text().split(","):
            self._add(part)
        self.line.clear()
        self.changed.emit()

    def _suggestion_chosen(self, text: str) -> None:
        self._add(text)
        QTimer.singleShot(0, self.line.clear)  # after the completer has filled it in
        self.changed.emit()

    def _typed(self, text: str) -> None:
        if "," in text:
            self.commit_typed()
        else:
            self.changed.emit()

    def _remove_last(self) -> None:
        if self._tags:
            self.remove_tag(self._tags[-1])

    def _add(self, tag: str) -> bool:
        tag = " ".join(tag.split())
        if not tag or tag.casefold() in {t.casefold() for t in self._tags}:
            return False
        chip = QToolButton(self._chip_box)
        chip.setText(f"{tag}  ✕")
        chip.setToolTip(translate("TagEditor", "Remove “{0}”").format(tag))
        chip.setAccessibleName(translate("TagEditor", "Remove {0} “{1}”").format(self._name, tag))
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chip.setObjectName("tagChip")
        chip.clicked.connect(lambda: self.remove_tag(tag))
        self._flow.addWidget(chip)
        self._chips.append(chip)
        self._tags.append(tag)
        self._chip_box.setVisible(True)
        QWidget.setTabOrder(chip, self.line)
        return True
