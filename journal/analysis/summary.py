"""The doctor's summary of a span: every figure of clinical-rules.md in one object.

`summarize` computes it from a Diary (pure; the report, the charts and the CLI all
draw from the same `Summary`), and `default_span` is the last 3 months. The
contract of DESIGN.md ("The summary contract") is journal.analysis.summary_json,
built on this module (never the other way round).

Days after `today` are not counted (a span reaching into the future is cut at today
for every count and rate); the per-day facts still cover the whole span.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress, islice
from operator import attrgetter
from typing import Any, TypeVar, cast

from journal import domain as d
from journal.analysis import attacks as a
from journal.analysis import cycles as c
from journal.analysis import hormones as h
from journal.analysis.acute_effect import AcuteEffect, acute_effects
from journal.analysis.chronic import ChronicPattern, chronic_pattern
from journal.analysis.completeness import Completeness, completeness, entry_index
from journal.analysis.days import DEFAULT_RULES, DayFacts, DayRules, classify_days
from journal.analysis.diary import Diary
from journal.analysis.menstrual import MenstrualAnalysis, menstrual_analysis
from journal.analysis.months import MonthFigures, Tally, calendar_months, tally
from journal.analysis.overuse import OveruseFinding, overuse, overuse_one_or_more
from journal.analysis.questionnaires import Hit6Result, MidasResult, latest_hit6, latest_midas
from journal.analysis.treatment_effect import TreatmentEffect, treatment_effects
from journal.analysis.trend import Trend, trend
from journal.analysis.triggers import FactorAssociation, trigger_screen

T = TypeVar("T")

__all__ = ["Summary", "default_span", "summarize"]

SPAN_MONTHS = 3

_migraine = attrgetter("migraine")
_aura = attrgetter("aura")


def months_back(today: date, months: int) -> tuple[date, date]:
    """The last `months` calendar months up to today: from the day after the same date
    `months` months ago (clamped to the end of a shorter month) to today."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    day = min(today.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day) + timedelta(days=1), today


def default_span(today: date) -> tuple[date, date]:
    """The last 3 months (`months_back`): on 24 Nov that is 25 Aug - 24 Nov; on 31 May
    the date 3 months ago is clamped to the end of February."""
    return months_back(today, SPAN_MONTHS)


@dataclass(frozen=True)
class Cycles:
    """The menstrual cycle facts of the span (for the calendar and the cycle chart)."""

    periods: tuple[c.Period, ...]
    """Periods with their day 1 inside the span."""
    period_starts: tuple[date, ...]
    """Every day 1 of the whole diary (sorted), to number any day with `c.cycle_day`."""
    cycles: tuple[c.Cycle, ...]
    """Complete cycles starting inside the span, with their length and unusual flag."""
    next_period: date | None
    """A prediction (last day 1 + median of up to 6 recent cycles), not a fact."""
    menopause_hint: c.MenopauseStage


@dataclass(frozen=True)
class Hormones:
    phases: tuple[d.HormonalPhase, ...]
    """Hormonal phases touching the span, by start."""
    withdrawal_markers: tuple[h.WithdrawalMarker, ...]
    aura_with_combined_contraceptive: bool
    """Aura and a combined contraceptive phase in the same span: mention together."""


@dataclass(frozen=True)
class Summary:
    """Every figure of the span; frozen, computed once, drawn by report, charts, CLI."""

    first: date
    last: date
    today: date
    rules: DayRules
    counted_first: date
    """The first day counted: the span's first day, or the diary's first recorded day
    when the diary starts later (days before it are unknown, not headache-free:
    clinical-rules.md), so a new diary is never judged over a span it does not
    cover. The totals, months, trend and completeness count from here."""
    facts: dict[date, DayFacts]
    """Per-day facts for every day first..last (calendar cells, timeline)."""
    totals: Tally
    """Migraine, headache and acute medication days (per class) of the counted days,
    with per-28 rates; `totals.days` is the number of days counted."""
    attack_figures: a.AttackFigures
    """Counted attacks touching the span, median duration, severity mix, aura attacks."""
    episodes: tuple[a.Episode, ...]
    """The counted attacks touching the span (recorded attacks merged by the rule)."""
    months: tuple[MonthFigures, ...]
    overuse: tuple[OveruseFinding, ...]
    """Per class (and several classes together) that reached its threshold."""
    overuse_one_or_more: OveruseFinding | None
    """The months at any overuse level, whichever classes (ICHD-3 8.2 B)."""
    chronic: ChronicPattern
    menstrual: MenstrualAnalysis
    cycles: Cycles
    hormones: Hormones
    acute_effects: tuple[AcuteEffect, ...]
    treatments: tuple[TreatmentEffect, ...]
    """Every course started on or before the span's last day, by start."""
    triggers: tuple[FactorAssociation, ...]
    midas: MidasResult | None
    hit6: Hit6Result | None
    trend: Trend | None
    """Migraine days per 28 in the first half of the span against the second half."""
    questions: tuple[str, ...]
    """The patient's open questions for the visit (visit notes not yet done)."""
    completeness: Completeness
    """How the diary was kept over the counted days."""

    @property
    def days(self) -> int:
        return self.totals.days


def summarize(
    diary: Diary, first: date, last: date, today: date, rules: DayRules = DEFAULT_RULES
) -> Summary:
    """Compute every figure of clinical-rules.md for the span first..last."""
    counted_last = min(last, today)
    first_recorded = diary.first_recorded_day
    counted_first = max(first, first_recorded) if first_recorded else first
    lo = min(first, first_recorded or first)
    hi = max(last, today)
    all_facts = _classified(diary, lo, hi, today, rules)
    facts = _span(all_facts, first, last)
    counted = _span(facts, counted_first, counted_last)
    all_episodes = _memo(
        diary, ("episodes", today), lambda: a.episodes(diary.attacks, today, diary.day_records)
    )
    episodes = a.touching(all_episodes, first, counted_last)
    found_periods = _memo(diary, ("periods",), lambda: c.periods(diary.bleeding_days))
    starts = tuple(period.start for period in found_periods)
    onsets = [episode.onset_day for episode in all_episodes]
    return Summary(
        first=first,
        last=last,
        today=today,
        rules=rules,
        counted_first=counted_first,
        facts=facts,
        totals=tally(counted.values()),
        attack_figures=a.attack_figures(episodes, today, rules),
        episodes=episodes,
        months=calendar_months(counted, episodes),
        overuse=overuse(counted),
        overuse_one_or_more=overuse_one_or_more(counted),
        chronic=chronic_pattern(all_facts, first_recorded, counted_last),
        menstrual=menstrual_analysis(
            all_episodes,
            starts,
            first,
            counted_last,
            today=today,
            doses=diary.doses,
            medications=diary.medications,
            rules=rules,
        ),
        cycles=_cycles(found_periods, first, last, today),
        hormones=_hormones(diary, onsets, facts, first, last),
        acute_effects=acute_effects(diary.doses, diary.medications, first, counted_last),
        treatments=treatment_effects(
            [t for t in diary.treatments if t.start <= last],
            set(compress(all_facts, map(_migraine, all_facts.values()))),
            first_recorded,
            today,
            sessions=diary.sessions,
            side_effects=diary.side_effects,
        ),
        triggers=trigger_screen(diary.factors, diary.day_entries, onsets, first, counted_last),
        midas=latest_midas(diary.midas, first, last),
        hit6=latest_hit6(diary.hit6, first, last),
        trend=trend(counted),
        questions=tuple(note.text for note in diary.visit_notes if not note.done),
        completeness=completeness(
            _memo(diary, ("entries",), lambda: entry_index(diary)),
            counted,
            counted_first,
            counted_last,
        ),
    )


def _memo(diary: Diary, key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """A result computed once per diary (a Diary never changes): switching spans in
    the Insights view re-summarizes the same diary many times."""
    cache: dict[tuple[object, ...], Any] = diary.__dict__.setdefault("_summary_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cast(T, cache[key])


def _classified(
    diary: Diary, first: date, last: date, today: date, rules: DayRules
) -> dict[date, DayFacts]:
    """classify_days, kept per diary and widened only when a span reaches further."""
    cache: dict[tuple[object, ...], Any] = diary.__dict__.setdefault("_summary_cache", {})
    key = ("facts", today, rules)
    known = cache.get(key)
    if known is None or known[0] > first or known[1] < last:
        if known is not None:
            first, last = min(first, known[0]), max(last, known[1])
        known = (first, last, classify_days(diary, first, last, today, rules))
        cache[key] = known
    return cast(dict[date, DayFacts], known[2])


def _span(facts: dict[date, DayFacts], first: date, last: date) -> dict[date, DayFacts]:
    """The facts of the days first..last, out of `facts` of every day of a wider span
    in date order (as classify_days gives them): a slice, not 7,000 look-ups."""
    count = (last - first).days + 1
    if count <= 0:
        return {}
    offset = (first - next(iter(facts))).days if facts else -1
    if offset >= 0:
        found = dict(islice(facts.items(), offset, offset + count))
        if len(found) == count and first in found and last in found:
            return found
    return {day: facts[day] for day in _days(first, last)}


def _days(first: date, last: date) -> list[date]:
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def _cycles(found: tuple[c.Period, ...], first: date, last: date, today: date) -> Cycles:
    starts = tuple(period.start for period in found)
    return Cycles(
        periods=tuple(p for p in found if first <= p.start <= last),
        period_starts=starts,
        cycles=tuple(cycle for cycle in c.cycles(starts) if first <= cycle.start <= last),
        next_period=c.predict_next_period(starts),
        menopause_hint=c.perimenopause_hint(found, today),
    )


def _hormones(
    diary: Diary, onsets: list[date], facts: dict[date, DayFacts], first: date, last: date
) -> Hormones:
    aura_days = list(compress(facts, map(_aura, facts.values())))
    return Hormones(
        phases=h.phases_touching(diary.phases, first, last),
        withdrawal_markers=h.withdrawal_markers(diary.phases, onsets, first, last),
        aura_with_combined_contraceptive=h.aura_with_combined_contraceptive(
            diary.phases, aura_days, first, last
        ),
    )
