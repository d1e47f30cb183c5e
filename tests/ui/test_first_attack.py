"""The first attack, in pain: a medication is added by name in large targets on the
attack screen, the first start offers the usual medications in one skippable step,
the buttons keep their places between attacks and a double tap moves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import start_attack
from tests.ui.test_attack_screen_fit import cabinet
from ui.app.main_window import MainWindow
from ui.app.start import application
from ui.attack.quick_medication import QuickMedicationDialog
from ui.attack.screen import AttackScreen
from ui.medication.first_start import FirstMedicationsDialog
from ui.medication.new_medication import NewMedicationForm
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def _screen(qtbot: QtBot, journal: Journal, attack: d.Attack | None = None) -> AttackScreen:
    screen = AttackScreen(Session(journal), attack or start_attack(journal))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _when_asked(qtbot: QtBot, answer: object) -> None:
    """Answer the modal dialog that opens next (exec blocks the test otherwise)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QuickMedicationDialog):
            QTimer.singleShot(20, act)
            return
        answer(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, act)


def test_on_an_empty_journal_a_medication_is_added_by_name_and_taken_now(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)
    assert screen.medication.medication_buttons == {}
    assert screen.medication.add_button.isVisible()
    screen.set_pain(3)
    _when_asked(qtbot, lambda dialog: qtbot.mouseClick(dialog.chooser.buttons["Ibuprofen"], LEFT))
    qtbot.mouseClick(screen.medication.add_button, LEFT)
    (medication,) = journal.medications.all()
    assert (medication.name, medication.med_class) == (
        "Ibuprofen",
        d.MedicationClass.SIMPLE_ANALGESIC,
    )
    (dose,) = journal.doses.all()
    assert dose.medication_id == medication.id and dose.pain_at_dose == 3
    assert list(screen.medication.medication_buttons) == [medication.id]


def test_a_typed_name_is_completed_from_the_built_in_list_and_taken(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)

    def type_name(dialog: QuickMedicationDialog) -> None:
        assert dialog.chooser.buttons["Sumatriptan"].minimumHeight() >= 56  # large targets
        qtbot.keyClicks(dialog.chooser.name, "Zomig")
        assert QApplication.activePopupWidget() is None  # nothing to eat the click
        qtbot.mouseClick(dialog.chooser.add_button, LEFT)

    _when_asked(qtbot, type_name)
    qtbot.mouseClick(screen.medication.add_button, LEFT)
    (medication,) = journal.medications.all()
    assert medication.name == "Zomig" and medication.med_class is d.MedicationClass.TRIPTAN
    assert len(journal.doses.all()) == 1


def test_the_new_medication_form_adds_on_the_first_click_after_completion(
    qtbot: QtBot, journal: Journal
) -> None:
    form = NewMedicationForm(Session(journal))
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus)
    qtbot.keyClicks(form.name, "Suma")
    assert form.name.text() == "Sumatriptan"  # completed in the field itself
    assert QApplication.activePopupWidget() is None
    with qtbot.waitSignal(form.added):
        qtbot.mouseClick(form.add_button, LEFT)
    assert [m.name for m in journal.medications.all()] == ["Sumatriptan"]


def test_the_first_start_offers_the_usual_medications_once(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    window.offer_first_medications()
    dialog = window.dialog
    assert isinstance(dialog, FirstMedicationsDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.chooser.buttons["Sumatriptan"], LEFT)
    qtbot.mouseClick(dialog.chooser.buttons["Ibuprofen"], LEFT)
    qtbot.keyClicks(dialog.chooser.name, "Naproxen")
    qtbot.mouseClick(dialog.chooser.add_button, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    names = {m.name: m for m in journal.medications.all()}
    assert set(names) == {"Sumatriptan", "Ibuprofen", "Naproxen"}
    assert names["Sumatriptan"].med_class is d.MedicationClass.TRIPTAN
    assert all(m.use is d.Use.ACUTE for m in names.values())
    assert not operations.first_medications_due(journal)
    window.offer_first_medications()
    assert window.dialog is None


def test_the_first_start_step_can_be_skipped_and_is_not_offered_again(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    window.offer_first_medications()
    dialog = window.dialog
    assert isinstance(dialog, FirstMedicationsDialog)
    qtbot.mouseClick(dialog.skip_button, LEFT)
    assert journal.medications.count() == 0
    window.offer_first_medications()
    assert window.dialog is None


def test_the_medication_buttons_keep_their_places_from_one_attack_to_the_next(
    qtbot: QtBot, journal: Journal
) -> None:
    first, second, third = operations.add_medications_by_name(
        journal, ["Sumatriptan", "Ibuprofen", "Naproxen"]
    )
    attack = start_attack(journal, minutes_ago=60 * 24 * 3)
    for hours in (1, 2, 3):
        taken = attack.start + timedelta(hours=hours)
        operations.record_dose(journal, d.Dose(third.id, taken, "", attack.id))
    operations.end_attack(journal, attack.id, attack.start + timedelta(hours=5))
    order = list(_screen(qtbot, journal).medication.medication_buttons)
    assert order == [m.id for m in operations.medications_for_buttons(journal)]
    later = list(_screen(qtbot, journal).medication.medication_buttons)
    assert later == order and set(order) == {first.id, second.id, third.id}


@pytest.fixture
def real_journal(tmp_path: Path) -> Iterator[Journal]:
    yield from cabinet(tmp_path)


def test_a_double_tap_notice_moves_no_button(
    qtbot: QtBot, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    application([])
    screen = AttackScreen(Session(real_journal), start_attack(real_journal, minutes_ago=0, pain=2))
    monkeypatch.setattr(screen, "available_area", lambda: QRect(0, 40, 1280, 560))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    now = [1000.0]
    screen.medication.clock = lambda: now[0]
    buttons = list(screen.medication.medication_buttons.values())
    qtbot.mouseClick(buttons[0], LEFT)
    QApplication.processEvents()
    before = [b.mapTo(screen, b.rect().topLeft()) for b in buttons] + [b.size() for b in buttons]
    now[0] += 2
    qtbot.mouseClick(buttons[0], LEFT)
    assert screen.medication.notice.isVisible()
    QApplication.processEvents()
    after = [b.mapTo(screen, b.rect().topLeft()) for b in buttons] + [b.size() for b in buttons]
    assert after == before
