"""The month calendar: severity and medication marks per day, and keyboard moves."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.analysis.calendar_days import DayMark, day_marks
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.diary.calendar_view import CalendarView
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton
REFERENCE = date.today() - timedelta(days=40)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def _attack(journal: Journal, start: datetime, hours: float, pain: int) -> d.Attack:
    return operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=hours), pain=pain)
    )


@pytest.fixture
def calendar(qtbot: QtBot, journal: Journal) -> CalendarView:
    view = CalendarView(Session(journal).reads)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_day_is_shaded_by_the_highest_peak_pain_of_its_attacks(
    calendar: CalendarView, journal: Journal
) -> None:
    _attack(journal, _at(REFERENCE, 7), 2, pain=1)
    _attack(journal, _at(REFERENCE, 15), 3, pain=3)
    calendar.select_day(REFERENCE)
    calendar.reload()
    assert calendar.mark_for(REFERENCE) == DayMark(
        peak_pain=3, attacks=2, doses=0, attack_types=(d.AttackType.MIGRAINE,)
    )
    assert calendar.mark_for(REFERENCE + timedelta(days=1)) is None


def test_an_attack_past_midnight_marks_both_days(journal: Journal) -> None:
    _attack(journal, _at(REFERENCE, 22), 5, pain=2)
    marks = day_marks(
        journal, REFERENCE - timedelta(days=1), REFERENCE + timedelta(days=2), cycle_tracking=True
    )
    assert set(marks) == {REFERENCE, REFERENCE + timedelta(days=1)}
    assert all(mark.peak_pain == 2 for mark in marks.values())


def test_an_aura_without_pain_still_marks_the_day_with_pain_zero(journal: Journal) -> None:
    operations.save_attack(
        journal,
        d.Attack(
            start=_at(REFERENCE, 10),
            end=_at(REFERENCE, 11),
            type=d.AttackType.AURA_ONLY,
            pain=0,
        ),
    )
    mark = day_marks(journal, REFERENCE, REFERENCE, cycle_tracking=True)[REFERENCE]
    assert mark.peak_pain == 0 and mark.attacks == 1


def test_a_medication_day_without_an_attack_is_marked(journal: Journal) -> None:
    ibuprofen = operations.save_medication(journal, d.Medication("Ibuprofen"))
    operations.record_dose(journal, d.Dose(ibuprofen.id, _at(REFERENCE, 12)))
    mark = day_marks(journal, REFERENCE, REFERENCE, cycle_tracking=True)[REFERENCE]
    assert mark.has_medication and mark.peak_pain is None


def test_attack_now_shows_on_todays_cell(window: MainWindow) -> None:
    window.attack_now()
    window.dialog.done_for_now()  # type: ignore[union-attr]  # (Esc at once: discarded)
    mark = window.calendar.mark_for(date.today())
    assert mark is not None and mark.attacks == 1


def test_arrow_keys_move_the_selected_day_and_the_day_view_follows(
    window: MainWindow, qtbot: QtBot
) -> None:
    grid = window.calendar.grid
    window.calendar.select_day(date(2025, 3, 12))
    qtbot.keyClick(grid.view, Qt.Key.Key_Right)
    assert window.calendar.selected_day() == date(2025, 3, 13)
    qtbot.keyClick(grid.view, Qt.Key.Key_Down)
    assert window.calendar.selected_day() == date(2025, 3, 20)
    assert window.day_view.day() == date(2025, 3, 20)


def test_page_keys_change_the_month_and_its_marks_are_read(
    calendar: CalendarView, journal: Journal, qtbot: QtBot
) -> None:
    _attack(journal, _at(date(2025, 5, 20), 9), 2, pain=2)
    calendar.select_day(date(2025, 3, 20))
    assert calendar.mark_for(date(2025, 5, 20)) is None
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageDown)
    assert (calendar.grid.yearShown(), calendar.grid.monthShown()) == (2025, 5)
    assert calendar.mark_for(date(2025, 5, 20)).peak_pain == 2  # type: ignore[union-attr]
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_PageUp)
    assert calendar.grid.monthShown() == 4
    assert calendar.title.text().startswith("April")


def test_home_goes_back_to_today(calendar: CalendarView, qtbot: QtBot) -> None:
    calendar.select_day(date(2024, 1, 15))
    qtbot.keyClick(calendar.grid.view, Qt.Key.Key_Home)
    assert calendar.selected_day() == date.today()


def test_previous_and_next_month_buttons_are_labelled_and_move_the_month(
    calendar: CalendarView, qtbot: QtBot
) -> None:
    calendar.select_day(date(2025, 6, 10))
    for button in (calendar.previous_button, calendar.next_button, calendar.today_button):
        assert button.toolTip() and button.accessibleName()
    qtbot.mouseClick(calendar.next_button, LEFT)
    assert calendar.grid.monthShown() == 7
    qtbot.mouseClick(calendar.previous_button, LEFT)
    qtbot.mouseClick(calendar.previous_button, LEFT)
    assert calendar.grid.monthShown() == 5


def test_the_calendar_reads_attacks_once_per_month_shown(
    calendar: CalendarView, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[date, date]] = []
    touching = journal.attacks.touching

    def counted(first: date, last: date) -> list[d.Attack]:
        calls.append((first, last))
        return touching(first, last)

    monkeypatch.setattr(journal.attacks, "touching", counted)
    calendar.select_day(date(2025, 6, 10))
    calls.clear()
    calendar.grid.showNextMonth()
    assert len(calls) == 1
    first, last = calls[0]
    assert first <= date(2025, 7, 1) and last >= date(2025, 7, 31)
    assert (last - first).days == 41


def test_the_visible_span_covers_the_six_weeks_qt_draws(calendar: CalendarView) -> None:
    painted: list[date] = []
    grid = calendar.grid
    original = grid.cells.paint_day

    def record(painter, rect, day, selected):  # type: ignore[no-untyped-def]
        painted.append(day)
        original(painter, rect, day, selected)

    grid.cells.paint_day = record  # type: ignore[method-assign]
    calendar.select_day(date(2025, 9, 1))
    grid.view.viewport().repaint()
    first, last = grid.visible_span()
    assert painted and min(painted) == first and max(painted) == last


def test_a_day_tooltip_tells_pain_doses_period_and_check_in_in_words(
    calendar: CalendarView, journal: Journal
) -> None:
    from ui.diary.day_marks import day_summary

    medication = operations.save_medication(
        journal, d.Medication("Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC)
    )
    attack = _attack(journal, _at(REFERENCE, 8), 3, pain=2)
    operations.record_dose(
        journal, d.Dose(medication.id, _at(REFERENCE, 9), "400 mg", attack_id=attack.id)
    )
    operations.set_bleeding_day(journal, REFERENCE, d.Flow.HEAVY)
    calendar.select_day(REFERENCE)
    calendar.reload()
    text = day_summary(REFERENCE, calendar.mark_for(REFERENCE))
    assert "1 attack · peak pain 2 (moderate)" in text
    assert "1 dose" in text
    assert "Period: heavy flow, cycle day 1" in text
    assert "Check-in: no" in text
    quiet = day_summary(REFERENCE + timedelta(days=9), None)
    assert "No attack" in quiet and "No medication" in quiet and "Check-in: no" in quiet


def test_the_day_under_the_pointer_is_the_day_drawn_there(calendar: CalendarView) -> None:
    grid = calendar.grid
    first, last = grid.visible_span()
    top_left = grid.view.visualRect(grid.view.model().index(0, 0)).center()
    bottom_right = grid.view.visualRect(grid.view.model().index(5, 6)).center()
    assert grid.day_at(top_left) == first
    assert grid.day_at(bottom_right) == last
    below = grid.view.visualRect(grid.view.model().index(5, 6)).bottomRight() + QPoint(0, 5)
    assert grid.day_at(below) is None


def test_without_cycle_tracking_no_cycle_mark_legend_or_day_menu(
    calendar: CalendarView, journal: Journal
) -> None:
    from PySide6.QtGui import QContextMenuEvent

    operations.set_bleeding_day(journal, REFERENCE)
    calendar.select_day(REFERENCE)
    calendar.set_cycle_tracking(False)
    assert calendar.mark_for(REFERENCE) is None
    assert not any(entry.isVisible() for entry in calendar.cycle_entries)
    grid = calendar.grid
    inside = grid.view.visualRect(grid.view.model().index(3, 3)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, inside, grid.view.viewport().mapToGlobal(inside)
    )
    assert not grid.offer_day_menu(event), "no day menu is offered"
    calendar.set_cycle_tracking(True)
    assert calendar.mark_for(REFERENCE).cycle.day1  # type: ignore[union-attr]
    assert all(entry.isVisible() for entry in calendar.cycle_entries)


def test_changing_the_first_day_of_the_week_reads_the_marks_of_the_new_six_weeks(
    calendar: CalendarView, journal: Journal
) -> None:
    grid = calendar.grid
    grid.set_first_day_of_week(Qt.DayOfWeek.Monday)
    calendar.select_day(date(2025, 6, 15))  # 1 June 2025 is a Sunday
    # With weeks from Monday, Sunday 1 June starts the second row; from Sunday on,
    # the first row is 25-31 May: a day only the new six weeks show.
    _attack(journal, _at(date(2025, 5, 25), 9), 2, pain=2)
    calendar.reload()
    assert grid.visible_span()[0] == date(2025, 5, 26)
    assert grid.mark_for(date(2025, 5, 25)) is None
    grid.set_first_day_of_week(Qt.DayOfWeek.Sunday)
    assert grid.visible_span()[0] == date(2025, 5, 25)
    assert grid.mark_for(date(2025, 5, 25)) == DayMark(
        peak_pain=2, attacks=1, doses=0, attack_types=(d.AttackType.MIGRAINE,)
    )


def _imported(journal: Journal, start: datetime, nrs: int | None) -> d.Attack:
    """An attack with no 0-3 pain (as imported from a 0-10 app, or "Attack now")."""
    return operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=3), pain=None, pain_nrs=nrs)
    )


def test_a_day_whose_attacks_have_no_recorded_pain_never_reads_as_pain_0(
    calendar: CalendarView, journal: Journal
) -> None:
    """clinical-rules: never invent or convert a value the patient did not give."""
    from ui.diary.day_marks import day_summary

    _imported(journal, _at(REFERENCE, 9), nrs=7)
    calendar.select_day(REFERENCE)
    calendar.reload()
    mark = calendar.mark_for(REFERENCE)
    assert mark == DayMark(
        peak_pain=None, attacks=1, unrecorded_nrs=7, attack_types=(d.AttackType.MIGRAINE,)
    )
    assert mark is not None and mark.pain_not_recorded
    text = day_summary(REFERENCE, mark)
    assert "1 attack · pain not recorded (7/10)" in text
    assert "pain 0" not in text and "none" not in text and "No attack" not in text


def test_an_unrecorded_pain_without_a_0_10_rating_just_says_not_recorded(
    journal: Journal,
) -> None:
    from ui.diary.day_marks import day_summary

    _imported(journal, _at(REFERENCE, 9), nrs=None)
    mark = day_marks(journal, REFERENCE, REFERENCE, cycle_tracking=True)[REFERENCE]
    assert (mark.peak_pain, mark.unrecorded_nrs, mark.pain_not_recorded) == (None, None, True)
    assert "1 attack · pain not recorded\n" in day_summary(REFERENCE, mark)


def test_on_a_mixed_day_the_recorded_peak_wins_over_an_unrecorded_pain(journal: Journal) -> None:
    from ui.diary.day_marks import day_summary

    _imported(journal, _at(REFERENCE, 7), nrs=9)
    _attack(journal, _at(REFERENCE, 15), 2, pain=1)
    mark = day_marks(journal, REFERENCE, REFERENCE, cycle_tracking=True)[REFERENCE]
    assert mark == DayMark(peak_pain=1, attacks=2, attack_types=(d.AttackType.MIGRAINE,))
    assert not mark.pain_not_recorded
    assert "2 attacks · peak pain 1 (mild)" in day_summary(REFERENCE, mark)


def test_an_unrecorded_pain_day_is_drawn_unshaded_with_a_question_mark_unlike_pain_0(
    qtbot: QtBot,
) -> None:
    """Shape, not colour: the "?" ring differs from pain 0's ring even in greyscale."""
    from PySide6.QtGui import QImage, QPalette

    from ui.diary.day_marks import legend_icon

    palette = QPalette()
    unrecorded = legend_icon(DayMark(attacks=1), palette).toImage()
    no_pain = legend_icon(DayMark(peak_pain=0, attacks=1), palette).toImage()
    grey = QImage.Format.Format_Grayscale8
    assert unrecorded.convertToFormat(grey) != no_pain.convertToFormat(grey)
    base = palette.color(QPalette.ColorRole.Base).rgb()
    centre = unrecorded.pixelColor(unrecorded.width() - 6, 6).rgb()
    assert centre == base, "no pain shade is painted for a pain nobody gave"


def test_the_legend_explains_the_pain_not_recorded_mark(calendar: CalendarView) -> None:
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in calendar.findChildren(QLabel)]
    assert "pain not recorded" in texts
