"""What the accessibility walk cannot see by itself (issue 19): a day cell's words,
each chart's description and table, the dose editor's pain rows told apart, focus
where the user types, Tab leaving lists, the high-contrast look following the
system, and the low-light screens readable yet dark."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.analysis.calendar_cycle import CycleDayMark
from journal.analysis.calendar_days import DayMark
from journal.storage import Journal
from tests.ui.conftest_attack import Medications
from ui.app.start import application
from ui.kit import contrast, low_light, settings_store, theme
from ui.session import Session

DAY = date(2026, 11, 24)  # a Tuesday


@pytest.fixture(autouse=True)
def system_look_afterwards(qapp: QApplication) -> Iterator[None]:
    application([])
    settings_store.forget_preferences()
    yield
    theme.save_theme(theme.Theme.SYSTEM)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    settings_store.forget_preferences()


def test_each_chart_is_named_described_and_shown_as_a_table(qtbot: QtBot, journal: Journal) -> None:
    from journal.demo import write_demo
    from ui.insights.charts.common import ChartCard
    from ui.insights.view import InsightsView

    write_demo(journal, months=6, seed=2)
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(lambda: len(view.findChildren(ChartCard)) == 5)
    assert view.board is not None
    monthly = view.board.monthly.card
    assert monthly.plot_widget.accessibleName() == "Month by month"
    described = monthly.plot_widget.accessibleDescription()
    rows = monthly.table_rows()
    summary = view.summary
    assert summary is not None
    assert described.startswith(f"{len(summary.months)} months from ")
    assert [int(row[1]) for row in rows] == [m.tally.migraine_days for m in summary.months]
    assert f"{sum(m.tally.migraine_days for m in summary.months)} migraine days" in described
    monthly.table_button.setFocus()
    QTest.keyClick(monthly.table_button, Qt.Key.Key_Space)
    assert monthly.stack.currentWidget() is monthly.table
    assert monthly.table_button.text() == "Show as chart"
    QTest.keyClick(monthly.table_button, Qt.Key.Key_Space)
    assert monthly.stack.currentWidget() is monthly.plot_widget
    for chart in view.board.charts:
        assert chart.card.plot_widget.accessibleName() == chart.card.title.text()
        assert chart.card.description, f"{chart.card.title.text()} says nothing"


def test_the_dose_editors_pain_rows_are_told_apart(qtbot: QtBot, journal: Journal) -> None:
    from ui.medication.dose_editor import DoseEditor

    editor = DoseEditor(Session(journal), None, day=DAY)
    qtbot.addWidget(editor)
    names = [
        button.accessibleName()
        for selector in (editor.pain_at_dose, editor.pain_2h, editor.pain_24h)
        for button in selector.buttons()
    ]
    assert len(set(names)) == len(names) == 15
    assert "Pain at 2 h: 1, Mild" in names
    editor.show()
    assert editor.taken.accessibleName() == "Taken"  # the date-time field, after its label


def test_the_new_passphrase_dialog_opens_on_the_field(qtbot: QtBot) -> None:
    from ui.settings.passphrase_dialog import NewPassphraseDialog

    dialog = NewPassphraseDialog(export=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first)


def test_tab_leaves_the_medications_list(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    from ui.medication.medications_dialog import MedicationsDialog

    dialog = MedicationsDialog(Session(journal))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    row = dialog.table.currentIndex().row()
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert not dialog.table.hasFocus()
    assert dialog.table.currentIndex().row() == row


def test_retired_medications_stay_readable_in_every_look(
    qapp: QApplication, journal: Journal, medications: Medications
) -> None:
    from ui.medication.model import MedicationsModel

    for look in theme.Theme:
        theme.apply_theme(qapp, look)
        model = MedicationsModel()
        model.set_medications(journal.medications.all())
        row = model.row_of(medications.retired.id)
        ink = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color()
        for behind in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            assert contrast.ratio(ink, qapp.palette().color(behind)) >= contrast.TEXT, look


def test_following_the_system_turns_high_contrast_when_the_system_asks(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: True)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    palette = qapp.palette()
    ratio = contrast.ratio(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    )
    assert ratio >= 15  # black on white or white on black
    assert "border-width: 3px" in qapp.styleSheet()  # the thick focus ring
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: False)
    theme.apply_theme(qapp, theme.Theme.SYSTEM)
    assert "border-width: 3px" not in qapp.styleSheet()
    assert theme.effective_theme(theme.Theme.LIGHT) is theme.Theme.LIGHT  # a choice stays


def test_the_high_contrast_look_can_be_chosen_in_settings_and_the_menu() -> None:
    from ui.settings.pages import AppearancePage  # noqa: F401 (the page lists it)

    assert theme.Theme("high-contrast") is theme.Theme.HIGH_CONTRAST


def test_the_low_light_screens_are_readable_and_stay_dark() -> None:
    """The attack screen's own colours, whatever the look: text 4.5:1, focus 3:1,
    and nothing light (no background above 10 % lightness, no pure white)."""
    back = [QColor(low_light.BACKGROUND), QColor(low_light.SURFACE), QColor(low_light.CHECKED)]
    for ink in (low_light.TEXT, low_light.MUTED):
        for behind in back[:2]:
            assert contrast.ratio(QColor(ink), behind) >= contrast.TEXT, (ink, behind.name())
    assert contrast.ratio(QColor(low_light.TEXT), QColor(low_light.CHECKED)) >= contrast.TEXT
    assert contrast.ratio(QColor(low_light.MUTED), QColor(low_light.SURFACE)) >= contrast.NON_TEXT
    assert contrast.ratio(QColor(low_light.ACCENT), QColor(low_light.SURFACE)) >= contrast.NON_TEXT
    for colour in back[:2]:
        assert contrast.luminance(colour) < 0.05
    assert contrast.luminance(QColor(low_light.TEXT)) < 0.8  # soft, not pure white


def test_the_calendar_marks_stand_off_their_cells_in_every_look(qapp: QApplication) -> None:
    """Essential marks 3:1 (WCAG 1.4.11): the pain bars on their shade, the medication
    capsule and today's outline on an empty cell, and the muted day numbers."""
    from ui.diary.day_marks import ink_on

    for look in theme.Theme:
        theme.apply_theme(qapp, look)
        palette = qapp.palette()
        base = palette.color(QPalette.ColorRole.Base)
        for pain in range(4):
            shade = theme.severity_colour(pain, palette)
            assert contrast.ratio(ink_on(shade, palette), shade) >= contrast.NON_TEXT, (look, pain)
        medication = theme.medication_colour(palette)
        assert contrast.ratio(medication, base) >= contrast.NON_TEXT, look
        today = palette.color(QPalette.ColorRole.Link)
        assert contrast.ratio(today, base) >= contrast.NON_TEXT, look
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        assert contrast.ratio(muted, base) >= contrast.TEXT, look


def _cycle_marks(palette: QPalette) -> dict[str, QColor]:
    from ui.cycle import marks

    return {
        "period": marks.period_colour(palette),
        "perimenstrual window": marks.window_colour(palette),
        "hormonal phase": marks.phase_colour(palette),
    }


@pytest.mark.parametrize("dark_system", [False, True])
def test_the_cycle_marks_stand_off_the_calendar_in_every_look(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, dark_system: bool
) -> None:
    """The period's drops, the perimenstrual window's band and the phase band are
    essential marks: 3:1 against the empty cells (Base) and the page (Window) they are
    painted on and beside, in every look, the high-contrast one on a light and on a
    dark system (the window's tint was 1.5:1 in the light and high-contrast looks)."""
    monkeypatch.setattr(theme, "system_is_dark", lambda: dark_system)
    problems = []
    for look in theme.Theme:
        theme.apply_theme(qapp, look)
        palette = qapp.palette()
        for name, colour in _cycle_marks(palette).items():
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                value = contrast.ratio(colour, palette.color(role))
                if value < contrast.NON_TEXT:
                    where = f"{look.value}: {name} {colour.name()} on {role.name}"
                    problems.append(f"{where} {value:.2f}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", ["#fdf2f7", "#2b1f26", "#808080"])
def test_the_cycle_marks_stand_off_any_system_page(page: str) -> None:
    """A system palette the app did not choose (a pink, a dark rose, a mid grey page)
    still gets cycle marks 3:1 off it."""
    palette = QPalette(QColor(page))
    back = QColor(page)
    palette.setColor(QPalette.ColorRole.Base, back)
    palette.setColor(QPalette.ColorRole.Window, back)
    ink = contrast.far(back)
    palette.setColor(QPalette.ColorRole.Text, ink)
    palette.setColor(QPalette.ColorRole.WindowText, ink)
    for name, colour in _cycle_marks(palette).items():
        assert contrast.ratio(colour, back) >= contrast.NON_TEXT, (name, colour.name())


@pytest.mark.parametrize("dark_system", [False, True])
def test_a_drop_down_shows_its_arrow_in_every_look(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, dark_system: bool
) -> None:
    """The arrow is what tells a drop-down from a field (a graphical object, 3:1):
    the high-contrast look's styled drop-down drew none."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    monkeypatch.setattr(theme, "system_is_dark", lambda: dark_system)
    for look in theme.Theme:
        theme.apply_theme(qapp, look)
        box = QComboBox()
        qtbot.addWidget(box)
        box.addItems(["Procedure", "Preventive medication"])
        box.resize(220, 32)
        box.show()
        qtbot.waitExposed(box)
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        arrow = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, box
        )
        image = box.grab().toImage()
        ratio = image.width() / box.width()
        back = qapp.palette().color(QPalette.ColorRole.Base)
        inner = arrow.adjusted(4, 6, -3, -6)  # inside the drop-down's own border
        inked = [
            (x, y)
            for x in range(int(inner.left() * ratio), int(inner.right() * ratio))
            for y in range(int(inner.top() * ratio), int(inner.bottom() * ratio))
            if contrast.ratio(QColor(image.pixel(x, y)), back) >= contrast.NON_TEXT
        ]
        assert len(inked) >= 6, f"{look.value}: no arrow in {arrow}"
        box.close()


class _TwoDays:
    """A month model's part the day cells read: 3 March in the month shown, 3 April
    outside it, both with the same marks (a dose, a check-in, a perimenstrual
    window day with bleeding and a hormonal phase; an attack of `pain`)."""

    week_start = Qt.DayOfWeek.Monday

    def __init__(self, pain: int | None) -> None:
        cycle = CycleDayMark(flow=d.Flow.MEDIUM, window_day=1, phases=(d.PhaseKind.HORMONAL_IUD,))
        self.marks = DayMark(
            peak_pain=pain,
            attacks=int(pain is not None),
            doses=1,
            checked_in=True,
            cycle=cycle,
            medications=("Naproxen",),
        )

    def in_month(self, day: date) -> bool:
        return day.month == 3

    def mark(self, day: date) -> DayMark:
        return self.marks


def _painted_day(day: date, palette: QPalette, pain: int | None = None) -> QImage:
    """The day cell as the calendar paints it, over the page it sits on."""
    from ui.diary.day_cell import DayCellDelegate

    view = QWidget()
    view.setPalette(palette)
    image = QImage(120, 96, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    cell = DayCellDelegate(_TwoDays(pain), view)  # type: ignore[arg-type]
    cell.paint_day(painter, QRect(0, 0, 120, 96), day, False)
    painter.end()
    return image


@pytest.mark.parametrize("dark_system", [False, True])
def test_days_outside_the_month_keep_their_marks_and_look_apart_in_every_look(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, dark_system: bool
) -> None:
    """A day outside the month shown keeps its cycle band 3:1 off the page (it was
    painted at 45 % and fell to about 1.7:1) and its pain shade whole (at 35 % the
    bars, inked for the whole shade, fell under 3:1 on it), and looks unlike a day of
    the month in every look (in high contrast the muted colour is the text's: it
    looked the same)."""
    from ui.cycle import marks

    monkeypatch.setattr(theme, "system_is_dark", lambda: dark_system)
    problems = []
    for look in theme.Theme:
        theme.apply_theme(qapp, look)
        palette = qapp.palette()
        page = palette.color(QPalette.ColorRole.Base)
        inside = _painted_day(date(2026, 3, 3), palette)
        outside = _painted_day(date(2026, 4, 3), palette)
        band = outside.pixelColor(60, 3)  # the perimenstrual window's band, above the cell
        if band != marks.window_colour(palette):
            problems.append(f"{look.value}: the band is {band.name()}, not the window's colour")
        if contrast.ratio(band, page) < contrast.NON_TEXT:
            problems.append(f"{look.value}: band {contrast.ratio(band, page):.2f}:1")
        empty = [  # the cell's background, where the day inside the month shows nothing
            (x, y) for x in range(4, 116) for y in range(40, 80) if inside.pixelColor(x, y) == page
        ]
        apart = sum(outside.pixelColor(x, y) != page for x, y in empty)
        if len(empty) < 100 or apart < len(empty) // 10:
            problems.append(f"{look.value}: outside the month, {apart} of {len(empty)} differ")
        for pain in range(4):
            shaded = _painted_day(date(2026, 4, 3), palette, pain)
            colours = Counter(shaded.pixel(x, y) for x in range(4, 116) for y in range(30, 80))
            shade = theme.severity_colour(pain, palette)
            if colours.most_common(1)[0][0] != shade.rgb():
                problems.append(f"{look.value}: the shade of pain {pain} is not whole")
    assert not problems, "\n".join(problems)
