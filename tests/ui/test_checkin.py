"""The quick check-in, driven like a user: keyboard only, Enter saves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_recording import ENTER, TAB, focused, press, show_active
from ui.checkin.factors_dialog import FactorsDialog
from ui.checkin.panel import CheckInPanel
from ui.kit.form_widgets import AmountSpin, ChoiceRow
from ui.session import Session


@pytest.fixture
def panel(qtbot: QtBot, journal: Journal, session: Session) -> CheckInPanel:
    widget = CheckInPanel(session)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    return widget


def ids_by_name(journal: Journal) -> dict[str, str]:
    return {factor.name: factor.id for factor in journal.factors.all()}


def test_keyboard_only_check_in_saves_the_day_entry(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal, session: Session
) -> None:
    point = QLocale().decimalPoint()
    panel.focus_first()
    with qtbot.waitSignal(session.changed):
        press(
            qtbot,
            [
                "2", TAB,  # stress 2
                f"6{point}5", TAB,  # hours of sleep
                "8", TAB,  # glasses of water
                "3", TAB,  # cups of caffeine
                "n", TAB,  # no alcohol
                "y", TAB,  # skipped a meal
                TAB,  # screen time not recorded
                "1", TAB,  # weather change: yes
                "0",  # no travel
                ENTER,
            ],
        )  # fmt: skip
    entry = journal.day_entries.on(d.local_now().date())
    assert entry is not None
    ids = ids_by_name(journal)
    assert {value.factor_id: value.value for value in entry.values} == {
        ids["Stress"]: 2.0,
        ids["Sleep"]: 6.5,
        ids["Water"]: 8.0,
        ids["Caffeine"]: 3.0,
        ids["Alcohol"]: 0.0,
        ids["Skipped meal"]: 1.0,
        ids["Weather change"]: 1.0,
        ids["Travel"]: 0.0,
    }
    assert "Checked in" in panel.status.text()


def test_tab_order_follows_the_users_factor_order(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    panel.focus_first()
    names = []
    for _ in operations.factors_for_check_in(journal):
        names.append(focused().accessibleName())
        press(qtbot, [TAB])
    assert names == [f.name for f in operations.factors_for_check_in(journal)]
    assert focused() is panel.note
    visited = []
    while focused() is not panel.save_button and len(visited) < 6:
        press(qtbot, [TAB])
        visited.append(focused())
    screen_order = [panel.manage_button, panel.clear_button, panel.nothing_button]
    shown = [b for b in screen_order if b.isVisible() and b.isEnabled()]
    assert visited == [*shown, panel.save_button]  # as on screen, left to right


@pytest.mark.parametrize(
    ("language", "today", "other_day"),
    [
        ("French", "Bilan d’aujourd’hui", "Bilan du "),
        ("German", "Check-in für heute", "Check-in für "),
        ("English", "Check-in for today", "Check-in for "),
    ],
)
def test_the_title_for_today_is_its_own_sentence(
    qtbot: QtBot, session: Session, language: str, today: str, other_day: str
) -> None:
    """Issue 17: French read "Bilan du aujourd'hui" ("today" glued into "for {0}")."""
    from PySide6.QtWidgets import QApplication

    from ui.kit import translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install(app, QLocale(getattr(QLocale.Language, language)))
    try:
        widget = CheckInPanel(session)
        qtbot.addWidget(widget)
        assert widget.title.text() == today
        widget.set_day(d.local_now().date() - timedelta(days=3))
        assert widget.title.text().startswith(other_day)
        assert widget.title.text() != today
    finally:
        translations.install(app, QLocale(QLocale.Language.English))


def test_a_day_without_entry_is_told_apart_from_nothing_of_note(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    today = d.local_now().date()
    assert "No check-in" in panel.status.text()
    assert journal.day_entries.on(today) is None
    stress = panel.editor("Stress")
    assert isinstance(stress, ChoiceRow)
    stress.pick(1.0)
    panel.nothing_button.click()
    entry = journal.day_entries.on(today)
    assert entry is not None and entry.values == ()
    assert panel.status.text() == "Checked in: nothing of note."
    assert panel.editor("Stress").value() is None
    panel.clear_button.click()
    assert journal.day_entries.on(today) is None
    assert "No check-in" in panel.status.text()


def test_more_than_24_hours_of_sleep_is_refused_in_words_and_kept(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    sleep = panel.editor("Sleep")
    assert isinstance(sleep, AmountSpin)
    sleep.setFocus()
    sleep.selectAll()
    press(qtbot, ["30", ENTER])
    assert panel.problem("Sleep") == "Sleep cannot be more than 24 hours in a day."
    assert journal.day_entries.on(d.local_now().date()) is None
    assert sleep.amount() == 30.0
    sleep.selectAll()
    press(qtbot, ["7", ENTER])
    assert panel.problem("Sleep") == ""
    entry = journal.day_entries.on(d.local_now().date())
    assert entry is not None
    assert entry.value_of(ids_by_name(journal)["Sleep"]) == 7.0


def test_a_past_day_shows_its_saved_entry_and_is_replaced_not_doubled(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    yesterday = d.local_now().date() - timedelta(days=1)
    stress = ids_by_name(journal)["Stress"]
    operations.check_in(journal, yesterday, {stress: 3.0}, "long day")
    panel.set_day(yesterday)
    assert panel.editor("Stress").value() == 3.0
    assert panel.note.text() == "long day"
    assert "Checked in" in panel.status.text()
    panel.editor("Stress").setFocus()
    press(qtbot, ["1", ENTER])
    entries = journal.day_entries.between(yesterday, yesterday)
    assert len(entries) == 1
    assert entries[0].value_of(stress) == 1.0
    assert entries[0].note == "long day"


def test_a_level_answer_is_cleared_by_delete_or_a_second_click(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    stress = panel.editor("Stress")
    assert isinstance(stress, ChoiceRow)
    stress.setFocus()
    press(qtbot, ["3"])
    assert stress.value() == 3.0
    press(qtbot, [Qt.Key.Key_Delete])
    assert stress.value() is None
    stress.button(2.0).click()
    assert stress.value() == 2.0
    stress.button(2.0).click()
    assert stress.value() is None
    assert panel.values()[ids_by_name(journal)["Stress"]] is None


def test_factors_dialog_adds_renames_hides_reorders_and_marks_roles(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal, session: Session
) -> None:
    dialog = FactorsDialog(session, panel)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Bright light")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(d.FactorRole.POSSIBLE_TRIGGER))
    dialog.add_button.click()
    added = next(f for f in journal.factors.all() if f.name == "Bright light")
    assert added.role is d.FactorRole.POSSIBLE_TRIGGER
    assert added.kind is d.FactorKind.YES_NO
    dialog.select("Travel")
    dialog.name.setText("Long journey")
    dialog.hidden.setChecked(True)
    dialog.apply_button.click()
    dialog.select("Bright light")
    dialog.up_button.click()
    names = [f.name for f in journal.factors.all()]
    assert names.index("Bright light") == names.index("Intense exercise") - 1
    journey = next(f for f in journal.factors.all() if f.name == "Long journey")
    assert journey.hidden
    assert dialog.was_changed
    panel.refresh()
    with pytest.raises(KeyError):
        panel.editor("Long journey")
    assert isinstance(panel.editor("Bright light"), ChoiceRow)


def test_factors_dialog_refuses_a_duplicate_name_in_words_and_keeps_it(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    operations.ensure_default_factors(journal)
    dialog = FactorsDialog(session)
    qtbot.addWidget(dialog)
    before = journal.factors.all()
    dialog.new_name.setText("stress")
    dialog.add_button.click()
    assert dialog.new_name_problem.problem() == "“stress” is already one of your factors."
    assert dialog.new_name.text() == "stress"
    dialog.select("Sleep")
    dialog.name.setText("  ")
    dialog.apply_button.click()
    assert dialog.name_problem.problem() == "The factor needs a name."
    assert journal.factors.all() == before


def test_an_amount_factor_added_in_the_dialog_gets_a_spin_with_its_unit(
    qtbot: QtBot, panel: CheckInPanel, session: Session
) -> None:
    dialog = FactorsDialog(session, panel)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Walking")
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData(d.FactorKind.AMOUNT))
    dialog.new_unit.setText("km")
    dialog.add_button.click()
    panel.refresh()
    walking = panel.editor("Walking")
    assert isinstance(walking, AmountSpin)
    assert walking.suffix() == " km"
    assert walking.specialValueText() == "–"
    assert Qt.FocusPolicy.StrongFocus & walking.focusPolicy()


def test_saving_a_day_keeps_values_of_factors_hidden_since(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    today = d.local_now().date()
    ids = ids_by_name(journal)
    operations.check_in(journal, today, {ids["Travel"]: 1.0, ids["Stress"]: 1.0})
    operations.hide_factor(journal, ids["Travel"])
    panel.refresh()
    stress = panel.editor("Stress")
    assert isinstance(stress, ChoiceRow)
    stress.pick(2.0)
    assert panel.save()
    entry = journal.day_entries.on(today)
    assert entry is not None
    assert entry.value_of(ids["Travel"]) == 1.0
    assert entry.value_of(ids["Stress"]) == 2.0


def test_moving_to_another_day_saves_what_was_typed_or_stays_to_say_why(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    today = d.local_now().date()
    ids = ids_by_name(journal)
    sleep = panel.editor("Sleep")
    assert isinstance(sleep, AmountSpin)
    sleep.set_amount(30.0)
    panel.set_day(today - timedelta(days=1))
    assert panel.day() == today
    assert sleep.amount() == 30.0
    assert panel.problem("Sleep") == "Sleep cannot be more than 24 hours in a day."
    sleep.set_amount(7.5)
    panel.set_day(today - timedelta(days=1))
    assert panel.day() == today - timedelta(days=1)
    saved = journal.day_entries.on(today)
    assert saved is not None and saved.value_of(ids["Sleep"]) == 7.5


def test_typing_survives_a_change_of_factors_before_saving(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    stress = panel.editor("Stress")
    assert isinstance(stress, ChoiceRow)
    stress.pick(3.0)
    panel.note.setText("typed, not saved")
    operations.add_factor(journal, "Bright light")
    panel.refresh()
    stress = panel.editor("Stress")
    assert isinstance(stress, ChoiceRow)
    assert stress.value() == 3.0
    assert panel.note.text() == "typed, not saved"
    assert isinstance(panel.editor("Bright light"), ChoiceRow)
    assert journal.day_entries.on(d.local_now().date()) is None


def _row_boxes(panel: CheckInPanel, journal: Journal) -> list[tuple[str, int, int, int]]:
    """(name, row height, top-left x and height of the answer's visible box) per row."""
    grid = panel.form_host.layout()
    assert grid is not None
    rows = []
    fields = [*((name, panel.editor(name)) for name in _shown_names(journal)), ("Note", panel.note)]
    for name, field in fields:
        box = field.buttons()[0] if isinstance(field, ChoiceRow) else field
        cell = field if grid.indexOf(field) >= 0 else field.parentWidget()
        line = grid.getItemPosition(grid.indexOf(cell))[0]  # type: ignore[union-attr]
        left = box.mapTo(panel, box.rect().topLeft()).x()
        rows.append((name, grid.cellRect(line, 1).height(), left, box.height()))
    return rows


def _shown_names(journal: Journal) -> list[str]:
    return [f.name for f in operations.factors_for_check_in(journal)]


def test_yes_no_level_amount_and_note_rows_are_equally_tall_and_line_up(
    qtbot: QtBot, panel: CheckInPanel, journal: Journal
) -> None:
    operations.add_factor(journal, "Sleep quality", d.FactorKind.LEVEL)
    panel.refresh()  # rebuilt rows keep the rule too
    qtbot.waitUntil(panel.note.isVisible)
    rows = _row_boxes(panel, journal)
    kinds = {type(panel.editor(name)) for name, *_ in rows[:-1]}
    assert kinds == {ChoiceRow, AmountSpin}  # both kinds are on show
    heights = {height for _name, height, _left, _box in rows}
    assert len(heights) == 1, rows
    assert len({left for _name, _height, left, _box in rows}) == 1, rows
    assert len({box for _name, _height, _left, box in rows}) == 1, rows


def test_a_name_with_its_role_below_ends_at_the_same_right_edge_in_a_row_as_tall(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    operations.add_factor(journal, "Red wine", role=d.FactorRole.POSSIBLE_TRIGGER)
    panel = CheckInPanel(session)
    qtbot.addWidget(panel)
    show_active(qtbot, panel)
    grid = panel.form_host.layout()
    assert grid is not None
    line = grid.getItemPosition(grid.indexOf(panel.editor("Red wine")))[0]  # type: ignore[index]
    label = grid.itemAtPosition(line, 0).widget()
    assert isinstance(label, QLabel) and "possible trigger" in label.text()
    assert label.alignment() & Qt.AlignmentFlag.AlignRight
    heights = {height for _name, height, _left, _box in _row_boxes(panel, journal)}
    assert len(heights) == 1
