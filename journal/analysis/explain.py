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
from journal.analysis.menstrual import INSUFFICIENT, NOT_MENSTRUAL, PURE, RELATED
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
    return f"{rate}; {counted(totals.migraine_days, 'migraine day')} in all."


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
    return "; ".join(parts).capitalize() + ": a pattern to discuss with your doctor."


def chronic_text(summary: Summary) -> str:
    matches = summary.chronic.matches
    if matches is None:
        return "At least 3 months of diary are needed to look for the chronic migraine pattern."
    if matches:
        return (
            "Your diary matches the chronic migraine pattern: headache on 15 or more days "
            "a month, 8 or more of them migraine, for 3 months or more: a pattern to "
            "discuss with your doctor."
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
