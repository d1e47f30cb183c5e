"""The words of a calendar day's tooltip read as a patient would say them."""

from __future__ import annotations

from datetime import UTC, date

from PySide6.QtWidgets import QApplication

from journal import domain as d
from journal.analysis.calendar_cycle import CycleDayMark
from ui.cycle.marks import cycle_summary
from ui.diary.day_marks import DayMark, day_summary


def test_a_day_tooltip_names_the_date_without_a_leading_zero(qapp: QApplication) -> None:
    assert day_summary(date(2026, 11, 1), None).splitlines()[0] == "Sun 1 Nov 2026"
    assert day_summary(date(2026, 11, 21), DayMark()).splitlines()[0] == "Sat 21 Nov 2026"


def test_spotting_is_called_spotting_not_a_spotting_flow(qapp: QApplication) -> None:
    assert cycle_summary(CycleDayMark(flow=d.Flow.SPOTTING)) == ["Spotting"]
    withdrawal = CycleDayMark(flow=d.Flow.SPOTTING, withdrawal=True)
    assert cycle_summary(withdrawal) == ["Spotting (withdrawal bleed)"]
    assert cycle_summary(CycleDayMark(flow=d.Flow.LIGHT, day1=True)) == [
        "Period: light flow, cycle day 1"
    ]


def test_the_day_view_calls_a_spotting_day_spotting_too(qapp: QApplication) -> None:
    from journal import operations
    from journal.storage import Journal
    from ui.diary.models import day_cycle_text
    from ui.session import Session

    journal = Journal.in_memory()
    day = date(2026, 11, 3)
    operations.set_bleeding_day(journal, day, d.Flow.SPOTTING)
    assert day_cycle_text(Session(journal).reads, day) == "Spotting"
    operations.set_bleeding_day(journal, day, d.Flow.HEAVY)
    assert day_cycle_text(Session(journal).reads, day).startswith("Period: heavy flow")


def test_the_day_list_says_pain_not_recorded_rather_than_pain_0(qapp: QApplication) -> None:
    from datetime import datetime, timedelta

    from ui.diary.models import DiaryEntry, entry_detail

    start = datetime(2026, 11, 3, 8, tzinfo=UTC)
    unrecorded = d.Attack(start=start, end=start + timedelta(hours=4))
    assert entry_detail(DiaryEntry(attack=unrecorded)).startswith("Pain not recorded")
    none = d.Attack(start=start, end=start + timedelta(hours=4), pain=0)
    assert entry_detail(DiaryEntry(attack=none)).startswith("Pain 0 (none)")
