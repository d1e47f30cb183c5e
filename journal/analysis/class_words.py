"""A medication class as a patient says it: "triptans" inside a sentence, "Triptans"
standing alone (a chart's legend, a table's column). Each form is its own text to
translate: re-casing a translated word breaks it (German "einfache Schmerzmittel"
does not become a heading by upper-casing its first letter and lower-casing the rest).
"""

from __future__ import annotations

from journal import domain as d
from journal.analysis.overuse import SEVERAL_CLASSES
from journal.i18n import N_, _

C = d.MedicationClass
PATIENT_CLASS_WORDS: dict[str, str] = {
    C.TRIPTAN: N_("triptans"),
    C.ERGOT: N_("ergots"),
    C.OPIOID: N_("opioids"),
    C.COMBINATION_ANALGESIC: N_("combination painkillers"),
    C.SIMPLE_ANALGESIC: N_("simple painkillers"),
    C.GEPANT: N_("gepants"),
    C.DITAN: N_("ditans"),
    C.ANTIEMETIC: N_("anti-sickness medicine"),
    SEVERAL_CLASSES: N_("several kinds of medication together"),
}
"""Translated where shown (class_words)."""

PATIENT_CLASS_HEADINGS: dict[str, str] = {
    C.TRIPTAN: N_("Triptans"),
    C.ERGOT: N_("Ergots"),
    C.OPIOID: N_("Opioids"),
    C.COMBINATION_ANALGESIC: N_("Combination painkillers"),
    C.SIMPLE_ANALGESIC: N_("Simple painkillers"),
    C.GEPANT: N_("Gepants"),
    C.DITAN: N_("Ditans"),
    C.ANTIEMETIC: N_("Anti-sickness medicine"),
    SEVERAL_CLASSES: N_("Several kinds of medication together"),
}
"""The same words standing alone. Translated where shown (class_heading)."""


def class_words(med_class: str) -> str:
    """A medication class as a patient says it ("triptans", "simple painkillers")."""
    if med_class in PATIENT_CLASS_WORDS:
        return _(PATIENT_CLASS_WORDS[med_class])
    return _class_label(med_class)


def class_heading(med_class: str) -> str:
    """A medication class as a patient says it, standing alone ("Triptans")."""
    if med_class in PATIENT_CLASS_HEADINGS:
        return _(PATIENT_CLASS_HEADINGS[med_class])
    return _class_label(med_class)


def _class_label(med_class: str) -> str:
    """A class the patient words do not cover, by its clinical label as translated."""
    label = d.CLASS_LABELS.get(C(med_class)) if med_class in C.__members__.values() else None
    return _(label) if label else med_class.replace("_", " ")
