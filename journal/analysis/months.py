"""Calendar months and 28-day rates (clinical-rules.md, "Months").

People read calendar months; trials and doctors compare rates per 28 days. Both are
taken from the same per-day facts. A month only partly inside the span counts only
its days inside the span (`days` says how many).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, compress, groupby, islice
from operator import attrgetter, le

from journal import domain as d
from journal.analysis.attacks import Episode
from journal.analysis.days import DayFacts, MigraineBasis

CLINICAL_MONTH_DAYS = 28


def month_key(day: date) -> str:
    """The "YYYY-MM" of a day."""
    return f"{day.year:04d}-{day.month:02d}"


def per_28(count: int, days: int) -> float:
    """A count over `days` days as a rate per 28 days (0 for an empty span)."""
    return round(count * CLINICAL_MONTH_DAYS / days, 2) if days > 0 else 0.0


@dataclass(frozen=True)
class Tally:
    """Migraine, headache and acute medication days over some days."""

    days: int = 0
    migraine_days: int = 0
    headache_days: int = 0
    acute_medication_days: dict[d.MedicationClass, int] = field(default_factory=dict)
    """Days with intake per class (a day with two classes counts in both)."""
    any_acute_medication_days: int = 0
    migraine_basis: dict[str, int] = field(default_factory=dict)
    """How many migraine days rest on "features", "label" or "medication" (every key
    present; they add up to `migraine_days`)."""

    @property
    def migraine_days_per_28(self) -> float:
        return per_28(self.migraine_days, self.days)

    @property
    def headache_days_per_28(self) -> float:
        return per_28(self.headache_days, self.days)


_migraine = attrgetter("migraine")
_headache = attrgetter("headache")
_acute_classes = attrgetter("acute_classes")
_basis = attrgetter("migraine_basis")
_year_month = attrgetter("day.year", "day.month")
_day = attrgetter("day")
_year_month_of = attrgetter("year", "month")
_onset_day = attrgetter("onset_day")


def tally(facts: Iterable[DayFacts]) -> Tally:
    """Count the days of `facts`."""
    chosen = facts if isinstance(facts, (list, tuple)) else list(facts)
    medicated = list(filter(None, map(_acute_classes, chosen)))
    classes = sorted(Counter(chain.from_iterable(medicated)).items()) if medicated else ()
    bases = Counter(filter(None, map(_basis, chosen)))
    return Tally(
        len(chosen),
        sum(map(_migraine, chosen)),
        sum(map(_headache, chosen)),
        dict(classes),
        len(medicated),
        {basis.key: bases[basis] for basis in MigraineBasis},
    )


def by_month(facts: Iterable[DayFacts]) -> dict[str, list[DayFacts]]:
    """Facts grouped by "YYYY-MM" (facts in date order, as classify_days gives them)."""
    chosen = facts if isinstance(facts, list) else list(facts)
    days = list(map(_day, chosen))
    if not all(map(le, days, islice(days, 1, None))):
        grouped: dict[str, list[DayFacts]] = {}
        for (year, month), found in groupby(chosen, key=_year_month):
            grouped.setdefault(f"{year:04d}-{month:02d}", []).extend(found)
        return grouped
    # In date order: each month is one slice, found by bisection (no per-day step).
    months = {}
    start = 0
    while start < len(days):
        day = days[start]
        end = bisect_left(days, _next_month(day), start)
        months[f"{day.year:04d}-{day.month:02d}"] = chosen[start:end]
        start = end
    return months


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def in_date_order(facts: Mapping[date, DayFacts]) -> list[DayFacts]:
    """The facts of a mapping, sorted by day."""
    return list(map(facts.__getitem__, sorted(facts)))


@dataclass(frozen=True)
class MonthFigures:
    """One calendar month of the span."""

    month: str
    """"YYYY-MM"."""
    first: date
    last: date
    """The month's first and last day inside the span."""
    tally: Tally
    attacks: int
    """Counted attacks whose onset falls in this month (inside the span)."""

    @property
    def complete(self) -> bool:
        """Whether the span covers the whole calendar month."""
        next_month = date(self.first.year + self.first.month // 12, self.first.month % 12 + 1, 1)
        return self.first.day == 1 and (next_month - self.last).days == 1


def calendar_months(
    facts: Mapping[date, DayFacts], episodes: Iterable[Episode] = ()
) -> tuple[MonthFigures, ...]:
    """Figures per calendar month touched by the days of `facts` (in date order)."""
    grouped = by_month(in_date_order(facts))
    onset_days = list(map(_onset_day, episodes))
    counted = compress(onset_days, map(facts.__contains__, onset_days))
    onsets = Counter(map(_year_month_of, counted))  # (year, month): no text per attack
    return tuple(
        MonthFigures(
            key, days[0].day, days[-1].day, tally(days), onsets.get(_year_month(days[0]), 0)
        )
        for key, days in grouped.items()
    )
