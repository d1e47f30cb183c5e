"""The attack screen on a laptop, a double tap, and a pain never chosen; its size
from its content in English and German (no label cut at the sides), and what a dose
did kept in view. The helpers here serve test_attack_screen_quick.py too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.storage import Journal
from tests.ui.conftest_attack import open_journal, start_attack
from ui.app.start import application
from ui.attack.screen import AttackScreen
from ui.kit import translations
from ui.medication.dose_editor import DoseEditor
from ui.session import Session

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
    screen = AttackScreen(Session(journal), start_attack(journal, symptoms=("nausea",)))
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


# -- the screen takes the size its content needs, in English and German ------------

LONG_NAMES = (
    ("Ibuprofen", "400 mg"),
    ("Sumatriptan", "50 mg"),
    ("Metoclopramide", "10 mg"),
    ("Paracetamol", "1000 mg"),
    ("Ubrogepant", "100 mg"),
    ("Excedrin", "2 tablets"),
)
LAPTOP = QRect(0, 40, 1366, 810)
"""A 1366×850 screen, less the title bar kept free."""
SMALLEST = QRect(0, 40, 1280, 680)
"""The smallest supported screen, 1280×720, less the title bar."""


@pytest.fixture
def themed(qapp: QApplication) -> QApplication:
    """The app's theme and style sheet, as the real app has them."""
    application([])
    return qapp


@pytest.fixture
def german(themed: QApplication) -> Iterator[None]:
    translations.install(themed, QLocale(QLocale.Language.German))
    yield
    translations.install(themed)


def cabinet(folder: Path) -> Iterator[Journal]:
    """A journal with six medications of the longer names and doses of a real cabinet."""
    opened = open_journal(folder)
    for name, dose in LONG_NAMES:
        opened.medications.save(
            d.Medication(name, d.MedicationClass.SIMPLE_ANALGESIC, default_dose=dose)
        )
    yield opened
    opened.close()


@pytest.fixture
def real_journal(tmp_path: Path) -> Iterator[Journal]:
    yield from cabinet(tmp_path)


def _fitted(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, available: QRect
) -> AttackScreen:
    """The screen opened on a display whose free area is `available`."""
    screen = AttackScreen(Session(journal), start_attack(journal, minutes_ago=0, pain=2))
    monkeypatch.setattr(screen, "available_area", lambda: available)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(10)  # the scroll area settles its scroll bar in the next event loop turn
    return screen


def _clipped(screen: AttackScreen) -> list[str]:
    """Labels and buttons that reach past the viewport's sides or are narrower than
    their text."""
    viewport = screen.choices_area.viewport()
    content = screen.choices_area.widget()
    assert content is not None
    found = []
    for widget in content.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton):
            continue
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > viewport.width():
            found.append(f"{widget.text()!r} past the viewport")
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{widget.text()!r} narrower than its text")
    return found


def _inside_viewport(screen: AttackScreen, widget: QWidget) -> bool:
    viewport = screen.choices_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= viewport.height()


def _add_zolmitriptan_and_take_it(editor: DoseEditor) -> int:
    editor.new_medication.show()
    editor.new_medication.name.setText("Zolmitriptan")
    editor.new_medication.default_dose.setText("2.5 mg")
    editor.new_medication.add()
    editor.save()
    return int(editor.result())


@pytest.mark.parametrize("available", [LAPTOP, SMALLEST], ids=["1366x850", "1280x720"])
def test_in_english_no_label_or_button_is_cut_at_the_sides(
    qtbot: QtBot,
    themed: QApplication,
    real_journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    available: QRect,
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, available)
    assert screen.width() <= available.width()
    assert screen.height() <= available.height()
    assert _clipped(screen) == []


@pytest.mark.parametrize("available", [LAPTOP, SMALLEST], ids=["1366x850", "1280x720"])
def test_in_german_no_label_or_button_is_cut_at_the_sides(
    qtbot: QtBot,
    german: None,
    real_journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    available: QRect,
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, available)
    assert screen.started_label.text().startswith("Begonnen")
    assert _clipped(screen) == []
    content = screen.choices_area.widget()
    assert content is not None
    assert content.width() <= screen.choices_area.viewport().width()


def test_on_a_laptop_the_whole_screen_shows_without_scrolling(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, LAPTOP)
    assert screen.choices_area.verticalScrollBar().maximum() == 0
    assert _inside_viewport(screen, screen.medication.other_button)


@pytest.mark.parametrize("available", [LAPTOP, SMALLEST], ids=["1366x850", "1280x720"])
def test_after_a_quick_dose_what_was_taken_and_undo_are_in_view(
    qtbot: QtBot,
    german: None,
    real_journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    available: QRect,
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, available)
    # by name: the buttons go in the order the medications were added, and the six
    # may be saved across a clock second (then Ibuprofen, not Excedrin, comes first)
    excedrin = screen.medication.medication_buttons[_id(real_journal, "Excedrin")]
    qtbot.mouseClick(excedrin, LEFT)
    taken, undo = screen.medication.taken_label, screen.medication.undo_button
    assert taken.text().startswith("Eingenommen: Excedrin 2 tablets")
    qtbot.waitUntil(lambda: _inside_viewport(screen, taken) and _inside_viewport(screen, undo))
    assert _clipped(screen) == []


def test_after_a_dose_through_other_the_screen_grows_to_show_it_and_undo(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, LAPTOP)
    screen.resize(screen.width(), 420)  # as left by a user who made it short
    qtbot.waitUntil(lambda: screen.choices_area.verticalScrollBar().maximum() > 0)
    monkeypatch.setattr(DoseEditor, "exec", _add_zolmitriptan_and_take_it)
    qtbot.mouseClick(screen.medication.other_button, LEFT)
    assert screen.height() > 420
    assert screen.height() <= LAPTOP.height()
    taken, undo = screen.medication.taken_label, screen.medication.undo_button
    assert "Zolmitriptan 2.5 mg" in taken.text()
    qtbot.waitUntil(lambda: _inside_viewport(screen, taken) and _inside_viewport(screen, undo))
    assert screen.choices_area.verticalScrollBar().maximum() == 0


def test_on_a_screen_too_short_the_dose_taken_and_undo_are_scrolled_into_view(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = QRect(0, 40, 1280, 440)
    screen = _fitted(qtbot, real_journal, monkeypatch, short)
    assert screen.height() <= short.height()
    assert screen.choices_area.verticalScrollBar().value() == 0
    qtbot.mouseClick(screen.medication.medication_buttons[_id(real_journal, "Ibuprofen")], LEFT)
    taken, undo = screen.medication.taken_label, screen.medication.undo_button
    qtbot.waitUntil(lambda: _inside_viewport(screen, taken) and _inside_viewport(screen, undo))
    assert screen.choices_area.verticalScrollBar().value() > 0
    assert screen.height() <= short.height()


def _id(journal: Journal, name: str) -> str:
    return next(m.id for m in journal.medications.all() if m.name == name)


WINDOW_1024x700 = QRect(0, 0, 1024, 700)
"""The window's available area at 1024×700 (the size every window and dialog must fit)."""


@pytest.mark.parametrize("language", ["English", "German", "French"])
def test_at_1024x700_the_screen_with_6_medications_shows_without_scrolling(
    qtbot: QtBot,
    themed: QApplication,
    real_journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """The window's available height at 1024×700 holds the whole screen: every row,
    six medications with "Add medication…" and "Other…", the room kept for what a tap
    did, and the two ways out."""
    if language != "English":
        translations.install(themed, QLocale(getattr(QLocale.Language, language)))
    try:
        screen = _fitted(qtbot, real_journal, monkeypatch, WINDOW_1024x700)
        assert len(screen.medication.medication_buttons) == 6
        assert screen.width() <= 1024 and screen.height() <= 700
        assert screen.choices_area.verticalScrollBar().maximum() == 0
        assert _inside_viewport(screen, screen.medication.other_button)
        assert _clipped(screen) == []
        for button in (screen.done_button, screen.over_button):
            corner = button.mapTo(screen, QPoint(button.width(), button.height()))
            assert screen.rect().contains(corner), button.text()
    finally:
        translations.install(themed)


class _LongHeading(QTranslator):
    """A section heading that wraps onto four lines, taller than its row of buttons
    (as French "Quelle est l'intensité de la douleur ?" did)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return "Quelle est l’intensité de la douleur ?" if source == "How bad is the pain?" else ""


def test_a_heading_taller_than_its_row_is_measured_before_the_first_show(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    translator = _LongHeading(themed)
    themed.installTranslator(translator)
    try:
        screen = _fitted(qtbot, real_journal, monkeypatch, WINDOW_1024x700)
        heading = screen._sections[0].itemAt(0).widget()
        assert heading is not None
        assert heading.height() > screen.pain.buttons()[0].height()  # four lines, taller
        assert screen.choices_area.verticalScrollBar().maximum() == 0
        assert screen.width() == 1024 and screen.height() <= 700
    finally:
        themed.removeTranslator(translator)
