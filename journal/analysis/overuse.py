"""Medication overuse (ICHD-3 8.2; clinical-rules.md, "Medication overuse").

Counted in days of intake per calendar month, not doses:
- triptans, ergots, opioids, combination analgesics: 10 or more days;
- simple analgesics (paracetamol, aspirin, other NSAIDs, one class): 15 or more days;
- several classes, none overused alone: 10 or more days with any of those five
  classes, when at least two classes were taken that month and no class reached its
  own threshold ("several_classes").
Every day of intake of these classes counts, whatever the medication is marked as
(a triptan taken as short-term prevention, an NSAID taken daily for another reason:
`DayFacts.intake_classes`). Gepants, ditans and antiemetics are not counted.
A month is at an overuse level when any class reaches its threshold or the classes
together reach 10 days without one alone doing so. ICHD-3 8.2 B ("one or more
drugs") asks for more than 3 consecutive months: the `ONE_OR_MORE` finding holds the
months at any overuse level, whichever classes they were, and is sustained after 4
or more consecutive months; the per-class findings are shown beside it. It is a
pattern to discuss with a doctor, never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from journal import domain as d
from journal.analysis.days import DayFacts
from journal.analysis.months import by_month, in_date_order

C = d.MedicationClass
THRESHOLDS: dict[str, int] = {
    C.TRIPTAN: 10,
    C.ERGOT: 10,
    C.OPIOID: 10,
    C.COMBINATION_ANALGESIC: 10,
    C.SIMPLE_ANALGESIC: 15,
}
SEVERAL_CLASSES = "several_classes"
ONE_OR_MORE = "one_or_more"
"""The months at any overuse level, whichever classes they were (ICHD-3 8.2 B)."""
SEVERAL_CLASSES_THRESHOLD = 10
SUSTAINED_MONTHS = 4
"""More than 3 consecutive months."""
COUNTED_CLASSES = frozenset(THRESHOLDS)
_intake_classes = attrgetter("intake_classes")


@dataclass(frozen=True)
class OveruseFinding:
    """A class (or "several_classes") that reached its threshold in some months."""

    med_class: str
    threshold: int | None
    """Days per month; None for ONE_OR_MORE (each class at its own threshold)."""
    months: tuple[str, ...]
    """"YYYY-MM" of each month where the threshold was reached, in order."""
    days_by_month: dict[str, int]
    """Days of intake in each of those months."""
    longest_streak: int
    """The longest run of consecutive calendar months in `months`."""

    @property
    def sustained(self) -> bool:
        """More than 3 consecutive months: the duration ICHD-3 8.2 asks for."""
        return self.longest_streak >= SUSTAINED_MONTHS


def _month_index(key: str) -> int:
    year, month = key.split("-")
    return int(year) * 12 + int(month) - 1


def longest_streak(months: Iterable[str]) -> int:
    """The longest run of consecutive calendar months among "YYYY-MM" keys."""
    best = run = 0
    previous: int | None = None
    for index in sorted({_month_index(key) for key in months}):
        run = run + 1 if previous is not None and index == previous + 1 else 1
        best = max(best, run)
        previous = index
    return best


def monthly_class_days(facts: Mapping[date, DayFacts]) -> dict[str, dict[str, int]]:
    """Per "YYYY-MM": days of intake per counted class, and for SEVERAL_CLASSES the
    days with any counted class (every intake, however the medication is marked)."""
    months: dict[str, dict[str, int]] = {}
    for key, days in by_month(in_date_order(facts)).items():
        counts = months.setdefault(key, {})
        for classes in filter(None, map(_intake_classes, days)):
            counted = classes & COUNTED_CLASSES
            for med_class in counted:
                counts[med_class] = counts.get(med_class, 0) + 1
            if counted:
                counts[SEVERAL_CLASSES] = counts.get(SEVERAL_CLASSES, 0) + 1
    return months


def overuse(facts: Mapping[date, DayFacts]) -> tuple[OveruseFinding, ...]:
    """Every class (or SEVERAL_CLASSES) that reached its ICHD-3 8.2 threshold in a
    calendar month."""
    reached: dict[str, dict[str, int]] = {}
    for month, counts in sorted(monthly_class_days(facts).items()):
        alone = [c for c in COUNTED_CLASSES if counts.get(c, 0) >= THRESHOLDS[c]]
        for med_class in alone:
            reached.setdefault(med_class, {})[month] = counts[med_class]
        if not alone and _several_classes(counts):
            reached.setdefault(SEVERAL_CLASSES, {})[month] = counts[SEVERAL_CLASSES]
    order = [*THRESHOLDS, SEVERAL_CLASSES]
    return tuple(
        _finding(str(med_class), THRESHOLDS.get(med_class, SEVERAL_CLASSES_THRESHOLD), days)
        for med_class in order
        if (days := reached.get(med_class))
    )


def overuse_one_or_more(facts: Mapping[date, DayFacts]) -> OveruseFinding | None:
    """The months at any overuse level, whichever classes reached it (ICHD-3 8.2 B:
    "one or more drugs"), with the days of intake of any counted class; None when no
    month was."""
    level = {
        month: counts.get(SEVERAL_CLASSES, 0)
        for month, counts in sorted(monthly_class_days(facts).items())
        if any(counts.get(c, 0) >= THRESHOLDS[c] for c in COUNTED_CLASSES)
        or _several_classes(counts)
    }
    return _finding(ONE_OR_MORE, None, level) if level else None


def _several_classes(counts: Mapping[str, int]) -> bool:
    """Two or more counted classes taken, on 10 or more days together."""
    classes_taken = sum(1 for c in COUNTED_CLASSES if counts.get(c, 0))
    return classes_taken >= 2 and counts.get(SEVERAL_CLASSES, 0) >= SEVERAL_CLASSES_THRESHOLD


def _finding(med_class: str, threshold: int | None, days: dict[str, int]) -> OveruseFinding:
    return OveruseFinding(
        med_class=med_class,
        threshold=threshold,
        months=tuple(days),
        days_by_month=days,
        longest_streak=longest_streak(days),
    )
