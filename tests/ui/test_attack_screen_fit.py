"""The attack screen on a laptop, a double tap, and a pain never chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.storage import Journal
from tests.ui.conftest_attack import open_journal, start_attack
from ui.attack_screen import AttackScreen

LEFT = Qt.MouseButton.LeftButton
NAMES = ("Sumatriptan", "Ibuprofen", "Metoclopramide", "Rizatriptan", "Naproxen", "Paracetamol")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = open_journal(tmp_path)
    for name in NAMES:
        opened.medications.save(
            d.Medication(name, d.MedicationClass.SIMPLE_ANALGESIC, default_dose="500 mg")
        )
    yield opened
    opened.close()


def _screen(qtbot: QtBot, journal: Journal) -> AttackScreen:
    screen = AttackScreen(journal, start_attack(journal, symptoms=("nausea",)))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_the_attack_screen_with_6_medications_fits_in_700_px(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)
    assert len(screen.medication.medication_buttons) == 6
    assert screen.sizeHint().height() <= 700


def test_done_for_now_and_attack_is_over_stay_visible_on_a_1366x700_screen(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)
    screen.resize(1366, 700)
    qtbot.waitUntil(lambda: screen.height() == 700)
    for button in (screen.done_button, screen.over_button):
        corner = button.mapTo(screen, QPoint(button.width(), button.height()))
        assert button.isVisible()
        assert screen.rect().contains(corner), button.text()
        assert button.height() >= 56


def test_every_target_on_the_attack_screen_is_at_least_56_px_tall(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)
    screen.resize(1366, 700)
    targets = [
        *screen.pain.buttons(),
        *screen.symptom_buttons.values(),
        *screen.aura_buttons.values(),
        *screen.medication.medication_buttons.values(),
        screen.medication.other_button,
    ]
    assert min(button.height() for button in targets) >= 56


def test_a_dose_taken_before_any_pain_was_chosen_stores_no_pain_at_dose(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)
    assert screen.pain.value() is None
    qtbot.mouseClick(next(iter(screen.medication.medication_buttons.values())), LEFT)
    (dose,) = journal.doses.all()
    assert dose.pain_at_dose is None


def test_a_second_tap_on_the_same_medication_within_10_seconds_records_one_dose(
    qtbot: QtBot, journal: Journal
) -> None:
    screen = _screen(qtbot, journal)
    now = [1000.0]
    screen.medication.clock = lambda: now[0]
    button = next(iter(screen.medication.medication_buttons.values()))
    qtbot.mouseClick(button, LEFT)
    now[0] += 3
    qtbot.mouseClick(button, LEFT)
    assert len(journal.doses.all()) == 1
    assert screen.medication.notice.isVisible()
    assert screen.medication.notice.text() == (
        "Already recorded — tap Undo last dose if it was a mistake"
    )
    now[0] += 11
    qtbot.mouseClick(button, LEFT)
    assert len(journal.doses.all()) == 2
    assert not screen.medication.notice.isVisible()


def test_a_quick_tap_on_another_medication_is_recorded(qtbot: QtBot, journal: Journal) -> None:
    screen = _screen(qtbot, journal)
    screen.medication.clock = lambda: 1000.0
    first, second = list(screen.medication.medication_buttons.values())[:2]
    qtbot.mouseClick(first, LEFT)
    qtbot.mouseClick(second, LEFT)
    assert len({dose.medication_id for dose in journal.doses.all()}) == 2
