"""The headline figures of a Summary in words a patient understands, with the rule
that counts each one ("How is this counted?").

Pure text, no Qt: the Insights view shows these sentences above its charts, and
anything else that speaks to the patient can reuse them. The rules themselves are
quoted from `journal.analysis.explanations.HOW_COUNTED` (clinical-rules.md). The
journal never diagnoses: patterns are "a pattern to discuss with your doctor".
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from journal import domain as d
from journal.analysis.explanations import HOW_COUNTED
from journal.analysis.menstrual import (
    INSUFFICIENT,
    NOT_MENSTRUAL,
    PURE,
    REASON_NO_ATTACKS,
    RELATED,
)
from journal.analysis.months import Tally
from journal.analysis.overuse import SEVERAL_CLASSES
from journal.analysis.summary import Summary

AVERAGE_MONTH_DAYS = 365.25 / 12
"""Days in an average calendar month, to say "a month" to a patient."""

C = d.MedicationClass
PATIENT_CLASS_WORDS: dict[str, str] = {
    C.TRIPTAN: "triptans",
    C.ERGOT: "ergots",
    C.OPIOID: "opioids",
    C.COMBINATION_ANALGESIC: "combination painkillers",
    C.SIMPLE_ANALGESIC: "simple painkillers",
    C.GEPANT: "gepants",
    C.DITAN: "ditans",
    C.ANTIEMETIC: "anti-sickness medicine",
    SEVERAL_CLASSES: "several kinds of medication together",
}

MIDAS_WORDS = {
    "I": "little or no disability",
    "II": "mild disability",
    "III": "moderate disability",
    "IV": "severe disability",
}


@dataclass(frozen=True)
class Headline:
    """One headline figure: its key (for the rule), the sentence, and the rule."""

    key: str
    text: str
    how_counted: str


def months_back(today: date, months: int) -> tuple[date, date]:
    """The last `months` calendar months up to today: from the day after the same date
    `months` months ago (clamped to the end of a shorter month) to today."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    day = min(today.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day) + timedelta(days=1), today


def class_words(med_class: str) -> str:
    """A medication class as a patient says it ("triptans", "simple painkillers")."""
    if med_class in PATIENT_CLASS_WORDS:
        return PATIENT_CLASS_WORDS[med_class]
    label = d.CLASS_LABELS.get(C(med_class)) if med_class in C.__members__.values() else None
    return (label or med_class.replace("_", " ")).lower()


def number(value: float) -> str:
    """A figure with at most one decimal, without a trailing ".0"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def counted(count: int, word: str, plural: str | None = None) -> str:
    """ "1 attack", "3 attacks"."""
    return f"{count} {word if count == 1 else plural or word + 's'}"


def has_records(summary: Summary) -> bool:
    """Whether anything counted lies in the span (attacks, headache or medication days)."""
    totals = summary.totals
    return bool(
        summary.attack_figures.attacks or totals.headache_days or totals.any_acute_medication_days
    )


def _day_rate(count: int, per_28: float, days: int, noun: str) -> str:
    if days < 28:
        return f"{counted(count, noun)} in {counted(days, 'day')}"
    per_month = round(count * AVERAGE_MONTH_DAYS / days)
    return f"{counted(per_month, noun)} a month ({number(per_28)} per 28 days)"


def migraine_text(summary: Summary) -> str:
    totals = summary.totals
    rate = _day_rate(totals.migraine_days, totals.migraine_days_per_28, totals.days, "migraine day")
    split = basis_parts(totals.migraine_basis)
    on = f" ({split})" if split and totals.migraine_days else ""
    return f"{rate}; {counted(totals.migraine_days, 'migraine day')} in all{on}."


BASIS_WORDS = {
    "features": "by the ICHD-3 features",
    "label": "by your own label",
    "medication": "by migraine medication only",
}
"""What a migraine day rests on, in the patient's words, in the order the rules weigh
them."""
DOCTOR_BASIS_WORDS = {
    "features": "by the ICHD-3 features or typical aura",
    "label": "by the patient's own label only",
    "medication": "by migraine-specific medication only",
}
"""The same for the doctor's report."""


def basis_parts(basis: dict[str, int], words: dict[str, str] = BASIS_WORDS) -> str:
    """ "5 by the ICHD-3 features, 2 by your own label" (parts with no day left out)."""
    return ", ".join(f"{basis[key]} {said}" for key, said in words.items() if basis.get(key))


def basis_split(tally: Tally, words: dict[str, str] = BASIS_WORDS) -> str:
    """ "7 migraine days: 5 by the ICHD-3 features, 2 by your own label"."""
    days = counted(tally.migraine_days, "migraine day")
    parts = basis_parts(tally.migraine_basis, words)
    return f"{days}: {parts}" if parts else days


def completeness_text(summary: Summary) -> str:
    """How the diary was kept: days with an entry, late entries, imported entries."""
    kept = summary.completeness
    text = (
        f"Entries or check-ins on {kept.days_with_entry} of the {counted(kept.days, 'day')}; "
        f"{counted(kept.late_entries, 'entry', 'entries')} made more than 2 days after the "
        "event"
    )
    if kept.imported_entries:
        text += f"; {counted(kept.imported_entries, 'entry', 'entries')} imported from another app"
    return text + "."


MIGRAINE_DAY_DEFINITION = (
    "Migraine day: a day touched by a headache of 30 minutes or more with 2 of the 4 "
    "ICHD-3 pain features and nausea, vomiting or light and sound sensitivity, or an aura "
    "symptom of 5-60 minutes (the ICHD-3 features); or an attack the patient called "
    "migraine, of 30 minutes or more (own label); or a triptan, ergot, gepant or ditan "
    "taken as acute treatment (medication)."
)
HEADACHE_DAY_DEFINITION = (
    "Headache day: a headache (aura alone does not count) of 1 hour or more, or acute "
    "headache medication that day (antiemetics excepted); every migraine day is one too."
)


@dataclass(frozen=True)
class CountingBox:
    """ "How this was counted": the definitions, the basis split and how the diary was
    kept, for the report's box and the Insights view."""

    migraine_day: str
    headache_day: str
    basis: str
    completeness: str


def counting_box(summary: Summary, words: dict[str, str] = BASIS_WORDS) -> CountingBox:
    """The box's lines for `summary` (`words`: the patient's or the doctor's)."""
    return CountingBox(
        migraine_day=MIGRAINE_DAY_DEFINITION,
        headache_day=HEADACHE_DAY_DEFINITION,
        basis=basis_split(summary.totals, words),
        completeness=completeness_text(summary),
    )


def headache_text(summary: Summary) -> str:
    totals = summary.totals
    rate = _day_rate(totals.headache_days, totals.headache_days_per_28, totals.days, "headache day")
    return f"{rate}; {counted(totals.headache_days, 'headache day')} in all."


def attacks_text(summary: Summary) -> str:
    figures = summary.attack_figures
    text = counted(figures.attacks, "attack")
    if not figures.attacks:
        return "No attacks in this span."
    details = []
    if figures.median_hours is not None:
        details.append(f"usually lasting about {number(figures.median_hours)} hours")
    if figures.aura_attacks:
        details.append(f"{figures.aura_attacks} with aura")
    if figures.open_attacks:
        details.append(f"{figures.open_attacks} still going on")
    return text + (f" ({', '.join(details)})" if details else "") + "."


def medication_text(summary: Summary) -> str:
    totals = summary.totals
    if not totals.any_acute_medication_days:
        return "No acute medication taken in this span."
    per_class = ", ".join(
        f"{class_words(str(med_class))} on {counted(days, 'day')}"
        for med_class, days in sorted(totals.acute_medication_days.items(), key=lambda i: -i[1])
    )
    days = counted(totals.any_acute_medication_days, "day")
    return f"Acute medication on {days}: {per_class}."


def overuse_text(summary: Summary) -> str:
    if not summary.overuse:
        return "No month reached a medication-overuse level."
    parts = []
    for finding in summary.overuse:
        months = counted(len(finding.months), "month")
        run = f", {finding.longest_streak} in a row" if finding.longest_streak > 1 else ""
        parts.append(
            f"{class_words(finding.med_class)} on {finding.threshold} or more days in {months}{run}"
        )
    text = "; ".join(parts).capitalize()
    level = summary.overuse_one_or_more
    if level is not None and level.sustained:
        text += (
            f". {level.longest_streak} months in a row at an overuse level (one or more "
            "kinds of medication)"
        )
    return text + ": a pattern to discuss with your doctor."


def chronic_text(summary: Summary) -> str:
    chronic = summary.chronic
    if chronic.matches is None:
        if not chronic.months:
            return (
                "More than 3 whole months of diary are needed to look for the chronic "
                "migraine pattern."
            )
        return (
            f"15 or more headache days in each of the {counted(chronic.months, 'month')} "
            "recorded; ICHD-3 asks for more than 3: "
            f"{counted(chronic.months_more_needed, 'more month')} will tell."
        )
    if chronic.matches:
        return (
            "Your diary matches the chronic migraine pattern: headache on 15 or more days "
            "a month, 8 or more of them with migraine features, for "
            f"{chronic.months} months in a row: a pattern to discuss with your doctor."
        )
    return "Your diary does not match the chronic migraine pattern."


def menstrual_text(summary: Summary) -> str:
    menstrual = summary.menstrual
    counts = (
        f"{counted(menstrual.window_attacks, 'migraine attack')} started in the 2 days before "
        f"or the first 3 days of a period, {menstrual.other_attacks} at other times"
    )
    if menstrual.pattern == PURE:
        return (
            "Your migraine attacks match the pure menstrual migraine pattern: they came around "
            f"your period in at least 2 of 3 cycles and not at other times ({counts})."
        )
    if menstrual.pattern == RELATED:
        return (
            "Your migraine attacks match the menstrually related migraine pattern: they came "
            f"around your period in at least 2 of 3 cycles, and at other times too ({counts})."
        )
    if menstrual.pattern == NOT_MENSTRUAL:
        return f"Your migraine attacks do not follow your cycle ({counts})."
    assert menstrual.pattern == INSUFFICIENT
    if menstrual.reason == REASON_NO_ATTACKS:
        return (
            f"{counted(menstrual.cycles, 'period')} recorded in this span, but no migraine "
            "attack: a menstrual pattern cannot be judged."
        )
    more = counted(menstrual.cycles_needed, "more cycle")
    return (
        f"{counted(menstrual.cycles, 'period')} recorded in this span: {more} needed "
        "before a menstrual pattern can be seen."
    )


def questionnaire_text(summary: Summary) -> str:
    parts = []
    if summary.midas is not None:
        midas = summary.midas
        parts.append(
            f"MIDAS {midas.score} on {midas.day:%d %b %Y}: grade {midas.grade} "
            f"({MIDAS_WORDS.get(midas.grade, '')})"
        )
    if summary.hit6 is not None:
        hit6 = summary.hit6
        parts.append(f"HIT-6 {hit6.total} on {hit6.day:%d %b %Y}: {hit6.band}")
    if not parts:
        return "No MIDAS or HIT-6 score in this span."
    return "; ".join(parts) + "."


def headlines(summary: Summary, cycle_tracking: bool = True) -> tuple[Headline, ...]:
    """The headline figures of `summary`, in the order the Insights view shows them.

    The menstrual sentence is left out when the user switched cycle tracking off.
    """
    found = [
        Headline("migraine_days", migraine_text(summary), _rule("migraine_days", "per_28")),
        Headline("headache_days", headache_text(summary), _rule("headache_days", "per_28")),
        Headline("attacks", attacks_text(summary), _rule("attacks")),
        Headline("acute_medication_days", medication_text(summary), _rule("acute_medication_days")),
        Headline("overuse", overuse_text(summary), _rule("overuse")),
        Headline("chronic_pattern", chronic_text(summary), _rule("chronic_pattern")),
    ]
    if cycle_tracking:
        found.append(Headline("menstrual", menstrual_text(summary), _rule("menstrual")))
    found.append(Headline("questionnaires", questionnaire_text(summary), _rule("midas", "hit6")))
    return tuple(found)


def _rule(*keys: str) -> str:
    return "\n\n".join(HOW_COUNTED[key] for key in keys)
