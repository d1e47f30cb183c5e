"""The headline figures of a Summary in words a patient understands, with the rule
that counts each one ("How is this counted?").

Pure text, no Qt: the Insights view shows these sentences above its charts, and
anything else that speaks to the patient can reuse them. The rules themselves are
quoted from `journal.analysis.explanations.HOW_COUNTED` (clinical-rules.md). The
journal never diagnoses: patterns are "a pattern to discuss with your doctor".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from journal.analysis.class_words import class_words
from journal.analysis.counted import (
    headache_days_text,
    migraine_days_text,
    periods_text,
)
from journal.analysis.explanations import HOW_COUNTED
from journal.analysis.menstrual import (
    INSUFFICIENT,
    NOT_MENSTRUAL,
    PURE,
    REASON_NO_ATTACKS,
    RELATED,
)
from journal.analysis.months import Tally
from journal.analysis.summary import Summary
from journal.i18n import N_, _, date_text, ngettext, number_text, pgettext

AVERAGE_MONTH_DAYS = 365.25 / 12
"""Days in an average calendar month, to say "a month" to a patient."""


MIDAS_WORDS = {
    "I": N_("little or no disability"),
    "II": N_("mild disability"),
    "III": N_("moderate disability"),
    "IV": N_("severe disability"),
}
"""Translated where shown."""


@dataclass(frozen=True)
class Headline:
    """One headline figure: its key (for the rule), the sentence, and the rule."""

    key: str
    text: str
    how_counted: str


def number(value: float) -> str:
    """A figure with at most one decimal, without a trailing zero ("5.6", "5,6", "3")."""
    return number_text(value, 1)


def has_records(summary: Summary) -> bool:
    """Whether anything counted lies in the span (attacks, headache or medication days)."""
    totals = summary.totals
    return bool(
        summary.attack_figures.attacks or totals.headache_days or totals.any_acute_medication_days
    )


def counted_days_text(summary: Summary) -> str:
    """What the figures count when the diary starts inside the span ("" when it
    covers the whole span): days before its first entry are unknown, not counted."""
    if summary.counted_first <= summary.first or not summary.days:
        return ""
    return ngettext(
        "The diary starts on {day}: the figures count its {n} day.",
        "The diary starts on {day}: the figures count its {n} days.",
        summary.days,
    ).format(day=date_text(summary.counted_first), n=summary.days)


def _day_rate(count: int, per_28: float, days: int, noun: Callable[[int], str]) -> str:
    if days < 28:
        return ngettext("{count} in {n} day", "{count} in {n} days", days).format(
            count=noun(count), n=days
        )
    per_month = round(count * AVERAGE_MONTH_DAYS / days)
    return _("{count} a month ({per_28} per 28 days)").format(
        count=noun(per_month), per_28=number(per_28)
    )


def migraine_text(summary: Summary) -> str:
    totals = summary.totals
    rate = _day_rate(
        totals.migraine_days, totals.migraine_days_per_28, totals.days, migraine_days_text
    )
    split = basis_parts(totals.migraine_basis)
    if split and totals.migraine_days:
        return _("{rate}; {count} in all ({split}).").format(
            rate=rate, count=migraine_days_text(totals.migraine_days), split=split
        )
    return _("{rate}; {count} in all.").format(
        rate=rate, count=migraine_days_text(totals.migraine_days)
    )


BASIS_WORDS = {
    "features": N_("{n} by the ICHD-3 features"),
    "label": N_("{n} by your own label"),
    "medication": N_("{n} by migraine medication only"),
}
"""What a migraine day rests on, in the patient's words, in the order the rules weigh
them (translated where shown)."""
DOCTOR_BASIS_WORDS = {
    "features": N_("{n} by the ICHD-3 features or typical aura"),
    "label": N_("{n} by the patient's own label only"),
    "medication": N_("{n} by migraine-specific medication only"),
}
"""The same for the doctor's report."""


def basis_parts(basis: dict[str, int], words: dict[str, str] = BASIS_WORDS) -> str:
    """ "5 by the ICHD-3 features, 2 by your own label" (parts with no day left out)."""
    return ", ".join(_(said).format(n=basis[key]) for key, said in words.items() if basis.get(key))


def basis_split(tally: Tally, words: dict[str, str] = BASIS_WORDS) -> str:
    """ "7 migraine days: 5 by the ICHD-3 features, 2 by your own label"."""
    days = migraine_days_text(tally.migraine_days)
    parts = basis_parts(tally.migraine_basis, words)
    return _("{days}: {parts}").format(days=days, parts=parts) if parts else days


def completeness_text(summary: Summary) -> str:
    """How the diary was kept: days with an entry, late entries, imported entries."""
    kept = summary.completeness
    text = ngettext(
        "Entries or check-ins on {kept} of the {n} day",
        "Entries or check-ins on {kept} of the {n} days",
        kept.days,
    ).format(kept=kept.days_with_entry, n=kept.days)
    text += "; " + ngettext(
        "{n} entry made more than 2 days after the event",
        "{n} entries made more than 2 days after the event",
        kept.late_entries,
    ).format(n=kept.late_entries)
    if kept.imported_entries:
        text += "; " + ngettext(
            "{n} entry imported from another app",
            "{n} entries imported from another app",
            kept.imported_entries,
        ).format(n=kept.imported_entries)
    return text + "."


MIGRAINE_DAY_DEFINITION = N_(
    "Migraine day: a day touched by a headache of 30 minutes or more with 2 of the 4 "
    "ICHD-3 pain features and nausea, vomiting or light and sound sensitivity, or a typical "
    "aura (only visual, sensory or speech symptoms; not an aura of unrecorded kind) with "
    "a symptom of 5-60 minutes (the ICHD-3 features); or an attack the patient called "
    "migraine, of 30 minutes or more (own label); or a triptan, ergot, gepant or ditan "
    "taken as acute treatment (medication)."
)
HEADACHE_DAY_DEFINITION = N_(
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
        migraine_day=_(MIGRAINE_DAY_DEFINITION),
        headache_day=_(HEADACHE_DAY_DEFINITION),
        basis=basis_split(summary.totals, words),
        completeness=completeness_text(summary),
    )


def headache_text(summary: Summary) -> str:
    totals = summary.totals
    rate = _day_rate(
        totals.headache_days, totals.headache_days_per_28, totals.days, headache_days_text
    )
    return _("{rate}; {count} in all.").format(
        rate=rate, count=headache_days_text(totals.headache_days)
    )


def attacks_text(summary: Summary) -> str:
    figures = summary.attack_figures
    if not figures.attacks:
        return _("No attacks in this span.")
    text = ngettext("{n} attack", "{n} attacks", figures.attacks).format(n=figures.attacks)
    details = []
    if figures.median_hours is not None:
        details.append(
            _("usually lasting about {hours} hours").format(hours=number(figures.median_hours))
        )
    if figures.aura_attacks:
        details.append(_("{n} with aura").format(n=figures.aura_attacks))
    if figures.open_attacks:
        details.append(_("{n} still going on").format(n=figures.open_attacks))
    if details:
        return _("{attacks} ({details}).").format(attacks=text, details=", ".join(details))
    return text + "."


def medication_text(summary: Summary) -> str:
    totals = summary.totals
    if not totals.any_acute_medication_days:
        return _("No acute medication taken in this span.")
    per_class = ", ".join(
        ngettext("{kind} on {n} day", "{kind} on {n} days", days).format(
            kind=class_words(str(med_class)), n=days
        )
        for med_class, days in sorted(totals.acute_medication_days.items(), key=lambda i: -i[1])
    )
    total = totals.any_acute_medication_days
    return ngettext(
        "Acute medication on {n} day: {per_class}.",
        "Acute medication on {n} days: {per_class}.",
        total,
    ).format(n=total, per_class=per_class)


def overuse_text(summary: Summary) -> str:
    if not summary.overuse:
        return _("No month reached a medication-overuse level.")
    parts = []
    for finding in summary.overuse:
        months = len(finding.months)
        part = ngettext(
            "{kind} on {threshold} or more days in {n} month",
            "{kind} on {threshold} or more days in {n} months",
            months,
        ).format(kind=class_words(finding.med_class), threshold=finding.threshold, n=months)
        if finding.longest_streak > 1:
            part += _(", {n} in a row").format(n=finding.longest_streak)
        parts.append(part)
    text = "; ".join(parts)
    text = text[:1].upper() + text[1:]
    level = summary.overuse_one_or_more
    if level is not None and level.sustained:
        text += ". " + _(
            "{n} months in a row at an overuse level (one or more kinds of medication)"
        ).format(n=level.longest_streak)
    return _("{findings}: a pattern to discuss with your doctor.").format(findings=text)


def chronic_text(summary: Summary) -> str:
    chronic = summary.chronic
    if chronic.matches is None:
        if not chronic.months:
            return _(
                "More than 3 whole months of diary are needed to look for the chronic "
                "migraine pattern."
            )
        recorded = ngettext(
            "15 or more headache days in each of the {n} month recorded",
            "15 or more headache days in each of the {n} months recorded",
            chronic.months,
        ).format(n=chronic.months)
        return ngettext(
            "{recorded}; ICHD-3 asks for more than 3: {n} more month will tell.",
            "{recorded}; ICHD-3 asks for more than 3: {n} more months will tell.",
            chronic.months_more_needed,
        ).format(recorded=recorded, n=chronic.months_more_needed)
    if chronic.matches:
        return _(
            "Your diary matches the chronic migraine pattern: headache on 15 or more days "
            "a month, 8 or more of them with migraine features, for {n} months in a row: "
            "a pattern to discuss with your doctor."
        ).format(n=chronic.months)
    return _("Your diary does not match the chronic migraine pattern.")


def menstrual_text(summary: Summary) -> str:
    menstrual = summary.menstrual
    counts = ngettext(
        "{n} migraine attack started in the 2 days before or the first 3 days of a period, "
        "{other} at other times",
        "{n} migraine attacks started in the 2 days before or the first 3 days of a period, "
        "{other} at other times",
        menstrual.window_attacks,
    ).format(n=menstrual.window_attacks, other=menstrual.other_attacks)
    if menstrual.pattern == PURE:
        return _(
            "Your migraine attacks match the pure menstrual migraine pattern: they came around "
            "your period in at least 2 of 3 cycles and not at other times ({counts})."
        ).format(counts=counts)
    if menstrual.pattern == RELATED:
        return _(
            "Your migraine attacks match the menstrually related migraine pattern: they came "
            "around your period in at least 2 of 3 cycles, and at other times too ({counts})."
        ).format(counts=counts)
    if menstrual.pattern == NOT_MENSTRUAL:
        return _("Your migraine attacks do not follow your cycle ({counts}).").format(counts=counts)
    assert menstrual.pattern == INSUFFICIENT
    if menstrual.reason == REASON_NO_ATTACKS:
        return _(
            "{periods} recorded in this span, but no migraine attack: a menstrual pattern "
            "cannot be judged."
        ).format(periods=periods_text(menstrual.cycles))
    return ngettext(
        "{periods} recorded in this span: {n} more cycle needed before a menstrual "
        "pattern can be seen.",
        "{periods} recorded in this span: {n} more cycles needed before a menstrual "
        "pattern can be seen.",
        menstrual.cycles_needed,
    ).format(periods=periods_text(menstrual.cycles), n=menstrual.cycles_needed)


def questionnaire_text(summary: Summary) -> str:
    parts = []
    if summary.midas is not None:
        midas = summary.midas
        parts.append(
            _("MIDAS {score} on {day}: grade {grade} ({words})").format(
                score=midas.score,
                day=date_text(midas.day),
                grade=midas.grade,
                words=_(MIDAS_WORDS[midas.grade]) if midas.grade in MIDAS_WORDS else "",
            )
        )
    if summary.hit6 is not None:
        hit6 = summary.hit6
        parts.append(
            _("HIT-6 {total} on {day}: {band}").format(
                total=hit6.total, day=date_text(hit6.day), band=_(hit6.band)
            )
        )
    if not parts:
        return _("No MIDAS or HIT-6 score in this span.")
    # TRANSLATORS: between the MIDAS and the HIT-6 result (French puts a space before ";")
    return pgettext("list separator", "; ").join(parts) + "."


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
    return "\n\n".join(_(HOW_COUNTED[key]) for key in keys)
