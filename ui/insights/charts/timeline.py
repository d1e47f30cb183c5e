"""The timeline: attacks per day by peak pain (a day whose attacks have no recorded
0-3 pain is a neutral dashed bar, never "no pain"), period days as bands, and below the
bars two lanes: hormonal phases (with estrogen-withdrawal marks) and treatment
courses with their sessions.

Plot items are made once and refilled with setOpts/setData on each span switch.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QFontMetricsF

from journal import domain as d
from ui.insights.charts.colours import OKABE_ITO, Colours, faded
from ui.insights.charts.common import ChartCard, DayAxis, bars
from ui.insights.charts.common_data import ChartData
from ui.kit import vocabulary
from ui.kit.journal_words import journal_word
from ui.kit.locale_text import date_text, day_text
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.kit.wrapping import wrap_text

translate = QCoreApplication.translate
"""Chart texts are in the "charts" context."""

PAIN_WORDS = (
    QT_TRANSLATE_NOOP("charts", "no pain (0)"),
    QT_TRANSLATE_NOOP("charts", "mild"),
    QT_TRANSLATE_NOOP("charts", "moderate"),
    QT_TRANSLATE_NOOP("charts", "severe"),
)
NOT_RECORDED = QT_TRANSLATE_NOOP("charts", "pain not recorded")
"""Days whose attacks have no 0-3 pain (imported from a 0-10 app, or never chosen)."""
LANE_HEIGHT = 0.6
LANE_STEP = 0.8
FIRST_LANE_BOTTOM = -0.95
"""The lanes under the bars, in attack units: one per hormonal phase, then one per
treatment course, each labelled on the left, so overlapping courses never merge
into one bar and a neurologist sees which came with which change."""
LANE_LABEL_CHARACTERS = 28
"""The label column is as wide as the widest name, up to this many average
characters (about a fifth of the chart at 1024 px); a longer name wraps between
words onto a second line, and only a name too long for two lines ends in "…" (the
label's tooltip, and the lane's, has it whole)."""
LANE_PIXELS = 34
"""The chart grows by this much for each lane beyond two."""
PLOT_CHROME = 50
"""The chart's height besides its plot area (the day axis and the margins)."""


def lane_bottom(index: int) -> float:
    return FIRST_LANE_BOTTOM - index * LANE_STEP


def _clip(start: date, end: date | None, first: date, last: date) -> tuple[int, int] | None:
    """The ordinals of a date range clipped to the span, or None when outside it."""
    stop = end or last
    if start > last or stop < first:
        return None
    return max(start, first).toordinal(), min(stop, last).toordinal()


class TimelineChart:
    """Attacks per day with period bands, hormonal phases and treatments."""

    def __init__(self, colours: Colours) -> None:
        self.lane_labels: list[str] = []
        self.card = ChartCard(
            translate("charts", "Timeline"),
            translate(
                "charts",
                "Attacks per day, shaded by the worst pain that day; period days as bands; "
                "hormonal phases and treatments in the lanes below.",
            ),
            DayAxis(),
        )
        self.card.plot_widget.setMinimumHeight(270)
        self.card.set_axis_width(self._axis_width([]))
        plot = self.card.plot
        self.period_bands = bars()
        plot.addItem(self.period_bands)
        self.severity_bars = [bars() for _ in PAIN_WORDS]
        for level in (1, 2, 3, 0):
            plot.addItem(self.severity_bars[level])
        self.unrecorded_bars = bars()
        plot.addItem(self.unrecorded_bars)
        self.phase_bars = bars()
        self.course_bars = bars()
        self.sessions = pg.ScatterPlotItem(symbol="d", size=12)
        self.withdrawal = pg.ScatterPlotItem(symbol="t", size=12)
        for item in (self.phase_bars, self.course_bars, self.sessions, self.withdrawal):
            plot.addItem(item)
        self.card.describe = self.describe
        self.card.describe_label = self.label_at
        self.data: ChartData | None = None
        self.attack_counts: dict[date, int] = {}
        self.unrecorded_days: set[date] = set()
        self.period_days: list[date] = []
        self.phase_spans: list[tuple[d.HormonalPhase, int, int]] = []
        self.course_spans: list[tuple[d.Treatment, int, int]] = []
        self.session_days: list[tuple[d.Treatment, date]] = []
        self.apply_colours(colours)

    def apply_colours(self, colours: Colours) -> None:
        self.card.apply_colours(colours)
        self._colours = colours
        phase = faded(OKABE_ITO["green"], 0.75)
        self._set_legend(self.data.cycle_tracking if self.data is not None else True)
        neutral = _mixed(colours.foreground, colours.background, 0.15)
        outline = pg.mkPen(colours.severity[3], width=0.6)
        for level, item in enumerate(self.severity_bars):
            item.setOpts(brush=pg.mkBrush(colours.severity[level]), pen=outline)
        dashed = pg.mkPen(colours.foreground, width=1.2, style=Qt.PenStyle.DashLine)
        self.unrecorded_bars.setOpts(brush=pg.mkBrush(neutral), pen=dashed)
        self.period_bands.setOpts(brush=pg.mkBrush(colours.period), pen=pg.mkPen(None))
        self.phase_bars.setOpts(brush=pg.mkBrush(phase), pen=colours.bar_pen())
        self.course_bars.setOpts(brush=pg.mkBrush(colours.headache), pen=colours.bar_pen())
        self.sessions.setBrush(pg.mkBrush(colours.foreground))
        self.sessions.setPen(pg.mkPen(colours.background))
        self.withdrawal.setBrush(pg.mkBrush(colours.medication[0]))
        self.withdrawal.setPen(pg.mkPen(colours.background))

    def _set_legend(self, cycle_tracking: bool) -> None:
        """Pain levels and treatments; period, phase and estrogen only while the
        cycle is tracked (switched off, nothing of the cycle shows)."""
        colours = self._colours
        entries: list[tuple[str | QColor, str]] = [
            (colours.severity[level], _capitalised(pain_words(level))) for level in (1, 2, 3, 0)
        ]
        neutral = _mixed(colours.foreground, colours.background, 0.15)
        entries.append((neutral, _capitalised(translate("charts", NOT_RECORDED))))
        if cycle_tracking:
            entries += [
                (OKABE_ITO["purple"], translate("charts", "Period day")),
                (faded(OKABE_ITO["green"], 0.75), translate("charts", "Hormonal phase")),
                (colours.medication[0], translate("charts", "Estrogen stopped")),
            ]
        entries += [
            (colours.headache, translate("charts", "Treatment")),
            (colours.foreground, translate("charts", "Session")),
        ]
        self.card.set_legend(entries)
        self._legend_cycle_tracking = cycle_tracking

    def update(self, data: ChartData) -> None:
        """Redraw for `data` (same items, new numbers)."""
        self.data = data
        if data.cycle_tracking != self._legend_cycle_tracking:
            self._set_legend(data.cycle_tracking)
        summary = data.summary
        facts = summary.facts
        first, last = summary.first, summary.last
        self.attack_counts = {day: len(f.attack_ids) for day, f in facts.items() if f.attack_ids}
        top = max(2, *self.attack_counts.values()) if self.attack_counts else 2
        recorded = {attack.id for attack in data.diary.attacks if attack.pain is not None}
        self.unrecorded_days = {
            day for day in self.attack_counts if recorded.isdisjoint(facts[day].attack_ids)
        }
        levels = [(item, level) for level, item in enumerate(self.severity_bars)]
        for item, level in [*levels, (self.unrecorded_bars, None)]:
            days = [day for day in self.attack_counts if self.pain_level(day) == level]
            item.setOpts(
                x=np.array([day.toordinal() for day in days], dtype=float),
                height=np.array([self.attack_counts[day] for day in days], dtype=float),
                width=0.8,
            )
        tracking = data.cycle_tracking
        self.period_days = [day for day, f in facts.items() if f.bleeding] if tracking else []
        self.period_bands.setOpts(
            x=np.array([day.toordinal() for day in self.period_days], dtype=float),
            height=np.full(len(self.period_days), top + 0.5),
            y0=0.0,
            width=1.0,
        )
        self.period_bands.setVisible(tracking)
        self._lanes(data, first, last)
        ticks = [(float(n), str(n)) for n in range(top + 1)]
        metrics = QFontMetrics(self.card.plot_widget.font())
        shown = lane_texts(self.lane_labels, metrics)
        lanes = [(lane_bottom(index) + LANE_HEIGHT / 2, label) for index, label in enumerate(shown)]
        self.card.plot.getAxis("left").setTicks([lanes + ticks])
        self.card.set_axis_width(self._axis_width(shown))
        low = lane_bottom(max(0, len(lanes) - 1)) - 0.15
        height = 270 + LANE_PIXELS * max(0, len(lanes) - 2)
        if any("\n" in label for label in shown):  # two lines a lane, never overlapping
            per_unit = (2 * metrics.lineSpacing() + 6) / LANE_STEP
            height = max(height, round(per_unit * (top + 0.5 - low)) + PLOT_CHROME)
        self.card.plot_widget.setMinimumHeight(height)
        self.card.plot.setYRange(low, top + 0.5, padding=0)
        self.card.plot.setXRange(first.toordinal() - 0.5, last.toordinal() + 0.5, padding=0)
        nothing = not (
            self.attack_counts or self.period_days or self.phase_spans or self.course_spans
        )
        from ui.insights.charts.timeline_table import fill_table

        fill_table(self, first, last)
        self.card.set_empty(
            translate("charts", "No attacks recorded in this span.") if nothing else None
        )

    def pain_level(self, day: date) -> int | None:
        """The bar a day's attacks go in: peak pain 0-3, None when none has a pain."""
        if day in self.unrecorded_days or self.data is None:
            return None
        return min(3, self.data.summary.facts[day].pain)

    def _axis_width(self, shown: list[str]) -> int:
        """Wide enough for the lane labels (as shown, a line each) in any language:
        pyqtgraph leaves out a tick label that does not fit (German "Behandlungen"
        once went blank)."""
        metrics = QFontMetricsF(self.card.plot_widget.font())
        lines = [line for label in shown for line in label.split("\n")] + ["99"]
        return max(44, round(max(map(metrics.horizontalAdvance, lines))) + 24)

    def label_at(self, y: float) -> str | None:
        """A lane's whole name, for the tooltip of its label on the axis."""
        lane = self.lane_at(y)
        return None if lane is None else self.lane_labels[lane]

    def _lanes(self, data: ChartData, first: date, last: date) -> None:
        """A lane for each hormonal phase (while the cycle is tracked), then one for
        each treatment course, in the span; sessions sit on their course's lane."""
        summary = data.summary
        phases = summary.hormones.phases if data.cycle_tracking else ()
        self.phase_spans = [
            (phase, *span)
            for phase in phases
            if (span := _clip(phase.start, phase.end, first, last)) is not None
        ]
        courses = [effect.treatment for effect in summary.treatments]
        self.course_spans = [
            (course, *span)
            for course in courses
            if (span := _clip(course.start, course.end, first, last)) is not None
        ]
        self.lane_labels = [vocabulary.phase_kind(p.kind).label for p, _, _ in self.phase_spans]
        self.lane_labels += [course.name for course, _, _ in self.course_spans]
        phase_lanes = list(range(len(self.phase_spans)))
        course_lanes = [len(phase_lanes) + n for n in range(len(self.course_spans))]
        _fill_lanes(self.phase_bars, [(a, b) for _, a, b in self.phase_spans], phase_lanes)
        _fill_lanes(self.course_bars, [(a, b) for _, a, b in self.course_spans], course_lanes)
        markers = summary.hormones.withdrawal_markers if data.cycle_tracking else ()
        marker_lanes = [self._phase_lane(m.stopped.toordinal()) for m in markers]
        self.withdrawal.setData(
            x=[float(m.stopped.toordinal()) for m in markers],
            y=[lane_bottom(lane) + LANE_HEIGHT / 2 for lane in marker_lanes],
        )
        lane_of = {course.id: course_lanes[n] for n, (course, _, _) in enumerate(self.course_spans)}
        self.session_days = sorted(
            (
                (course, s.when.date())
                for s in data.diary.sessions
                for course, _, _ in self.course_spans
                if s.treatment_id == course.id and first <= s.when.date() <= last
            ),
            key=lambda pair: pair[1],
        )
        self.sessions.setData(
            x=[float(day.toordinal()) for _, day in self.session_days],
            y=[lane_bottom(lane_of[c.id]) + LANE_HEIGHT / 2 for c, _ in self.session_days],
        )

    def _phase_lane(self, ordinal: int) -> int:
        """The lane of the phase holding a day (the first phase lane otherwise)."""
        for index, (_, a, b) in enumerate(self.phase_spans):
            if a <= ordinal <= b:
                return index
        return 0

    def lane_at(self, y: float) -> int | None:
        """The lane under a height of the plot, or None above the lanes."""
        for index in range(len(self.lane_labels)):
            bottom = lane_bottom(index)
            if bottom - 0.1 <= y <= bottom + LANE_HEIGHT + 0.1:
                return index
        return None

    def describe(self, x: float, y: float) -> str | None:
        """The exact facts under the mouse: a day, a phase or a treatment."""
        if self.data is None:
            return None
        ordinal = round(x)
        if ordinal < 1:
            return None
        day = date.fromordinal(ordinal)
        lane = self.lane_at(y)
        if lane is not None and lane < len(self.phase_spans):
            phase, a, b = self.phase_spans[lane]
            return (
                f"{day_text(day, year=True)}\n{_phase_word(phase)}" if a <= ordinal <= b else None
            )
        if lane is not None:
            course, a, b = self.course_spans[lane - len(self.phase_spans)]
            words = [
                translate("charts", "{0}: session").format(course.name)
                for shown, when in self.session_days
                if when == day and shown.id == course.id
            ]
            if a <= ordinal <= b:
                words.append(course.name)
            return f"{day_text(day, year=True)}\n" + "\n".join(words) if words else None
        if y < 0:
            return None
        fact = self.data.summary.facts.get(day)
        if fact is None:
            return None
        lines = [day_text(day, year=True)]
        count = len(fact.attack_ids)
        if count:
            attacks = (
                translate("charts", "1 attack")
                if count == 1
                else translate("charts", "%n attacks", None, count)
            )
            level = self.pain_level(day)
            pain = translate("charts", NOT_RECORDED) if level is None else pain_words(level)
            lines.append(f"{attacks}, {pain}")
        if fact.migraine:
            lines.append(translate("charts", "Migraine day"))
        elif fact.headache:
            lines.append(translate("charts", "Headache day"))
        if fact.acute_classes:
            classes = ", ".join(
                sorted(journal_word(d.CLASS_LABELS.get(c, str(c))) for c in fact.acute_classes)
            )
            lines.append(translate("charts", "Acute medication: {0}").format(classes))
        if fact.bleeding and self.data.cycle_tracking:
            lines.append(translate("charts", "Period day"))
        return "\n".join(lines) if len(lines) > 1 else None


def _phase_word(phase: d.HormonalPhase) -> str:
    start = date_text(phase.start)
    if phase.end is None:  # an open end is its own phrase, not "start – ongoing"
        return translate("charts", "{0} (since {1})").format(
            vocabulary.phase_kind(phase.kind).label, start
        )
    return f"{vocabulary.phase_kind(phase.kind).label} ({start} – {date_text(phase.end)})"


def _mixed(ink: QColor, paper: QColor, share: float) -> QColor:
    """An opaque tint: `share` of ink on paper (a legend swatch cannot show alpha)."""

    def part(a: float, b: float) -> float:
        return share * a + (1 - share) * b

    return QColor.fromRgbF(
        part(ink.redF(), paper.redF()),
        part(ink.greenF(), paper.greenF()),
        part(ink.blueF(), paper.blueF()),
    )


def _capitalised(text: str) -> str:
    """First letter up, the rest as written (German nouns keep their capitals)."""
    return text[:1].upper() + text[1:]


def pain_words(level: int) -> str:
    """The chart's word for a recorded pain level (0 reads "no pain (0)")."""
    return translate("charts", PAIN_WORDS[level])


def _fill_lanes(item: pg.BarGraphItem, spans: list[tuple[int, int]], lanes: list[int]) -> None:
    """One bar per span, each in its own lane."""
    item.setOpts(
        x0=np.array([a - 0.5 for a, _ in spans], dtype=float),
        width=np.array([b - a + 1.0 for a, b in spans], dtype=float),
        y0=np.array([lane_bottom(lane) for lane in lanes], dtype=float),
        height=LANE_HEIGHT,
        x=None,
    )


def lane_texts(labels: list[str], metrics: QFontMetrics) -> list[str]:
    """The lanes' labels as the axis shows them: each on one line when the column
    (as wide as the widest name, up to LANE_LABEL_CHARACTERS) holds it, else wrapped
    between words onto two lines, the second ending in "…" only when the name needs
    more than two."""
    most = metrics.averageCharWidth() * LANE_LABEL_CHARACTERS
    column = min(most, max((metrics.horizontalAdvance(label) for label in labels), default=0))
    shown = []
    for label in labels:
        lines = wrap_text(label, metrics, column).split("\n")
        if len(lines) > 2 or any(metrics.horizontalAdvance(line) > most for line in lines):
            rest = " ".join(lines[1:]) if len(lines) > 1 else ""
            lines = [metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight, most)]
            if rest:
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, most))
        shown.append("\n".join(lines))
    return shown
