"""MIDAS grades and HIT-6 bands (clinical-rules.md, "Questionnaires").

MIDAS (Stewart et al. 1999): grade I 0-5, II 6-10, III 11-20, IV 21 or more.
HIT-6 (a total the user obtained elsewhere, 36-78): 49 or less little or no impact,
50-55 some impact, 56-59 substantial impact, 60 or more severe impact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from journal import domain as d
from journal.i18n import N_

MIDAS_GRADES = ((5, "I"), (10, "II"), (20, "III"))
HIT6_BANDS = (
    (49, N_("little or no impact")),
    (55, N_("some impact")),
    (59, N_("substantial impact")),
)


def midas_grade(score: int) -> str:
    """The MIDAS grade (I-IV) of a score."""
    for highest, grade in MIDAS_GRADES:
        if score <= highest:
            return grade
    return "IV"


def hit6_band(total: int) -> str:
    """The HIT-6 impact band of a total (English, also in the summary JSON; translated
    with _() where shown)."""
    for highest, band in HIT6_BANDS:
        if total <= highest:
            return band
    return N_("severe impact")


@dataclass(frozen=True)
class MidasResult:
    day: date
    score: int
    grade: str


@dataclass(frozen=True)
class Hit6Result:
    day: date
    total: int
    band: str


Dated = TypeVar("Dated", d.MidasEntry, d.Hit6Entry)


def _latest(entries: Iterable[Dated], first: date, last: date) -> Dated | None:
    inside = [entry for entry in entries if first <= entry.day <= last]
    return max(inside, key=lambda entry: (entry.day, entry.created)) if inside else None


def latest_midas(entries: Iterable[d.MidasEntry], first: date, last: date) -> MidasResult | None:
    """The latest MIDAS entry in the span, graded; None when there is none."""
    entry = _latest(entries, first, last)
    return None if entry is None else MidasResult(entry.day, entry.score, midas_grade(entry.score))


def latest_hit6(entries: Iterable[d.Hit6Entry], first: date, last: date) -> Hit6Result | None:
    """The latest HIT-6 total in the span with its band; None when there is none."""
    entry = _latest(entries, first, last)
    return None if entry is None else Hit6Result(entry.day, entry.total, hit6_band(entry.total))


def midas_history(entries: Iterable[d.MidasEntry]) -> list[MidasResult]:
    """Every MIDAS result, graded, the newest first (a doctor compares visits)."""
    ordered = sorted(entries, key=lambda entry: (entry.day, entry.created), reverse=True)
    return [MidasResult(e.day, e.score, midas_grade(e.score)) for e in ordered]


def hit6_history(entries: Iterable[d.Hit6Entry]) -> list[Hit6Result]:
    """Every HIT-6 total with its band, the newest first."""
    ordered = sorted(entries, key=lambda entry: (entry.day, entry.created), reverse=True)
    return [Hit6Result(e.day, e.total, hit6_band(e.total)) for e in ordered]
