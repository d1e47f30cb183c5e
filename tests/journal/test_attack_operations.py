"""Attack, dose and medication actions, and the rules they check first."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from journal import catalog
from journal import domain as d
from journal import operations as ops
from journal.analysis.attack_days import days_touched
from journal.errors import ValidationError
from journal.storage import Journal
from journal.validation import attack_problems

UTC1 = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC1)


def test_attack_now_starts_an_open_attack_at_the_given_time(journal: Journal) -> None:
    started = ops.start_attack(journal, NOW - timedelta(minutes=30), now=NOW)
    assert journal.attacks.open_attacks() == [started]
    assert journal.attacks.get(started.id).pain is None  # not chosen yet, which is not 0
    ended = ops.end_attack(journal, started.id, NOW)
    assert ended.end == NOW and journal.attacks.open_attacks() == []


def test_an_attack_cannot_end_before_it_starts(journal: Journal) -> None:
    attack = d.Attack(start=NOW, end=NOW - timedelta(hours=1))
    assert attack_problems(attack, NOW) == {"end": "The end is before the start."}
    with pytest.raises(ValidationError, match="before the start"):
        ops.save_attack(journal, attack, now=NOW)
    assert journal.attacks.count() == 0


def test_an_attack_cannot_start_in_the_future_beyond_clock_slack(journal: Journal) -> None:
    assert attack_problems(d.Attack(start=NOW + timedelta(minutes=4)), NOW) == {}
    problems = attack_problems(d.Attack(start=NOW + timedelta(hours=1)), NOW)
    assert problems == {"start": "The start is in the future."}


def test_pain_outside_the_ihs_scale_is_refused_with_the_scale_named(journal: Journal) -> None:
    problems = attack_problems(d.Attack(start=NOW, pain=4, pain_nrs=11), NOW)
    assert problems["pain"] == "Pain must be 0 (none) to 3 (severe)."
    assert "0 and 10" in problems["pain_nrs"]


def test_attack_spanning_midnight_touches_both_calendar_days() -> None:
    attack = d.Attack(
        start=datetime(2026, 3, 1, 22, 0, tzinfo=UTC1), end=datetime(2026, 3, 2, 3, 0, tzinfo=UTC1)
    )
    assert [day.isoformat() for day in days_touched(attack, NOW.date())] == [
        "2026-03-01",
        "2026-03-02",
    ]


def test_spans_find_attacks_touching_the_days_asked_for(journal: Journal) -> None:
    overnight = journal.attacks.save(
        d.Attack(
            start=datetime(2026, 3, 1, 22, 0, tzinfo=UTC1),
            end=datetime(2026, 3, 2, 3, 0, tzinfo=UTC1),
        )
    )
    assert journal.attacks.touching(
        NOW.date().replace(month=3, day=2), NOW.date().replace(month=3, day=2)
    ) == [overnight]
    assert (
        journal.attacks.touching(
            NOW.date().replace(month=3, day=3), NOW.date().replace(month=3, day=31)
        )
        == []
    )


def test_a_dose_with_pain_noted_is_due_for_its_2h_follow_up_after_two_hours(
    journal: Journal,
) -> None:
    medication = ops.save_medication(journal, ops.suggested_medication("Rizatriptan"))
    attack = ops.start_attack(journal, NOW - timedelta(hours=3), now=NOW)
    dose = ops.record_dose(
        journal,
        d.Dose(medication.id, NOW - timedelta(minutes=90), attack_id=attack.id, pain_at_dose=3),
        now=NOW,
    )
    assert ops.doses_due_for_follow_up(journal, NOW) == []
    assert ops.doses_due_for_follow_up(journal, NOW + timedelta(minutes=30)) == [dose]
    # eight hours on, "how is your pain now?" no longer tells the 2-hour pain
    assert ops.doses_due_for_follow_up(journal, NOW + timedelta(hours=6, minutes=31)) == []
    ops.rate_dose(journal, dose.id, pain_2h=0)
    assert ops.doses_due_for_follow_up(journal, NOW + timedelta(hours=5)) == []
    assert journal.doses.get(dose.id).pain_2h == 0


def test_adding_a_medication_suggests_its_class_from_generic_or_brand_name() -> None:
    assert ops.suggested_medication("Maxalt 10 mg").med_class is d.MedicationClass.TRIPTAN
    assert ops.suggested_medication("ibuprofen").med_class is d.MedicationClass.SIMPLE_ANALGESIC
    assert ops.suggested_medication("Excedrin").med_class is (
        d.MedicationClass.COMBINATION_ANALGESIC
    )
    aimovig = ops.suggested_medication("Aimovig")
    assert aimovig.med_class is d.MedicationClass.ANTI_CGRP_ANTIBODY
    assert aimovig.use is d.Use.PREVENTIVE
    assert ops.suggested_medication("Grandma's tea").med_class is d.MedicationClass.OTHER


def test_catalogue_covers_every_class_the_rules_name() -> None:
    classes = {known.med_class for known in catalog.CATALOG}
    for needed in (
        d.MedicationClass.TRIPTAN,
        d.MedicationClass.ERGOT,
        d.MedicationClass.OPIOID,
        d.MedicationClass.COMBINATION_ANALGESIC,
        d.MedicationClass.SIMPLE_ANALGESIC,
        d.MedicationClass.GEPANT,
        d.MedicationClass.DITAN,
        d.MedicationClass.ANTIEMETIC,
        d.MedicationClass.BETA_BLOCKER,
        d.MedicationClass.ANTI_CGRP_ANTIBODY,
        d.MedicationClass.BOTULINUM_TOXIN,
    ):
        assert needed in classes
    assert len(catalog.names()) == len({n.casefold() for n in catalog.names()})
    assert len(catalog.names()) == len({catalog._key(n) for n in catalog.names()})


@pytest.mark.parametrize(
    ("typed", "generic"),
    [
        ("Maxalt", "Rizatriptan"),
        ("MAXALT-MLT 10 mg", "Rizatriptan"),
        ("maxalt lingua", "Rizatriptan"),
        ("Zomig-ZMT", "Zolmitriptan"),
        ("Formigran", "Naratriptan"),
        ("co codamol", "Codeine and paracetamol"),
        ("Doliprane 1000", "Paracetamol"),
    ],
)
def test_a_brand_name_in_any_case_or_spelling_is_its_generic(typed: str, generic: str) -> None:
    known = catalog.lookup(typed)
    assert known is not None and known.name == generic
    assert catalog.generic_of(typed) == generic
    suggested = ops.suggested_medication(typed)
    assert (suggested.name, suggested.med_class) == (typed, known.med_class)


def test_a_generic_name_or_an_unknown_one_has_no_other_generic() -> None:
    assert catalog.generic_of("rizatriptan 10 mg") is None
    assert catalog.generic_of("Sumatriptan and naproxen") is None
    assert catalog.generic_of("Grandma's tea") is None


def test_a_retired_medication_keeps_its_doses_and_leaves_the_picker(journal: Journal) -> None:
    medication = ops.save_medication(journal, ops.suggested_medication("Paracetamol"))
    ops.record_dose(journal, d.Dose(medication.id, NOW - timedelta(days=1)), now=NOW)
    assert medication in ops.medications_for_picking(journal)
    ops.retire_medication(journal, medication.id)
    assert ops.medications_for_picking(journal) == []
    assert journal.doses.count() == 1
    assert journal.medications.get(medication.id).retired


def test_the_picker_lists_the_most_used_medication_first(journal: Journal) -> None:
    rarely = ops.save_medication(journal, ops.suggested_medication("Almotriptan"))
    often = ops.save_medication(journal, ops.suggested_medication("Zolmitriptan"))
    now = d.local_now()
    for hours in (1, 30, 60):
        ops.record_dose(journal, d.Dose(often.id, now - timedelta(hours=hours)))
    ops.record_dose(journal, d.Dose(rarely.id, now - timedelta(hours=2)))
    assert [m.name for m in ops.medications_for_picking(journal)] == [
        "Zolmitriptan",
        "Almotriptan",
    ]
