"""Nothing bright while the attack screen is open: the window behind it is veiled
(light theme too), tooltips follow the dark theme, and a message opened over the
screen is dark before it first paints."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from journal.errors import JournalLocked
from journal.storage import Journal
from tests.ui import accessibility_walk as walk
from tests.ui import dialog_catalogue as catalogue
from tests.ui.conftest_attack import Medications, start_attack
from ui.app.main_window import MainWindow
from ui.attack.screen import AttackScreen
from ui.kit import feedback, theme


@pytest.fixture
def light(qapp: QApplication) -> Iterator[QApplication]:
    theme.apply_theme(qapp, theme.Theme.LIGHT)
    yield qapp
    theme.apply_theme(qapp, theme.Theme.SYSTEM)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    theme.apply_theme(qapp, theme.Theme.DARK)
    yield qapp
    theme.apply_theme(qapp, theme.Theme.SYSTEM)


def _brightest(image: QImage, step: int = 3) -> int:
    return max(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_the_window_behind_the_attack_screen_is_veiled_in_the_light_theme(
    qtbot: QtBot, light: QApplication, window: MainWindow, journal: Journal
) -> None:
    assert _brightest(window.grab().toImage()) > 240  # a white page before
    window.attack_now()
    assert isinstance(window.dialog, AttackScreen)
    assert window.dimmer.isVisible() and window.dimmer.geometry() == window.rect()
    assert _brightest(window.grab().toImage()) < 60
    window.dialog.done_for_now()
    assert not window.dimmer.isVisible()


def test_tooltips_are_dark_in_the_dark_theme(
    qtbot: QtBot, light: QApplication, window: MainWindow
) -> None:
    # A desktop's platform theme gives tooltips a light palette of their own (the
    # offscreen platform gives none): the dark theme must replace it.
    QToolTip.setPalette(theme.light_palette())
    theme.apply_theme(light, theme.Theme.DARK)
    QToolTip.showText(window.mapToGlobal(QPoint(40, 40)), "Pain 3: severe", window.calendar)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel")]
    qtbot.waitUntil(lambda: any(tip.isVisible() for tip in tips))
    tip = next(tip for tip in tips if tip.isVisible())
    background = tip.grab().toImage().pixelColor(tip.width() // 2, 2)
    assert background.lightness() < 80, background.name()
    QToolTip.hideText()


def test_a_message_over_the_attack_screen_is_dark_before_it_paints(
    qtbot: QtBot, light: QApplication, journal: Journal
) -> None:
    from ui.session import Session

    screen = AttackScreen(Session(journal), start_attack(journal))
    qtbot.addWidget(screen)
    screen.show()
    seen: list[QColor] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(box.palette().color(box.backgroundRole()))
        seen.append(box.grab().toImage().pixelColor(4, 4))
        box.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, look)
    feedback.show_error(screen.medication, JournalLocked("Another program is writing."))
    assert len(seen) == 2 and all(colour.lightness() < 60 for colour in seen), seen


def test_the_dark_calendar_under_the_attack_screen_is_veiled_too(
    qtbot: QtBot, dark: QApplication, window: MainWindow, journal: Journal
) -> None:
    window.attack_now()
    area: QWidget = window.calendar
    image = area.grab().toImage()
    assert _brightest(image) > 60  # the severe shades and the text, unveiled
    assert _brightest(window.grab().toImage()) < 60


def test_the_veil_follows_the_window_while_it_is_dimmed(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.dimmer.dim()
    window.resize(window.width() - 40, window.height() - 30)
    assert window.dimmer.geometry() == window.rect()
    window.dimmer.undim()
    window.resize(window.width() + 40, window.height() + 30)
    window.dimmer.dim()
    assert window.dimmer.geometry() == window.rect()
    window.dimmer.undim()


def _bright_share(image: QImage) -> float:
    """The share of a painted dialog that is bright (lightness over half): text
    glyphs only, on a dark dialog; a white field or light buttons are far more."""
    pixels = walk._pixels(image)
    red, green, blue = (pixels >> 16) & 0xFF, (pixels >> 8) & 0xFF, pixels & 0xFF
    lightness = (
        np.maximum(np.maximum(red, green), blue) + np.minimum(np.minimum(red, green), blue)
    ) / 2
    return float((lightness > 128).mean())


def _dialogs_from_the_attack_screen(window: MainWindow) -> dict[str, Callable[[], object]]:
    window.attack_now()
    screen = window.dialog
    assert isinstance(screen, AttackScreen)
    return {
        "Other…": screen.medication.other_button.click,
        "Add medication…": screen.medication.add_button.click,
    }


@pytest.mark.parametrize("look", list(theme.Theme))
def test_every_dialog_opened_from_the_attack_screen_is_low_light_and_readable(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    medications: Medications,
    look: theme.Theme,
) -> None:
    """Other… (the dose form) and Add medication… opened from the attack screen, in
    every look: dark (no white field, no light pain buttons) and every text at
    4.5:1 or more, measured from the painted dialog and from its palette."""
    theme.apply_theme(qapp, look)

    def look_at(dialog: QDialog) -> list[str]:
        problems = walk.widget_colour_problems(dialog)
        problems += walk.palette_problems(dialog.palette(), "palette")
        share = _bright_share(dialog.grab().toImage())
        if share > 0.04:
            problems.append(f"{share:.0%} of it is bright")
        return [f"{type(dialog).__name__}: {p}" for p in problems]

    problems = []
    try:
        for name, open_it in _dialogs_from_the_attack_screen(window).items():
            problems += [f"{name} {p}" for p in catalogue.walk_modal(open_it, look_at)]
    finally:
        theme.apply_theme(qapp, theme.Theme.SYSTEM)
    assert not problems, f"in the {look.value} look:\n" + "\n".join(problems)
