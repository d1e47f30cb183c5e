"""Odd but real diaries: user text with markup characters, open attacks, short spans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from journal import domain as d
from journal.analysis.diary import Diary
from journal.report import ReportOptions, build_report

Pages = Callable[[bytes], list[str]]
CET = timezone(timedelta(hours=1))


def _diary_with_markup() -> Diary:
    drug = d.Medication("Rizatriptan <10 mg> & co", d.MedicationClass.TRIPTAN)
    attack = d.Attack(
        start=datetime(2026, 3, 3, 9, tzinfo=CET),
        end=None,
        pain=2,
        suspected_triggers=("<b>cheese</b>",),
        note="Pain & <nausea>",
    )
    course = d.Treatment("Block <GON> & more", d.TreatmentKind.PROCEDURE, date(2026, 3, 1))
    return Diary(
        attacks=(attack,),
        doses=(d.Dose(drug.id, datetime(2026, 3, 3, 10, tzinfo=CET), attack_id=attack.id),),
        medications=(drug,),
        treatments=(course,),
        visit_notes=(d.VisitNote("Is 2 < 3 & why?"),),
    )


def test_user_text_with_markup_characters_prints_literally(read_pdf: Pages) -> None:
    options = ReportOptions(date(2026, 3, 1), date(2026, 3, 5))
    text = "\n".join(read_pdf(build_report(_diary_with_markup(), options, date(2026, 3, 5))))
    for literal in ("Rizatriptan <10 mg> & co", "<b>cheese</b>", "Pain & <nausea>"):
        assert literal in text
    assert "Block <GON> & more" in text
    assert "Is 2 < 3 & why?" in text


def test_open_attack_marks_every_day_until_today(read_pdf: Pages) -> None:
    options = ReportOptions(date(2026, 3, 1), date(2026, 3, 5))
    pages = read_pdf(build_report(_diary_with_markup(), options, date(2026, 3, 5)))
    assert "1 still going" in pages[0]
    calendar = next(page for page in pages if "Headache calendar" in page)
    pain_row = next(line for line in calendar.splitlines() if line.startswith("Pain (1-3)"))
    assert pain_row.split()[2:] == ["2", "2", "2", "3"]  # 3-5 March, then the day count


def test_one_day_span_reports_that_day(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    day = date(2026, 3, 10)
    text = "\n".join(read_pdf(build_report(make_small_diary(), ReportOptions(day, day), day)))
    assert "1 in 1 day (too few days for a rate per 28 days)" in text  # never "28 per 28"
    assert "too short for a trend" in text


def test_span_reaching_past_today_says_how_many_days_were_counted(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    options = ReportOptions(date(2026, 3, 1), date(2026, 4, 30))
    page = " ".join(
        read_pdf(build_report(make_small_diary(), options, date(2026, 3, 31)))[0].split()
    )
    # the small diary starts on 2 March: the days before it are not counted
    assert (
        "(61 days; 30 counted, from the diary's first entry on 2 Mar 2026 up to 31 Mar 2026)"
        in page
    )


def test_a_diary_of_one_day_is_reported_as_one_day_with_no_rate_and_no_trend(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    """Issue 16: "Trend: More migraine days lately: 0.0 then 0.6" for a new diary."""
    diary = make_small_diary()
    first, last = date(2025, 12, 21), date(2026, 3, 2)  # the diary starts on 2 March
    text = " ".join(
        " ".join(read_pdf(build_report(diary, ReportOptions(first, last), last))).split()
    )
    assert "1 in 1 day (too few days for a rate per 28 days)" in text
    assert "The diary covers 1 day of the span: too few for a trend (56 are needed)." in text
    assert "(72 days; 1 counted, from the diary's first entry on 2 Mar 2026)" in text
    assert "lately" not in text
