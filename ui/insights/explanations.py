""" "How is this counted?": a small link beside each headline figure that opens the
rule behind it, quoted from journal.analysis (clinical-rules.md).

The dialog is non-blocking (`open()`), so reading a rule never stops the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from journal.analysis.explain import Headline
from ui.kit.translations import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""

TITLES = {
    "migraine_days": QT_TRANSLATE_NOOP("explanations", "Migraine days"),
    "headache_days": QT_TRANSLATE_NOOP("explanations", "Headache days"),
    "attacks": QT_TRANSLATE_NOOP("explanations", "Attacks"),
    "acute_medication_days": QT_TRANSLATE_NOOP("explanations", "Acute medication days"),
    "overuse": QT_TRANSLATE_NOOP("explanations", "Medication overuse"),
    "chronic_pattern": QT_TRANSLATE_NOOP("explanations", "Chronic migraine pattern"),
    "menstrual": QT_TRANSLATE_NOOP("explanations", "Menstrual pattern"),
    "questionnaires": QT_TRANSLATE_NOOP("explanations", "MIDAS and HIT-6"),
}


def title_of(key: str) -> str:
    if key in TITLES:
        return translate("explanations", TITLES[key])
    return key.replace("_", " ").capitalize()


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
