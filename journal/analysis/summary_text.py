"""The summary in words, for `summary` without `--json`: the sentences the Insights
view shows (journal.analysis.explain), then each drug's effect, each course's
before/after figures and each tracked factor, in the command line's language.

`summary --json` is the contract for scripts (DESIGN.md: keys and ISO dates); this
is for a person reading a terminal, so it has dates and numbers as the language
writes them and no key of the contract.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from journal import domain as d
from journal.analysis.acute_effect import AcuteEffect
from journal.analysis.explain import counted_days_text, headlines
from journal.analysis.summary import Summary
from journal.analysis.treatment_effect import TreatmentEffect
from journal.analysis.triggers import FactorAssociation
from journal.i18n import _, date_text, ngettext, number_text, percent_text

WIDTH = 79
"""A terminal's line, for wrapping the sentences."""
_KEPT_TOGETHER = re.compile(r" (?=[:;!?»])|(?<=«) |(?<=\d) (?=h\b)")


def summary_text(summary: Summary, cycle_tracking: bool = True) -> str:
    """The whole summary as paragraphs of wrapped lines."""
    return "\n".join(_lines(summary, cycle_tracking)) + "\n"


def _lines(summary: Summary, cycle_tracking: bool) -> Iterator[str]:
    days = summary.totals.days
    yield ngettext(
        "Headache diary from {first} to {last} ({n} day)",
        "Headache diary from {first} to {last} ({n} days)",
        days,
    ).format(first=date_text(summary.first), last=date_text(summary.last), n=days)
    if counted := counted_days_text(summary):
        yield from _wrapped(counted)
    yield ""
    for headline in headlines(summary, cycle_tracking):
        yield from _wrapped(headline.text)
    if summary.acute_effects:
        yield ""
        yield _("Acute medication, each drug:")
        for effect in summary.acute_effects:
            yield from _wrapped(_effect_text(effect), indent="  ")
    if summary.treatments:
        yield ""
        yield _("Preventive and procedural treatments:")
        for course in sorted(summary.treatments, key=lambda c: c.treatment.start, reverse=True):
            yield from _wrapped(_course_text(course), indent="  ")
    if summary.triggers:
        yield ""
        yield _("Daily factors (an association, not a cause):")
        for association in summary.triggers:
            yield from _wrapped(_factor_text(association), indent="  ")


def _wrapped(text: str, indent: str = "") -> list[str]:
    """`text` in lines of a terminal, never broken before French ":" / ";" or inside
    "2 h" (those spaces become no-break spaces)."""
    return textwrap.wrap(
        _KEPT_TOGETHER.sub("\N{NO-BREAK SPACE}", text),
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + "  " if indent else "",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _rate(rate: float | None, count: int, rated: int) -> str:
    if rate is None or not rated:
        return _("not rated")
    return _("{rate} ({count} of {rated})").format(
        rate=percent_text(rate), count=count, rated=rated
    )


def _effect_text(effect: AcuteEffect) -> str:
    doses = ngettext("{n} dose", "{n} doses", effect.doses).format(n=effect.doses)
    return _(
        "{medication}: {doses}; pain-free at 2 h: {pain_free}; relief at 2 h: {relief}"
    ).format(
        medication=effect.medication,
        doses=doses,
        pain_free=_rate(effect.pain_free_2h, effect.pain_free_2h_count, effect.with_2h_rating),
        relief=_rate(effect.relief_2h, effect.relief_2h_count, effect.relief_rated),
    )


def _course_text(effect: TreatmentEffect) -> str:
    course = effect.treatment
    kind = _(d.TREATMENT_KIND_WORDS[course.kind])
    if course.end is None:  # an open end is its own sentence
        heading = _("{name} ({kind}), since {start}:").format(
            name=course.name, kind=kind, start=date_text(course.start)
        )
    else:
        heading = _("{name} ({kind}), {start} to {end}:").format(
            name=course.name, kind=kind, start=date_text(course.start), end=date_text(course.end)
        )
    parts = [heading]
    before, after = effect.baseline_migraine_days_per_28, effect.after_migraine_days_per_28
    if before is not None and after is not None:
        parts.append(
            _("{before} migraine days per 28 days before it, {after} from 4 weeks in.").format(
                before=number_text(before), after=number_text(after)
            )
        )
        if effect.responder is not None:
            parts.append(
                _("A 50% responder by the diary.")
                if effect.responder
                else _("Not a 50% responder by the diary.")
            )
    if effect.note:
        parts.append(effect.note)
    return " ".join(parts)


def _factor_text(association: FactorAssociation) -> str:
    with_rate, without_rate = association.attack_rate_with, association.attack_rate_without
    text = _(
        "{factor} ({condition}): an attack followed {rate_with} of {days_with} days with "
        "it and {rate_without} of {days_without} days without it."
    ).format(
        factor=association.factor,
        condition=association.condition,
        rate_with=percent_text(with_rate) if with_rate is not None else "–",
        days_with=association.days_with,
        rate_without=percent_text(without_rate) if without_rate is not None else "–",
        days_without=association.days_without,
    )
    if association.low_data:
        text += " " + _("Few days or attacks: read with care.")
    return text
