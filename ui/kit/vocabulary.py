"""The words for every domain value the window shows: one table per kind of value,
each value with its label (forms and lists), its short form (running text such as
the day's entries) and, where it helps, a description. Every screen takes its
words from here, so two screens never word one thing differently.

The translation contexts are those the words had on the screens that used them
first ("AttackEditor", "AuraTable", "cycle", ...), so the German translations carry
over. Words that journal/ itself defines (pain levels, medication classes) stay
journal/'s and are translated through ui.kit.journal_words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journal import domain as d

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


@dataclass(frozen=True)
class Words:
    """How one domain value is said."""

    label: str
    """In a form, a list or a heading: "Aura only (no headache)"."""
    short: str
    """In running text: "Aura only"."""
    description: str = ""
    """What it means, where a label alone may not say it (tooltips)."""


def _same(label: str) -> Words:
    return Words(label, label)


def attack_type(kind: d.AttackType) -> Words:
    return {
        d.AttackType.MIGRAINE: Words(
            translate("AttackEditor", "Migraine"), translate("models", "Migraine")
        ),
        d.AttackType.HEADACHE: Words(
            translate("AttackEditor", "Headache"), translate("models", "Headache")
        ),
        d.AttackType.AURA_ONLY: Words(
            translate("AttackEditor", "Aura only (no headache)"),
            translate("models", "Aura only"),
        ),
        d.AttackType.NOT_SURE: Words(
            translate("AttackEditor", "Not sure"), translate("models", "Not sure")
        ),
        d.AttackType.NOT_GIVEN: Words(
            translate("AttackEditor", "Type not given"), translate("models", "Type not given")
        ),
    }[d.AttackType(kind)]


def attack_title(kind: d.AttackType) -> str:
    """The attack screen's title for an attack of this type: never "Migraine" for an
    attack the patient did not call one (translated in the screen's context)."""
    return {
        d.AttackType.MIGRAINE: translate("AttackScreen", "Migraine attack"),
        d.AttackType.HEADACHE: translate("AttackScreen", "Headache attack"),
        d.AttackType.AURA_ONLY: translate("AttackScreen", "Aura"),
        d.AttackType.NOT_SURE: translate("AttackScreen", "Attack (not sure what kind)"),
    }.get(d.AttackType(kind), translate("AttackScreen", "Attack"))


def symptom(name: str) -> Words:
    """The four ICHD-3 associated symptoms in everyday words first; a symptom the
    person typed is said as typed."""
    known: dict[str, Words] = {
        d.Symptom.NAUSEA: Words(
            translate("AttackEditor", "Nausea"), translate("AttackEditor", "nausea")
        ),
        d.Symptom.VOMITING: Words(
            translate("AttackEditor", "Vomiting"), translate("AttackEditor", "vomiting")
        ),
        d.Symptom.PHOTOPHOBIA: Words(
            translate("AttackEditor", "Light sensitivity (photophobia)"),
            translate("AttackEditor", "light sensitivity"),
        ),
        d.Symptom.PHONOPHOBIA: Words(
            translate("AttackEditor", "Sound sensitivity (phonophobia)"),
            translate("AttackEditor", "sound sensitivity"),
        ),
    }
    typed = name.replace("_", " ")
    return known.get(name, Words(typed, typed))


def pain_location(place: d.PainLocation) -> Words:
    return _same(
        {
            d.PainLocation.LEFT: translate("AttackEditor", "Left side"),
            d.PainLocation.RIGHT: translate("AttackEditor", "Right side"),
            d.PainLocation.BOTH_SIDES: translate("AttackEditor", "Both sides"),
            d.PainLocation.FOREHEAD: translate("AttackEditor", "Forehead"),
            d.PainLocation.TEMPLE: translate("AttackEditor", "Temples"),
            d.PainLocation.BEHIND_EYE: translate("AttackEditor", "Behind the eye"),
            d.PainLocation.BACK_OF_HEAD: translate("AttackEditor", "Back of the head"),
            d.PainLocation.NECK: translate("AttackEditor", "Neck"),
        }[d.PainLocation(place)]
    )


def aura_type(kind: d.AuraType) -> Words:
    """The ICHD-3 aura types, labelled with what people notice."""
    return {
        d.AuraType.VISUAL: Words(
            translate("AuraTable", "Visual (flashes, spots, zigzags)"),
            translate("AttackEditor", "visual aura"),
        ),
        d.AuraType.SENSORY: Words(
            translate("AuraTable", "Sensory (tingling, numbness)"),
            translate("AttackEditor", "sensory aura"),
        ),
        d.AuraType.SPEECH: Words(
            translate("AuraTable", "Speech or language"),
            translate("AttackEditor", "speech aura"),
        ),
        d.AuraType.MOTOR: Words(
            translate("AuraTable", "Motor (weakness)"), translate("AttackEditor", "motor aura")
        ),
        d.AuraType.BRAINSTEM: Words(
            translate("AuraTable", "Brainstem (vertigo, double vision)"),
            translate("AttackEditor", "brainstem aura"),
        ),
        d.AuraType.RETINAL: Words(
            translate("AuraTable", "Retinal (one eye only)"),
            translate("AttackEditor", "retinal aura"),
        ),
        d.AuraType.UNSPECIFIED: Words(
            translate("AuraTable", "Kind not recorded"),
            translate("AttackEditor", "aura (kind not recorded)"),
        ),
    }[d.AuraType(kind)]


def flow(amount: d.Flow) -> Words:
    """A bleeding amount: "Light" in a form, "light" in running text ("Period: light
    flow"), each its own translation (never a translated word re-cased: German nouns)."""
    return {
        d.Flow.SPOTTING: Words(
            translate("cycle", "Spotting"),
            translate("cycle", "spotting", "bleeding amount in running text"),
        ),
        d.Flow.LIGHT: Words(
            translate("cycle", "Light"),
            translate("cycle", "light", "bleeding amount in running text"),
        ),
        d.Flow.MEDIUM: Words(
            translate("cycle", "Medium"),
            translate("cycle", "medium", "bleeding amount in running text"),
        ),
        d.Flow.HEAVY: Words(
            translate("cycle", "Heavy"),
            translate("cycle", "heavy", "bleeding amount in running text"),
        ),
    }[d.Flow(amount)]


def phase_kind(kind: d.PhaseKind) -> Words:
    return _same(
        {
            d.PhaseKind.COMBINED_PILL_CYCLIC: translate(
                "phases", "Combined pill, cyclic (with a break)"
            ),
            d.PhaseKind.COMBINED_PILL_CONTINUOUS: translate("phases", "Combined pill, continuous"),
            d.PhaseKind.PROGESTOGEN_ONLY: translate("phases", "Progestogen-only contraceptive"),
            d.PhaseKind.HORMONAL_IUD: translate("phases", "Hormonal IUD"),
            d.PhaseKind.HRT_CYCLICAL: translate("phases", "HRT, cyclical"),
            d.PhaseKind.HRT_CONTINUOUS: translate("phases", "HRT, continuous"),
            d.PhaseKind.PREGNANCY: translate("phases", "Pregnancy"),
            d.PhaseKind.POSTPARTUM: translate("phases", "Postpartum or breastfeeding"),
            d.PhaseKind.PERIMENOPAUSE: translate("phases", "Perimenopause"),
            d.PhaseKind.POSTMENOPAUSE: translate("phases", "Postmenopause"),
            d.PhaseKind.OTHER: translate("phases", "Other"),
        }[d.PhaseKind(kind)]
    )


def factor_role(role: d.FactorRole) -> Words:
    """A factor's role: "Possible trigger" in a list to choose from, "possible trigger"
    in running text (each its own translation)."""
    return {
        d.FactorRole.NEUTRAL: Words(
            translate("factors", "Neither"), translate("factors", "neither")
        ),
        d.FactorRole.POSSIBLE_TRIGGER: Words(
            translate("factors", "Possible trigger"), translate("factors", "possible trigger")
        ),
        d.FactorRole.POSSIBLE_PROTECTOR: Words(
            translate("factors", "Possible protector"), translate("factors", "possible protector")
        ),
    }[d.FactorRole(role)]


def factor_kind(kind: d.FactorKind, unit: str = "") -> Words:
    """How a tracked factor is answered (an amount names its unit): "Amount" in a list
    to choose from, "amount" in running text."""
    if kind is d.FactorKind.AMOUNT and unit:
        return Words(
            translate("factors", "Amount in {0}").format(unit),
            translate("factors", "amount in {0}").format(unit),
        )
    if kind is d.FactorKind.AMOUNT:
        return Words(translate("factors", "Amount"), translate("factors", "amount"))
    if kind is d.FactorKind.LEVEL:
        return Words(translate("factors", "Level 0-3"), translate("factors", "level 0-3"))
    return Words(translate("factors", "Yes/no"), translate("factors", "yes/no"))


def treatment_kind(kind: d.TreatmentKind) -> Words:
    return _same(
        {
            d.TreatmentKind.PREVENTIVE_MEDICATION: translate("treatments", "Preventive medication"),
            d.TreatmentKind.PROCEDURE: translate("treatments", "Procedure"),
            d.TreatmentKind.NON_DRUG: translate("treatments", "Non-drug treatment"),
        }[d.TreatmentKind(kind)]
    )


def side_effect_severity(severity: d.Severity) -> Words:
    """ "Mild" standing alone (a button, a column), "mild" in running text."""
    return {
        d.Severity.NONE: Words(translate("treatments", "None"), translate("treatments", "none")),
        d.Severity.MILD: Words(translate("treatments", "Mild"), translate("treatments", "mild")),
        d.Severity.MODERATE: Words(
            translate("treatments", "Moderate"), translate("treatments", "moderate")
        ),
        d.Severity.SEVERE: Words(
            translate("treatments", "Severe"), translate("treatments", "severe")
        ),
    }[d.Severity(severity)]


def source_app(source: str) -> str:
    """The app an imported record came from, by its import format."""
    return {
        "migraine-buddy": "Migraine Buddy",
        "clue": "Clue",
        "drip": "drip.",
        "flo": "Flo",
        "apple-health": "Apple Health",
        "bearable": "Bearable",
        "headi": "Headi",
        "daylio": "Daylio",
        "csv": translate("models", "a spreadsheet"),
        "migraine-journal": "Migraine Journal",
    }.get(source, source)


def fact_reason(reason: d.FactReason) -> Words:
    """A known case of what an imported file said ({0}: the file's value): a sentence
    for the attack editor, a short form for the day's entries."""
    return {
        d.FactReason.ONGOING_IN_OLD_FILE: Words(
            translate(
                "provenance",
                "The file said “{0}” (still going on), but it was written long after the "
                "start: the end is kept unknown.",
            ),
            translate("provenance", "“{0}” in an old file: end unknown"),
        ),
        d.FactReason.ABOVE_SEVERE: Words(
            translate("provenance", "Rated “{0}” in the file, above severe: kept as severe."),
            translate("provenance", "rated “{0}” in the file"),
        ),
        d.FactReason.TYPE_NOT_MATCHED: Words(
            translate("provenance", "Type in the file: {0} (the journal has no such type)."),
            translate("provenance", "type in the file: {0}"),
        ),
        d.FactReason.PAIN_0_10_ONLY: Words(
            translate(
                "provenance",
                "Rated {0}/10 in the file, on a 0-10 scale only: the 0-3 pain was not set.",
            ),
            translate("provenance", "rated {0}/10 only"),
        ),
        d.FactReason.TIME_OF_DAY_UNKNOWN: Words(
            translate("provenance", "The file gives only the day, not the time of day."),
            translate("provenance", "time of day not in the file"),
        ),
        d.FactReason.DURATION_UNKNOWN: Words(
            translate("provenance", "The file gives no duration."),
            translate("provenance", "no duration in the file"),
        ),
        d.FactReason.DOSE_TIME_UNKNOWN: Words(
            translate("provenance", "The file has no time taken: the attack's start is used."),
            translate("provenance", "time taken not in the file"),
        ),
        d.FactReason.AURA_DETAILS_UNKNOWN: Words(
            translate("provenance", "The file noted an aura, but not its kind or duration."),
            translate("provenance", "aura without details in the file"),
        ),
    }[d.FactReason(reason)]


def file_fact(fact: d.FileFact, *, short: bool = False) -> str:
    """What an imported file said, in the window's language: a known case in words,
    anything else as the file's own field and value ("Attack Location: Work")."""
    value = fact.value or translate("provenance", "(empty)")
    if fact.reason is not None:
        words = fact_reason(fact.reason)
        return (words.short if short else words.label).format(value)
    if not fact.field:
        return value
    return translate("provenance", "{0}: {1}").format(fact.field, value)


def provenance_text(source: str, facts: tuple[d.FileFact, ...]) -> str:
    """Where an imported record came from and what its file said, one fact a line
    (the attack editor); "" for a record entered in the app."""
    lines = []
    if source and facts:
        lines.append(
            translate("provenance", "Imported from {0}. The file also said:").format(
                source_app(source)
            )
        )
    elif source:
        lines.append(translate("provenance", "Imported from {0}.").format(source_app(source)))
    elif facts:
        lines.append(translate("provenance", "Imported. The file also said:"))
    lines += [file_fact(fact) for fact in facts]
    return "\n".join(lines)


def provenance_short(source: str, facts: tuple[d.FileFact, ...]) -> list[str]:
    """The same for the day's entries: "imported from Migraine Buddy", then the facts
    in short forms on one line."""
    parts = []
    if source:
        parts.append(translate("models", "imported from {0}").format(source_app(source)))
    if facts:
        parts.append("; ".join(file_fact(fact, short=True) for fact in facts))
    return parts
