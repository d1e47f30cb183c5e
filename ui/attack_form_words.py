"""The words of the attack editor: labels for the stored values, and the suggestions
offered while typing (built-in ones plus what the user wrote before)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal import domain as d
from journal.storage import Journal


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttackEditor", text)


def type_labels() -> dict[d.AttackType, str]:
    return {
        d.AttackType.MIGRAINE: _tr("Migraine"),
        d.AttackType.HEADACHE: _tr("Headache"),
        d.AttackType.AURA_ONLY: _tr("Aura only (no headache)"),
        d.AttackType.NOT_SURE: _tr("Not sure"),
    }


def symptom_labels() -> dict[str, str]:
    """The four ICHD-3 associated symptoms, in everyday words first."""
    return {
        d.Symptom.NAUSEA: _tr("Nausea"),
        d.Symptom.VOMITING: _tr("Vomiting"),
        d.Symptom.PHOTOPHOBIA: _tr("Light sensitivity (photophobia)"),
        d.Symptom.PHONOPHOBIA: _tr("Sound sensitivity (phonophobia)"),
    }


def location_labels() -> dict[str, str]:
    return {
        d.PainLocation.LEFT: _tr("Left side"),
        d.PainLocation.RIGHT: _tr("Right side"),
        d.PainLocation.BOTH_SIDES: _tr("Both sides"),
        d.PainLocation.FOREHEAD: _tr("Forehead"),
        d.PainLocation.TEMPLE: _tr("Temples"),
        d.PainLocation.BEHIND_EYE: _tr("Behind the eye"),
        d.PainLocation.BACK_OF_HEAD: _tr("Back of the head"),
        d.PainLocation.NECK: _tr("Neck"),
    }


EXTRA_SYMPTOMS = (
    "dizziness",
    "smell sensitivity",
    "neck stiffness",
    "fatigue",
    "yawning",
    "trouble concentrating",
    "food cravings",
)
ACTIVITIES = (
    "work",
    "school",
    "housework",
    "childcare",
    "social life",
    "exercise",
    "driving",
    "sleep",
)


def symptom_suggestions(journal: Journal) -> set[str]:
    standard = set(d.Symptom)
    earlier = {s for a in journal.attacks.all() for s in a.symptoms if s not in standard}
    return set(EXTRA_SYMPTOMS) | earlier


def activity_suggestions(journal: Journal) -> set[str]:
    return set(ACTIVITIES) | {x for a in journal.attacks.all() for x in a.activities}


def trigger_suggestions(journal: Journal) -> set[str]:
    """Names of the factors the user tracks, and triggers noted on earlier attacks."""
    factors = {f.name for f in journal.factors.all() if not f.hidden}
    return factors | {t for a in journal.attacks.all() for t in a.suspected_triggers}
