"""The main window wired to the rest of the day: the check-in follows the calendar,
periods start from the calendar, the cycle marks (period, prediction, window, phases)
and the cycle-tracking switch, the Treatments/Visit/Insights tabs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.diary.day_marks import day_summary
from ui.kit.focus import shows_whole

ROOT = Path(__file__).resolve().parents[2]


def _today() -> date:
    return d.local_now().date()


def _start_period_from_menu(window: MainWindow, day: date) -> None:
    window.calendar.select_day(day)
    menu = window.calendar.grid.context_menu(day)
    (start,) = [a for a in menu.actions() if a.text() == "Start period here"]
    start.trigger()


def _cycle(window: MainWindow, day: date) -> object:
    mark = window.calendar.mark_for(day)
    return None if mark is None else mark.cycle


def test_selecting_a_day_shows_its_check_in(window: MainWindow, journal: Journal) -> None:
    day = _today() - timedelta(days=3)
    operations.check_in(journal, day, {}, "quiet")
    window.calendar.select_day(day)
    panel = window.checkin_column.checkin
    assert panel.day() == day
    assert panel.note.text() == "quiet"
    assert panel.status.text() == "Checked in: nothing of note."


def test_a_day_to_come_has_no_check_in_panel(window: MainWindow) -> None:
    window.calendar.select_day(_today() + timedelta(days=2))
    assert not window.checkin_column.checkin.isVisible()
    assert window.checkin_column.future.isVisible()
    window.calendar.select_day(_today())
    assert window.checkin_column.checkin.isVisible()


def test_saving_a_check_in_marks_the_day_as_checked_in_on_the_calendar(
    window: MainWindow, journal: Journal
) -> None:
    day = _today() - timedelta(days=1)
    window.calendar.select_day(day)
    assert window.calendar.mark_for(day) is None
    assert window.checkin_column.checkin.save_nothing_of_note()
    assert journal.day_entries.on(day) is not None
    assert window.calendar.mark_for(day).checked_in  # type: ignore[union-attr]
    assert "Check-in: yes" in day_summary(day, window.calendar.mark_for(day))


def test_start_period_here_from_the_day_menu_marks_the_day_as_day_1(
    window: MainWindow, journal: Journal
) -> None:
    day = _today() - timedelta(days=2)
    _start_period_from_menu(window, day)
    bleeding = journal.bleeding_days.on(day)
    assert bleeding is not None and bleeding.flow == d.Flow.MEDIUM
    cycle = window.calendar.mark_for(day).cycle  # type: ignore[union-attr]
    assert cycle is not None and cycle.day1 and cycle.flow == d.Flow.MEDIUM
    assert "Period: medium flow" in window.day_view.cycle_line.text()


def test_the_keyboard_action_starts_a_period_on_the_selected_day(
    window: MainWindow, journal: Journal
) -> None:
    day = _today() - timedelta(days=5)
    window.calendar.select_day(day)
    action = window.cycle.start_period_action
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    action.trigger()
    assert journal.bleeding_days.on(day) is not None


def test_after_two_cycles_the_calendar_shows_the_next_period_as_predicted(
    window: MainWindow,
) -> None:
    last = _today() - timedelta(days=30)
    for day1 in (last - timedelta(days=56), last - timedelta(days=28), last):
        _start_period_from_menu(window, day1)
    predicted = last + timedelta(days=28)
    window.calendar.select_day(predicted)
    cycle = window.calendar.mark_for(predicted).cycle  # type: ignore[union-attr]
    assert cycle is not None and cycle.predicted and not cycle.bleeding
    assert window.calendar.mark_for(predicted - timedelta(days=1)) is None
    assert "predicted" in day_summary(predicted, window.calendar.mark_for(predicted))


def test_the_window_band_covers_days_minus_2_to_plus_3_around_day_1(
    window: MainWindow,
) -> None:
    day1 = _today() - timedelta(days=10)
    _start_period_from_menu(window, day1)
    places = {
        offset: getattr(_cycle(window, day1 + timedelta(days=offset)), "window_day", None)
        for offset in range(-3, 5)
    }
    assert places == {-3: None, -2: -2, -1: -1, 0: 1, 1: 2, 2: 3, 3: None, 4: None}


def test_a_hormonal_phase_shows_on_the_calendar_and_the_day(
    window: MainWindow, journal: Journal
) -> None:
    start = _today() - timedelta(days=4)
    operations.save_phase(journal, d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, start))
    window.refresh()
    window.calendar.select_day(start)
    cycle = window.calendar.mark_for(start).cycle  # type: ignore[union-attr]
    assert cycle is not None and cycle.phases == (d.PhaseKind.HORMONAL_IUD,)
    assert window.calendar.mark_for(start - timedelta(days=1)) is None
    assert "IUD" in window.day_view.cycle_line.text()


def _cycle_ui(window: MainWindow) -> list[QWidget | object]:
    return [
        *window.calendar.cycle_entries,
        window.day_view.period_button,
        *window.cycle.cycle_actions(),
    ]


def test_turning_cycle_tracking_off_hides_every_cycle_widget_action_and_mark(
    window: MainWindow, journal: Journal
) -> None:
    day1 = _today() - timedelta(days=3)
    _start_period_from_menu(window, day1)
    operations.save_phase(
        journal, d.HormonalPhase(d.PhaseKind.PROGESTOGEN_ONLY, _today() - timedelta(days=20))
    )
    window.refresh()
    assert all(item.isVisible() for item in _cycle_ui(window))  # type: ignore[attr-defined]
    window.cycle.cycle_action.trigger()
    assert not operations.cycle_tracking_enabled(journal)
    assert not window.cycle.cycle_action.isChecked()
    assert not any(item.isVisible() for item in _cycle_ui(window))  # type: ignore[attr-defined]
    assert window.calendar.mark_for(day1 - timedelta(days=2)) is None
    assert window.calendar.mark_for(day1) is None
    assert not window.day_view.cycle_line.isVisible()
    assert window.cycle.start_period() is None
    assert journal.bleeding_days.on(day1) is not None, "switching off keeps the records"
    window.cycle.cycle_action.trigger()
    assert all(item.isVisible() for item in _cycle_ui(window))  # type: ignore[attr-defined]
    assert window.calendar.mark_for(day1).cycle is not None  # type: ignore[union-attr]


def test_a_journal_with_cycle_tracking_off_opens_with_no_cycle_ui(
    qtbot: QtBot, journal: Journal
) -> None:
    from ui.app.start import create_main_window

    operations.set_cycle_tracking(journal, False)
    main = create_main_window(journal)
    qtbot.addWidget(main)
    main.show()
    assert not main.cycle.cycle_action.isChecked()
    assert not any(item.isVisible() for item in _cycle_ui(main))  # type: ignore[attr-defined]


def test_treatments_and_visit_tabs_refresh_when_the_journal_changes(
    window: MainWindow, journal: Journal
) -> None:
    titles = [window.views.tabText(i) for i in range(window.views.count())]
    assert titles == ["Diary", "Insights", "Treatments", "Visit"]
    operations.save_treatment(
        journal,
        d.Treatment("Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, _today()),
    )
    operations.add_visit_note(journal, "Ask about the pill and aura")
    operations.save_midas(journal, d.MidasEntry(_today(), 3, 2, 2, 2, 3))
    operations.save_hit6(journal, d.Hit6Entry(_today(), 58))
    window.refresh()
    assert any("Propranolol" in " ".join(row) for row in window.tabs.treatments.rows())
    visit = window.tabs.visit
    assert "Ask about the pill and aura" in visit.notes.shown_texts()
    assert visit.midas_result.text().startswith("Score 12, grade III")
    assert visit.hit6_result.text().startswith("Total 58, substantial impact")


def test_ctrl_k_checks_in_today_with_the_keyboard_on_the_first_factor(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.calendar.select_day(_today() - timedelta(days=9))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    action = window.checkin_column.check_in_action
    assert action.shortcut().toString() == "Ctrl+K"
    action.trigger()
    panel = window.checkin_column.checkin
    assert panel.day() == _today() == window.calendar.selected_day()
    qtbot.waitUntil(lambda: panel.isAncestorOf(QApplication.focusWidget()))


def test_ctrl_k_scrolls_the_focused_factor_and_the_title_into_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    """At 1024x700, with the check-in scrolled to its end: Ctrl+K shows the first
    factor, which has the focus, and the check-in's title (it focused a row out of
    view, with no focus to be seen)."""
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    column = window.checkin_column
    area = column.area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is next(iter(column.checkin._editors.values()))
    assert shows_whole(focused, area)
    assert shows_whole(column.checkin.title, area)
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # ring drawn


def test_the_insights_tab_is_built_only_when_first_shown(window: MainWindow) -> None:
    from ui.insights.view import InsightsView

    assert window.tabs.insights is None
    window.views.setCurrentIndex(1)
    assert isinstance(window.tabs.insights, InsightsView)
    assert window.views.currentWidget() is window.tabs.insights
    assert window.views.tabText(1) == "Insights"


def test_opening_the_main_window_does_not_import_pyqtgraph(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from journal.storage import Journal\n"
        "from ui.app.start import application, create_main_window\n"
        "app = application([])\n"
        f"journal = Journal.open({str(tmp_path / 'j.sqlite3')!r})\n"
        "window = create_main_window(journal)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, flush=True)\n"
        "window.close()\n"
        "journal.close()\n"
        "import os\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_check_in_typed_for_one_day_is_saved_when_another_day_is_chosen(
    window: MainWindow, journal: Journal
) -> None:
    from ui.checkin.factor_editors import editor_value
    from ui.kit.form_widgets import ChoiceRow

    first, second = _today() - timedelta(days=6), _today() - timedelta(days=5)
    window.calendar.select_day(first)
    panel = window.checkin_column.checkin
    stress = panel.editor("Stress")
    assert isinstance(stress, ChoiceRow)
    stress.pick(2.0)
    assert panel.has_unsaved_changes()
    window.calendar.select_day(second)
    assert panel.day() == second
    saved = journal.day_entries.on(first)
    assert saved is not None and [v.value for v in saved.values] == [2]
    assert window.calendar.mark_for(first).checked_in  # type: ignore[union-attr]
    assert editor_value(panel.editor("Stress")) is None


def test_entry_menu_opens_each_recording_form(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.checkin.factors_dialog import FactorsDialog
    from ui.cycle.dialogs import PeriodDayDialog
    from ui.cycle.phases_dialog import PhasesDialog
    from ui.visit.questionnaires import Hit6Dialog, MidasDialog

    for action, kind in (
        (window.cycle.phases_action, PhasesDialog),
        (window.checkin_column.factors_action, FactorsDialog),
    ):
        action.trigger()
        assert isinstance(window.dialog, kind) and window.dialog.isVisible()
        window.dialog.done(QDialog.DialogCode.Rejected)
    for action, kind in (
        (window.tabs.midas_action, MidasDialog),
        (window.tabs.hit6_action, Hit6Dialog),
    ):
        action.trigger()
        assert isinstance(window.tabs.visit.dialog, kind) and window.tabs.visit.dialog.isVisible()
        window.tabs.visit.dialog.done(QDialog.DialogCode.Rejected)
    window.cycle.period_action.trigger()
    dialog = window.day_view._dialog
    assert isinstance(dialog, PeriodDayDialog) and dialog.isVisible()
    dialog.done(QDialog.DialogCode.Rejected)
    window.tabs.question_action.trigger()
    assert window.views.currentWidget() is window.tabs.visit


def test_a_labels_alt_key_scrolls_its_field_into_view(window: MainWindow, qtbot: QtBot) -> None:
    """At 1024x700 with the check-in scrolled to its top, Alt+O ("N&ote") puts the
    keyboard on the day's note at the end of the check-in and shows it (the focus
    went there out of view: only Tab scrolled)."""
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    area = window.checkin_column.area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.verticalScrollBar().setValue(0)
    note = window.checkin_column.checkin.note
    assert not shows_whole(note, area)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is note
    assert shows_whole(note, area)
