"""How the Insights figures were counted, and the one-time word that the rules changed.

`CountingBox` shows, under the headline figures, the box the report prints too: the
basis split of the span's migraine days in the patient's words ("7 migraine days: 5
by the ICHD-3 features, 2 by your own label"), the migraine-day and headache-day
definitions, and how the diary was kept (journal.analysis.explain.counting_box).
`RulesNotice` says once, in a journal whose figures were counted by the earlier
rules, what the revised rules count differently (journal.operations.counting_notice).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.analysis.explain import counting_box
from journal.analysis.summary import Summary


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CountingBox(QFrame):
    """ "How this was counted": basis split, definitions, completeness."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countingBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        title = QLabel(self.tr("How this was counted"))
        title.setObjectName("countingTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.basis = _wrapped()
        self.migraine_day = _wrapped()
        self.headache_day = _wrapped()
        self.completeness = _wrapped()
        for label in (self.basis, self.migraine_day, self.headache_day, self.completeness):
            layout.addWidget(label)

    def show_summary(self, summary: Summary) -> None:
        box = counting_box(summary)
        self.basis.setText(box.basis + ".")
        self.migraine_day.setText(box.migraine_day)
        self.headache_day.setText(box.headache_day)
        self.completeness.setText(box.completeness)


class RulesNotice(QFrame):
    """Said once: migraine days and the patterns are now counted by the revised rules."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # never squeezed below its wrapped text (a longer language needs more lines)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        self.text = _wrapped(
            self.tr(
                "Migraine days are now counted as headache specialists count them "
                "(ICHD-3): an attack you called a migraine counts when it lasted 30 minutes "
                "or more, whatever else you recorded, and a 0-10 rating counts towards "
                "\u201cmoderate or severe\u201d. An aura counts by itself only when it is "
                "typical (sight, feeling or speech). The chronic migraine pattern needs more "
                "than 3 whole calendar months, medication overuse counts every day a drug "
                "was taken (also to prevent attacks), and a dose taken before any pain, or "
                "with the pain at the dose not noted, is counted apart. Some figures you saw "
                "before may differ now; your records are all kept as they were."
            )
        )
        row.addWidget(self.text, 1)
        self.close_button = QPushButton(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the note about the counting rules"))
        self.close_button.clicked.connect(self._close)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every wrapped line at the width the note got (a longer
        language needs more lines than the layout first guessed)."""
        super().resizeEvent(event)
        needed = self.text.heightForWidth(self.text.width())
        if needed > self.text.height():
            self.text.setMinimumHeight(needed)

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()
