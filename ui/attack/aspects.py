"""The parts of the attack editor that show and read one aspect of an attack each:
the ICHD-3 pain features, the associated symptoms (the four of ICHD-3 and the
person's own), and where it hurt."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from journal import domain as d
from ui.attack.words import symptom_suggestions
from ui.kit import vocabulary
from ui.kit.widgets import TagEditor, with_problem
from ui.kit.wrapping import WrappingCheckBox
from ui.session import Reads


class FeaturesBox(QGroupBox):
    """One-sided, pulsating, worse with activity; intensity comes from the pain."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How the pain felt"), parent)
        layout = QVBoxLayout(self)
        self.unilateral = WrappingCheckBox(self.tr("On one side of the head"), self)
        self.pulsating = WrappingCheckBox(self.tr("Pulsating or throbbing"), self)
        self.worse_with_activity = WrappingCheckBox(
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

    def __init__(self, reads: Reads, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Symptoms"), parent)
        grid = QGridLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for index, symptom in enumerate(d.Symptom):
            label = vocabulary.symptom(symptom).label
            self.boxes[symptom] = WrappingCheckBox(label, self)
            self.boxes[symptom].toggled.connect(self.changed)
            grid.addWidget(self.boxes[symptom], index // 2, index % 2)
        self.other = TagEditor(
            self, placeholder=self.tr("Other symptoms…"), name=self.tr("symptom")
        )
        self.other.set_suggestions(symptom_suggestions(reads))
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
        for index, location in enumerate(d.PainLocation):
            label = vocabulary.pain_location(location).label
            self.boxes[location] = WrappingCheckBox(label, self)
            self.boxes[location].toggled.connect(self.changed)
            grid.addWidget(self.boxes[location], index // 3, index % 3)

    def show_attack(self, attack: d.Attack) -> None:
        for location, box in self.boxes.items():
            box.setChecked(location in attack.locations)
        self._unlisted = tuple(p for p in attack.locations if p not in self.boxes)

    def locations(self) -> tuple[str, ...]:
        chosen = [place for place, box in self.boxes.items() if box.isChecked()]
        return (*chosen, *self._unlisted)
