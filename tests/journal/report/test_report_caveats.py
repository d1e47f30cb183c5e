"""The report words figures with their caveats: pain 0 is worded as the clinical rules
count it (an aura without headache, never "no pain"), a
trigger no attack followed is never "0.00×", overlapping courses are named, and the
menstrual pattern counts migraine attacks only."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest

from journal import domain as d
from journal.analysis.diary import Diary
from journal.analysis.summary import summarize
from journal.analysis.summary_json import summary_to_json
from journal.report import ReportOptions, build_report

Pages = Callable[[bytes], list[str]]
CET = timezone(timedelta(hours=1))
FIRST, TODAY = date(2026, 3, 1), date(2026, 5, 31)
MIGRAINE_DAYS = [date(2026, 3, n) for n in (5, 10, 15, 20, 25)] + [date(2026, 5, 5)]
WINE_DAYS = [date(2026, 3, n) for n in (1, 2, 3, 7, 8, 12, 13, 17, 18, 22)]


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CET)


def _attack(day: date, **fields: object) -> d.Attack:
    return d.Attack(start=_at(day, 8), end=_at(day, 20), **fields)  # type: ignore[arg-type]


def _diary() -> Diary:
    migraines = [
        _attack(day, pain=3, unilateral=True, pulsating=True, symptoms=("nausea",))
        for day in MIGRAINE_DAYS
    ]
    no_pain = _attack(date(2026, 4, 10), pain=0)  # a prodrome alone, say
    aura_only = _attack(
        date(2026, 4, 17), pain=0, aura=(d.AuraSymptom(d.AuraType.VISUAL, minutes=20),)
    )
    unrecorded = _attack(date(2026, 4, 20))  # saved without choosing a pain
    wine = d.Factor("Wine", d.FactorKind.YES_NO, id="wine")
    entries = tuple(
        d.DayEntry(day, (d.FactorValue("wine", 1),) if day in WINE_DAYS else ())
        for day in (FIRST + timedelta(days=n) for n in range(92))
    )
    propranolol = d.Treatment(
        "Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, date(2026, 4, 1), id="prop"
    )
    mindfulness = d.Treatment("Mindfulness", d.TreatmentKind.NON_DRUG, date(2026, 5, 1))
    return Diary(
        attacks=(*migraines, no_pain, aura_only, unrecorded),
        factors=(wine,),
        day_entries=entries,
        treatments=(propranolol, mindfulness),
    )


@pytest.fixture
def report_text(read_pdf: Pages) -> str:
    pdf = build_report(_diary(), ReportOptions(FIRST, TODAY), TODAY)
    return " ".join(" ".join(read_pdf(pdf)).split())


def test_severity_mix_words_pain_0_as_the_rules_count_it_apart_from_pain_not_recorded(
    report_text: str,
) -> None:
    """clinical-rules.md: pain 0 with aura is a typical aura without headache (a migraine
    and headache day by the Leiden definition), not an attack with "no pain"."""
    assert "aura without headache (pain 0) 1" in report_text
    assert "without headache or aura (pain 0) 1" in report_text
    assert "no pain" not in report_text
    assert "pain not recorded 1" in report_text
    assert "severe 6" in report_text
    assert "aura only" not in report_text
    figures = summarize(_diary(), FIRST, TODAY, TODAY).attack_figures
    mix = figures.severity_mix
    assert (mix["none"], mix["not recorded"], mix["severe"]) == (2, 1, 6)
    assert figures.aura_without_headache == 1


def test_severity_mix_in_german_and_french_uses_the_ichd_3_words(read_pdf: Pages) -> None:
    for language, words in (
        ("de", "Aura ohne Kopfschmerz (Schmerz 0) 1"),
        ("fr", "aura sans céphalée (douleur 0) 1"),
    ):
        options = dataclasses.replace(ReportOptions(FIRST, TODAY), language=language)
        text = " ".join(" ".join(read_pdf(build_report(_diary(), options, TODAY))).split())
        assert words in text, language


def test_trigger_ratio_when_no_attack_followed_says_so_never_0_00(report_text: str) -> None:
    assert "no attacks followed" in report_text  # the ratio cell
    assert "0.00×" not in report_text
    assert "few days or attacks:" in report_text  # wraps before "read with care"
    trigger = summary_to_json(summarize(_diary(), FIRST, TODAY, TODAY))["triggers"][0]
    assert (trigger["attack_rate_with"], trigger["ratio"], trigger["low_data"]) == (0.0, 0.0, True)


def test_treatment_overlap_caveat_is_printed_with_the_responder_verdict(
    report_text: str,
) -> None:
    summary = summarize(_diary(), FIRST, TODAY, TODAY)
    propranolol = next(e for e in summary.treatments if e.treatment.name == "Propranolol")
    assert propranolol.responder is True
    assert propranolol.overlapping == ("Mindfulness",)
    assert "a 50% responder by the diary (with the caveat that follows)." in report_text
    assert (
        "Overlaps with Mindfulness: the change may not be due to this course alone." in report_text
    )
    assert (
        "Overlaps with Propranolol: the change may not be due to this course alone." in report_text
    )
    treatments = summary_to_json(summary)["treatments"]
    assert [t["overlapping"] for t in treatments] == [["Mindfulness"], ["Propranolol"]]


def test_menstrual_pattern_sentence_counts_migraine_attacks_only(read_pdf: Pages) -> None:
    day1s = (date(2026, 3, 2), date(2026, 3, 30), date(2026, 4, 27))
    bleeding = tuple(d.BleedingDay(day + timedelta(days=n)) for day in day1s for n in range(4))
    headaches = tuple(_attack(day, type=d.AttackType.HEADACHE) for day in day1s)
    migraine = _attack(date(2026, 4, 12))
    diary = Diary(attacks=(*headaches, migraine), bleeding_days=bleeding)
    text = " ".join(read_pdf(build_report(diary, ReportOptions(FIRST, TODAY), TODAY)))
    text = text.replace("\n", " ")
    assert "0 migraine attacks in the perimenstrual window (days -2 to +3), 1 at other" in text
    assert "Migraine attacks by cycle day" in text


def _pain_row(page: str, month: str) -> list[str]:
    """The marks of a month block's "Pain (1-3)" row, day count last."""
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == month)
    row = next(line for line in lines[start:] if line.startswith("Pain (1-3)"))
    return row.split()[2:]


def test_calendar_prints_question_mark_for_an_unrecorded_pain_and_leaves_pain_0_blank(
    read_pdf: Pages,
) -> None:
    """clinical-rules: never invent a value the patient did not give, so an attack day
    without a 0-3 pain is "?" (explained in the key), never blank like pain 0."""
    pages = read_pdf(build_report(_diary(), ReportOptions(FIRST, TODAY), TODAY))
    calendar = next(page for page in pages if "Headache calendar" in page)
    assert "? pain not recorded" in calendar  # the key
    assert _pain_row(calendar, "April 2026") == ["?", "1"]  # 20 April; 10 April (pain 0) blank


def test_report_shows_0_10_ratings_of_unrecorded_pain_as_given_never_converted(
    read_pdf: Pages,
) -> None:
    """clinical-rules: a 0-10 rating from another app is shown on its own scale, not
    turned into a 0-3 pain; the calendar keeps "?" for those days."""
    imported = [
        _attack(date(2026, 4, day), pain_nrs=nrs) for day, nrs in ((3, 6), (13, 9), (23, 7))
    ]
    diary = _diary()
    diary = Diary(attacks=(*diary.attacks, *imported), factors=diary.factors)
    pages = read_pdf(build_report(diary, ReportOptions(FIRST, TODAY), TODAY))
    summary = " ".join(pages[0].split())
    assert "pain not recorded 4. 3 attacks rated only 0-10: median 7/10" in summary
    calendar = next(page for page in pages if "Headache calendar" in page)
    assert _pain_row(calendar, "April 2026") == ["?", "?", "?", "?", "4"]
    assert not any(mark in _pain_row(calendar, "April 2026") for mark in ("1", "2", "3"))


def test_a_single_0_10_rating_is_shown_without_a_median() -> None:
    from journal.report.wording import nrs_note

    assert nrs_note([7]) == "1 attack rated only 0-10: 7/10"
    assert nrs_note([6, 9]) == "2 attacks rated only 0-10: median 7.5/10"
    assert nrs_note([]) == ""


def test_a_diary_without_any_period_or_phase_has_no_cycle_lines_or_page(
    read_pdf: Pages,
) -> None:
    """Nothing of the cycle was recorded: no "menstrual pattern" line saying that
    cycles are missing, no period row, no cycle page (the option stays on)."""
    plain = " ".join(read_pdf(build_report(_diary(), ReportOptions(FIRST, TODAY), TODAY)))
    assert "Menstrual pattern" not in plain and "Period" not in plain
    with_period = dataclasses.replace(_diary(), bleeding_days=(d.BleedingDay(date(2026, 4, 2)),))
    text = " ".join(read_pdf(build_report(with_period, ReportOptions(FIRST, TODAY), TODAY)))
    assert "Menstrual pattern" in text


def test_menstrual_sentence_without_any_migraine_attack_says_so_not_too_few_cycles(
    read_pdf: Pages,
) -> None:
    """clinical-rules.md: with no migraine attack the pattern is insufficient data for
    that reason, never "not menstrual" and never "too few cycles"."""
    day1s = (date(2026, 3, 2), date(2026, 3, 30), date(2026, 4, 27))
    bleeding = tuple(d.BleedingDay(day + timedelta(days=n)) for day in day1s for n in range(4))
    headache = _attack(date(2026, 4, 12), type=d.AttackType.HEADACHE)
    diary = Diary(attacks=(headache,), bleeding_days=bleeding)
    text = " ".join(
        " ".join(read_pdf(build_report(diary, ReportOptions(FIRST, TODAY), TODAY))).split()
    )
    assert "No migraine attack in the span: a menstrual pattern cannot be judged" in text
    assert "Too few cycles" not in text
