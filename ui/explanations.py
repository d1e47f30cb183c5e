""" "How is this counted?": a small link beside each headline figure that opens the
rule behind it, quoted from journal.analysis (clinical-rules.md).

The dialog is non-blocking (`open()`), so reading a rule never stops the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from journal.analysis.explain import Headline

TITLES = {
    "migraine_days": "Migraine days",
    "headache_days": "Headache days",
    "attacks": "Attacks",
    "acute_medication_days": "Acute medication days",
    "overuse": "Medication overuse",
    "chronic_pattern": "Chronic migraine pattern",
    "menstrual": "Menstrual pattern",
    "questionnaires": "MIDAS and HIT-6",
}


def title_of(key: str) -> str:
    return TITLES.get(key, key.replace("_", " ").capitalize())


class ExplanationDialog(QMessageBox):
    """The rule that counts one headline figure, in plain words."""

    def __init__(self, headline: Headline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("howCounted")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("How is this counted?"))
        self.setText(f"<b>{title_of(headline.key)}</b>")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setInformativeText(headline.how_counted)
        self.setStandardButtons(QMessageBox.StandardButton.Close)


class HowCountedButton(QToolButton):
    """A flat "How is this counted?" link that opens the figure's rule."""

    def __init__(self, headline: Headline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = headline
        self.dialog: ExplanationDialog | None = None
        self.setText(self.tr("How is this counted?"))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("How the journal counts: %s") % title_of(headline.key))
        self.setAccessibleName(self.tr("How is this counted: %s") % title_of(headline.key))
        self.clicked.connect(self.explain)

    def set_headline(self, headline: Headline) -> None:
        self.headline = headline

    def explain(self) -> ExplanationDialog:
        """Open the rule (non-blocking) and return the dialog."""
        self.dialog = ExplanationDialog(self.headline, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
