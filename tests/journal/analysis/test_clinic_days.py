"""What the clinics' paper calendars ask of each day, and the Migraine Monthly Index
of the Canadian grid: ROUND((1*n1 + 2*n2 + 3*n3) / d * 30)."""

from __future__ import annotations

from datetime import date

from diary_builders import MEDICATIONS, TRIPTAN, attack, dose

from journal import domain as d
from journal.analysis.clinic_days import clinic_months, migraine_monthly_index, relief_code
from journal.analysis.days import classify_days
from journal.analysis.diary import Diary

JUNE_FIRST, JUNE_LAST, TODAY = date(2026, 6, 1), date(2026, 6, 30), date(2026, 7, 2)


def test_migraine_monthly_index_4_3_1_days_in_a_30_day_month_give_13() -> None:
    assert migraine_monthly_index(4, 3, 1, 30) == 13


def test_migraine_monthly_index_of_the_same_days_in_a_28_day_month_is_14() -> None:
    assert migraine_monthly_index(4, 3, 1, 28) == 14  # 13.93


def test_migraine_monthly_index_rounds_half_up() -> None:
    assert migraine_monthly_index(1, 0, 0, 60) == 1  # 0.5
    assert migraine_monthly_index(0, 0, 0, 31) == 0


def test_relief_code_none_slight_moderate_complete() -> None:
    def rated(before: int, after: int) -> int | None:
        return relief_code(
            d.Dose("m", dose(TRIPTAN, JUNE_FIRST).taken, pain_at_dose=before, pain_2h=after)
        )

    assert (rated(3, 3), rated(3, 2), rated(3, 1), rated(3, 0), rated(2, 3)) == (0, 1, 2, 3, 0)
    assert relief_code(dose(TRIPTAN, JUNE_FIRST, pain_at_dose=2)) is None


def months_of(*records: d.Attack | d.Dose) -> list:
    attacks = tuple(r for r in records if isinstance(r, d.Attack))
    doses = tuple(r for r in records if isinstance(r, d.Dose))
    diary = Diary(attacks=attacks, doses=doses, medications=MEDICATIONS)
    facts = classify_days(diary, JUNE_FIRST, JUNE_LAST, TODAY)
    return list(clinic_months(diary, facts, JUNE_FIRST, JUNE_LAST, TODAY))


def test_clinic_month_counts_days_by_their_worst_headache_and_its_index() -> None:
    records = [attack(date(2026, 6, n), 3, pain=1) for n in (1, 2, 3, 4)]
    records += [attack(date(2026, 6, n), 3, pain=2) for n in (10, 11, 12)]
    records += [attack(date(2026, 6, 20), 3, pain=3), attack(date(2026, 6, 20), 2, hour=15, pain=1)]
    (june,) = months_of(*records)
    assert (june.severity_days(1), june.severity_days(2), june.severity_days(3)) == (4, 3, 1)
    assert june.complete and june.index == 13


def test_clinic_day_reads_a_0_10_rating_in_its_band_and_says_so() -> None:
    (june,) = months_of(attack(JUNE_FIRST, 2, pain_nrs=8))
    first = june.days[0]
    assert (first.severity, first.severity_from_nrs) == (3, True)


def test_clinic_day_marks_each_part_of_the_day_the_headache_touched() -> None:
    evening_to_night = attack(JUNE_FIRST, 8, hour=20, pain=2)  # 20:00 to 04:00
    (june,) = months_of(evening_to_night)
    assert june.days[0].parts == [None, None, 2, None]
    assert june.days[1].parts == [None, None, None, 2]
    assert (june.days[0].hours, june.days[1].hours) == (4.0, 4.0)


def test_clinic_day_lists_doses_per_medication_with_their_best_relief() -> None:
    (june,) = months_of(
        dose(TRIPTAN, JUNE_FIRST, 8, pain_at_dose=3, pain_2h=2),
        dose(TRIPTAN, JUNE_FIRST, 14, pain_at_dose=2, pain_2h=0),
    )
    assert june.days[0].acute == {"Sumatriptan": 2}
    assert june.days[0].relief == {"Sumatriptan": 3}


def test_part_month_has_no_index() -> None:
    diary = Diary(attacks=(attack(JUNE_FIRST, 3, pain=2),))
    facts = classify_days(diary, date(2026, 6, 10), JUNE_LAST, TODAY)
    (june,) = clinic_months(diary, facts, date(2026, 6, 10), JUNE_LAST, TODAY)
    assert not june.complete and june.index is None


def test_clinic_day_shows_a_day_level_record_without_parts_of_the_day() -> None:
    record = d.DayRecord(JUNE_FIRST, d.DayRecordKind.MIGRAINE, pain_nrs=5)
    diary = Diary(day_records=(record,))
    facts = classify_days(diary, JUNE_FIRST, JUNE_LAST, TODAY)
    (june,) = clinic_months(diary, facts, JUNE_FIRST, JUNE_LAST, TODAY)
    first = june.days[0]
    assert (first.severity, first.severity_from_nrs, first.migraine) == (2, True, True)
    assert first.parts == [None, None, None, None] and first.hours == 0
