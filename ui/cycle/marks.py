"""How the month calendar draws the menstrual cycle, and its words.

- Recorded bleeding: drops in the top-right corner, one for light, two for medium,
  three for heavy flow, a small hollow drop for spotting, so the count (not only
  the colour) tells the flow.
- The predicted next period: a dashed outline around the day and a dashed hollow
  drop; the tooltip says it is a prediction.
- The perimenstrual window (-2..+3): a rose band along the top edge of the days.
- Hormonal phases: a thin teal band along the bottom edge.
The bands run on from day to day and round off at their ends. What is shown comes
from journal.analysis.calendar_cycle; nothing is decided here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPixmap

from journal import domain as d
from journal.analysis.calendar_cycle import CycleDayMark
from ui.kit import contrast, theme, vocabulary

TOP_BAND = 7
"""Pixels kept above a day cell for the window band while cycle tracking is on."""
BOTTOM_BAND = 8
"""Pixels kept below a day cell for the phase band."""
DROPS = {d.Flow.SPOTTING: 1, d.Flow.LIGHT: 1, d.Flow.MEDIUM: 2, d.Flow.HEAVY: 3}


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


PERIOD = ("#b8336a", "#e07a9f")
"""The drops of a recorded or predicted period (on a light page, on a dark one)."""
WINDOW = ("#c0608a", "#b0627f")
"""The perimenstrual window's band: a dusky rose, lighter than a period's drops."""
PHASE = ("#3f8c85", "#4f9c95")
"""The hormonal phase's teal band."""


def _mark(colours: tuple[str, str], palette: QPalette) -> QColor:
    """An essential mark's colour on this palette, standing 3:1 off the page and the
    empty cells it is painted on (WCAG 1.4.11): the look's own colour, moved towards
    the text colour only on a system palette where it would not."""
    chosen = QColor(colours[1] if theme.is_dark(palette) else colours[0])
    behind = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)]
    text = palette.color(QPalette.ColorRole.Text)
    return contrast.towards(chosen, text, behind, contrast.NON_TEXT)


def period_colour(palette: QPalette) -> QColor:
    return _mark(PERIOD, palette)


def window_colour(palette: QPalette) -> QColor:
    return _mark(WINDOW, palette)


def phase_colour(palette: QPalette) -> QColor:
    return _mark(PHASE, palette)


def drop_path(centre_x: float, top: float, width: float, height: float) -> QPainterPath:
    """A drop: a point at the top, round at the bottom."""
    radius = width / 2
    path = QPainterPath(QPointF(centre_x, top))
    bottom = top + height
    path.cubicTo(
        QPointF(centre_x + radius * 0.3, top + height * 0.35),
        QPointF(centre_x + radius, bottom - radius * 1.2),
        QPointF(centre_x + radius, bottom - radius),
    )
    path.arcTo(QRectF(centre_x - radius, bottom - width, width, width), 0, -180)
    path.cubicTo(
        QPointF(centre_x - radius, bottom - radius * 1.2),
        QPointF(centre_x - radius * 0.3, top + height * 0.35),
        QPointF(centre_x, top),
    )
    return path


def _band(painter: QPainter, band: QRectF, colour: QColor, starts: bool, ends: bool) -> None:
    """A band piece; rounded where the band starts or ends, square where it runs on."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    band = band.adjusted(3 if starts else 0, 0, -3 if ends else 0, 0)
    radius = band.height() / 2
    inner = band.adjusted(radius if starts else 0, 0, -radius if ends else 0, 0)
    painter.drawRect(inner)
    if starts:
        painter.drawEllipse(QRectF(band.left(), band.top(), band.height(), band.height()))
    if ends:
        painter.drawEllipse(
            QRectF(band.right() - band.height(), band.top(), band.height(), band.height())
        )


def paint_bands(
    painter: QPainter,
    rect: QRectF,
    mark: CycleDayMark | None,
    *,
    before: CycleDayMark | None,
    after: CycleDayMark | None,
    palette: QPalette,
) -> None:
    """The window band above and the phase band below a day, joined to its neighbours'."""
    if mark is None:
        return
    if mark.in_window:
        band = QRectF(rect.left(), rect.top() + 1, rect.width(), 4)
        _band(
            painter,
            band,
            window_colour(palette),
            not (before and before.in_window),
            not (after and after.in_window),
        )
    if mark.phases:
        band = QRectF(rect.left(), rect.bottom() - 5, rect.width(), 3.5)
        _band(
            painter,
            band,
            phase_colour(palette),
            not (before and before.phases),
            not (after and after.phases),
        )


def paint_period(painter: QPainter, cell: QRectF, mark: CycleDayMark, palette: QPalette) -> None:
    """Drops for a bleeding day, or the dashed prediction, in the cell's top-right."""
    colour = period_colour(palette)
    right = cell.right() - 9
    if mark.flow is not None:
        count = DROPS[mark.flow]
        spotting = mark.flow == d.Flow.SPOTTING
        for index in range(count):
            path = drop_path(
                right - index * 10, cell.top() + 5, 7 if spotting else 8, 10 if spotting else 12
            )
            if spotting:
                painter.setPen(QPen(colour, 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.0))
                painter.setBrush(colour)
            painter.drawPath(path)
    elif mark.predicted:
        pen = QPen(colour, 1.4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
        painter.setPen(QPen(colour, 1.3))
        painter.drawPath(drop_path(right, cell.top() + 5, 8, 12))


def cycle_summary(mark: CycleDayMark) -> list[str]:
    """The tooltip lines about the cycle."""
    lines = []
    if mark.flow is d.Flow.SPOTTING:  # "spotting flow" reads oddly; spotting is its own word
        text = translate("calendar", "Spotting")
        if mark.withdrawal:
            text += translate("calendar", " (withdrawal bleed)")
        lines.append(text)
    elif mark.flow is not None:
        text = translate("calendar", "Period: {0} flow").format(vocabulary.flow(mark.flow).short)
        if mark.withdrawal:
            text += translate("calendar", " (withdrawal bleed)")
        if mark.day1:
            text += translate("calendar", ", cycle day 1")
        lines.append(text)
    elif mark.predicted:
        lines.append(translate("calendar", "Period predicted (a prediction, not a record)"))
    if mark.window_day is not None:
        lines.append(
            translate("calendar", "Perimenstrual window, cycle day {0:+d}").format(mark.window_day)
        )
    for kind in mark.phases:
        lines.append(
            translate("calendar", "Hormonal phase: {0}").format(vocabulary.phase_kind(kind).label)
        )
    return lines


def cycle_speech(mark: CycleDayMark) -> list[str]:
    """The cycle facts of a day as short phrases for a screen reader."""
    parts = []
    if mark.flow is d.Flow.SPOTTING:
        parts.append(translate("calendar", "spotting"))
    elif mark.flow is not None and mark.period_day is not None:
        parts.append(translate("calendar", "period day {0}").format(mark.period_day))
    elif mark.flow is not None:
        parts.append(translate("calendar", "period"))
    elif mark.predicted:
        parts.append(translate("calendar", "period predicted"))
    if mark.withdrawal:
        parts.append(translate("calendar", "withdrawal bleed"))
    if mark.window_day is not None:
        parts.append(
            translate("calendar", "perimenstrual window, cycle day {0:+d}").format(mark.window_day)
        )
    parts.extend(vocabulary.phase_kind(kind).label for kind in mark.phases)
    return parts


def cycle_legend_icon(what: str, palette: QPalette, size: int = 26) -> QPixmap:
    """A legend swatch: "period", "predicted", "window" or "phase"."""
    swatch = theme.LegendCell(size)
    painter, cell = swatch.painter, swatch.cell
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(cell, 5, 5)
    if what == "period":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(period_colour(palette))
        painter.drawPath(drop_path(cell.center().x(), 6, 10, 14))
    elif what == "predicted":
        painter.setPen(QPen(period_colour(palette), 1.4, Qt.PenStyle.DashLine))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
        painter.setPen(QPen(period_colour(palette), 1.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(drop_path(cell.center().x(), 6, 9, 13))
    elif what == "window":
        _band(painter, QRectF(3, 4, size - 6, 5), window_colour(palette), True, True)
    elif what == "phase":
        _band(painter, QRectF(3, size - 9, size - 6, 4), phase_colour(palette), True, True)
    return swatch.done()
