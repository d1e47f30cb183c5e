"""Reminders: off by default, the evening check-in once a day when the day has no
entry, the 2-hour follow-up once per dose, and never a health detail in the text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import add_medications, start_attack
from ui.app.reminders import Reminders
from ui.kit import settings_store
from ui.kit.minute_clock import MinuteClock
from ui.session import Session

HEALTH_WORDS = ("pain", "migraine", "attack", "dose", "sumatriptan", "medic", "headache", "50 mg")


class Clock:
    """A settable clock for the reminders."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def default_preferences() -> Iterator[None]:
    """Qt keeps one settings file per process: each test starts from the defaults."""
    settings_store.forget_preferences()
    yield
    settings_store.forget_preferences()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    shown = QMainWindow()
    qtbot.addWidget(shown)
    return shown


def at(hour: int, minute: int, days: int = 0) -> datetime:
    today = d.local_now().replace(hour=hour, minute=minute, second=0, microsecond=0)
    return today + timedelta(days=days)


def reminders_on(evening: QTime, follow_up: bool = True) -> None:
    settings_store.save_reminders_enabled(True)
    settings_store.save_evening_time(evening)
    settings_store.save_follow_up_reminders(follow_up)


def watch(journal: Journal, window: QMainWindow, clock: Clock) -> tuple[Reminders, list[str]]:
    reminders = Reminders(MinuteClock(Session(journal).reads, window, clock), window)
    said: list[str] = []
    reminders.shown.connect(said.append)
    return reminders, said


def test_reminders_are_off_by_default_and_say_nothing(
    journal: Journal, window: QMainWindow
) -> None:
    assert not settings_store.reminders_enabled()
    reminders, said = watch(journal, window, Clock(at(22, 0)))
    reminders.check()
    assert said == []


def test_the_evening_check_in_comes_at_the_chosen_time_once_a_day(
    journal: Journal, window: QMainWindow
) -> None:
    reminders_on(QTime(20, 30))
    clock = Clock(at(20, 29))
    reminders, said = watch(journal, window, clock)
    reminders.check()
    assert said == []
    clock.now = at(20, 30)
    reminders.check()
    assert said == ["Time for your evening check-in"]
    clock.now = at(21, 45)
    reminders.check()
    assert said == ["Time for your evening check-in"]
    clock.now = at(20, 31, days=1)
    reminders.check()
    assert said == ["Time for your evening check-in"] * 2


def test_no_evening_reminder_when_the_day_already_has_an_entry(
    journal: Journal, window: QMainWindow
) -> None:
    reminders_on(QTime(20, 0))
    clock = Clock(at(21, 0))
    journal.day_entries.save(d.DayEntry(day=clock.now.date()))
    reminders, said = watch(journal, window, clock)
    reminders.check()
    assert said == []


def test_a_dose_due_for_follow_up_is_announced_once_without_health_details(
    journal: Journal, window: QMainWindow
) -> None:
    reminders_on(QTime(23, 59))
    triptan = add_medications(journal).triptan
    attack = start_attack(journal, minutes_ago=150)
    taken = d.local_now() - timedelta(hours=1, minutes=50)
    operations.record_dose(journal, d.Dose(triptan.id, taken, "50 mg", attack.id, 3))
    clock = Clock(taken + timedelta(hours=1, minutes=59))
    reminders, said = watch(journal, window, clock)
    reminders.check()
    assert said == []
    clock.now = taken + timedelta(hours=2)
    reminders.check()
    reminders.check()
    assert said == ["A follow-up question is waiting"]
    for text in said:
        assert not [word for word in HEALTH_WORDS if word in text.lower()]


def test_the_follow_up_reminder_can_be_turned_off_on_its_own(
    journal: Journal, window: QMainWindow
) -> None:
    reminders_on(QTime(23, 59), follow_up=False)
    triptan = add_medications(journal).triptan
    attack = start_attack(journal, minutes_ago=300)
    taken = d.local_now() - timedelta(hours=3)
    operations.record_dose(journal, d.Dose(triptan.id, taken, "50 mg", attack.id, 3))
    reminders, said = watch(journal, window, Clock(d.local_now()))
    reminders.check()
    assert said == []


def test_without_a_system_tray_the_notice_shows_in_the_window(
    journal: Journal, window: QMainWindow
) -> None:
    reminders_on(QTime(20, 0))
    reminders, said = watch(journal, window, Clock(at(20, 5)))
    reminders.check()
    assert said == ["Time for your evening check-in"]
    assert window.statusBar().currentMessage() == "Time for your evening check-in"
    assert reminders.tray is None  # the offscreen test desktop has no tray


def test_the_reminders_check_at_each_minute_of_the_clock_while_started(
    journal: Journal, window: QMainWindow
) -> None:
    reminders_on(QTime(20, 0))
    clock = Clock(at(20, 5))
    reminders, said = watch(journal, window, clock)
    reminders.start()
    assert reminders.clock.timer.isActive() and reminders.clock.timer.interval() == 60_000
    reminders.clock.tick()
    assert said == ["Time for your evening check-in"]
    reminders.stop()
    clock.now = at(20, 5, days=1)
    reminders.clock.tick()
    assert said == ["Time for your evening check-in"]  # stopped: the next day says nothing
    assert reminders.clock.timer.isActive()  # the window's clock goes on for the others
