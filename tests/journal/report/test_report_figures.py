"""The report's figures are the summary's figures (`summary --json`) for the same span."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from journal import domain as d
from journal.analysis.diary import Diary
from journal.analysis.summary import default_span, summarize
from journal.analysis.summary_json import summary_to_json
from journal.report import ReportOptions, build_report
from journal.report.calendar_marks import calendar_marks
from journal.report.wording import class_label, day_text, month_text

Pages = Callable[[bytes], list[str]]


def _used_classes(document: dict[str, Any]) -> list[str]:
    return sorted(c for c, days in document["acute_medication_days"].items() if days)


def _day(iso: str) -> str:
    return day_text(date.fromisoformat(iso))


def assert_figures_match(text: str, document: dict[str, Any]) -> None:
    """Every headline, month (with its migraine days' basis split), class, effect and
    questionnaire figure is printed, its months and days as a person reads them
    ("Mar 2026", "31 Mar 2026") where the JSON has ISO keys."""
    days = document["days"]
    assert (
        f"{document['migraine_days']} in {days} days: "
        f"{document['migraine_days_per_28']:.1f} per 28 days" in text
    )
    assert (
        f"{document['headache_days']} in {days} days: "
        f"{document['headache_days_per_28']:.1f} per 28 days" in text
    )
    assert f"Attacks {document['attacks']} (" in text
    classes = _used_classes(document)
    for med_class in classes:
        label = class_label(med_class)
        assert f"{label} {document['acute_medication_days'][med_class]} " in text
    for month in document["months"]:
        name = month_text(month["month"])
        if f"{name} (part)" in text:
            name += " (part)"
        basis = month["migraine_day_basis"]
        split = f"{basis['features']}/{basis['label']}/{basis['medication']}"  # "5 / 1 / 0"
        cells = [name, month["days"], month["migraine_days"], split, month["headache_days"]]
        cells += [month["attacks"]]
        cells += [month["acute_medication_days"][c] for c in classes]
        row = " ".join(str(cell) for cell in cells)
        assert row in text.replace(" ▲", "").replace(" / ", "/"), row
    for effect in document["acute_effect"]:
        assert f"{effect['medication']} {effect['doses']} " in text
        if effect["with_2h_rating"]:
            free = round(effect["pain_free_2h"] * 100)
            count = round(effect["pain_free_2h"] * effect["with_2h_rating"])
            assert f"{free}% ({count} of {effect['with_2h_rating']})" in text
    for finding in document["overuse"]:
        if finding["class"] == "one_or_more":  # months at any level: no one threshold
            if finding["sustained"]:
                assert "At an overuse level (one or more drugs, whichever classes)" in text
            continue
        assert f"{finding['threshold']} or more days of intake" in text
    if document["midas"]:
        midas = document["midas"]
        assert f"grade {midas['grade']}, score {midas['score']} ({_day(midas['date'])})" in text
    if document["hit6"]:
        hit6 = document["hit6"]
        assert f"{hit6['total']}, {hit6['band']} ({_day(hit6['date'])})" in text
    menstrual = document["menstrual"]
    assert f"{menstrual['window_attacks']} migraine attack" in text
    assert f"{menstrual['other_attacks']} at other times" in text
    for association in document["triggers"]:
        assert f"{association['factor']}: " in text
        assert f" {association['days_with']} " in text


@pytest.mark.parametrize("months", [3, 12])
def test_demo_report_figures_equal_summary_json(
    demo_diary: Diary, demo_end: date, read_pdf: Pages, months: int
) -> None:
    first = default_span(demo_end)[0] if months == 3 else date(2025, 11, 25)
    summary = summarize(demo_diary, first, demo_end, demo_end)
    document = summary_to_json(summary)
    assert document["attacks"] > 0, "the demo span must hold attacks for this test to mean much"
    pdf = build_report(demo_diary, ReportOptions(first, demo_end), demo_end)
    assert_figures_match("\n".join(read_pdf(pdf)), document)


def test_hand_built_report_prints_its_known_figures(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    diary = make_small_diary()
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    document = summary_to_json(summarize(diary, first, last, last))
    text = "\n".join(read_pdf(build_report(diary, ReportOptions(first, last), last)))
    assert document["migraine_days"] == 3
    # the diary starts on 2 March: 1 March is not a day without migraine, it is unknown
    assert document["days"] == 30 and document["counted_from"] == "2026-03-02"
    assert "3 in 30 days: 2.8 per 28 days" in text
    assert "Sumatriptan 3 100% (3 of 3)" in text
    assert "Triptan 3 " in text
    assert "Simple analgesic / NSAID 1 " in text
    assert_figures_match(text, document)


def test_calendar_counts_the_summarys_migraine_days_per_month(
    demo_diary: Diary, demo_end: date
) -> None:
    first = date(2025, 11, 25)
    summary = summarize(demo_diary, first, demo_end, demo_end)
    marks = calendar_marks(demo_diary, summary.facts, first, demo_end)
    for month in summary_to_json(summary)["months"]:
        in_month = [day for day in marks.migraine if day.isoformat()[:7] == month["month"]]
        assert len(in_month) == month["migraine_days"]


def test_calendar_gives_the_most_used_medication_the_letter_a(
    make_small_diary: Callable[..., Diary],
) -> None:
    diary = make_small_diary()
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    summary = summarize(diary, first, last, last)
    marks = calendar_marks(diary, summary.facts, first, last)
    assert marks.medication_legend[0] == ("A", "Sumatriptan (Triptan)")
    assert marks.medication[date(2026, 3, 2)] == ["A"]
    assert marks.medication[date(2026, 3, 25)] == ["B"]
    assert marks.triggers[date(2026, 3, 10)] == ["a"]
    assert marks.pain[date(2026, 3, 20)] == 3


def test_pattern_is_worded_as_a_diary_match_never_a_diagnosis(
    demo_diary: Diary, demo_end: date, read_pdf: Pages
) -> None:
    first = date(2025, 11, 25)
    text = " ".join(
        " ".join(
            read_pdf(build_report(demo_diary, ReportOptions(first, demo_end), demo_end))
        ).split()
    )
    assert "Your diary matches the ICHD-3 pattern for menstrually related migraine" in text
    assert "you have" not in text.lower()
    assert "diagnosed" not in text.lower()
    assert "association, not cause" in text


def test_report_says_how_the_figures_were_counted(read_pdf: Pages) -> None:
    """clinical-rules.md: one short box with the migraine-day definition and its basis
    split, the headache-day definition and the diary's completeness."""
    first = date(2026, 3, 1)
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    features = d.Attack(
        start=start,
        end=start + timedelta(hours=4),
        type=d.AttackType.HEADACHE,
        pain=3,
        unilateral=True,
        symptoms=("nausea",),
    )
    label = d.Attack(
        start=start + timedelta(days=4), end=start + timedelta(days=4, hours=3), pain=1
    )
    pdf = build_report(
        Diary(attacks=(features, label)), ReportOptions(first, date(2026, 3, 31)), date(2026, 4, 1)
    )
    page = " ".join(read_pdf(pdf)[0].split())
    assert "How the figures were counted" in page
    assert (
        "2 migraine days: 1 by the ICHD-3 features or typical aura, "
        "1 by the patient's own label only." in page
    )
    assert "Headache day: a headache (aura alone does not count) of 1 hour or more" in page
    assert "Entries or check-ins on 2 of the 31 days; 0 entries made more than 2 days" in page


def test_report_names_regular_overuse_of_one_or_more_drugs_over_4_months(
    read_pdf: Pages,
) -> None:
    """ICHD-3 8.2 B: four consecutive months at an overuse level, a different class
    each month, are "more than 3 months" though no class alone has a streak."""
    triptan = d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, id="t")
    codeine = d.Medication("Codeine", d.MedicationClass.OPIOID, id="c")
    ibuprofen = d.Medication("Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC, id="i")
    plan = [(triptan, 3, 10), (codeine, 4, 10), (ibuprofen, 5, 15), (triptan, 6, 10)]
    doses = tuple(
        d.Dose(medication.id, datetime(2026, month, day, 9, tzinfo=UTC))
        for medication, month, days in plan
        for day in range(1, days + 1)
    )
    diary = Diary(doses=doses, medications=(triptan, codeine, ibuprofen))
    first, last = date(2026, 3, 1), date(2026, 6, 30)
    document = summary_to_json(summarize(diary, first, last, last))
    level = document["overuse"][-1]
    assert (level["class"], level["sustained"], level["longest_streak"]) == ("one_or_more", True, 4)
    text = " ".join(
        " ".join(read_pdf(build_report(diary, ReportOptions(first, last), last))).split()
    )
    assert "Your diary matches the ICHD-3 pattern of regular overuse for more than 3 months" in text
    assert "At an overuse level (one or more drugs, whichever classes) in 4 months" in text
    assert "10 or more days of intake" in text and "15 or more days of intake" in text
