"""The summary of a span and its JSON contract (DESIGN.md, "The summary contract")."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta

from diary_builders import (
    FULL_MIGRAINE,
    IBUPROFEN,
    MEDICATIONS,
    TRIPTAN,
    TZ,
    attack,
    days_from,
    dose,
    period_run,
)

from journal import domain as d
from journal.analysis.diary import Diary, load_diary
from journal.analysis.summary import default_span, summarize
from journal.analysis.summary_json import summary_to_json
from journal.storage import Journal

CONTRACT_KEYS = {
    "from",
    "to",
    "days",
    "attacks",
    "migraine_days",
    "headache_days",
    "migraine_days_per_28",
    "headache_days_per_28",
    "acute_medication_days",
    "months",
    "overuse",
    "chronic_pattern",
    "menstrual",
    "acute_effect",
    "treatments",
    "triggers",
    "midas",
    "hit6",
    # the second release
    "migraine_day_basis",
    "chronic_pattern_months",
    "completeness",
}
FIRST, LAST, TODAY = date(2026, 3, 1), date(2026, 5, 31), date(2026, 6, 15)


def test_default_span_is_the_last_3_months() -> None:
    assert default_span(date(2026, 11, 24)) == (date(2026, 8, 25), date(2026, 11, 24))
    assert default_span(date(2026, 1, 15)) == (date(2025, 10, 16), date(2026, 1, 15))
    assert default_span(date(2026, 5, 31)) == (date(2026, 3, 1), date(2026, 5, 31))


def test_empty_diary_has_every_contract_key() -> None:
    document = summary_to_json(summarize(Diary(), FIRST, LAST, TODAY))
    assert set(document) >= CONTRACT_KEYS
    assert document["attacks"] == 0 and document["migraine_days"] == 0
    assert document["acute_medication_days"]["triptan"] == 0
    assert [m["month"] for m in document["months"]] == ["2026-03", "2026-04", "2026-05"]
    assert document["overuse"] == [] and document["triggers"] == []
    assert document["chronic_pattern"] is None
    assert document["menstrual"]["pattern"] == "insufficient-data"
    assert document["midas"] is None and document["hit6"] is None
    assert document["migraine_day_basis"] == {"features": 0, "label": 0, "medication": 0}
    assert all(
        m["migraine_day_basis"] == document["migraine_day_basis"] for m in document["months"]
    )
    assert document["chronic_pattern_months"] == 0
    assert document["menstrual"]["reason"] == "cycles"
    assert document["completeness"] == {
        "days": 92,
        "days_with_entry": 0,
        "late_entries": 0,
        "imported_entries": 0,
    }
    json.dumps(document)  # plain JSON, nothing else


def rich_diary() -> Diary:
    """Triptan on 10 days in March (overuse), a midnight attack, periods, a course."""
    march = days_from(FIRST, 10)
    attacks = [attack(day, 5, **FULL_MIGRAINE) for day in march]
    attacks.append(attack(date(2026, 4, 15), 9, hour=22, **FULL_MIGRAINE))  # 15th-16th
    doses = [
        dose(TRIPTAN, day, 10, attack_id=a.id, pain_at_dose=3, pain_2h=0 if n % 2 else 2)
        for n, (day, a) in enumerate(zip(march, attacks, strict=False))
    ]
    doses.append(dose(IBUPROFEN, date(2026, 4, 20)))
    sleep = d.Factor("Sleep", d.FactorKind.AMOUNT, "h", id="sleep")
    entries = [
        d.DayEntry(day, (d.FactorValue("sleep", 6 + day.day % 3),))
        for day in days_from(date(2025, 12, 1), 190)
    ]
    return Diary(
        attacks=tuple(attacks),
        doses=tuple(doses),
        medications=MEDICATIONS,
        factors=(sleep,),
        day_entries=tuple(entries),
        bleeding_days=tuple(
            b
            for day1 in (date(2026, 3, 3), date(2026, 3, 31), date(2026, 4, 28))
            for b in period_run(day1)
        ),
        treatments=(
            d.Treatment("Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, date(2026, 3, 15)),
        ),
        midas=(d.MidasEntry(date(2026, 5, 1), 5, 5, 5, 5, 5),),
        hit6=(d.Hit6Entry(date(2026, 5, 1), 62),),
        visit_notes=(d.VisitNote("Is this overuse?"), d.VisitNote("Old", done=True)),
    )


def test_summary_figures_of_a_hand_made_diary() -> None:
    summary = summarize(rich_diary(), FIRST, LAST, TODAY)
    assert summary.days == 92
    assert summary.attack_figures.attacks == 2  # 10 days in a row merge, plus 15-16 April
    assert summary.totals.migraine_days == 12  # 10 + both days of the midnight attack
    assert summary.totals.headache_days == 13  # + the ibuprofen day
    assert summary.totals.migraine_days_per_28 == round(12 * 28 / 92, 2)
    assert [f.med_class for f in summary.overuse] == ["triptan"]
    assert summary.overuse[0].months == ("2026-03",)
    assert summary.questions == ("Is this overuse?",)
    assert summary.facts[date(2026, 3, 3)].bleeding
    assert summary.cycles.next_period == date(2026, 5, 26)
    assert summary.menstrual.cycles == 3
    assert len(summary.facts) == 92


def test_summary_json_has_the_contract_types() -> None:
    document = summary_to_json(summarize(rich_diary(), FIRST, LAST, TODAY))
    assert set(document) >= CONTRACT_KEYS
    assert (document["from"], document["to"]) == ("2026-03-01", "2026-05-31")
    for key in ("days", "attacks", "migraine_days", "headache_days"):
        assert type(document[key]) is int
    assert isinstance(document["migraine_days_per_28"], float)
    assert document["acute_medication_days"]["triptan"] == 10
    assert document["acute_medication_days"]["simple_analgesic"] == 1
    assert all(type(n) is int for n in document["acute_medication_days"].values())
    march = document["months"][0]
    assert set(march) >= {"month", "migraine_days", "headache_days", "acute_medication_days"}
    assert (march["month"], march["migraine_days"]) == ("2026-03", 10)
    assert document["overuse"] == [
        {
            "class": "triptan",
            "months": ["2026-03"],
            "threshold": 10,
            "longest_streak": 1,
            "sustained": False,
        },
        {
            "class": "one_or_more",
            "months": ["2026-03"],
            "threshold": None,
            "longest_streak": 1,
            "sustained": False,
        },
    ]
    assert document["chronic_pattern"] is False
    assert set(document["menstrual"]) >= {"cycles", "window_attacks", "other_attacks", "pattern"}
    effect = next(e for e in document["acute_effect"] if e["medication"] == "Sumatriptan")
    assert (effect["doses"], effect["with_2h_rating"]) == (10, 10)
    assert effect["pain_free_2h"] == 0.5 and 0 <= effect["relief_2h"] <= 1
    treatment = document["treatments"][0]
    assert set(treatment) >= {
        "name",
        "kind",
        "start",
        "end",
        "sessions",
        "baseline_migraine_days_per_28",
        "after_migraine_days_per_28",
        "change_percent",
        "responder",
    }
    assert (treatment["start"], treatment["end"], treatment["kind"]) == (
        "2026-03-15",
        None,
        "preventive_medication",
    )
    trigger = document["triggers"][0]
    assert set(trigger) >= {
        "factor",
        "days_with",
        "attack_rate_with",
        "days_without",
        "attack_rate_without",
        "ratio",
        "low_data",
    }
    assert 0 <= trigger["attack_rate_with"] <= 1 and type(trigger["days_with"]) is int
    assert document["midas"] == {"date": "2026-05-01", "score": 25, "grade": "IV"}
    assert document["hit6"] == {"date": "2026-05-01", "total": 62, "band": "severe impact"}
    json.dumps(document)


def test_days_after_today_are_not_counted() -> None:
    diary = Diary(attacks=(attack(date(2026, 6, 1), 3, **FULL_MIGRAINE),))
    summary = summarize(diary, date(2026, 6, 1), date(2026, 6, 30), date(2026, 6, 10))
    assert summary.days == 10
    assert summary.totals.migraine_days_per_28 == 2.8
    assert len(summary.facts) == 30  # the calendar still shows the whole span


def test_load_diary_reads_every_record_type(
    journal: Journal, fill: Callable[[Journal], None]
) -> None:
    fill(journal)
    diary = load_diary(journal)
    for name in (
        "attacks",
        "doses",
        "medications",
        "factors",
        "day_entries",
        "bleeding_days",
        "day_records",
        "phases",
        "treatments",
        "sessions",
        "side_effects",
        "midas",
        "hit6",
        "visit_notes",
    ):
        assert getattr(diary, name), name
    summary = summarize(diary, date(2026, 5, 1), date(2026, 6, 30), date(2026, 6, 30))
    assert summary.attack_figures.attacks == 2  # the day-level migraine of 12 May is one
    assert summary.attack_figures.median_hours == 9.0  # its hours unknown: not in the median
    # 12 May (the patient's label, no times), 1 June 23:00 to 2 June 08:00
    assert summary.totals.migraine_days == 3
    assert summary.hormones.aura_with_combined_contraceptive
    assert diary.first_recorded_day == date(2026, 1, 5)


def test_a_new_diary_is_counted_from_its_first_day_not_over_the_whole_span() -> None:
    """Issue 16: a journal with one day of diary was judged over 91 days ("0.3 per 28
    days", a trend "0.0 then 0.6"). Days before the first entry are unknown."""
    today = date(2026, 12, 7)
    first, last = default_span(today)
    start = datetime(2026, 12, 7, 8, 0, tzinfo=TZ)
    migraine = d.Attack(start=start, end=start + timedelta(hours=5), **FULL_MIGRAINE)  # type: ignore[arg-type]
    summary = summarize(Diary(attacks=(migraine,)), first, last, today)
    assert summary.counted_first == today and summary.days == 1
    assert summary.totals.migraine_days == 1 and summary.trend is None
    assert summary.completeness.days == 1
    document = summary_to_json(summary)
    assert (document["from"], document["to"]) == (first.isoformat(), today.isoformat())
    assert (document["days"], document["counted_from"]) == (1, "2026-12-07")
    assert [m["days"] for m in document["months"]] == [1]
