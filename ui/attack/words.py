"""The words of the attack editor: labels for the stored values, and the suggestions
offered while typing (built-in ones plus what the user wrote before)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal import domain as d
from journal.storage import Journal
from ui.kit.translations import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def type_labels() -> dict[d.AttackType, str]:
    return {
        d.AttackType.MIGRAINE: translate("AttackEditor", "Migraine"),
        d.AttackType.HEADACHE: translate("AttackEditor", "Headache"),
        d.AttackType.AURA_ONLY: translate("AttackEditor", "Aura only (no headache)"),
        d.AttackType.NOT_SURE: translate("AttackEditor", "Not sure"),
        d.AttackType.NOT_GIVEN: translate("AttackEditor", "Type not given"),
    }


def symptom_labels() -> dict[str, str]:
    """The four ICHD-3 associated symptoms, in everyday words first."""
    return {
        d.Symptom.NAUSEA: translate("AttackEditor", "Nausea"),
        d.Symptom.VOMITING: translate("AttackEditor", "Vomiting"),
        d.Symptom.PHOTOPHOBIA: translate("AttackEditor", "Light sensitivity (photophobia)"),
        d.Symptom.PHONOPHOBIA: translate("AttackEditor", "Sound sensitivity (phonophobia)"),
    }


def location_labels() -> dict[str, str]:
    return {
        d.PainLocation.LEFT: translate("AttackEditor", "Left side"),
        d.PainLocation.RIGHT: translate("AttackEditor", "Right side"),
        d.PainLocation.BOTH_SIDES: translate("AttackEditor", "Both sides"),
        d.PainLocation.FOREHEAD: translate("AttackEditor", "Forehead"),
        d.PainLocation.TEMPLE: translate("AttackEditor", "Temples"),
        d.PainLocation.BEHIND_EYE: translate("AttackEditor", "Behind the eye"),
        d.PainLocation.BACK_OF_HEAD: translate("AttackEditor", "Back of the head"),
        d.PainLocation.NECK: translate("AttackEditor", "Neck"),
    }


def symptom_word(symptom: str) -> str:
    """A symptom in the diary's short words (the user's own words as typed)."""
    words: dict[str, str] = {
        d.Symptom.NAUSEA: translate("AttackEditor", "nausea"),
        d.Symptom.VOMITING: translate("AttackEditor", "vomiting"),
        d.Symptom.PHOTOPHOBIA: translate("AttackEditor", "light sensitivity"),
        d.Symptom.PHONOPHOBIA: translate("AttackEditor", "sound sensitivity"),
    }
    return words.get(symptom, symptom.replace("_", " "))


def aura_word(kind: d.AuraType) -> str:
    return {
        d.AuraType.VISUAL: translate("AttackEditor", "visual aura"),
        d.AuraType.SENSORY: translate("AttackEditor", "sensory aura"),
        d.AuraType.SPEECH: translate("AttackEditor", "speech aura"),
        d.AuraType.MOTOR: translate("AttackEditor", "motor aura"),
        d.AuraType.BRAINSTEM: translate("AttackEditor", "brainstem aura"),
        d.AuraType.RETINAL: translate("AttackEditor", "retinal aura"),
        d.AuraType.UNSPECIFIED: translate("AttackEditor", "aura (kind not recorded)"),
    }.get(kind, str(kind))


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


def symptom_suggestions(journal: Journal) -> set[str]:
    standard = set(d.Symptom)
    earlier = {s for a in journal.attacks.all() for s in a.symptoms if s not in standard}
    return {translate("AttackEditor", s) for s in EXTRA_SYMPTOMS} | earlier


def activity_suggestions(journal: Journal) -> set[str]:
    offered = {translate("AttackEditor", a) for a in ACTIVITIES}
    return offered | {x for a in journal.attacks.all() for x in a.activities}


def trigger_suggestions(journal: Journal) -> set[str]:
    """Names of the factors the user tracks, and triggers noted on earlier attacks."""
    factors = {f.name for f in journal.factors.all() if not f.hidden}
    return factors | {t for a in journal.attacks.all() for t in a.suspected_triggers}
