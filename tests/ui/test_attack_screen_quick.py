"""Quick buttons for medications added during an attack, button rows that flow on a
narrow window, and the low-light scroll bar of the attack screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.storage import Journal
from tests.ui.test_attack_screen_fit import (
    LAPTOP,
    LEFT,
    _add_zolmitriptan_and_take_it,
    _clipped,
    _fitted,
    _id,
    cabinet,
)
from ui.app.start import application
from ui.kit import low_light, translations
from ui.medication.dose_editor import DoseEditor


@pytest.fixture
def themed(qapp: QApplication) -> QApplication:
    """The app's theme and style sheet, as the real app has them."""
    application([])
    return qapp


@pytest.fixture
def real_journal(tmp_path: Path) -> Iterator[Journal]:
    yield from cabinet(tmp_path)


@pytest.fixture
def german(themed: QApplication) -> Iterator[None]:
    translations.install(themed, QLocale(QLocale.Language.German))
    yield
    translations.install(themed)


def test_on_a_narrow_window_the_button_rows_flow_instead_of_clipping(
    qtbot: QtBot, german: None, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, LAPTOP)
    screen.resize(640, screen.height())
    qtbot.waitUntil(lambda: screen.choices_area.viewport().width() < 600)
    assert _clipped(screen) == []
    first, second = list(screen.symptom_buttons.values())[:2]
    third = list(screen.symptom_buttons.values())[2]
    assert first.y() == second.y() < third.y()


def test_a_medication_added_through_other_gets_its_quick_button_at_once(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, LAPTOP)
    before = [b.text() for b in screen.medication.medication_buttons.values()]
    monkeypatch.setattr(DoseEditor, "exec", _add_zolmitriptan_and_take_it)
    qtbot.mouseClick(screen.medication.other_button, LEFT)
    button = screen.medication.medication_buttons[_id(real_journal, "Zolmitriptan")]
    assert button.text() == "Zolmitriptan 2.5 mg"
    qtbot.waitUntil(button.isVisible)
    after = [b.text() for b in screen.medication.medication_buttons.values()]
    assert after == [*before[:5], "Zolmitriptan 2.5 mg"]  # the others keep their places
    assert screen.medication.other_button.isVisible()
    assert _clipped(screen) == []
    qtbot.mouseClick(button, LEFT)
    assert [journal_dose.amount for journal_dose in real_journal.doses.all()] == ["2.5 mg"] * 2


def test_a_medication_added_in_a_cancelled_dose_editor_still_gets_its_button(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, LAPTOP)

    def add_and_cancel(editor: DoseEditor) -> int:
        editor.new_medication.name.setText("Zolmitriptan")
        editor.new_medication.add()
        editor.reject()
        return int(editor.result())

    monkeypatch.setattr(DoseEditor, "exec", add_and_cancel)
    qtbot.mouseClick(screen.medication.other_button, LEFT)
    assert real_journal.doses.all() == []
    assert _id(real_journal, "Zolmitriptan") in screen.medication.medication_buttons
    assert len(screen.medication.medication_buttons) == 6


# -- low light ----------------------------------------------------------------------


def test_the_scroll_bar_is_dark_with_a_muted_handle(
    qtbot: QtBot, themed: QApplication, real_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _fitted(qtbot, real_journal, monkeypatch, QRect(0, 40, 1280, 400))
    bar = screen.choices_area.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    image = bar.grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert low_light.SCROLL_TRACK in colours
    assert low_light.SCROLL_HANDLE in colours
    assert max(QColor(name).lightness() for name in colours) < 100  # nothing near white
