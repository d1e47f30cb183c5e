"""The words the report uses for figures: labels, rates, dates and pattern sentences,
in the report's language (journal.i18n).

The journal never diagnoses: a pattern is always "your diary matches the ICHD-3
pattern for ...", and an association is never called a cause.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import date
from html import escape

from journal import domain as d
from journal import i18n
from journal.analysis.chronic import ChronicPattern
from journal.analysis.menstrual import (
    INSUFFICIENT,
    NOT_MENSTRUAL,
    PURE,
    REASON_NO_ATTACKS,
    RELATED,
    MenstrualAnalysis,
)
from journal.analysis.overuse import SEVERAL_CLASSES, OveruseFinding
from journal.i18n import N_, _, ngettext, number_text, pgettext


def class_label(med_class: str) -> str:
    """A medication class as the report names it, in the report's language."""
    if str(med_class) == SEVERAL_CLASSES:
        return _("Several classes combined")
    label = d.CLASS_LABELS.get(d.MedicationClass(med_class)) if _is_class(med_class) else None
    return _(label) if label else str(med_class).replace("_", " ")


def _is_class(med_class: str) -> bool:
    return str(med_class) in {str(member) for member in d.MedicationClass}


KIND_WORDS = d.TREATMENT_KIND_WORDS
"""Translated where shown: _(KIND_WORDS[kind])."""


def side_effect_severity(severity: str) -> str:
    """A side effect's stored severity key ("mild") in the report's language."""
    words = {
        d.Severity.NONE: pgettext("side effect severity", "none"),
        d.Severity.MILD: pgettext("side effect severity", "mild"),
        d.Severity.MODERATE: pgettext("side effect severity", "moderate"),
        d.Severity.SEVERE: pgettext("side effect severity", "severe"),
    }
    return words[d.Severity(severity)]


SHORT_CLASS_WORDS = {
    # TRANSLATORS: short column heading for "Combination analgesic"
    "combination_analgesic": N_("Comb. analgesic"),
    # TRANSLATORS: short column heading for "Simple analgesic / NSAID"
    "simple_analgesic": N_("Simple analgesic"),
    "anti_cgrp_antibody": N_("Anti-CGRP"),
    # TRANSLATORS: short column heading for "Calcium channel blocker"
    "calcium_channel_blocker": N_("Calcium blocker"),
    # TRANSLATORS: short column heading: angiotensin receptor blocker
    "angiotensin_blocker": N_("ARB"),
}


def short_class_label(med_class: str) -> str:
    """A class name that fits a narrow column heading."""
    short = SHORT_CLASS_WORDS.get(str(med_class))
    return _(short) if short else class_label(med_class)


AURA_WITHOUT_HEADACHE_WORDS = N_("aura without headache (pain 0)")
"""Peak pain 0 with aura: clinical-rules.md's "typical aura without headache" (ICHD-3
1.2.1.2), a migraine day and a headache day by the Leiden definition; never "no pain",
which reads as if nothing happened. Translated where shown."""

NO_HEADACHE_WORDS = N_("without headache or aura (pain 0)")
"""Peak pain 0 and no aura (a prodrome, nausea alone; before pain could be left
unrecorded, an attack saved without a pain also stored 0). Translated where shown."""

NOT_RECORDED_WORDS = N_("pain not recorded")
"""Attacks whose 0-3 pain was never chosen (or came from a 0-10 app)."""

NOT_RECORDED_MARK = "?"
"""The calendar's pain cell for attack days whose 0-3 pain was never recorded."""


def nrs_note(ratings: Sequence[int]) -> str:
    """The 0-10 ratings of attacks with no 0-3 pain, as the patient gave them: never
    turned into 0-3 (clinical rules: no value the patient did not give)."""
    if not ratings:
        return ""
    if len(ratings) == 1:
        return _("1 attack rated only 0-10: {rating}/10").format(rating=ratings[0])
    middle = statistics.median(ratings)
    return _("{n} attacks rated only 0-10: median {median}/10").format(
        n=len(ratings), median=number_text(float(middle), 1)
    )


CYCLE_WORDS = (
    # English
    *("period", "menstru", "menses", "ovulat", "pill", "hormon", "pms", "cycle", "bleed"),
    # German (a German patient writes "Periode", "Regelblutung", "Eisprung", "Pille")
    *("periode", "regelblut", "eisprung", "pille", "zyklus", "blutung"),
    # French ("règles", "ovulation", "pilule", "saignement")
    *("règles", "pilule", "saignement"),
)
"""Words that mark a trigger or factor as part of the cycle, left out with it: in the
languages the app speaks, since a person names triggers in their own."""


def is_about_cycle(name: str) -> bool:
    """Whether a trigger or factor name speaks of the menstrual cycle or hormones."""
    folded = name.casefold()
    return any(word in folded for word in CYCLE_WORDS)


def day_text(day: date | None) -> str:
    """A date in the report's language and that language's own order: English
    "31 Mar 2026", German "31.03.2026", French "31 mars 2026" (i18n.date_text). An open
    end is "ongoing"."""
    return i18n.date_text(day) if day else _("ongoing")


def month_text(month: str) -> str:
    """A "2026-03" month key as the language writes a month ("Mar 2026", "März 2026",
    "mars 2026"), as its days are written; the key itself is for data (summary JSON)."""
    year, number_of_month = (int(part) for part in month.split("-"))
    return i18n.day_pattern(date(year, number_of_month, 1), "yMMM")


def number(value: float | None, places: int = 1) -> str:
    """A figure with the language's decimal sign, always `places` decimals."""
    if value is None:
        return "–"
    return number_text(value, places, exact=True)


def percent(rate: float | None) -> str:
    return "–" if rate is None else i18n.percent_text(rate)


def safe(text: str) -> str:
    """User text made safe for a reportlab Paragraph (which reads mini-HTML)."""
    return escape(text).replace("\n", "<br/>")


def _months_listed(months: Sequence[str]) -> str:
    return i18n.list_text([month_text(month) for month in months])


def chronic_sentence(chronic: ChronicPattern) -> str:
    if chronic.matches:
        return _(
            "Your diary matches the ICHD-3 pattern for chronic migraine (1.3): headache "
            "on 15 or more days a month, 8 or more of them with migraine features, for "
            "more than 3 months (months meeting it: {months})."
        ).format(months=_months_listed(chronic.months_meeting))
    if chronic.matches is None:
        return _(
            "Too little diary to judge the ICHD-3 chronic migraine pattern "
            "(it needs more than 3 months)."
        )
    return _(
        "Your diary does not match the ICHD-3 pattern for chronic migraine "
        "(15 or more headache days a month with 8 or more migraine days, "
        "for more than 3 months)."
    )


def menstrual_counts(menstrual: MenstrualAnalysis) -> str:
    """Cycles and migraine attacks in and outside the perimenstrual window."""
    cycles = ngettext("{n} cycle in the span", "{n} cycles in the span", menstrual.cycles)
    window = ngettext(
        "{n} migraine attack in the perimenstrual window (days -2 to +3)",
        "{n} migraine attacks in the perimenstrual window (days -2 to +3)",
        menstrual.window_attacks,
    )
    return _("{cycles}; {window}, {other} at other times").format(
        cycles=cycles.format(n=menstrual.cycles),
        window=window.format(n=menstrual.window_attacks),
        other=menstrual.other_attacks,
    )


def menstrual_sentence(menstrual: MenstrualAnalysis) -> str:
    counts = menstrual_counts(menstrual)
    if menstrual.pattern == PURE:
        return _(
            "Your diary matches the ICHD-3 pattern for pure menstrual migraine (A1.1.1): "
            "migraine attacks in the window in at least 2 of 3 cycles and none at other times "
            "({counts})."
        ).format(counts=counts)
    if menstrual.pattern == RELATED:
        return _(
            "Your diary matches the ICHD-3 pattern for menstrually related migraine "
            "(A1.1.2): migraine attacks in the window in at least 2 of 3 cycles, and also at "
            "other times ({counts})."
        ).format(counts=counts)
    if menstrual.pattern == NOT_MENSTRUAL:
        return _(
            "Your diary does not match a menstrual migraine pattern: migraine attacks fell in "
            "the window in fewer than 2 of 3 cycles ({counts})."
        ).format(counts=counts)
    assert menstrual.pattern == INSUFFICIENT
    if menstrual.reason == REASON_NO_ATTACKS:
        return _(
            "No migraine attack in the span: a menstrual pattern cannot be judged ({counts})."
        ).format(counts=counts)
    return ngettext(
        "Too few cycles recorded to judge a menstrual pattern: 3 are needed, "
        "{n} more cycle to record ({counts}).",
        "Too few cycles recorded to judge a menstrual pattern: 3 are needed, "
        "{n} more cycles to record ({counts}).",
        menstrual.cycles_needed,
    ).format(n=menstrual.cycles_needed, counts=counts)


def overuse_sentence(finding: OveruseFinding) -> str:
    months = i18n.list_text(
        [
            ngettext("{month} ({n} day)", "{month} ({n} days)", days).format(
                month=month_text(month), n=days
            )
            for month in finding.months
            for days in [finding.days_by_month[month]]
        ]
    )
    text = ngettext(
        "{label}: {threshold} or more days of intake in {n} month: {months}.",
        "{label}: {threshold} or more days of intake in {n} months: {months}.",
        len(finding.months),
    ).format(
        label=class_label(finding.med_class),
        threshold=finding.threshold,
        n=len(finding.months),
        months=months,
    )
    if finding.sustained:
        text += " " + _(
            "Your diary matches the ICHD-3 pattern of medication overuse (8.2) for this "
            "class: {n} consecutive months at the threshold."
        ).format(n=finding.longest_streak)
    return text + " " + _("A pattern to discuss with the doctor.")


def overuse_level_sentence(finding: OveruseFinding) -> str:
    """The "one or more drugs" finding (ICHD-3 8.2 B): months at any overuse level."""
    text = ngettext(
        "At an overuse level (one or more drugs, whichever classes) in {n} month: "
        "{months}; longest run {streak}.",
        "At an overuse level (one or more drugs, whichever classes) in {n} months: "
        "{months}; longest run {streak}.",
        len(finding.months),
    ).format(
        n=len(finding.months),
        months=_months_listed(finding.months),
        streak=ngettext("{n} month", "{n} months", finding.longest_streak).format(
            n=finding.longest_streak
        ),
    )
    if finding.sustained:
        text += " " + _(
            "Your diary matches the ICHD-3 pattern of regular overuse for more than 3 "
            "months (8.2 B)."
        )
    return text + " " + _("A pattern to discuss with the doctor.")


SAFETY_NOTE = N_(
    "Safety note: this diary records migraine aura and a combined hormonal "
    "contraceptive in the same span. Migraine with aura is widely considered a "
    "contraindication for combined hormonal contraception; both are mentioned together "
    "here for the doctor to review. This is a note, not advice."
)
"""Translated where shown: _(SAFETY_NOTE)."""
