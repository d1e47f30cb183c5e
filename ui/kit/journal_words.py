"""Words the UI shows that come from journal/ constants, made translatable.

journal/ has no Qt, so its labels (pain words, medication classes, the passphrase
warning) are plain English there. They are listed here for lupdate, and
`journal_word` looks up their translation when the UI shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.kit.translations import QT_TRANSLATE_NOOP

CONTEXT = "journal_words"

LISTED = (
    # d.PAIN_LABELS
    QT_TRANSLATE_NOOP("journal_words", "none"),
    QT_TRANSLATE_NOOP("journal_words", "mild"),
    QT_TRANSLATE_NOOP("journal_words", "moderate"),
    QT_TRANSLATE_NOOP("journal_words", "severe"),
    # d.CLASS_LABELS
    QT_TRANSLATE_NOOP("journal_words", "Triptan"),
    QT_TRANSLATE_NOOP("journal_words", "Ergot"),
    QT_TRANSLATE_NOOP("journal_words", "Opioid"),
    QT_TRANSLATE_NOOP("journal_words", "Combination analgesic"),
    QT_TRANSLATE_NOOP("journal_words", "Simple analgesic / NSAID"),
    QT_TRANSLATE_NOOP("journal_words", "Gepant"),
    QT_TRANSLATE_NOOP("journal_words", "Ditan"),
    QT_TRANSLATE_NOOP("journal_words", "Antiemetic"),
    QT_TRANSLATE_NOOP("journal_words", "Beta blocker"),
    QT_TRANSLATE_NOOP("journal_words", "Anticonvulsant"),
    QT_TRANSLATE_NOOP("journal_words", "Antidepressant"),
    QT_TRANSLATE_NOOP("journal_words", "Angiotensin receptor blocker"),
    QT_TRANSLATE_NOOP("journal_words", "Anti-CGRP antibody"),
    QT_TRANSLATE_NOOP("journal_words", "Botulinum toxin"),
    QT_TRANSLATE_NOOP("journal_words", "Calcium channel blocker"),
    QT_TRANSLATE_NOOP("journal_words", "Supplement"),
    QT_TRANSLATE_NOOP("journal_words", "Other"),
    # journal.crypto.cli_verbs.WARNING without " below" (the dialog has no code below)
    QT_TRANSLATE_NOOP(
        "journal_words",
        "A forgotten passphrase cannot be recovered: without it (or the recovery code) "
        "the journal and its backups cannot be opened by anyone, including you. "
        "Exports and PDF reports you save are not encrypted.",
    ),
)
"""Every journal/ text the UI translates; a test checks they match journal/'s."""


def journal_word(text: str) -> str:
    """The translation of a journal/ label listed above (the text itself if none)."""
    return QCoreApplication.translate(CONTEXT, text)
