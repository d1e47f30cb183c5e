"""Calendar months and 28-day rates (clinical-rules.md, "Months").

People read calendar months; trials and doctors compare rates per 28 days. Both are
taken from the same per-day facts. A month only partly inside the span counts only
its days inside the span (`days` says how many).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from journal import domain as d
from journal.analysis.attacks import Episode
from journal.analysis.days import DayFacts

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

    @property
    def migraine_days_per_28(self) -> float:
        return per_28(self.migraine_days, self.days)

    @property
    def headache_days_per_28(self) -> float:
        return per_28(self.headache_days, self.days)


def tally(facts: Iterable[DayFacts]) -> Tally:
    """Count the days of `facts`."""
    days = migraine = headache = medicated = 0
    classes: dict[d.MedicationClass, int] = {}
    for fact in facts:
        days += 1
        migraine += fact.migraine
        headache += fact.headache
        if fact.acute_classes:
            medicated += 1
            for med_class in fact.acute_classes:
                classes[med_class] = classes.get(med_class, 0) + 1
    return Tally(days, migraine, headache, dict(sorted(classes.items())), medicated)


def by_month(facts: Iterable[DayFacts]) -> dict[str, list[DayFacts]]:
    """Facts grouped by "YYYY-MM" (facts in date order, as classify_days gives them)."""
    grouped: dict[str, list[DayFacts]] = {}
    current: list[DayFacts] = []
    month = year = 0
    for fact in facts:
        day = fact.day
        if day.month != month or day.year != year:
            year, month = day.year, day.month
            current = grouped.setdefault(f"{year:04d}-{month:02d}", [])
        current.append(fact)
    return grouped


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
    grouped = by_month(facts[day] for day in sorted(facts))
    onsets = Counter(
        month_key(episode.onset_day) for episode in episodes if episode.onset_day in facts
    )
    return tuple(
        MonthFigures(key, days[0].day, days[-1].day, tally(days), onsets.get(key, 0))
        for key, days in grouped.items()
    )
