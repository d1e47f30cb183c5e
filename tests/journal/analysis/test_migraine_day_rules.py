"""The revised migraine-day and headache-day rules (clinical-rules.md, "Attacks and
days"): criteria (a)-(d) add up, each day keeps its basis, the patient's label needs
30 minutes, the 0-10 rating is read in bands, "type not given", attacks with only a
start. Each numbered departure of issue 14 is named where it is tested."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

from diary_builders import FULL_MIGRAINE, MEDICATIONS, TRIPTAN, TZ, attack, dose
from hypothesis import given
from hypothesis import strategies as st

from journal import domain as d
from journal.analysis.attack_days import days_touched
from journal.analysis.days import (
    DEFAULT_RULES,
    DayFacts,
    MigraineBasis,
    attack_basis,
    classify_days,
    has_typical_aura,
    meets_ichd_features,
    patient_calls_migraine,
)
from journal.analysis.diary import Diary

DAY = date(2026, 6, 1)
NEXT = date(2026, 6, 2)
TODAY = date(2026, 6, 30)
A = d.AttackType
FEATURES, LABEL, MEDICATION = MigraineBasis.FEATURES, MigraineBasis.LABEL, MigraineBasis.MEDICATION


def facts_of(*records: d.Attack | d.Dose, today: date = TODAY) -> dict[date, DayFacts]:
    attacks = tuple(r for r in records if isinstance(r, d.Attack))
    doses = tuple(r for r in records if isinstance(r, d.Dose))
    diary = Diary(attacks=attacks, doses=doses, medications=MEDICATIONS)
    return classify_days(diary, date(2026, 5, 25), date(2026, 6, 10), today)


def migraine_days(facts: dict[date, DayFacts]) -> dict[date, MigraineBasis | None]:
    return {day: fact.migraine_basis for day, fact in facts.items() if fact.migraine}


def headache_days(facts: dict[date, DayFacts]) -> list[date]:
    return [day for day, fact in facts.items() if fact.headache]


# (c) the patient's label


def test_patient_label_needs_30_minutes() -> None:
    """Departure 2: a 20-minute attack typed migraine made a migraine and headache day."""
    twenty = attack(DAY, 20 / 60, pain=2)
    assert migraine_days(facts_of(twenty)) == {}
    assert headache_days(facts_of(twenty)) == []
    thirty = attack(DAY, 0.5, pain=2)
    assert migraine_days(facts_of(thirty)) == {DAY: LABEL}


def test_patient_label_is_kept_when_one_feature_is_recorded() -> None:
    """Departure 3: one recorded feature made the strict criteria drop the label."""
    one_feature = attack(DAY, 3, pain=1, unilateral=True)
    assert migraine_days(facts_of(one_feature)) == {DAY: LABEL}


def test_patient_label_counts_only_for_the_type_migraine() -> None:
    for kind in (A.HEADACHE, A.NOT_SURE, A.NOT_GIVEN, A.AURA_ONLY):
        assert migraine_days(facts_of(attack(DAY, 3, kind=kind, pain=2))) == {}


# (a) the ICHD-3 features and the 0-10 bands


def test_ichd_features_read_moderate_or_severe_from_the_0_10_bands() -> None:
    """Departure 3: the 0-10 rating was never read for "moderate or severe"."""

    def rated(nrs: int) -> d.Attack:
        return attack(DAY, 3, kind=A.HEADACHE, pain_nrs=nrs, unilateral=True, symptoms=("nausea",))

    assert migraine_days(facts_of(rated(3))) == {}  # 1-3: mild
    assert migraine_days(facts_of(rated(4))) == {DAY: FEATURES}  # 4-6: moderate
    assert migraine_days(facts_of(rated(7))) == {DAY: FEATURES}  # 7-10: severe


def test_ichd_features_0_3_pain_wins_over_the_0_10_rating_when_both_are_recorded() -> None:
    both = attack(
        DAY, 3, kind=A.HEADACHE, pain=1, pain_nrs=8, unilateral=True, symptoms=("nausea",)
    )
    assert migraine_days(facts_of(both)) == {}


def test_ichd_features_migraine_buddy_attack_is_a_migraine_day_on_every_day() -> None:
    """Departure 3: typed migraine, 7/10, one-sided, nausea, over three days, a triptan
    on the first day: a migraine day only where the triptan was taken."""
    start = datetime.combine(DAY, time(7), tzinfo=TZ)
    three_days = d.Attack(
        start=start,
        end=start + timedelta(hours=50),
        type=A.MIGRAINE,
        pain_nrs=7,
        unilateral=True,
        symptoms=("nausea",),
    )
    triptan = dose(TRIPTAN, DAY, 8, attack_id=three_days.id)
    found = migraine_days(facts_of(three_days, triptan))
    assert found == {DAY: FEATURES, NEXT: FEATURES, date(2026, 6, 3): FEATURES}


def test_ichd_features_need_30_minutes_of_headache() -> None:
    assert not meets_ichd_features(attack(DAY, 29 / 60, **FULL_MIGRAINE), 29, DEFAULT_RULES)
    assert meets_ichd_features(attack(DAY, 0.5, **FULL_MIGRAINE), 30, DEFAULT_RULES)


# (b) typical aura, each symptom 5-60 minutes


def test_typical_aura_each_symptom_5_to_60_minutes() -> None:
    """Departure 2: an "aura only" attack counted with its aura recorded as 4 or 61 min."""

    def aura_only(*minutes: int | None) -> d.Attack:
        symptoms = tuple(d.AuraSymptom(d.AuraType.VISUAL, m) for m in minutes)
        return attack(DAY, 1, kind=A.AURA_ONLY, aura=symptoms)

    assert migraine_days(facts_of(aura_only(4))) == {}
    assert migraine_days(facts_of(aura_only(61))) == {}
    assert migraine_days(facts_of(aura_only(5))) == {DAY: FEATURES}
    assert migraine_days(facts_of(aura_only(60))) == {DAY: FEATURES}
    assert migraine_days(facts_of(aura_only(None))) == {DAY: FEATURES}  # minutes not recorded
    assert has_typical_aura(aura_only(61, 20), DEFAULT_RULES)  # one symptom in range


def test_typical_aura_is_only_visual_sensory_or_speech() -> None:
    """Criterion (b) is typical aura ("only visual, sensory or speech"): an aura with a
    motor, brainstem or retinal symptom is not typical, whatever its minutes."""
    kind = d.AuraType

    def aura_only(*kinds: d.AuraType) -> d.Attack:
        symptoms = tuple(d.AuraSymptom(k, 20) for k in kinds)
        return attack(DAY, 1, kind=A.AURA_ONLY, aura=symptoms)

    for typical in (kind.VISUAL, kind.SENSORY, kind.SPEECH):
        assert migraine_days(facts_of(aura_only(typical))) == {DAY: FEATURES}
    all_three = aura_only(kind.VISUAL, kind.SENSORY, kind.SPEECH)
    assert migraine_days(facts_of(all_three)) == {DAY: FEATURES}
    for atypical in (kind.MOTOR, kind.BRAINSTEM, kind.RETINAL):
        assert migraine_days(facts_of(aura_only(atypical))) == {}
        assert migraine_days(facts_of(aura_only(kind.VISUAL, atypical))) == {}
        assert not has_typical_aura(aura_only(kind.SENSORY, atypical), DEFAULT_RULES)


def test_typical_aura_unrecorded_kind_cannot_show_it() -> None:
    """An aura "kind not recorded" (importers) cannot be shown typical: alone it is not
    (b); beside a recorded visual symptom it takes nothing away."""
    unrecorded = d.AuraSymptom(d.AuraType.UNSPECIFIED)
    alone = attack(DAY, 1, kind=A.AURA_ONLY, aura=(unrecorded,))
    assert migraine_days(facts_of(alone)) == {}
    with_visual = dataclasses.replace(alone, aura=(unrecorded, d.AuraSymptom(d.AuraType.VISUAL)))
    assert migraine_days(facts_of(with_visual)) == {DAY: FEATURES}
    # typed "migraine with aura" by the source, it still counts by the patient's label (c)
    labelled = attack(DAY, 1, kind=A.MIGRAINE, aura=(unrecorded,))
    assert migraine_days(facts_of(labelled)) == {DAY: LABEL}


def test_typical_aura_atypical_symptom_leaves_the_label_and_features() -> None:
    """A motor symptom makes the aura not typical, but a day the patient called migraine
    or that met (a) stays a migraine day: only (b) is narrowed by the rule text."""
    motor = (d.AuraSymptom(d.AuraType.VISUAL, 20), d.AuraSymptom(d.AuraType.MOTOR, 30))
    assert migraine_days(facts_of(attack(DAY, 1, kind=A.MIGRAINE, aura=motor))) == {DAY: LABEL}
    full = attack(DAY, 1, kind=A.HEADACHE, aura=motor, **FULL_MIGRAINE)
    assert migraine_days(facts_of(full)) == {DAY: FEATURES}


def test_typical_aura_without_headache_is_a_migraine_day_and_so_a_headache_day() -> None:
    facts = facts_of(
        attack(DAY, 0.5, kind=A.AURA_ONLY, aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),))
    )
    assert migraine_days(facts) == {DAY: FEATURES}
    assert headache_days(facts) == [DAY]


# (d) migraine-specific medication


def test_migraine_specific_intake_alone_rests_on_medication() -> None:
    assert migraine_days(facts_of(dose(TRIPTAN, DAY))) == {DAY: MEDICATION}


def test_migraine_specific_intake_linked_to_an_attack_counts_whatever_it_is_marked() -> None:
    frova = d.Medication("Frovatriptan", d.MedicationClass.TRIPTAN, d.Use.PREVENTIVE, id="frova")
    headache = attack(DAY, 0.25, kind=A.HEADACHE)
    linked = d.Dose(frova.id, dose(TRIPTAN, DAY).taken, attack_id=headache.id)
    unlinked = d.Dose(frova.id, dose(TRIPTAN, NEXT).taken)
    diary = Diary(attacks=(headache,), doses=(linked, unlinked), medications=(*MEDICATIONS, frova))
    facts = classify_days(diary, DAY, NEXT, TODAY)
    assert migraine_days(facts) == {DAY: MEDICATION}
    assert facts[NEXT].intake_classes == {d.MedicationClass.TRIPTAN}  # still counted for overuse
    assert facts[NEXT].acute_classes == frozenset()


# The basis of a day


def test_migraine_day_basis_keeps_the_strongest_of_the_day() -> None:
    label = attack(DAY, 2, hour=8, pain=1)
    features = attack(DAY, 2, hour=14, kind=A.HEADACHE, **FULL_MIGRAINE)
    assert migraine_days(facts_of(label, dose(TRIPTAN, DAY), features)) == {DAY: FEATURES}
    assert migraine_days(facts_of(label, dose(TRIPTAN, DAY))) == {DAY: LABEL}


def test_migraine_day_basis_split_adds_up_to_the_migraine_days() -> None:
    from journal.analysis.months import tally

    facts = facts_of(
        attack(DAY, 3, **FULL_MIGRAINE),
        attack(date(2026, 6, 4), 3, pain=1),
        dose(TRIPTAN, date(2026, 6, 7)),
    )
    counted = tally(facts.values())
    assert counted.migraine_basis == {"features": 1, "label": 1, "medication": 1}
    assert sum(counted.migraine_basis.values()) == counted.migraine_days == 3


# "Type not given" (departure 4)


def test_type_not_given_counts_by_features_aura_and_medication_only() -> None:
    """Departure 4: "Attack now" recorded every attack as a migraine."""
    plain = attack(DAY, 3, kind=A.NOT_GIVEN, pain=3)
    assert migraine_days(facts_of(plain)) == {}
    assert headache_days(facts_of(plain)) == [DAY]
    featured = attack(NEXT, 3, kind=A.NOT_GIVEN, **FULL_MIGRAINE)
    assert migraine_days(facts_of(featured)) == {NEXT: FEATURES}
    assert not patient_calls_migraine(plain, 180, DEFAULT_RULES)


# An attack with only a start


def test_attack_with_only_a_start_counts_on_its_start_day_and_meets_no_duration() -> None:
    start = datetime.combine(DAY, time(9), tzinfo=TZ)
    only_start = d.Attack(start=start, end_unknown=True, type=A.MIGRAINE, **FULL_MIGRAINE)  # type: ignore[arg-type]
    facts = facts_of(only_start, today=date(2026, 6, 5))
    assert facts[DAY].attack_ids == (only_start.id,)
    assert facts[NEXT].attack_ids == ()  # not "still going on"
    assert migraine_days(facts) == {} and headache_days(facts) == []
    assert not only_start.is_open
    assert days_touched(only_start, date(2026, 6, 5)) == [DAY]
    with_aura = dataclasses.replace(only_start, aura=(d.AuraSymptom(d.AuraType.VISUAL),))
    assert migraine_days(facts_of(with_aura)) == {DAY: FEATURES}  # (b) needs no duration


# Recording more detail never removes a migraine day (property)

FEATURE_FIELDS = ("unilateral", "pulsating", "worse_with_activity")
SYMPTOMS = tuple(symptom.value for symptom in d.Symptom)


@st.composite
def attacks(draw: st.DrawFn) -> d.Attack:
    start = datetime.combine(
        DAY, time(draw(st.integers(0, 23)), draw(st.integers(0, 59))), tzinfo=TZ
    )
    minutes = draw(st.integers(0, 3 * 24 * 60))
    pain = draw(st.none() | st.integers(0, 3))
    return d.Attack(
        start=start,
        end=start + timedelta(minutes=minutes),
        type=draw(st.sampled_from(list(A))),
        pain=pain,
        pain_nrs=draw(st.none() | st.integers(0, 10)),
        unilateral=draw(st.booleans()),
        pulsating=draw(st.booleans()),
        worse_with_activity=draw(st.booleans()),
        symptoms=tuple(draw(st.sets(st.sampled_from(SYMPTOMS)))),
        aura=tuple(
            d.AuraSymptom(kind, m)
            for kind, m in draw(
                st.lists(
                    st.tuples(st.sampled_from(list(d.AuraType)), st.none() | st.integers(0, 120)),
                    max_size=2,
                )
            )
        ),
    )


@st.composite
def more_detail(draw: st.DrawFn, before: d.Attack) -> d.Attack:
    """The same attack with one true detail added: a feature, a symptom, a rating."""
    kind = draw(st.sampled_from(("feature", "symptom", "rating", "nrs")))
    if kind == "feature":
        return dataclasses.replace(before, **{draw(st.sampled_from(FEATURE_FIELDS)): True})
    if kind == "symptom":
        symptom = draw(st.sampled_from(SYMPTOMS))
        return dataclasses.replace(before, symptoms=tuple({*before.symptoms, symptom}))
    if kind == "rating" and before.pain is None:
        band = d.nrs_band(before.pain_nrs) if before.pain_nrs is not None else None
        return dataclasses.replace(before, pain=draw(st.integers(0, 3)) if band is None else band)
    if before.pain_nrs is None:
        return dataclasses.replace(before, pain_nrs=draw(st.integers(0, 10)))
    return before


@given(data=st.data(), before=attacks())
def test_adding_a_true_detail_never_removes_a_migraine_day(
    data: st.DataObject, before: d.Attack
) -> None:
    after = data.draw(more_detail(before))
    lost = set(migraine_days(facts_of(before))) - set(migraine_days(facts_of(after)))
    assert not lost, (before, after)
    # and never weakens the basis of the attack
    was, now = attack_basis(before, TODAY), attack_basis(after, TODAY)
    assert was is None or (now is not None and now <= was)
