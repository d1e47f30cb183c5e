"""The words the report uses for figures: labels, rates, dates and pattern sentences.

The journal never diagnoses: a pattern is always "your diary matches the ICHD-3
pattern for ...", and an association is never called a cause.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import date
from html import escape

from journal import domain as d
from journal.analysis.chronic import ChronicPattern
from journal.analysis.menstrual import (
    INSUFFICIENT,
    NOT_MENSTRUAL,
    PURE,
    RELATED,
    MenstrualAnalysis,
)
from journal.analysis.overuse import SEVERAL_CLASSES, OveruseFinding

CLASS_WORDS = {str(key): label for key, label in d.CLASS_LABELS.items()}
CLASS_WORDS[SEVERAL_CLASSES] = "Several classes combined"
KIND_WORDS = {
    d.TreatmentKind.PREVENTIVE_MEDICATION: "preventive medication",
    d.TreatmentKind.PROCEDURE: "procedure",
    d.TreatmentKind.NON_DRUG: "non-drug",
}


SHORT_CLASS_WORDS = {
    "combination_analgesic": "Comb. analgesic",
    "simple_analgesic": "Simple analgesic",
    "anti_cgrp_antibody": "Anti-CGRP",
    "calcium_channel_blocker": "Calcium blocker",
    "angiotensin_blocker": "ARB",
}


def short_class_label(med_class: str) -> str:
    """A class name that fits a narrow column heading."""
    return SHORT_CLASS_WORDS.get(str(med_class), class_label(med_class))


NO_PAIN_WORDS = "no pain (0)"
"""Peak pain 0: an aura without headache (never called "no headache"). Before
pain could be left unrecorded, an attack saved without a pain also stored 0."""

NOT_RECORDED_WORDS = "pain not recorded"
"""Attacks whose 0-3 pain was never chosen (or came from a 0-10 app)."""

NOT_RECORDED_MARK = "?"
"""The calendar's pain cell for attack days whose 0-3 pain was never recorded."""


def nrs_note(ratings: Sequence[int]) -> str:
    """The 0-10 ratings of attacks with no 0-3 pain, as the patient gave them: never
    turned into 0-3 (clinical rules: no value the patient did not give)."""
    if not ratings:
        return ""
    if len(ratings) == 1:
        return f"1 attack rated only 0-10: {ratings[0]}/10"
    middle = statistics.median(ratings)
    shown = f"{middle:g}" if float(middle).is_integer() else f"{middle:.1f}"
    return f"{len(ratings)} attacks rated only 0-10: median {shown}/10"


CYCLE_WORDS = ("period", "menstru", "menses", "ovulat", "pill", "hormon", "pms", "cycle", "bleed")
"""Words that mark a trigger or factor as part of the cycle, left out with it."""


def is_about_cycle(name: str) -> bool:
    """Whether a trigger or factor name speaks of the menstrual cycle or hormones."""
    folded = name.casefold()
    return any(word in folded for word in CYCLE_WORDS)


def class_label(med_class: str) -> str:
    return CLASS_WORDS.get(str(med_class), str(med_class).replace("_", " "))


def day_text(day: date | None) -> str:
    """Dates print as ISO (2026-03-31): unambiguous for every reader."""
    return day.isoformat() if day else "ongoing"


def number(value: float | None, places: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:.{places}f}"


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)}%"


def counted(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def safe(text: str) -> str:
    """User text made safe for a reportlab Paragraph (which reads mini-HTML)."""
    return escape(text).replace("\n", "<br/>")


def chronic_sentence(chronic: ChronicPattern) -> str:
    if chronic.matches:
        months = ", ".join(chronic.months_meeting)
        return (
            "Your diary matches the ICHD-3 pattern for chronic migraine (1.3): headache "
            "on 15 or more days a month, 8 or more of them with migraine features, for "
            f"more than 3 months (months meeting it: {months})."
        )
    if chronic.matches is None:
        return (
            "Too little diary to judge the ICHD-3 chronic migraine pattern "
            "(it needs more than 3 months)."
        )
    return (
        "Your diary does not match the ICHD-3 pattern for chronic migraine "
        "(15 or more headache days a month with 8 or more migraine days, "
        "for more than 3 months)."
    )


def menstrual_sentence(menstrual: MenstrualAnalysis) -> str:
    counts = (
        f"{counted(menstrual.cycles, 'cycle')} in the span; "
        f"{counted(menstrual.window_attacks, 'migraine attack')} in the perimenstrual window "
        f"(days -2 to +3), {menstrual.other_attacks} at other times"
    )
    if menstrual.pattern == PURE:
        return (
            "Your diary matches the ICHD-3 pattern for pure menstrual migraine (A1.1.1): "
            "migraine attacks in the window in at least 2 of 3 cycles and none at other times "
            f"({counts})."
        )
    if menstrual.pattern == RELATED:
        return (
            "Your diary matches the ICHD-3 pattern for menstrually related migraine "
            "(A1.1.2): migraine attacks in the window in at least 2 of 3 cycles, and also at "
            f"other times ({counts})."
        )
    if menstrual.pattern == NOT_MENSTRUAL:
        return (
            "Your diary does not match a menstrual migraine pattern: migraine attacks fell in "
            f"the window in fewer than 2 of 3 cycles ({counts})."
        )
    assert menstrual.pattern == INSUFFICIENT
    return (
        "Too few cycles recorded to judge a menstrual pattern: 3 are needed, "
        f"{counted(menstrual.cycles_needed, 'more cycle')} to record ({counts})."
    )


def overuse_sentence(finding: OveruseFinding) -> str:
    label = class_label(finding.med_class)
    months = ", ".join(f"{month} ({finding.days_by_month[month]} days)" for month in finding.months)
    text = (
        f"{label}: {finding.threshold} or more days of intake in "
        f"{counted(len(finding.months), 'month')}: {months}."
    )
    if finding.sustained:
        text += (
            " Your diary matches the ICHD-3 pattern of medication overuse (8.2) for this "
            f"class: {finding.longest_streak} consecutive months at the threshold."
        )
    return text + " A pattern to discuss with the doctor."


def overuse_level_sentence(finding: OveruseFinding) -> str:
    """The "one or more drugs" finding (ICHD-3 8.2 B): months at any overuse level."""
    months = ", ".join(finding.months)
    text = (
        f"At an overuse level (one or more drugs, whichever classes) in "
        f"{counted(len(finding.months), 'month')}: {months}; longest run "
        f"{counted(finding.longest_streak, 'month')}."
    )
    if finding.sustained:
        text += (
            " Your diary matches the ICHD-3 pattern of regular overuse for more than 3 "
            "months (8.2 B)."
        )
    return text + " A pattern to discuss with the doctor."


SAFETY_NOTE = (
    "Safety note: this diary records migraine aura and a combined hormonal "
    "contraceptive in the same span. Migraine with aura is widely considered a "
    "contraindication for combined hormonal contraception; both are mentioned together "
    "here for the doctor to review. This is a note, not advice."
)
