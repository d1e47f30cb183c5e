"""What the clinics' own paper calendars ask of each day, worked out from the diary.

The German DMKG headache calendar and the Canadian monthly 0-3 grid (see
journal/report/clinic_calendars.py for their layouts) ask, per day: the worst
headache on the IHS 0-3 scale (the 0-10 rating read in its band when only that was
recorded, and said so), per part of the day on the Canadian grid, how long the
headache lasted, the accompanying symptoms, each acute medication taken with how
well it worked (the 0-3 relief code), preventives taken, and the period. The
Canadian grid sums the month in the Migraine Monthly Index (`migraine_monthly_index`).
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from journal import domain as d
from journal.analysis.attack_days import open_until, touched_days
from journal.analysis.days import DayFacts
from journal.analysis.diary import Diary

PARTS_OF_DAY = ((6, 12), (12, 18), (18, 24), (0, 6))
"""Morning, afternoon, evening and night, as hours of the day (the Canadian grid)."""
MMI_DAYS = 30


def migraine_monthly_index(mild: int, moderate: int, severe: int, month_days: int) -> int:
    """ROUND((1*n1 + 2*n2 + 3*n3) / d * 30): days of mild, moderate and severe headache
    in a month of `month_days` days, as the Canadian Migraine Tracker defines it
    (half rounds up, as a spreadsheet's ROUND does)."""
    weighted = Decimal(mild + 2 * moderate + 3 * severe) * MMI_DAYS / Decimal(month_days)
    return int(weighted.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def relief_code(dose: d.Dose) -> int | None:
    """The 0-3 relief code of a dose (0 none, 1 slight, 2 moderate, 3 complete), from
    the pain at the dose and 2 hours later; None when either was not recorded."""
    if dose.pain_at_dose is None or dose.pain_2h is None:
        return None
    if dose.pain_2h == 0 and dose.pain_at_dose > 0:
        return 3
    return max(0, min(2, dose.pain_at_dose - dose.pain_2h))


@dataclass
class ClinicDay:
    """One day as the paper calendars ask it."""

    day: date
    severity: int | None = None
    """Worst headache of the day, 0-3 (None: no headache, or none rated)."""
    severity_from_nrs: bool = False
    """The severity is the band of a 0-10 rating (no 0-3 pain recorded that day)."""
    unrated_headache: bool = False
    """A headache that day whose severity was recorded on neither scale."""
    parts: list[int | None] = field(default_factory=lambda: [None] * len(PARTS_OF_DAY))
    """Worst severity in the morning, afternoon, evening and night."""
    hours: float = 0.0
    """Hours of headache on this calendar day (attacks cut at midnight)."""
    migraine: bool = False
    headache: bool = False
    aura: bool = False
    nausea: bool = False
    light_and_sound: bool = False
    acute: Counter[str] = field(default_factory=Counter)
    """Doses per acute medication name."""
    relief: dict[str, int] = field(default_factory=dict)
    """Best relief code per acute medication name (doses rated at 2 h)."""
    preventive: Counter[str] = field(default_factory=Counter)
    bleeding: bool = False


@dataclass(frozen=True)
class ClinicMonth:
    """One calendar month of the span: its days (only those in the span) and sums."""

    year: int
    month: int
    days: tuple[ClinicDay, ...]
    complete: bool
    """The span (up to today) covers the whole month: the index is judged on it."""

    @property
    def month_days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    def severity_days(self, severity: int) -> int:
        """Days whose worst headache had this severity (1 mild, 2 moderate, 3 severe)."""
        return sum(1 for day in self.days if day.severity == severity)

    @property
    def index(self) -> int | None:
        """The Migraine Monthly Index of a complete month (None for a part month)."""
        if not self.complete:
            return None
        return migraine_monthly_index(
            self.severity_days(1), self.severity_days(2), self.severity_days(3), self.month_days
        )


def _overlap_hours(start: datetime, end: datetime, day: date, hours: tuple[int, int]) -> float:
    tz = start.tzinfo
    low = datetime.combine(day, time(0), tzinfo=tz) + timedelta(hours=hours[0])
    high = datetime.combine(day, time(0), tzinfo=tz) + timedelta(hours=hours[1])
    return max(0.0, (min(end, high) - max(start, low)).total_seconds() / 3600)


def _add_attack(days: Mapping[date, ClinicDay], attack: d.Attack, today: date) -> None:
    first, last = touched_days(attack, today)
    end = attack.end
    if end is None and not attack.end_unknown:
        end = open_until(attack, today)
    severity = attack.severity
    headache = attack.type != d.AttackType.AURA_ONLY
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = days.get(date.fromordinal(ordinal))
        if day is None:
            continue
        day.aura = day.aura or bool(attack.aura)
        day.nausea = day.nausea or not {"nausea", "vomiting"}.isdisjoint(attack.symptoms)
        day.light_and_sound = day.light_and_sound or (
            "photophobia" in attack.symptoms and "phonophobia" in attack.symptoms
        )
        if not headache:
            continue
        if end is not None:
            day.hours += _overlap_hours(attack.start, end, day.day, (0, 24))
        if severity is None:
            day.unrated_headache = True
            continue
        from_nrs = attack.pain is None
        if day.severity is None or severity > day.severity:
            day.severity, day.severity_from_nrs = severity, from_nrs
        elif severity == day.severity and not from_nrs:
            day.severity_from_nrs = False
        for index, hours in enumerate(PARTS_OF_DAY):
            touched = (
                _overlap_hours(attack.start, end, day.day, hours) > 0
                if end is not None
                else attack.start.date() == day.day and hours[0] <= attack.start.hour < hours[1]
            )
            if touched:
                known = day.parts[index]
                day.parts[index] = severity if known is None else max(known, severity)


def _add_day_record(days: Mapping[date, ClinicDay], record: d.DayRecord) -> None:
    """A headache or migraine noted on a day with no times: its strength, no part of
    the day and no hours."""
    day = days.get(record.day)
    if day is None:
        return
    day.aura = day.aura or record.aura
    day.nausea = day.nausea or not {"nausea", "vomiting"}.isdisjoint(record.symptoms)
    day.light_and_sound = day.light_and_sound or (
        "photophobia" in record.symptoms and "phonophobia" in record.symptoms
    )
    severity = record.pain
    from_nrs = severity is None and record.pain_nrs is not None
    if from_nrs and record.pain_nrs is not None:
        severity = d.nrs_band(record.pain_nrs)
    if severity is None:
        day.unrated_headache = True
    elif day.severity is None or severity > day.severity:
        day.severity, day.severity_from_nrs = severity, from_nrs


def clinic_months(
    diary: Diary, facts: Mapping[date, DayFacts], first: date, last: date, today: date
) -> tuple[ClinicMonth, ...]:
    """The span's calendar months as the clinic calendars show them."""
    days = {day: ClinicDay(day) for day in facts if first <= day <= last}
    for day, fact in facts.items():
        if day in days:
            days[day].migraine, days[day].headache = fact.migraine, fact.headache
            days[day].bleeding = fact.bleeding
    for attack in diary.attacks:
        _add_attack(days, attack, today)
    for record in diary.day_records:
        _add_day_record(days, record)
    medications = diary.medications_by_id
    for dose in diary.doses:
        clinic_day = days.get(dose.taken.date())
        medication = medications.get(dose.medication_id)
        if clinic_day is None or medication is None:
            continue
        if medication.use == d.Use.PREVENTIVE and dose.attack_id is None:
            clinic_day.preventive[medication.name] += 1
            continue
        clinic_day.acute[medication.name] += 1
        code = relief_code(dose)
        if code is not None:
            clinic_day.relief[medication.name] = max(
                code, clinic_day.relief.get(medication.name, 0)
            )
    by_month: dict[tuple[int, int], list[ClinicDay]] = defaultdict(list)
    for day in sorted(days):
        by_month[(day.year, day.month)].append(days[day])
    counted_last = min(last, today)
    months = []
    for (year, month), found in by_month.items():
        month_first = date(year, month, 1)
        month_last = date(year, month, calendar.monthrange(year, month)[1])
        complete = first <= month_first and month_last <= counted_last
        months.append(ClinicMonth(year, month, tuple(found), complete))
    return tuple(months)
