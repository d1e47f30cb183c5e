"""Migraine days, headache days and acute medication days: clinical-rules.md,
"Attacks and days"."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from diary_builders import (
    ATOGEPANT,
    FULL_MIGRAINE,
    IBUPROFEN,
    MEDICATIONS,
    METOCLOPRAMIDE,
    RIMEGEPANT,
    TRIPTAN,
    TZ,
    attack,
    dose,
)

from journal import domain as d
from journal.analysis.days import DEFAULT_RULES, DayFacts, DayRules, classify_days
from journal.analysis.diary import Diary

DAY = date(2026, 6, 1)
HEADACHE = d.AttackType.HEADACHE
NEXT = date(2026, 6, 2)


def facts_of(
    *records: d.Attack | d.Dose, today: date = date(2026, 6, 30), rules: DayRules = DEFAULT_RULES
) -> dict[date, DayFacts]:
    attacks = tuple(r for r in records if isinstance(r, d.Attack))
    doses = tuple(r for r in records if isinstance(r, d.Dose))
    diary = Diary(attacks=attacks, doses=doses, medications=MEDICATIONS)
    return classify_days(diary, date(2026, 5, 25), date(2026, 6, 10), today, rules)


def migraine_days(facts: dict[date, DayFacts]) -> list[date]:
    return [day for day, fact in facts.items() if fact.migraine]


def headache_days(facts: dict[date, DayFacts]) -> list[date]:
    return [day for day, fact in facts.items() if fact.headache]


def test_every_day_of_the_span_has_facts() -> None:
    facts = facts_of()
    assert list(facts) == [date(2026, 5, 25) + timedelta(days=n) for n in range(17)]
    assert not any(fact.migraine or fact.headache for fact in facts.values())


def test_attack_spanning_midnight_counts_on_both_days() -> None:
    night = attack(DAY, 9, hour=22, **FULL_MIGRAINE)  # 22:00 to 07:00
    facts = facts_of(night)
    assert migraine_days(facts) == [DAY, NEXT]
    assert headache_days(facts) == [DAY, NEXT]
    assert facts[DAY].attack_ids == facts[NEXT].attack_ids == (night.id,)


def test_attack_ending_exactly_at_midnight_does_not_touch_the_next_day() -> None:
    evening = attack(DAY, 2, hour=22, **FULL_MIGRAINE)  # 22:00 to 00:00
    assert migraine_days(facts_of(evening)) == [DAY]


def test_open_attack_counts_every_day_until_today() -> None:
    start = datetime.combine(DAY, time(8), tzinfo=TZ)
    still_going = d.Attack(start=start, **FULL_MIGRAINE)  # type: ignore[arg-type]
    facts = facts_of(still_going, today=date(2026, 6, 3))
    assert migraine_days(facts) == [DAY, NEXT, date(2026, 6, 3)]


def test_migraine_day_criterion_a_needs_2_features_and_a_symptom() -> None:
    meets = attack(DAY, 1, pain=2, pulsating=True, symptoms=("vomiting",))
    assert migraine_days(facts_of(meets)) == [DAY]
    one_feature = attack(DAY, 4, kind=HEADACHE, pain=1, pulsating=True, symptoms=("nausea",))
    assert migraine_days(facts_of(one_feature)) == []
    no_symptom = attack(DAY, 4, kind=HEADACHE, pain=3, unilateral=True, symptoms=())
    assert migraine_days(facts_of(no_symptom)) == []


def test_photophobia_counts_only_together_with_phonophobia() -> None:
    light_only = attack(DAY, 4, kind=HEADACHE, pain=3, unilateral=True, symptoms=("photophobia",))
    assert migraine_days(facts_of(light_only)) == []
    both = attack(
        DAY, 4, kind=HEADACHE, pain=3, unilateral=True, symptoms=("photophobia", "phonophobia")
    )
    assert migraine_days(facts_of(both)) == [DAY]


def test_migraine_day_criterion_a_needs_30_minutes() -> None:
    short = attack(DAY, 29 / 60, **FULL_MIGRAINE)
    assert migraine_days(facts_of(short)) == []
    thirty = attack(DAY, 0.5, **FULL_MIGRAINE)
    assert migraine_days(facts_of(thirty)) == [DAY]


def test_headache_type_with_migraine_features_makes_a_migraine_day() -> None:
    features_decide = attack(DAY, 3, kind=d.AttackType.HEADACHE, **FULL_MIGRAINE)
    assert migraine_days(facts_of(features_decide)) == [DAY]


def test_headache_and_not_sure_types_without_features_are_not_migraine() -> None:
    headache = attack(DAY, 3, kind=d.AttackType.HEADACHE, pain=2)
    unsure = attack(NEXT, 3, kind=d.AttackType.NOT_SURE, pain=2)
    facts = facts_of(headache, unsure)
    assert migraine_days(facts) == []
    assert headache_days(facts) == [DAY, NEXT]


def test_type_rule_can_be_switched_off() -> None:
    only_type = attack(DAY, 3, pain=2)
    strict = DayRules(label_counts=False)
    assert migraine_days(facts_of(only_type, rules=strict)) == []


def test_migraine_day_criterion_b_aura_of_5_to_60_minutes() -> None:
    def aura_attack(minutes: int | None) -> d.Attack:
        return attack(
            DAY, 1, kind=d.AttackType.HEADACHE, aura=(d.AuraSymptom(d.AuraType.VISUAL, minutes),)
        )

    assert migraine_days(facts_of(aura_attack(5))) == [DAY]
    assert migraine_days(facts_of(aura_attack(60))) == [DAY]
    assert migraine_days(facts_of(aura_attack(4))) == []
    assert migraine_days(facts_of(aura_attack(61))) == []
    assert migraine_days(facts_of(aura_attack(None))) == [DAY]  # length not recorded


def test_aura_only_attack_is_a_migraine_day_but_not_a_headache_by_itself() -> None:
    aura = attack(
        DAY,
        0.5,
        kind=d.AttackType.AURA_ONLY,
        aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),),
    )
    facts = facts_of(aura)
    assert migraine_days(facts) == [DAY]
    assert facts[DAY].aura
    assert headache_days(facts) == [DAY]  # a migraine day is always a headache day


def test_migraine_day_criterion_c_migraine_specific_drug_whatever_its_effect() -> None:
    facts = facts_of(dose(TRIPTAN, DAY, pain_at_dose=0), dose(RIMEGEPANT, NEXT))
    assert migraine_days(facts) == [DAY, NEXT]
    assert facts[DAY].acute_classes == {d.MedicationClass.TRIPTAN}


def test_preventive_use_of_a_gepant_is_not_acute_medication() -> None:
    facts = facts_of(dose(ATOGEPANT, DAY))
    assert migraine_days(facts) == [] and headache_days(facts) == []
    assert facts[DAY].acute_classes == frozenset()


def test_headache_day_needs_one_hour_of_headache() -> None:
    short = attack(DAY, 59 / 60, kind=d.AttackType.HEADACHE, pain=2)
    hour = attack(NEXT, 1, kind=d.AttackType.HEADACHE, pain=2)
    assert headache_days(facts_of(short, hour)) == [NEXT]


def test_acute_headache_medication_makes_a_headache_day() -> None:
    facts = facts_of(dose(IBUPROFEN, DAY))
    assert headache_days(facts) == [DAY]
    assert migraine_days(facts) == []  # a simple analgesic is not migraine-specific


def test_antiemetic_alone_is_not_headache_medication_but_is_an_acute_medication_day() -> None:
    facts = facts_of(dose(METOCLOPRAMIDE, DAY))
    assert headache_days(facts) == []
    assert facts[DAY].acute_classes == {d.MedicationClass.ANTIEMETIC}


def test_acute_medication_day_is_counted_per_class_not_per_dose() -> None:
    facts = facts_of(dose(TRIPTAN, DAY, 8), dose(TRIPTAN, DAY, 14), dose(IBUPROFEN, DAY, 9))
    assert facts[DAY].acute_classes == {
        d.MedicationClass.TRIPTAN,
        d.MedicationClass.SIMPLE_ANALGESIC,
    }
    assert facts[DAY].acute_doses == 3


def test_day_facts_keep_peak_pain_of_the_day() -> None:
    facts = facts_of(attack(DAY, 1, hour=8, pain=1), attack(DAY, 1, hour=15, pain=3))
    assert facts[DAY].pain == 3
    assert len(facts[DAY].attack_ids) == 2


def test_an_attack_still_going_on_counts_as_long_as_it_has_lasted_so_far() -> None:
    """Issue 16: "Attack now" opened by mistake made a headache day at once (an open
    attack counted as lasting to midnight); a headache day needs 1 hour of headache."""
    today = d.local_now().date()

    def facts(minutes_ago: int) -> DayFacts:
        started = d.Attack(start=d.local_now() - timedelta(minutes=minutes_ago), pain=2)
        diary = Diary(attacks=(started,), medications=MEDICATIONS)
        return classify_days(diary, today, today, today)[today]

    assert not facts(1).headache
    assert facts(120).headache  # (begun yesterday shortly after midnight: on today too)
