"""What a calendar day shows: the day's peak pain, attacks and doses, and how
those marks are drawn (shared by the month grid and its legend).

The shade is the highest peak pain (0-3) of the attacks touching the day, on a
single-hue ramp; 1-3 small bars (a hollow ring for an attack without pain) repeat
it so colour is never the only cue; an amber capsule marks a day with a dose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap

from journal import domain as d
from journal.storage import Journal
from ui import theme


def python_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


@dataclass(frozen=True)
class DayMark:
    """What the calendar shows for one day."""

    peak_pain: int | None = None
    attacks: int = 0
    doses: int = 0

    @property
    def has_medication(self) -> bool:
        return self.doses > 0


def day_marks(journal: Journal, first: date, last: date) -> dict[date, DayMark]:
    """Peak pain, attack count and dose count of each day first..last that has any."""
    now = d.local_now()
    peaks: dict[date, int] = {}
    attacks: dict[date, int] = {}
    for attack in journal.attacks.touching(first, last):
        for day in attack.days(now):
            if first <= day <= last:
                peaks[day] = max(peaks.get(day, 0), attack.pain)
                attacks[day] = attacks.get(day, 0) + 1
    doses: dict[date, int] = {}
    for dose in journal.doses.between(first, last):
        day = dose.taken.date()
        doses[day] = doses.get(day, 0) + 1
    return {
        day: DayMark(peaks.get(day), attacks.get(day, 0), doses.get(day, 0))
        for day in sorted(set(peaks) | set(doses))
    }


def paint_mark(painter: QPainter, cell: QRectF, mark: DayMark, palette: QPalette) -> None:
    """Pain bars bottom-left and the medication capsule bottom-right of a cell."""
    if mark.peak_pain is not None:
        ink = ink_on(theme.severity_colour(mark.peak_pain, palette), palette)
        base = QPointF(cell.left() + 7, cell.bottom() - 6)
        if mark.peak_pain == 0:
            painter.setPen(ink)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(base.x(), base.y() - 7, 7, 7))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            for bar in range(mark.peak_pain):
                height = 5 + 3 * bar
                painter.drawRoundedRect(
                    QRectF(base.x() + bar * 5, base.y() - height, 3, height), 1, 1
                )
    if mark.has_medication:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.medication_colour(palette))
        capsule = QRectF(cell.right() - 19, cell.bottom() - 12, 13, 6)
        painter.drawRoundedRect(capsule, 3, 3)


def ink_on(background: QColor, palette: QPalette) -> QColor:
    """Readable text on a cell shade: dark on light shades, light on dark ones."""
    if background.lightness() >= 150:
        return QColor("#1f2329")
    return (
        QColor("#f2f4f7")
        if theme.is_dark(palette) or background.lightness() < 120
        else QColor("#1f2329")
    )


def legend_icon(mark: DayMark, palette: QPalette, size: int = 26) -> QPixmap:
    """A small cell like the calendar's, for the legend under it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    cell = QRectF(0.5, 0.5, size - 1, size - 1)
    fill = palette.color(QPalette.ColorRole.Base)
    if mark.peak_pain is not None:
        fill = theme.severity_colour(mark.peak_pain, palette)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(fill)
    painter.drawRoundedRect(cell, 5, 5)
    paint_mark(painter, cell.adjusted(-3, 0, 4, 0), mark, palette)
    painter.end()
    return pixmap
