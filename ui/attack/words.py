"""The suggestions the attack editor offers while typing: built-in ones in the
user's language plus what the user wrote before. (The words for stored values are
ui.kit.vocabulary's.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal import domain as d
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.session import Reads

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


EXTRA_SYMPTOMS = (
    QT_TRANSLATE_NOOP("AttackEditor", "dizziness"),
    QT_TRANSLATE_NOOP("AttackEditor", "smell sensitivity"),
    QT_TRANSLATE_NOOP("AttackEditor", "neck stiffness"),
    QT_TRANSLATE_NOOP("AttackEditor", "fatigue"),
    QT_TRANSLATE_NOOP("AttackEditor", "yawning"),
    QT_TRANSLATE_NOOP("AttackEditor", "trouble concentrating"),
    QT_TRANSLATE_NOOP("AttackEditor", "food cravings"),
)
ACTIVITIES = (
    QT_TRANSLATE_NOOP("AttackEditor", "work"),
    QT_TRANSLATE_NOOP("AttackEditor", "school"),
    QT_TRANSLATE_NOOP("AttackEditor", "housework"),
    QT_TRANSLATE_NOOP("AttackEditor", "childcare"),
    QT_TRANSLATE_NOOP("AttackEditor", "social life"),
    QT_TRANSLATE_NOOP("AttackEditor", "exercise"),
    QT_TRANSLATE_NOOP("AttackEditor", "driving"),
    QT_TRANSLATE_NOOP("AttackEditor", "sleep"),
)
"""Suggestions offered in the user's language (what is picked is stored as shown)."""


def symptom_suggestions(reads: Reads) -> set[str]:
    standard = set(d.Symptom)
    earlier = {s for a in reads.attacks() for s in a.symptoms if s not in standard}
    return {translate("AttackEditor", s) for s in EXTRA_SYMPTOMS} | earlier


def activity_suggestions(reads: Reads) -> set[str]:
    offered = {translate("AttackEditor", a) for a in ACTIVITIES}
    return offered | {x for a in reads.attacks() for x in a.activities}


def trigger_suggestions(reads: Reads) -> set[str]:
    """Names of the factors the user tracks, and triggers noted on earlier attacks."""
    factors = {f.name for f in reads.factors() if not f.hidden}
    return factors | {t for a in reads.attacks() for t in a.suspected_triggers}
