"""Demo questionnaires and visit notes: a MIDAS and a HIT-6 every 13 weeks, worked
out from the attacks of the 90 days before, and two questions for the next visit."""

from __future__ import annotations

import bisect
import random
from datetime import date, timedelta

from journal import domain as d
from journal.analysis.attack_days import days_touched
from journal.demo.support import Ids, Span, day_stamp
from journal.i18n import N_, _
from journal.validation_records import HIT6_ITEM_SCORES

EVERY = timedelta(weeks=13)


def _midas(rng: random.Random, ids: Ids, day: date, attacks: list[d.Attack]) -> d.MidasEntry:
    counts = dict.fromkeys(
        ("missed_work", "reduced_work", "missed_household", "reduced_household", "missed_social"), 0
    )
    headache_days: set[date] = set()
    for attack in attacks:
        onset = attack.start.date()
        pain = attack.pain or 0
        if pain >= 1 and attack.end is not None:
            headache_days.update(days_touched(attack, attack.end.date()))
        if pain < 2:
            continue
        weekday = onset.weekday() < 5
        if weekday and attack.pain == 3 and rng.random() < 0.6:
            counts["missed_work"] += 1
        elif weekday and rng.random() < 0.6:
            counts["reduced_work"] += 1
        if attack.pain == 3 and rng.random() < 0.5:
            counts["missed_household"] += 1
        elif rng.random() < 0.4:
            counts["reduced_household"] += 1
        if onset.weekday() >= 4 and rng.random() < 0.5:
            counts["missed_social"] += 1
    ratings = [a.pain_nrs for a in attacks if a.pain_nrs is not None]
    average = round(sum(ratings) / len(ratings)) if ratings else None
    made = day_stamp(day, 10)
    return d.MidasEntry(
        day,
        **counts,
        headache_days=min(90, len(headache_days)),
        average_pain=average,
        id=ids(),
        created=made,
        updated=made,
    )


def _hit6_total(rng: random.Random, attacks_per_28_days: float) -> int:
    """A total six answers really give (never 37, 39 or 77): answers drift from
    "never" towards "always" as attacks get more frequent."""
    scores = HIT6_ITEM_SCORES
    lean = min(len(scores) - 1.0, 0.6 + 0.35 * attacks_per_28_days)
    answers = (
        scores[max(0, min(len(scores) - 1, round(lean + rng.uniform(-1, 1))))] for _ in range(6)
    )
    return sum(answers)


def make_questionnaires(
    rng: random.Random, ids: Ids, span: Span, attacks: list[d.Attack]
) -> tuple[list[d.MidasEntry], list[d.Hit6Entry]]:
    """One MIDAS and one HIT-6 at every 13-week point of the span (at least one)."""
    days = []
    day = span.first + EVERY
    while day <= span.last:
        days.append(day)
        day += EVERY
    days = days or [span.last]
    midas, hit6 = [], []
    onsets = [attack.start.date() for attack in attacks]  # attacks come in time order
    for day in days:
        lo = bisect.bisect_left(onsets, day - timedelta(days=90))
        recent = attacks[lo : bisect.bisect_left(onsets, day)]
        midas.append(_midas(rng, ids, day, recent))
        made = day_stamp(day, 10, 5)
        hit6.append(d.Hit6Entry(day, _hit6_total(rng, len(recent) * 28 / 90), ids(), made, made))
    return midas, hit6


QUESTIONS = (
    N_(
        "Some of my attacks come with aura: was the combined pill safe for me, and what "
        "should I use for contraception now?"
    ),
    N_(
        "Is another ketamine series worth it, given how little changed afterwards and the "
        "side effects during the infusions?"
    ),
)


def make_visit_notes(ids: Ids, span: Span) -> list[d.VisitNote]:
    notes = []
    for n, text in enumerate(QUESTIONS):
        made = day_stamp(max(span.first, span.last - timedelta(days=6 - 3 * n)), 19)
        notes.append(d.VisitNote(_(text), False, ids(), made, made))
    return notes
