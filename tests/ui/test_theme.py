"""The dark look stays readable: unticked check boxes and radio buttons show their
outline, a completer's list takes the colours of the dark field it completes (and is
framed), and the calendar's mildest shade stands off the dark page."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest_attack import OFFSCREEN_POPUP
from ui.app.start import application
from ui.kit import contrast as ui_contrast
from ui.kit import low_light, theme

DARK_BASE = QColor(theme.dark_palette().color(QPalette.ColorRole.Base))
DARK_WINDOW = QColor(theme.dark_palette().color(QPalette.ColorRole.Window))


contrast = ui_contrast.ratio
"""The WCAG contrast ratio, 1 (same) to 21 (black on white): ui.kit.contrast's."""
luminance = ui_contrast.luminance


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    """The application look outlives a test: put the system look back."""
    application([])
    yield
    theme.apply_theme(qapp, theme.Theme.SYSTEM)


def _outline_contrast(qtbot: QtBot, box: QCheckBox | QRadioButton, element: str) -> float:
    """The best contrast against the dark Base along the left edge of the indicator."""
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(box)
    page.show()
    qtbot.waitExposed(page)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    sub = getattr(QStyle.SubElement, element)
    indicator = box.style().subElementRect(sub, option, box)
    image = box.grab().toImage()
    left = indicator.left()
    column = [
        QColor(image.pixel(QPoint(x, indicator.center().y())))
        for x in range(left, left + 3)
        if 0 <= x < image.width()
    ]
    return max(contrast(colour, DARK_BASE) for colour in column)


def test_an_unticked_check_box_shows_its_outline_on_the_dark_page(
    qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply_theme(qapp, theme.Theme.DARK)
    box = QCheckBox("Nausea")
    assert _outline_contrast(qtbot, box, "SE_CheckBoxIndicator") >= 3.0


def test_an_unchosen_radio_button_shows_its_outline_on_the_dark_page(
    qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply_theme(qapp, theme.Theme.DARK)
    button = QRadioButton("Monday")
    assert _outline_contrast(qtbot, button, "SE_RadioButtonIndicator") >= 3.0


@OFFSCREEN_POPUP
def test_a_completer_list_takes_the_colours_of_its_dark_form_on_a_light_app(
    qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply_theme(qapp, theme.Theme.LIGHT)
    form = QDialog()
    qtbot.addWidget(form)
    low_light.apply_form(form)  # the dose editor opened from the attack screen
    field = QLineEdit(form)
    completer = QCompleter(["Sumatriptan", "Sumatriptan and naproxen"], form)
    field.setCompleter(completer)
    QVBoxLayout(form).addWidget(field)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Suma")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    seen = popup.viewport().grab().toImage().pixelColor(popup.viewport().width() - 3, 3)
    form_base = field.palette().color(QPalette.ColorRole.Base)
    assert seen.lightness() < 80, f"the list is drawn {seen.name()} under a dark form"
    assert contrast(seen, form_base) < 1.2
    text = popup.palette().color(QPalette.ColorRole.Text)
    assert contrast(text, seen) >= 4.5


def test_a_completer_list_is_framed_so_it_stands_off_the_dark_field_under_it() -> None:
    sheet = theme.style_sheet(dark=True)
    assert "QAbstractItemView#completerPopup" in sheet
    assert contrast(QColor(theme.POPUP_BORDER[True]), DARK_BASE) >= 3.0
    assert contrast(QColor(theme.POPUP_BORDER[False]), QColor("#ffffff")) >= 2.0


def test_the_mild_calendar_shade_stands_off_the_dark_page() -> None:
    mild = QColor(theme.DARK_SEVERITY[1])
    assert contrast(mild, DARK_BASE) >= 3.0
    assert contrast(mild, DARK_WINDOW) >= 2.5


def test_the_dark_severity_ramp_stays_one_ordered_blue_violet_ramp() -> None:
    shades = [QColor(colour) for colour in theme.DARK_SEVERITY[1:]]
    levels = [luminance(shade) for shade in shades]
    assert levels == sorted(levels) and len(set(levels)) == 3, "brighter means worse"
    for lower, higher in itertools.pairwise(shades):
        assert contrast(lower, higher) >= 1.15, "each step can be told from the next"
    assert all(200 <= shade.hslHue() <= 260 for shade in shades), "blue to violet only"


def test_the_systems_contrast_wish_can_be_read_at_any_time(qapp: QApplication) -> None:
    """Read after start-up with nothing else holding Qt's style hints (a settings page
    asks whether high contrast is on): no 'already deleted' error."""
    import gc

    application([])
    gc.collect()
    assert theme.system_wants_contrast() in (True, False)
    assert theme.is_high_contrast() is (
        theme.effective_theme(theme.saved_theme()) is theme.Theme.HIGH_CONTRAST
    )


def test_applying_the_same_look_again_repolishes_nothing(qapp: QApplication) -> None:
    """Every window applies the saved look; a repeated apply leaves the palette, the
    style sheet and the style untouched (re-polishing every widget each time is slow
    and, with many windows, brought a crash)."""
    theme.apply_theme(qapp, theme.Theme.DARK)
    style, palette_key = qapp.style(), qapp.palette().cacheKey()
    theme.apply_theme(qapp, theme.Theme.DARK)
    assert qapp.style() is style and qapp.palette().cacheKey() == palette_key
    theme.apply_theme(qapp, theme.Theme.LIGHT)
    assert not theme.is_dark(qapp.palette())
