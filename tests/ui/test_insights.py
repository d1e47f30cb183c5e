"""The Insights view: span picker, headline figures with their rules, lazy charts."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.analysis.summary import months_back
from journal.analysis.treatment_effect import treatment_effects
from journal.demo import write_demo
from journal.storage import Journal
from ui.insights.charts.treatments import verdict
from ui.insights.view import InsightsView
from ui.kit import contrast, theme
from ui.session import Session

if TYPE_CHECKING:
    from ui.insights.charts.common import ChartCard

ROOT = Path(__file__).resolve().parents[2]


def view_of(qtbot: QtBot, journal: Journal, *, show: bool = True) -> InsightsView:
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.resize(1000, 800)
    if show:
        view.show()
        qtbot.waitExposed(view)
    return view


@pytest.fixture
def demo(journal: Journal) -> Journal:
    write_demo(journal, months=12, seed=1)
    return journal


def test_importing_and_building_the_view_does_not_import_pyqtgraph() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from journal.storage import Journal\n"
        "from ui.insights.view import InsightsView\nfrom ui.session import Session\n"
        "view = InsightsView(Session(Journal.in_memory()))\n"
        "view.show_span_months(6)\n"
        "print('before', 'pyqtgraph' in sys.modules)\n"
        "view.show(); app.processEvents()\n"
        "print('after', 'pyqtgraph' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "before False" in done.stdout, done.stderr
    assert "after True" in done.stdout, done.stderr


def test_default_span_is_the_last_three_months(qtbot: QtBot, demo: Journal) -> None:
    view = view_of(qtbot, demo)
    assert view.span == months_back(view.today, 3)
    assert view.span_box.currentText() == "Last 3 months"
    assert view.summary is not None and view.summary.first == view.span[0]


def test_switching_the_span_changes_the_figures_and_the_charts(qtbot: QtBot, demo: Journal) -> None:
    view = view_of(qtbot, demo)
    assert view.board is not None
    three = view.headline_text("migraine_days")
    three_months = list(view.board.monthly.months)
    view.show_span_months(12)
    assert view.span_box.currentText() == "Last 12 months"
    assert view.summary is not None and view.summary.first == months_back(view.today, 12)[0]
    assert view.headline_text("migraine_days") != three
    assert len(view.board.monthly.months) == 13 > len(three_months)
    expected = [m.tally.migraine_days for m in view.summary.months]
    assert view.board.monthly.heights["migraine"] == expected


def test_picking_a_span_in_the_box_shows_it(qtbot: QtBot, demo: Journal) -> None:
    view = view_of(qtbot, demo)
    view.span_box.setCurrentIndex(view.span_box.findData(6))
    assert view.span == months_back(view.today, 6)
    view.span_box.setCurrentIndex(view.span_box.findData(0))
    assert view.span[0] == view.diary.first_recorded_day


def test_custom_span_follows_the_date_fields(qtbot: QtBot, demo: Journal) -> None:
    view = view_of(qtbot, demo)
    first, last = view.today - timedelta(days=40), view.today - timedelta(days=10)
    view.show_span(first, last)
    assert view.span_box.currentData() == -1
    assert view.from_edit.isVisible() and view.to_edit.isVisible()
    view.to_edit.setDate(view.to_edit.date().addDays(-5))
    assert view.span == (first, last - timedelta(days=5))


def _fields(view: InsightsView) -> tuple[object, object]:
    return view.from_edit.date().toPython(), view.to_edit.date().toPython()


def test_a_custom_start_after_the_end_moves_the_end_and_never_blanks_the_page(
    qtbot: QtBot, demo: Journal
) -> None:
    view = view_of(qtbot, demo)
    first, last = view.today - timedelta(days=40), view.today - timedelta(days=10)
    view.show_span(first, last)
    assert view.showing_figures and view.board is not None and view.board.isVisible()
    later = last + timedelta(days=3)
    view.from_edit.setDate(view.to_edit.date().addDays(3))
    assert view.span == (later, later) == _fields(view)  # the fields and the figures agree
    assert view.showing_figures and view.headline_box.isVisible() and view.board.isVisible()
    assert "start must be" not in view.span_label.text()
    view.to_edit.setDate(view.to_edit.date().addDays(-20))
    assert view.span == (later - timedelta(days=20), later - timedelta(days=20))
    assert view.span == _fields(view) and view.showing_figures


def test_headlines_speak_in_days_a_month_and_per_28_days(qtbot: QtBot, demo: Journal) -> None:
    view = view_of(qtbot, demo)
    assert " migraine days a month (" in view.headline_text("migraine_days")
    assert " per 28 days)" in view.headline_text("migraine_days")
    for key in ("headache_days", "attacks", "acute_medication_days", "overuse", "chronic_pattern"):
        assert view.headline_text(key)
    assert view.headline_text("menstrual")


def test_how_is_this_counted_quotes_the_rule(qtbot: QtBot, demo: Journal) -> None:
    view = view_of(qtbot, demo)
    _label, button = view.headline_rows["overuse"]
    assert button.isVisible()
    button.click()
    dialog = button.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert "10 or more days" in dialog.informativeText()
    assert "discuss with your doctor" in dialog.informativeText()
    dialog.close()


def test_empty_journal_shows_calm_empty_states(qtbot: QtBot, journal: Journal) -> None:
    view = view_of(qtbot, journal)
    assert view.nothing_yet.isVisible()
    assert view.headline_text("attacks") == "No attacks in this span."
    assert view.board is not None
    for chart in view.board.charts:
        assert chart.card.is_empty, type(chart).__name__
        assert chart.card.empty.text()
    view.show_span_months(0)
    view.show_span_months(12)
    assert view.nothing_yet.isVisible()


def test_cycle_chart_and_sentence_are_hidden_when_cycle_tracking_is_off(
    qtbot: QtBot, demo: Journal
) -> None:
    operations.set_cycle_tracking(demo, False)
    view = view_of(qtbot, demo)
    assert view.board is not None
    assert not view.board.cycle_days.card.isVisible()
    assert view.board.timeline.period_days == []
    assert view.headline_text("menstrual") == ""
    assert view.board.timeline.card.isVisible()


def test_reload_shows_an_attack_recorded_after_opening(qtbot: QtBot, journal: Journal) -> None:
    view = view_of(qtbot, journal)
    assert view.headline_text("attacks") == "No attacks in this span."
    start = datetime.combine(view.today - timedelta(days=2), time(9)).astimezone()
    journal.attacks.save(d.Attack(start=start, end=start + timedelta(hours=5), pain=2))
    view.reload()
    assert view.headline_text("attacks").startswith("1 attack")
    assert view.board is not None and sum(view.board.timeline.attack_counts.values()) == 1


def test_reload_while_hidden_waits_until_shown(qtbot: QtBot, journal: Journal) -> None:
    view = view_of(qtbot, journal)
    view.hide()
    start = datetime.combine(view.today - timedelta(days=2), time(9)).astimezone()
    journal.attacks.save(d.Attack(start=start, end=start + timedelta(hours=5), pain=2))
    view.reload()
    assert view.headline_text("attacks") == "No attacks in this span."
    view.show()
    assert view.headline_text("attacks").startswith("1 attack")


def test_charts_take_their_background_from_the_dark_palette(qtbot: QtBot, demo: Journal) -> None:
    from ui.kit import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = view_of(qtbot, demo)
    assert view.board is not None
    try:
        theme.apply_theme(app, theme.Theme.DARK)
        QApplication.processEvents()
        base = app.palette().color(app.palette().ColorRole.Base)
        for chart in view.board.charts:
            background = chart.card.plot_widget.backgroundBrush().color()
            assert background.name() == base.name()
    finally:
        theme.apply_theme(app, theme.Theme.LIGHT)


def test_window_shading_is_drawn_behind_the_cycle_bars(qtbot: QtBot, demo: Journal) -> None:
    """The one pixel test: the shaded window is visible between days -2 and +3."""
    view = view_of(qtbot, demo)
    assert view.board is not None
    chart = view.board.cycle_days
    chart.card.plot_widget.resize(800, 260)
    QApplication.processEvents()
    image = chart.card.plot_widget.grab().toImage()
    view_box = chart.card.plot.getViewBox()
    top = view_box.sceneBoundingRect().top() + 3
    inside = view_box.mapViewToScene(QPointF(-1.5, 0))
    outside = view_box.mapViewToScene(QPointF(-5.5, 0))
    shaded = image.pixelColor(int(inside.x()), int(top))
    plain = image.pixelColor(int(outside.x()), int(top))
    assert shaded != plain


def test_treatments_chart_caption_says_when_courses_overlap() -> None:
    start = date(2026, 4, 1)
    propranolol = d.Treatment("Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, start)
    mindfulness = d.Treatment("Mindfulness", d.TreatmentKind.NON_DRUG, date(2026, 5, 1))
    migraine_days = {start - timedelta(days=n) for n in range(1, 9)}
    migraine_days |= {start + timedelta(days=30 + n) for n in range(4)}
    found = treatment_effects(
        [propranolol, mindfulness], migraine_days, date(2026, 3, 4), date(2026, 6, 1)
    )
    words = verdict(found[0])
    # the same decimals on both sides of the arrow
    assert words.startswith("8.0 → 4.0 migraine days per 28 (-50%); 50% fewer or better")
    assert words.endswith(
        "Overlaps with Mindfulness: the change may not be due to this course alone."
    )
    alone = treatment_effects([propranolol], migraine_days, date(2026, 3, 4), date(2026, 6, 1))
    assert "Overlaps" not in verdict(alone[0])


def test_insights_say_how_the_figures_were_counted_with_the_basis_split(
    qtbot: QtBot, tmp_path: Path
) -> None:
    journal = Journal.open(tmp_path / "counted.sqlite3")
    start = datetime.combine(date.today() - timedelta(days=3), time(9)).astimezone()
    journal.attacks.save(
        d.Attack(
            start=start,
            end=start + timedelta(hours=4),
            type=d.AttackType.HEADACHE,
            pain=3,
            unilateral=True,
            symptoms=("nausea",),
        )
    )
    labelled = start + timedelta(days=1)
    journal.attacks.save(d.Attack(start=labelled, end=labelled + timedelta(hours=2), pain=1))
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.show()
    box = view.counting_box
    assert box.isVisible()
    assert box.basis.text() == "2 migraine days: 1 by the ICHD-3 features, 1 by your own label."
    assert box.migraine_day.text().startswith("Migraine day:")
    assert box.headache_day.text().startswith("Headache day:")
    assert box.completeness.text().startswith("Entries or check-ins on 2 of the")
    journal.close()


def _made_by_an_earlier_release(journal: Journal) -> None:
    """The journal's file made on 2026-01-01 and upgraded to the revised rules since."""
    journal.run(
        "UPDATE _sqlite_migrations SET applied_at = ? WHERE name = ?",
        ("2026-01-01 08:00:00.000000+00:00", "0001_foundation"),
    )


def test_insights_tell_once_that_the_counting_rules_changed(qtbot: QtBot, tmp_path: Path) -> None:
    """A journal made by an earlier release, with entries made before it went through
    the revised rules' release."""
    journal = Journal.open(tmp_path / "old.sqlite3")
    _made_by_an_earlier_release(journal)
    start = datetime(2026, 1, 5, 9).astimezone()
    journal.attacks.save(d.Attack(start=start, created="2026-01-05T10:00:00+00:00"))
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.show()
    assert view.rules_notice.isVisible()
    assert "Migraine days are now counted" in view.rules_notice.text.text()
    assert not operations.counting_rules_notice_due(journal)  # once: put away at once
    qtbot.mouseClick(view.rules_notice.close_button, Qt.MouseButton.LeftButton)
    assert not view.rules_notice.isVisible()
    again = InsightsView(Session(journal))
    qtbot.addWidget(again)
    again.show()
    assert not again.rules_notice.isVisible()
    journal.close()


def test_a_new_journal_gets_no_counting_rules_notice(qtbot: QtBot, tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "new.sqlite3")
    journal.attacks.save(d.Attack(start=datetime(2026, 1, 5, 9).astimezone()))  # created now
    assert not operations.counting_rules_notice_due(journal)
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.show()
    assert not view.rules_notice.isVisible()
    journal.close()


@pytest.mark.parametrize("kind", ["demo", "empty", "backdated entry"])
def test_a_journal_made_now_gets_no_counting_rules_notice_whatever_its_entries_dates(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    """A freshly made demo journal (its records stamped as made back in its year), an
    empty one, or a new one holding an entry stamped long ago: none was ever counted
    by the earlier rules, so Insights says nothing about them changing."""
    journal = Journal.open(tmp_path / "new.sqlite3")
    if kind == "demo":
        write_demo(journal, months=3)
        assert journal.earliest_entry_created() < journal.migration_applied_at(
            "0004_attack_end_may_be_unknown"
        )
    elif kind == "backdated entry":
        start = datetime(2026, 1, 5, 9).astimezone()
        journal.attacks.save(d.Attack(start=start, created="2026-01-05T10:00:00+00:00"))
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.show()
    assert not view.rules_notice.isVisible()
    journal.close()


def _marks(card: ChartCard) -> list[tuple[str, QColor, QPen]]:
    """The solid bars of a chart: fill and outline (faded bars, a figure resting on
    too little data, and the shaded period bands are see-through on purpose)."""
    import pyqtgraph as pg

    found = []
    for item in card.plot.items:
        if not isinstance(item, pg.BarGraphItem):
            continue
        pen = pg.mkPen(item.opts.get("pen"))
        for brush in item.opts.get("brushes") or [item.opts.get("brush")]:
            colour = pg.mkBrush(brush).color()
            if brush is not None and colour.alphaF() == 1.0:
                found.append((item.name() or type(item).__name__, colour, pen))
    return found


LOOKS = [(look, False) for look in theme.Theme] + [(theme.Theme.HIGH_CONTRAST, True)]
"""Each look, and high contrast on a dark system (white on black)."""


@pytest.mark.parametrize("case", LOOKS, ids=lambda case: f"{case[0].value}{'-dark' * case[1]}")
def test_every_chart_meets_the_contrast_of_the_current_look(
    qtbot: QtBot,
    qapp: QApplication,
    demo: Journal,
    case: tuple[theme.Theme, bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Bars at 3:1 or more on the chart's background and axis text at 4.5:1, in the
    light, dark, system and high-contrast looks, high contrast on a dark system too
    (the high-contrast look did not reach the charts: pastel bars on white, sky
    blue at 2.1:1, yellow at 1.2:1); in high contrast every bar is outlined in the
    text colour."""
    look, dark_system = case
    if dark_system:
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    theme.apply_theme(qapp, look)
    assert theme.is_dark(qapp.palette()) is (dark_system or look is theme.Theme.DARK)
    try:
        view = view_of(qtbot, demo)
        view.show_span_months(12)
        assert view.board is not None
        problems = []
        for chart in view.board.charts:
            card = chart.card
            background = card.plot_widget.backgroundBrush().color()
            title = card.title.text()
            for name in ("left", "bottom"):
                ink = card.plot.getAxis(name).textPen().color()
                if contrast.ratio(ink, background) < contrast.TEXT:
                    problems.append(f"{title}: {name} axis text {ink.name()}")
            marks = _marks(card)
            assert marks or card.is_empty, title
            for name, colour, pen in marks:
                outlined = pen.style() != Qt.PenStyle.NoPen
                value = max(
                    contrast.ratio(colour, background),
                    contrast.ratio(pen.color(), background) if outlined else 0,
                )
                if value < contrast.NON_TEXT:
                    problems.append(f"{title}: {name} {colour.name()} {value:.2f}:1")
                if look is theme.Theme.HIGH_CONTRAST and not outlined:
                    problems.append(f"{title}: {name} {colour.name()} has no outline")
        assert not problems, "\n".join(problems)
    finally:
        monkeypatch.undo()
        theme.apply_theme(qapp, theme.Theme.SYSTEM)


def test_the_cycle_day_chart_counts_in_whole_attacks(qtbot: QtBot, demo: Journal) -> None:
    """Counts of attacks get whole-number ticks: the axis showed "1.5"."""
    view = view_of(qtbot, demo)
    assert view.board is not None
    for chart in (view.board.cycle_days, view.board.monthly):
        axis = chart.card.plot.getAxis("left")
        for top in (2.5, 3.5, 7.5, 40.0):
            values = [v for _, level in axis.tickValues(0.0, top, 200) for v in level]
            assert values and all(float(v).is_integer() for v in values), (top, values)
            assert all("." not in text for text in axis.tickStrings(values, 1.0, 1.0))


def test_a_new_journal_is_counted_from_its_first_day_not_over_three_months(
    qtbot: QtBot, journal: Journal
) -> None:
    """Issue 16: one day of diary read "0 migraine days a month (0.3 per 28 days)"."""
    start = datetime.combine(date.today(), time(0, 30)).astimezone()
    journal.attacks.save(
        d.Attack(
            start=start,
            end=start + timedelta(minutes=40),
            type=d.AttackType.MIGRAINE,
            pain=2,
        )
    )
    view = view_of(qtbot, journal)
    assert view.headline_text("migraine_days").startswith("1 migraine day in 1 day")
    assert "per 28 days" not in view.headline_text("migraine_days")
    assert view.span_label.text().endswith("the figures count its 1 day.")
    view.resize(1024, 700)
    view.grab().save("/tmp/t1-insights-new-journal.png")
