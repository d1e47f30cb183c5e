"""Parts of the attack editor that show and read one aspect of an attack each:
the ICHD-3 pain features, the associated symptoms, and where it hurt; its gentle
notes; and the attack screen's scrolling area of choices, with the size that shows
them all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal.storage import Journal
from ui.attack.words import location_labels, symptom_labels, symptom_suggestions
from ui.kit.widgets import TagEditor, with_problem


class FeaturesBox(QGroupBox):
    """One-sided, pulsating, worse with activity; intensity comes from the pain."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How the pain felt"), parent)
        layout = QVBoxLayout(self)
        self.unilateral = QCheckBox(self.tr("On one side of the head"), self)
        self.pulsating = QCheckBox(self.tr("Pulsating or throbbing"), self)
        self.worse_with_activity = QCheckBox(
            self.tr("Worse with routine activity (walking, stairs), or made me avoid it"), self
        )
        hint = QLabel(self.tr("Moderate or severe intensity is taken from the peak pain."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        for box in (self.unilateral, self.pulsating, self.worse_with_activity):
            box.toggled.connect(self.changed)
            layout.addWidget(box)
        layout.addWidget(hint)

    def show_attack(self, attack: d.Attack) -> None:
        self.unilateral.setChecked(attack.unilateral)
        self.pulsating.setChecked(attack.pulsating)
        self.worse_with_activity.setChecked(attack.worse_with_activity)


class SymptomsBox(QGroupBox):
    """The four ICHD-3 symptoms as check boxes, and the user's own as free tags."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Symptoms"), parent)
        grid = QGridLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (symptom, label) in enumerate(symptom_labels().items()):
            self.boxes[symptom] = QCheckBox(label, self)
            self.boxes[symptom].toggled.connect(self.changed)
            grid.addWidget(self.boxes[symptom], index // 2, index % 2)
        self.other = TagEditor(
            self, placeholder=self.tr("Other symptoms…"), name=self.tr("symptom")
        )
        self.other.set_suggestions(symptom_suggestions(journal))
        self.other.changed.connect(self.changed)
        box, self.problem = with_problem(self.other, self)
        grid.addWidget(box, 2, 0, 1, 2)

    def show_attack(self, attack: d.Attack) -> None:
        for symptom, box in self.boxes.items():
            box.setChecked(attack.has_symptom(symptom))
        self.other.set_tags(s for s in attack.symptoms if s not in self.boxes)

    def symptoms(self) -> tuple[str, ...]:
        chosen = [symptom for symptom, box in self.boxes.items() if box.isChecked()]
        return (*chosen, *self.other.tags())


class LocationsBox(QGroupBox):
    """Where it hurt. Places stored that this version does not list are kept as they are."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where it hurt"), parent)
        grid = QGridLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        self._unlisted: tuple[str, ...] = ()
        for index, (location, label) in enumerate(location_labels().items()):
            self.boxes[location] = QCheckBox(label, self)
            self.boxes[location].toggled.connect(self.changed)
            grid.addWidget(self.boxes[location], index // 4, index % 4)

    def show_attack(self, attack: d.Attack) -> None:
        for location, box in self.boxes.items():
            box.setChecked(location in attack.locations)
        self._unlisted = tuple(p for p in attack.locations if p not in self.boxes)

    def locations(self) -> tuple[str, ...]:
        chosen = [place for place, box in self.boxes.items() if box.isChecked()]
        return (*chosen, *self._unlisted)


class ChoicesArea(QScrollArea):
    """Scrolls the choices only when the screen is too short: it asks for their full
    height and width, and can shrink in height (never in width) when it must."""

    def __init__(self, choices: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(choices)
        self.setAccessibleName(QCoreApplication.translate("AttackScreen", "Attack choices"))

    def _inner(self) -> tuple[QSize, QSize]:
        inner = self.widget()
        if inner is None:
            return QSize(0, 0), QSize(0, 0)
        return inner.sizeHint(), inner.minimumSizeHint()

    def sizeHint(self) -> QSize:
        hint, _ = self._inner()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        _, least = self._inner()
        return QSize(least.width() + self.verticalScrollBar().sizeHint().width(), 120)


LEAST_WIDTH = 800
"""The attack screen is at least this wide when the display allows: big, calm targets."""
TITLE_BAR = 40
"""Room kept free above the attack screen for a window manager's title bar."""


def heading(title: QLabel, started: QLabel) -> QHBoxLayout:
    """The title, and when the attack started on the right; that one wraps when a
    translation makes the line too long."""
    row = QHBoxLayout()
    started.setWordWrap(True)
    started.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(title)
    row.addSpacing(16)
    row.addWidget(started, 1)
    return row


def section_label(parent: QWidget, text: str) -> QLabel:
    """A quiet upper-case heading over a group of choices; wraps rather than clip."""
    label = QLabel(text.upper(), parent)
    label.setWordWrap(True)
    label.setContentsMargins(0, 6, 0, 0)
    label.setObjectName("section")
    return label


def toggle_button(parent: QWidget, label: str, checked: bool) -> QPushButton:
    """A big on/off button that shows a tick when on (not only a colour)."""
    button = QPushButton(parent)
    button.setCheckable(True)
    button.setAutoDefault(False)
    button.setChecked(checked)
    button.setAccessibleName(label)

    def show_state(on: bool) -> None:
        button.setText(f"✓  {label}" if on else label)

    show_state(checked)
    button.toggled.connect(show_state)
    return button


def _side_margins(widget: QWidget) -> int:
    """The layout margins left and right of `widget`, up to its window."""
    total = 0
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            total += margins.left() + margins.right()
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return total


def _size_changed(widget: QWidget) -> None:
    """Tell the layouts from `widget` up to its window that its size hint changed
    (a scroll area does not pass on that its content grew), so that their cached
    hints are measured again now rather than after the next event loop turn."""
    while not widget.isWindow():
        widget.updateGeometry()
        parent = widget.parentWidget()
        if parent is None:
            return
        widget = parent


def fitting_size(area: ChoicesArea, available: QSize, least_width: int) -> QSize:
    """The size of `area`'s window that shows all its choices without clipping or
    scrolling: as wide as the choices ask (at least `least_width`), as tall as they
    need at that width (labels wrap, button rows flow). Within `available`; the
    choices scroll only when the screen is too small for them."""
    window = area.window()
    inner = area.widget()
    _size_changed(area)
    width = max(window.sizeHint().width(), least_width, window.minimumSizeHint().width())
    width = min(width, max(available.width(), window.minimumSizeHint().width()))
    if inner is None:
        return QSize(width, min(window.sizeHint().height(), available.height()))
    chrome = window.sizeHint().height() - area.sizeHint().height()
    viewport = width - _side_margins(area) - area.verticalScrollBar().sizeHint().width()
    if inner.hasHeightForWidth():
        needed = inner.heightForWidth(viewport)
    else:
        needed = inner.sizeHint().height()
    return QSize(width, min(chrome + needed, available.height()))


def available_area(widget: QWidget) -> QRect:
    """The free area of `widget`'s screen, less a title bar."""
    return widget.screen().availableGeometry().adjusted(0, TITLE_BAR, 0, 0)


def fit_window(area: ChoicesArea, available: QRect, *, grow_only: bool = False) -> None:
    """Resize `area`'s window to show all its choices (fitting_size), kept inside
    `available`; with `grow_only` it never shrinks."""
    window = area.window()
    window.ensurePolished()  # measure with the style sheet's sizes
    size = fitting_size(area, available.size(), LEAST_WIDTH)
    if grow_only:
        size = size.expandedTo(window.size()).boundedTo(available.size().expandedTo(window.size()))
    if size == window.size():
        return
    window.resize(size)
    overflow = window.frameGeometry().bottom() - available.bottom()
    if window.isVisible() and overflow > 0:
        window.move(window.x(), max(available.top(), window.y() - overflow))


def reveal(area: ChoicesArea, widget: QWidget) -> None:
    """Scroll `area` so that `widget` is in view, with the layouts brought up to date."""
    for holder in (area.parentWidget(), area.widget()):
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.activate()
    area.ensureWidgetVisible(widget, 0, 4)
