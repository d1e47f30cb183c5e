"""The main window: Attack now, the open-attack banner, the day's entries, follow-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.app.reminders import Reminders
from ui.app.start import create_main_window
from ui.attack.banner import StartTimeDialog
from ui.attack.editor import AttackEditor
from ui.attack.screen import AttackScreen
from ui.kit import settings_store, translations
from ui.medication.dose_editor import DoseEditor
from ui.medication.follow_up import PainFollowUpDialog

LEFT = Qt.MouseButton.LeftButton


def _medication(journal: Journal, name: str = "Sumatriptan") -> d.Medication:
    return operations.save_medication(
        journal, d.Medication(name, d.MedicationClass.TRIPTAN, default_dose="50 mg")
    )


def _past_attack(journal: Journal, day: date, pain: int = 2, hours: int = 4) -> d.Attack:
    start = datetime(day.year, day.month, day.day, 9, 0).astimezone()
    return operations.save_attack(
        journal, d.Attack(start=start, end=start + timedelta(hours=hours), pain=pain)
    )


def _close_dialog(window: MainWindow) -> None:
    if window.dialog is not None:
        window.dialog.done(QDialog.DialogCode.Accepted)


def test_attack_now_in_one_click_starts_an_open_attack_and_opens_the_attack_screen(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    before = d.local_now()
    qtbot.mouseClick(window.attack_now_button, LEFT)
    (attack,) = journal.attacks.open_attacks()
    assert before - timedelta(minutes=1) <= attack.start <= d.local_now()
    assert isinstance(window.dialog, AttackScreen)
    assert window.banner.isVisible()
    assert f"{attack.start:%H:%M}" in window.banner.label.text()
    _close_dialog(window)


def test_ctrl_n_starts_an_attack_from_anywhere_in_the_window(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    window.activateWindow()
    window.day_view.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(journal.attacks.open_attacks()) == 1
    _close_dialog(window)


def test_a_second_attack_now_opens_the_open_attack_instead_of_starting_another(
    window: MainWindow, journal: Journal
) -> None:
    first = window.attack_now()
    _close_dialog(window)
    again = window.attack_now()
    assert again is not None and first is not None and again.id == first.id
    assert len(journal.attacks.all()) == 1
    _close_dialog(window)


@pytest.mark.parametrize("minutes", [15, 30, 60])
def test_started_minutes_ago_menu_backdates_the_start(
    window: MainWindow, journal: Journal, minutes: int
) -> None:
    menu = window.attack_now_button.menu()
    (action,) = [a for a in menu.actions() if a.text() == f"Started {minutes} min ago"]
    action.trigger()
    (attack,) = journal.attacks.open_attacks()
    elapsed = d.local_now() - attack.start
    assert timedelta(minutes=minutes) <= elapsed < timedelta(minutes=minutes + 1)
    _close_dialog(window)


def test_other_time_starts_the_attack_at_the_chosen_time(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = (d.local_now() - timedelta(hours=2)).replace(second=0, microsecond=0)
    monkeypatch.setattr(StartTimeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(StartTimeDialog, "chosen", lambda self: chosen)
    window.attack_now_button.other_time_requested.emit()
    (attack,) = journal.attacks.open_attacks()
    assert attack.start == chosen
    _close_dialog(window)


def test_the_earlier_start_choices_are_in_the_entry_menu_too(window: MainWindow) -> None:
    entry = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Entry")
    titles = [a.text() for a in entry.actions()]
    assert "Attack started &earlier" in titles


def test_banner_end_attack_now_ends_the_open_attack_and_leaves_only_undo(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    attack = operations.start_attack(journal, d.local_now() - timedelta(minutes=40))
    window.refresh()
    assert window.banner.isVisible()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    ended = journal.attacks.get(attack.id)
    assert ended.end is not None and ended.end >= attack.start
    assert not window.banner.end_button.isVisible()
    assert window.banner.undo_button.isVisible()
    window.banner.forget_undo()
    assert not window.banner.isVisible()


def test_attack_logged_with_attack_now_shows_in_the_calendar_and_can_be_edited_and_deleted(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    triptan = _medication(journal)
    qtbot.mouseClick(window.attack_now_button, LEFT)
    screen = window.dialog
    assert isinstance(screen, AttackScreen)
    screen.set_pain(3)
    (attack,) = journal.attacks.open_attacks()
    operations.record_dose(
        journal, d.Dose(triptan.id, d.local_now(), "50 mg", attack_id=attack.id, pain_at_dose=3)
    )
    screen.done_for_now()
    qtbot.mouseClick(window.banner.end_button, LEFT)
    today = attack.start.date()
    mark = window.calendar.mark_for(today)
    assert mark is not None and mark.peak_pain == 3 and mark.has_medication
    assert window.day_view.day() == today
    entry = window.day_view.selected_entry()
    assert entry is not None and entry.attack is not None and entry.attack.id == attack.id
    assert "Sumatriptan" in window.day_view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    qtbot.keyClick(window.day_view.list, Qt.Key.Key_Return)
    editor = window.day_view._dialog
    assert isinstance(editor, AttackEditor)
    editor.pain.pick(2)
    editor.save()
    assert journal.attacks.get(attack.id).pain == 2
    assert window.calendar.mark_for(today).peak_pain == 2  # type: ignore[union-attr]

    qtbot.keyClick(window.day_view.list, Qt.Key.Key_Delete)
    assert journal.attacks.find(attack.id) is None
    assert window.day_view.undo_bar.isVisible()
    assert window.calendar.mark_for(today).peak_pain is None  # type: ignore[union-attr]
    qtbot.mouseClick(window.day_view.undo_button, LEFT)
    assert journal.attacks.get(attack.id).pain == 2
    assert journal.doses.for_attack(attack.id)
    assert window.calendar.mark_for(today).peak_pain == 2  # type: ignore[union-attr]


def test_day_view_lists_the_days_attacks_and_doses_in_time_order(
    window: MainWindow, journal: Journal
) -> None:
    day = date.today() - timedelta(days=3)
    triptan = _medication(journal)
    attack = _past_attack(journal, day, pain=3)
    taken = attack.start + timedelta(minutes=30)
    operations.record_dose(journal, d.Dose(triptan.id, taken, "50 mg", attack_id=attack.id))
    window.calendar.select_day(day)
    model = window.day_view.model
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == ["Migraine · 09:00 – 13:00", "Sumatriptan 50 mg at 09:30"]


def test_the_selected_entry_stays_selected_after_a_change(
    window: MainWindow, journal: Journal
) -> None:
    day = date.today() - timedelta(days=3)
    triptan = _medication(journal)
    attack = _past_attack(journal, day)
    dose = operations.record_dose(journal, d.Dose(triptan.id, attack.start + timedelta(hours=1)))
    window.calendar.select_day(day)
    window.day_view.list.setCurrentIndex(window.day_view.model.index(1, 0))
    window.refresh()
    entry = window.day_view.selected_entry()
    assert entry is not None and entry.dose is not None and entry.dose.id == dose.id


def test_an_empty_day_says_so_calmly(window: MainWindow) -> None:
    window.calendar.select_day(date.today() - timedelta(days=10))
    assert window.day_view.stack.currentWidget() is window.day_view.empty
    assert "No entries" in window.day_view.empty.text()
    assert not window.day_view.edit_button.isEnabled()


def test_deleted_dose_comes_back_with_undo(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    day = date.today() - timedelta(days=2)
    ibuprofen = _medication(journal, "Ibuprofen")
    taken = datetime(day.year, day.month, day.day, 12, 0).astimezone()
    dose = operations.record_dose(journal, d.Dose(ibuprofen.id, taken, "400 mg"))
    window.calendar.select_day(day)
    qtbot.mouseClick(window.day_view.delete_button, LEFT)
    assert journal.doses.find(dose.id) is None
    assert window.day_view.undo_label.text() == "Dose deleted."
    qtbot.mouseClick(window.day_view.undo_button, LEFT)
    assert journal.doses.get(dose.id).amount == "400 mg"
    assert not window.day_view.undo_bar.isVisible()


def test_double_click_on_a_dose_opens_the_dose_editor(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    ibuprofen = _medication(journal, "Ibuprofen")
    operations.record_dose(journal, d.Dose(ibuprofen.id, d.local_now() - timedelta(minutes=5)))
    window.calendar.go_to_today()
    window.day_view.reload()
    rect = window.day_view.list.visualRect(window.day_view.model.index(0, 0))
    viewport = window.day_view.list.viewport()
    qtbot.mouseClick(viewport, LEFT, pos=rect.center())  # a real double click starts so
    qtbot.mouseDClick(viewport, LEFT, pos=rect.center())
    assert isinstance(window.day_view._dialog, DoseEditor)
    window.day_view._dialog.reject()


def _a_dose_taken_three_hours_ago(journal: Journal) -> None:
    """A triptan for an attack, taken long enough ago for its 2-hour question."""
    triptan = _medication(journal)
    start = d.local_now() - timedelta(hours=3)
    attack = operations.start_attack(journal, start)
    operations.record_dose(
        journal,
        d.Dose(triptan.id, start + timedelta(minutes=5), attack_id=attack.id, pain_at_dose=2),
    )


def test_a_due_dose_asks_for_pain_at_two_hours_and_ask_me_later_waits_half_an_hour(
    window: MainWindow, journal: Journal
) -> None:
    _a_dose_taken_three_hours_ago(journal)
    window.follow_up.check()
    dialog = window.follow_up.dialog
    assert isinstance(dialog, PainFollowUpDialog)
    dialog.reject()  # "Ask me later"
    window.follow_up.check()
    assert window.follow_up.dialog is None
    later = d.local_now() + timedelta(minutes=31)
    window.minute.clock = lambda: later
    window.follow_up.check()
    assert isinstance(window.follow_up.dialog, PainFollowUpDialog)  # back, as promised
    window.follow_up.dialog.reject()


def test_the_follow_up_waits_until_the_dialog_being_filled_in_is_closed(
    window: MainWindow, journal: Journal
) -> None:
    _a_dose_taken_three_hours_ago(journal)
    window.day_view.add_attack()  # the person is entering an attack after the fact
    editor = window.day_view._dialog
    assert isinstance(editor, AttackEditor) and editor.isVisible()
    window.follow_up.check()
    assert window.follow_up.dialog is None  # not over the editor
    editor.reject()
    window.follow_up.check()
    assert isinstance(window.follow_up.dialog, PainFollowUpDialog)
    window.follow_up.dialog.reject()


def test_the_follow_up_timer_checks_every_minute(window: MainWindow) -> None:
    assert window.minute.timer.isActive()
    assert window.minute.timer.interval() == 60_000


def test_the_follow_up_and_the_reminders_read_the_journal_once_a_minute_between_them(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_store.save_reminders_enabled(True)
    settings_store.save_follow_up_reminders(True)
    settings_store.save_evening_time(QTime(23, 59))
    _a_dose_taken_three_hours_ago(journal)
    reads: list[datetime] = []
    due_now = operations.doses_due_for_follow_up

    def counted(opened: Journal, now: datetime) -> list[d.Dose]:
        reads.append(now)
        return due_now(opened, now)

    monkeypatch.setattr(operations, "doses_due_for_follow_up", counted)
    reminders = Reminders(window.minute, window)
    said: list[str] = []
    reminders.shown.connect(said.append)
    reminders.start()
    assert window.minute.timer.receivers("2timeout()") == 1  # one timer for all
    window.minute.tick()
    assert len(reads) == 1  # one read of the journal for this minute...
    assert isinstance(window.follow_up.dialog, PainFollowUpDialog)  # ...asked in the window
    assert said == ["A follow-up question is waiting"]  # ...and said in the tray
    window.follow_up.dialog.reject()
    reminders.stop()
    window.minute.tick()
    assert len(reads) == 2  # the next minute: one more


def test_diary_comes_first_then_insights_treatments_visit(window: MainWindow) -> None:
    titles = [window.views.tabText(i) for i in range(window.views.count())]
    assert titles == ["Diary", "Insights", "Treatments", "Visit"]


def _menu_actions(actions: list[QAction]) -> dict[str, QAction]:
    found: dict[str, QAction] = {}
    for action in actions:
        found[action.text().replace("&", "")] = action
        if action.menu() is not None:
            found.update(_menu_actions(action.menu().actions()))
    return found


def test_menus_hold_the_promised_actions_and_shortcuts(window: MainWindow) -> None:
    actions = _menu_actions(window.menuBar().actions())
    assert actions["Attack now"].shortcut().toString() == "Ctrl+N"
    assert actions["Log medication…"].shortcut().toString() == "Ctrl+D"
    assert actions["Today"].shortcut().toString() == "Ctrl+T"
    assert actions["Print report…"].isEnabled()
    assert actions["Print report…"].shortcut().toString() == "Ctrl+P"
    assert {"Export…", "Quit", "New attack…", "Medications…", "Dark mode"} <= set(actions)


@pytest.mark.parametrize("language", [QLocale.Language.English, QLocale.Language.German])
def test_the_main_window_fits_a_1280_pixel_screen_in_english_and_german(
    qtbot: QtBot, qapp: QApplication, journal: Journal, language: QLocale.Language
) -> None:
    translations.install(qapp, QLocale(language))
    try:
        main = create_main_window(journal)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        if language is QLocale.Language.German:
            assert main.day_view.add_dose_button.text() == "Einnahme erfassen…"
        assert main.minimumSizeHint().width() <= 1180
    finally:
        translations.install(qapp)


def _entries_per_line(row: QWidget) -> list[int]:
    """How many legend entries sit on each line of a wrapped legend."""
    tops = [entry.y() for entry in row.findChildren(QWidget) if entry.parentWidget() is row]
    return [tops.count(top) for top in sorted(set(tops))]


def test_a_narrow_calendar_wraps_its_legend_keeping_each_swatch_with_its_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    calendar = window.calendar
    calendar.setFixedWidth(440)
    qtbot.waitUntil(lambda: len(_entries_per_line(calendar.legend_row)) > 1)
    for entry in calendar.legend_row.findChildren(QWidget):
        if entry.parentWidget() is calendar.legend_row:
            swatch, words = entry.findChildren(QLabel)
            assert swatch.pixmap() is not None and not swatch.pixmap().isNull() and words.text()
            assert entry.geometry().right() <= calendar.legend_row.width()
    calendar.setFixedWidth(1800)  # the pain and cycle entries share the legend's lines
    qtbot.waitUntil(lambda: len(_entries_per_line(calendar.legend_row)) == 1)


def test_the_day_buttons_put_edit_and_delete_on_a_line_of_their_own_when_narrow(
    qtbot: QtBot, window: MainWindow
) -> None:
    day = window.day_view
    add, edit = day.add_attack_button, day.edit_button

    def same_line() -> bool:
        return (
            add.mapTo(day, add.rect().topLeft()).y() == edit.mapTo(day, edit.rect().topLeft()).y()
        )

    day.setFixedWidth(700)
    qtbot.waitUntil(same_line)
    assert edit.mapTo(day, edit.rect().topRight()).x() > 600, "Edit and Delete at the right"
    day.setFixedWidth(day.minimumSizeHint().width())
    qtbot.waitUntil(lambda: not same_line())
    assert edit.mapTo(day, edit.rect().topLeft()).y() > add.mapTo(day, add.rect().topLeft()).y()
    buttons = (add, day.add_dose_button, day.period_button, edit, day.delete_button)
    assert all(b.mapTo(day, b.rect().topRight()).x() < day.width() for b in buttons)


def test_a_day_with_headache_without_times_is_listed_marked_and_can_be_deleted_and_undone(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    day = date.today() - timedelta(days=3)
    record = journal.day_records.save(
        d.DayRecord(day, d.DayRecordKind.MIGRAINE, symptoms=("nausea",), source="drip")
    )
    window.refresh()
    window.calendar.select_day(day)
    mark = window.calendar.mark_for(day)
    assert mark is not None and mark.attacks == 1 and mark.pain_not_recorded
    entry = window.day_view.selected_entry()
    assert entry is not None and entry.day_record == record
    index = window.day_view.model.index(0, 0)
    assert index.data() == "Migraine · this day, hours not recorded"
    assert "imported from drip." in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not window.day_view.edit_button.isEnabled()  # nothing to edit: no times
    qtbot.mouseClick(window.day_view.delete_button, LEFT)
    assert journal.day_records.find(record.id) is None
    assert window.day_view.undo_label.text() == "Headache day deleted."
    qtbot.mouseClick(window.day_view.undo_button, LEFT)
    assert journal.day_records.get(record.id).kind == d.DayRecordKind.MIGRAINE


def test_new_attack_opens_on_the_selected_day_with_nothing_red(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    day = date.today() - timedelta(days=9)
    window.calendar.select_day(day)
    entry = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Entry")
    next(a for a in entry.actions() if a.text() == "&New attack…").trigger()
    editor = window.day_view._dialog
    assert isinstance(editor, AttackEditor)
    assert editor.attack().start.date() == day and not editor.still_going.isChecked()
    assert not editor.pain_problem.isVisible()
    editor.reject()
    qtbot.mouseClick(window.day_view.add_attack_button, Qt.MouseButton.LeftButton)
    editor = window.day_view._dialog
    assert isinstance(editor, AttackEditor) and editor.attack().start.date() == day
    editor.reject()


def test_focus_comes_back_where_it_was_when_a_dialog_or_the_attack_screen_closes(
    qtbot: QtBot, window: MainWindow, medications: object
) -> None:
    """After the attack screen (Done for now), a dialog of the window (Medications),
    a form it opens itself (Log dose…) and a message over a dialog, the keyboard is
    back on the widget that had it (offscreen nothing got it back at all)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    day_view = window.day_view
    there = day_view.add_dose_button

    def start_on(widget: QWidget) -> None:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)

    def back_on(widget: QWidget) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)

    start_on(there)
    window.attack_now()
    screen = window.dialog
    assert isinstance(screen, AttackScreen)
    qtbot.waitUntil(lambda: screen.isAncestorOf(QApplication.focusWidget()))
    screen.done_for_now()
    back_on(there)

    start_on(window.calendar)
    focused = QApplication.focusWidget()
    window.show_medications()
    medications_dialog = window.dialog
    assert medications_dialog is not None
    qtbot.waitUntil(lambda: medications_dialog.isAncestorOf(QApplication.focusWidget()))
    medications_dialog.reject()
    back_on(focused)

    start_on(there)
    day_view.add_dose()
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, DoseEditor)
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
    inside = QApplication.focusWidget()
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    QMessageBox.information(editor, "Saved", "A message over the form")
    back_on(inside)
    editor.reject()
    back_on(there)
