"""The data behind each Insights chart: what is drawn is the Summary, unchanged."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.analysis.diary import Diary
from journal.analysis.summary import summarize
from ui.insights.charts.common_data import ChartData

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 6, 30)
MARCH = date(2026, 3, 1)
TRIPTAN = d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, d.Use.ACUTE, id="triptan")
FEATURES = {"pain": 3, "unilateral": True, "pulsating": True, "symptoms": ("nausea",)}


def attack(day: date, hours: float = 4, hour: int = 9, pain: int = 3) -> d.Attack:
    start = datetime.combine(day, time(hour), tzinfo=TZ)
    fields = {**FEATURES, "pain": pain}
    return d.Attack(start=start, end=start + timedelta(hours=hours), **fields)  # type: ignore[arg-type]


def dose(day: date) -> d.Dose:
    return d.Dose(TRIPTAN.id, datetime.combine(day, time(10), tzinfo=TZ))


def chart_data(diary: Diary, first: date = MARCH, last: date = date(2026, 5, 31)) -> ChartData:
    return ChartData(summarize(diary, first, last, TODAY), diary, cycle_tracking=True)


@pytest.fixture
def colours(qtbot: QtBot):  # type: ignore[no-untyped-def]
    from ui.insights.charts.colours import Colours

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return Colours.from_palette(app.palette())


def shown(qtbot: QtBot, chart):  # type: ignore[no-untyped-def]
    qtbot.addWidget(chart.card)
    return chart


def test_monthly_bar_heights_equal_the_summary_month_figures(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.monthly import MonthlyChart

    days = [MARCH + timedelta(days=n) for n in range(0, 60, 3)]
    diary = Diary(
        attacks=tuple(attack(day) for day in days),
        doses=tuple(dose(day) for day in days[:12]),
        medications=(TRIPTAN,),
    )
    data = chart_data(diary)
    chart = shown(qtbot, MonthlyChart(colours))
    chart.update(data)
    months = data.summary.months
    assert chart.months == ["2026-03", "2026-04", "2026-05"]
    assert chart.heights["migraine"] == [m.tally.migraine_days for m in months]
    assert chart.heights["headache"] == [m.tally.headache_days for m in months]
    assert chart.heights["triptan"] == [
        m.tally.acute_medication_days.get(d.MedicationClass.TRIPTAN, 0) for m in months
    ]
    assert list(chart.migraine_bars.opts["height"]) == chart.heights["migraine"]
    assert chart.heights["migraine"] == [11, 9, 0]


def test_monthly_chart_draws_the_overuse_levels_10_and_15_as_dashed_lines(
    qtbot: QtBot, colours
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.insights.charts.monthly import MonthlyChart

    chart = shown(qtbot, MonthlyChart(colours))
    assert [line.value() for line in chart.threshold_lines] == [10, 15]
    assert all(line.pen.style() == Qt.PenStyle.DashLine for line in chart.threshold_lines)


def test_monthly_hover_gives_the_exact_month_figures(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.monthly import MonthlyChart

    diary = Diary(
        attacks=(attack(date(2026, 4, 2)),), doses=(dose(date(2026, 4, 2)),), medications=(TRIPTAN,)
    )
    chart = shown(qtbot, MonthlyChart(colours))
    chart.update(chart_data(diary))
    text = chart.card.tooltip_at(0.1, 3)  # the first month: the diary starts in April
    assert text is not None
    assert "April 2026" in text
    assert "Migraine days: 1" in text
    assert "Triptans: 1 day" in text


def test_cycle_window_is_shaded_from_day_minus_2_to_plus_3_with_no_day_0(
    qtbot: QtBot, colours
) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.cycle_days import CycleDaysChart, position

    bleeding = tuple(d.BleedingDay(MARCH + timedelta(days=n)) for n in range(4))
    diary = Diary(attacks=(attack(MARCH - timedelta(days=1)),), bleeding_days=bleeding)
    chart = shown(qtbot, CycleDaysChart(colours))
    chart.update(chart_data(diary, date(2026, 2, 1)))
    assert 0 not in chart.days
    assert chart.days[0] <= -7 and chart.days[-1] >= 14
    low, high = chart.window_span
    inside = [day for day in chart.days if low < position(day) < high]
    assert inside == [-2, -1, 1, 2, 3]
    labels = [label for _, label in chart.card.plot.getAxis("bottom")._tickLevels[0]]
    assert "0" not in labels and "+0" not in labels
    assert {"-2", "-1", "+1", "+2", "+3"} <= set(labels)
    assert chart.counts[chart.days.index(-1)] == 1


def test_cycle_chart_says_so_when_no_period_is_recorded(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.cycle_days import CycleDaysChart

    chart = shown(qtbot, CycleDaysChart(colours))
    chart.update(chart_data(Diary(attacks=(attack(MARCH),))))
    assert chart.card.is_empty
    assert "No periods recorded" in chart.card.empty.text()


def test_low_data_factors_are_faded_and_labelled_with_their_counts(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.factors import FADED_ALPHA, FactorsChart

    wine = d.Factor("Wine", id="wine")
    sleep = d.Factor("Poor sleep", id="sleep")
    entries = tuple(
        d.DayEntry(
            MARCH + timedelta(days=n),
            (d.FactorValue("wine", 1.0 if n < 3 else 0.0), d.FactorValue("sleep", float(n % 2))),
        )
        for n in range(40)
    )
    # Poor sleep rests on 40 days and on 5+ attacks each side; wine on 3 days, 1 attack.
    onsets = [MARCH + timedelta(days=n) for n in (0, 4, 8, 12, 16, 20)]
    diary = Diary(
        factors=(wine, sleep), day_entries=entries, attacks=tuple(attack(day) for day in onsets)
    )
    chart = shown(qtbot, FactorsChart(colours))
    chart.update(chart_data(diary))
    by_name = {a.factor: i for i, a in enumerate(chart.associations)}
    assert chart.faded[by_name["Wine"]] is True
    assert chart.faded[by_name["Poor sleep"]] is False
    brushes = chart.with_bars.opts["brushes"]
    assert brushes[by_name["Wine"]].alphaF() == pytest.approx(FADED_ALPHA, abs=0.01)
    assert brushes[by_name["Poor sleep"]].alphaF() == 1.0
    label = chart.labels[by_name["Wine"]].textItem.toPlainText()
    assert "with: 1 of 3 days" in label and "without: 10 of 37 days" in label
    assert "few days or attacks" in label
    assert "associated with" in (chart.describe(0, len(chart.associations) - 1) or "")


def test_timeline_counts_an_attack_spanning_midnight_on_both_days(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.timeline import TimelineChart

    overnight = attack(date(2026, 3, 10), hours=8, hour=21, pain=2)
    chart = shown(qtbot, TimelineChart(colours))
    chart.update(chart_data(Diary(attacks=(overnight, attack(date(2026, 3, 20), pain=3)))))
    assert chart.attack_counts == {date(2026, 3, 10): 1, date(2026, 3, 11): 1, date(2026, 3, 20): 1}
    moderate = chart.severity_bars[2].opts
    assert list(moderate["x"]) == [date(2026, 3, 10).toordinal(), date(2026, 3, 11).toordinal()]
    assert list(chart.severity_bars[3].opts["height"]) == [1.0]
    assert "moderate" in (chart.describe(date(2026, 3, 11).toordinal(), 0.5) or "")


def test_timeline_marks_periods_phases_treatments_and_sessions(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.timeline import TimelineChart

    course = d.Treatment("Infusions", d.TreatmentKind.PROCEDURE, date(2026, 4, 1), id="inf")
    session = d.TreatmentSession("inf", datetime.combine(date(2026, 4, 3), time(9), tzinfo=TZ))
    phase = d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2026, 1, 1))  # type: ignore[call-arg]
    diary = Diary(
        bleeding_days=(d.BleedingDay(date(2026, 3, 5)),),
        treatments=(course,),
        sessions=(session,),
        phases=(phase,),
    )
    chart = shown(qtbot, TimelineChart(colours))
    chart.update(chart_data(diary))
    assert chart.period_days == [date(2026, 3, 5)]
    assert [(c.name, a, b) for c, a, b in chart.course_spans] == [
        ("Infusions", date(2026, 4, 1).toordinal(), date(2026, 5, 31).toordinal())
    ]
    assert chart.session_days == [(course, date(2026, 4, 3))]
    assert chart.phase_spans[0][1] == MARCH.toordinal()


def test_treatment_chart_draws_the_before_and_after_figures(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.treatments import TreatmentsChart

    before = [date(2026, 1, 1) + timedelta(days=n) for n in range(0, 84, 7)]
    after = [date(2026, 5, 1) + timedelta(days=n) for n in range(0, 56, 14)]
    course = d.Treatment("Topiramate", d.TreatmentKind.PREVENTIVE_MEDICATION, date(2026, 3, 26))
    diary = Diary(attacks=tuple(attack(day) for day in before + after), treatments=(course,))
    data = chart_data(diary, date(2026, 1, 1), TODAY)
    chart = shown(qtbot, TreatmentsChart(colours))
    chart.update(data)
    effect = data.summary.treatments[0]
    assert chart.before == [effect.baseline_migraine_days_per_28]
    assert chart.after == [effect.after_migraine_days_per_28]
    assert chart.card.notes.text().startswith("Topiramate: ")


def test_legend_labels_are_escaped_rich_text(qtbot: QtBot) -> None:
    from ui.insights.charts.common import ChartCard

    card = ChartCard("Title", "Caption")
    qtbot.addWidget(card)
    card.set_legend([("#0072B2", "<b>Wine & cheese</b>")])
    assert "&lt;b&gt;Wine &amp; cheese&lt;/b&gt;" in card.legend.text()


def test_pyside_reference_leaks_cannot_free_none_true_or_false(qtbot: QtBot) -> None:
    """PySide6 6.12 on Python 3.11 takes a reference from None on void calls and from
    True/False on emit(); charts make thousands of such calls, so without the guard
    the app aborts ("deallocating None") after a few dozen resizes."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from ui.insights.charts import refcount_guard

    class Source(QObject):
        moved = Signal(object)

    refcount_guard.install()
    source = Source()
    for n in range(20000):
        source.setObjectName("source")
        source.moved.emit(n)
    assert all(sys.getrefcount(obj) > 1000 for obj in (None, True, False))


def unrecorded(day: date, nrs: int | None = 7) -> d.Attack:
    """An attack with no 0-3 pain (imported from a 0-10 app, or "Attack now")."""
    return dataclasses.replace(attack(day), pain=None, pain_nrs=nrs)


def test_timeline_never_draws_an_unrecorded_pain_as_no_pain(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    """clinical-rules: never invent or convert a value the patient did not give, so a
    day whose attacks have no 0-3 pain is its own bar, not pain 0."""
    from ui.insights.charts.timeline import TimelineChart

    zero, missing, mixed = date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 9)
    diary = Diary(
        attacks=(
            attack(zero, pain=0),
            unrecorded(missing),
            unrecorded(mixed, nrs=9),
            attack(mixed, hour=15, pain=1),
        )
    )
    chart = shown(qtbot, TimelineChart(colours))
    chart.update(chart_data(diary))
    assert list(chart.severity_bars[0].opts["x"]) == [zero.toordinal()]
    assert list(chart.unrecorded_bars.opts["x"]) == [missing.toordinal()]
    assert list(chart.severity_bars[1].opts["x"]) == [mixed.toordinal()]  # recorded peak wins
    assert "pain not recorded" in (chart.describe(missing.toordinal(), 0.5) or "")
    assert "1 attack, no pain (0)" in (chart.describe(zero.toordinal(), 0.5) or "")
    labels = [label for _, label in chart.card.legend_entries]
    assert "No pain (0)" in labels and "Pain not recorded" in labels
    assert not any("recorded (0)" in label for label in labels)


def test_timeline_lane_labels_show_in_german_whatever_their_length(qtbot: QtBot) -> None:
    """pyqtgraph leaves out a tick label wider than the axis: "Behandlungen" once went blank."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QImage, QPainter

    from ui.insights.charts.colours import Colours
    from ui.insights.charts.timeline import TimelineChart
    from ui.kit import translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install(app, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        chart = shown(qtbot, TimelineChart(Colours.from_palette(app.palette())))
        course = d.Treatment(
            "Akupunkturbehandlungen", d.TreatmentKind.PROCEDURE, date(2026, 3, 1), id="acu"
        )
        phase = d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2026, 1, 1))  # type: ignore[call-arg]
        diary = Diary(attacks=(attack(date(2026, 3, 3)),), treatments=(course,), phases=(phase,))
        chart.update(chart_data(diary))
        chart.card.resize(700, 420)
        chart.card.show()
        qtbot.waitExposed(chart.card)
        image = QImage(600, 300, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        axis = chart.card.plot.getAxis("left")
        drawn = [text for _, _, text in axis.generateDrawSpecs(painter)[2]]
        painter.end()
    finally:
        translations.install(app)
    assert len(chart.lane_labels) == 2
    assert [label.replace("\n", " ") for label in drawn[:2]] == chart.lane_labels, drawn
    assert "Akupunkturbehandlungen" in drawn  # whole, not "Akupunkturbehandl…"


def _drawn_lane_labels(chart):  # type: ignore[no-untyped-def]
    """The left axis' labels as pyqtgraph lays them out: (rectangle, text) each."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = chart.card.plot.getAxis("left").generateDrawSpecs(painter)[2]
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in specs if not text.isdigit()]


def test_timeline_lane_labels_are_readable_whole_or_on_two_lines(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    """Issue 16 item 9: "Mindfulness medit…" on the lane. A name is shown whole (on
    one line, or wrapped between words onto two), side by side labels never overlap,
    and only a name too long for two lines is shortened, whole in its tooltip."""
    import itertools

    from PySide6.QtGui import QFontMetricsF

    from ui.insights.charts.timeline import TimelineChart, lane_bottom

    names = (
        "Propranolol",
        "Mindfulness meditation",
        "Greater occipital nerve block with lidocaine",
        "Greater occipital nerve block with lidocaine and triamcinolone, both sides, "
        "every twelve weeks",
    )
    courses = tuple(
        d.Treatment(name, d.TreatmentKind.PROCEDURE, date(2026, 2, 1), id=f"t{n}")
        for n, name in enumerate(names)
    )
    chart = shown(qtbot, TimelineChart(colours))
    chart.update(chart_data(Diary(attacks=(attack(date(2026, 3, 3)),), treatments=courses)))
    chart.card.resize(900, 520)
    chart.card.show()
    qtbot.waitExposed(chart.card)
    drawn = sorted(_drawn_lane_labels(chart), key=lambda found: found[0].center().y())
    texts = [text for _, text in drawn]  # top to bottom, as the lanes
    assert sorted(chart.lane_labels) == sorted(names) and len(texts) == 4, texts
    on_axis = dict(zip(chart.lane_labels, texts, strict=True))
    assert on_axis[names[0]] == "Propranolol"
    assert on_axis[names[1]] == "Mindfulness meditation"  # on one line, whole
    assert "\n" in on_axis[names[2]] and on_axis[names[2]].replace("\n", " ") == names[2]
    assert on_axis[names[3]].count("\n") == 1 and on_axis[names[3]].endswith("…")
    axis = chart.card.plot.getAxis("left")
    metrics = QFontMetricsF(chart.card.plot_widget.font())
    for text in texts:
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        assert widest <= axis.width(), f"{text!r} is wider than the label column"
    lines_high = [
        (rect.center().y(), text.count("\n") + 1) for rect, text in drawn
    ]  # pyqtgraph's rect is 0.8 of the text's height: measure the lines themselves
    for (upper, lines), (lower, next_lines) in itertools.pairwise(lines_high):
        room = lower - upper
        assert room >= (lines + next_lines) / 2 * metrics.lineSpacing(), (lines_high, texts)
    middle = lane_bottom(chart.lane_labels.index(names[3])) + 0.3
    assert chart.label_at(middle) == names[3]  # the whole name, for the label's tooltip
    assert chart.card.describe_label(middle) == names[3]


def test_overlapping_treatments_each_get_their_own_labelled_lane(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.timeline import TimelineChart, lane_bottom

    names = ("Topiramate", "Erenumab", "Botox", "Ketamine infusions")
    courses = tuple(
        d.Treatment(name, d.TreatmentKind.PROCEDURE, date(2026, 2, 1 + 7 * n), id=f"t{n}")
        for n, name in enumerate(names)
    )
    session = d.TreatmentSession("t3", datetime.combine(date(2026, 4, 3), time(9), tzinfo=TZ))
    phase = d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2026, 1, 1))  # type: ignore[call-arg]
    chart = shown(qtbot, TimelineChart(colours))
    chart.update(chart_data(Diary(treatments=courses, sessions=(session,), phases=(phase,))))
    assert len(chart.lane_labels) == 5 and chart.lane_labels[1:] == list(names)
    bottoms = list(chart.course_bars.opts["y0"])
    assert len(set(bottoms)) == 4  # four lanes, not one merged bar
    ticks = {label for _, label in chart.card.plot.getAxis("left")._tickLevels[0]}
    assert {"Topiramate", "Erenumab", "Botox", "Ketamine infusions"} <= ticks
    mid = lane_bottom(2) + 0.3
    assert "Erenumab" in (chart.describe(date(2026, 4, 1).toordinal(), mid) or "")
    assert list(chart.sessions.data["y"]) == [lane_bottom(4) + 0.3]


def test_with_cycle_tracking_off_the_timeline_shows_nothing_of_the_cycle(
    qtbot: QtBot, colours
) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.timeline import TimelineChart

    phase = d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2026, 1, 1))  # type: ignore[call-arg]
    chart = shown(qtbot, TimelineChart(colours))
    diary = Diary(phases=(phase,))
    chart.update(ChartData(summarize(diary, MARCH, date(2026, 5, 31), TODAY), diary, False))
    assert chart.lane_labels == []
    legend = [label for _, label in chart.card.legend_entries]
    assert not any("Period" in label or "phase" in label for label in legend)


def test_a_long_factor_label_is_never_cut_at_the_plots_edge(qtbot: QtBot, colours) -> None:  # type: ignore[no-untyped-def]
    from ui.insights.charts.factors import FactorsChart

    wine = d.Factor("Wine", id="wine")
    entries = tuple(
        d.DayEntry(MARCH + timedelta(days=n), (d.FactorValue("wine", 1.0 if n < 3 else 0.0),))
        for n in range(40)
    )
    onsets = [MARCH + timedelta(days=n) for n in (0, 4, 8, 12, 16, 20)]
    diary = Diary(factors=(wine,), day_entries=entries, attacks=tuple(attack(x) for x in onsets))
    chart = shown(qtbot, FactorsChart(colours))
    chart.update(chart_data(diary))
    chart.card.resize(620, 360)
    chart.card.show()
    qtbot.waitExposed(chart.card)
    QApplication.processEvents()
    label = chart.labels[0]
    assert "few days or attacks" in label.textItem.toPlainText()
    box = chart.card.plot.getViewBox().sceneBoundingRect()
    drawn = label.sceneBoundingRect()
    assert box.left() - 1 <= drawn.left() and drawn.right() <= box.right() + 1


def test_a_factor_seen_on_one_day_is_counted_in_the_singular() -> None:
    from journal.analysis.triggers import FactorAssociation
    from ui.insights.charts.factors import counts_label

    once = FactorAssociation("Wine", "w", d.FactorKind.YES_NO, "yes", 1, 0, 40, 5, True)
    assert counts_label(once).startswith("with: 0 of 1 day (")
    assert " · without: 5 of 40 days (" in counts_label(once)
