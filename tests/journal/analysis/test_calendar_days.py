"""The days of the month calendar come from the same day rule as the summary and the
PDF: an attack is on the days `touched_days` names, nowhere else (issue 13)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from journal import domain as d
from journal import operations
from journal.analysis.attack_days import days_touched
from journal.analysis.calendar_days import day_marks
from journal.analysis.diary import load_diary
from journal.analysis.summary import summarize
from journal.report.calendar_marks import calendar_marks
from journal.storage import Journal

CET = timezone(timedelta(hours=1))
DAY = date(2026, 3, 2)
TODAY = date(2026, 3, 20)


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CET)


def calendar_days(journal: Journal) -> set[date]:
    marks = day_marks(
        journal, DAY - timedelta(days=3), DAY + timedelta(days=3), cycle_tracking=True, today=TODAY
    )
    return {day for day, mark in marks.items() if mark.attacks}


def summary_days(journal: Journal) -> set[date]:
    summary = summarize(
        load_diary(journal), DAY - timedelta(days=3), DAY + timedelta(days=3), TODAY
    )
    return {day for day, facts in summary.facts.items() if facts.attack_ids}


def pdf_days(journal: Journal) -> set[date]:
    diary = load_diary(journal)
    first, last = DAY - timedelta(days=3), DAY + timedelta(days=3)
    summary = summarize(diary, first, last, TODAY)
    marks = calendar_marks(diary, summary.facts, first, last)
    return set(marks.pain) | marks.pain_not_recorded


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (at(DAY, 20), at(DAY + timedelta(days=1), 0), {DAY}),
        (at(DAY, 22), at(DAY + timedelta(days=1), 5), {DAY, DAY + timedelta(days=1)}),
        (at(DAY, 8), at(DAY, 12), {DAY}),
        (at(DAY, 20), at(DAY + timedelta(days=2), 0), {DAY, DAY + timedelta(days=1)}),
    ],
    ids=["20:00 to 00:00", "22:00 to 05:00", "morning", "two nights, ends at 00:00"],
)
def test_the_calendar_the_summary_and_the_pdf_put_an_attack_on_the_same_days(
    journal: Journal, start: datetime, end: datetime, days: set[date]
) -> None:
    operations.save_attack(journal, d.Attack(start=start, end=end, pain=2), now=at(TODAY, 12))
    assert calendar_days(journal) == days
    assert summary_days(journal) == days
    assert pdf_days(journal) == days


def test_an_open_attack_runs_to_today_and_one_with_an_unknown_end_is_its_first_day() -> None:
    start = at(TODAY - timedelta(days=2), 21)
    assert days_touched(d.Attack(start=start), TODAY) == [
        TODAY - timedelta(days=2),
        TODAY - timedelta(days=1),
        TODAY,
    ]
    assert days_touched(d.Attack(start=start, end_unknown=True), TODAY) == [start.date()]
