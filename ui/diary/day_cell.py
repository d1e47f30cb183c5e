"""How the month grid paints one day cell: its shade by the day's peak pain, today's
and the selected day's outlines, its number and its marks (ui.diary.day_marks: pain
bars, medication capsule, check-in tick; ui.cycle.marks: period drops and the bands
of the cycle), in the look of the window's palette (light, dark, high contrast).

A day outside the month shown has its number in italics (dimmed on an empty cell)
and fine diagonal lines over its cell; its shade and marks stay whole, so they keep
3:1 in every look.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from journal.analysis.calendar_cycle import CycleDayMark
from ui.cycle import marks as cycle_marks
from ui.diary.day_marks import ink_on, paint_check_in, paint_mark, paint_unrecorded_outline
from ui.diary.month_model import DAYS_A_WEEK, MonthModel
from ui.kit import theme


def outside_month_hatch(palette: QPalette) -> QBrush:
    """The fine diagonal lines over a day outside the month shown: a tint of the
    text colour, so they show in every look (in high contrast, where the muted
    colour is the text's), faint enough that the day's marks keep 3:1."""
    ink = palette.color(QPalette.ColorRole.Text)
    ink.setAlphaF(HATCH_STRENGTH)
    return QBrush(ink, Qt.BrushStyle.BDiagPattern)


HATCH_STRENGTH = 0.3
"""How much of the text colour the outside-month lines take."""


class DayCellDelegate(QStyledItemDelegate):
    """Paints the day cells of a MonthModel; the table's selected cell is the
    selected day. While cycle tracking is on, each cell leaves room above and
    below for the cycle's bands."""

    def __init__(self, model: MonthModel, view: QWidget) -> None:
        super().__init__(view)
        self._model = model
        self._view = view
        self.cycle_tracking = True

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self.paint_day(painter, option.rect, self._model.day(index), selected)

    def paint_day(self, painter: QPainter, rect: QRect, day: date, selected: bool) -> None:
        """One day: its shade, outline for today and the selected day, its number
        (in italics outside the month) and its marks."""
        palette = self._view.palette()
        mark = self._model.mark(day)
        in_month = self._model.in_month(day)
        cell = QRectF(rect).adjusted(2, 2, -2, -2)
        if self.cycle_tracking:
            cell = QRectF(rect).adjusted(2, cycle_marks.TOP_BAND, -2, -cycle_marks.BOTTOM_BAND)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Base)
        shaded = mark is not None and mark.peak_pain is not None
        if mark is not None and mark.peak_pain is not None:
            fill = theme.severity_colour(mark.peak_pain, palette)  # a mark: whole outside too
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(cell, 6, 6)
        if not in_month:
            painter.setBrush(outside_month_hatch(palette))
            painter.drawRoundedRect(cell, 6, 6)
        if mark is not None and mark.pain_not_recorded:
            paint_unrecorded_outline(painter, cell, palette)
        if day == date.today():
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5)
        ink = ink_on(fill, palette)
        if not in_month and not shaded:
            ink = palette.color(QPalette.ColorRole.PlaceholderText)  # dimmed, 4.5:1 still
        font = QFont(painter.font())
        font.setBold(day == date.today())
        font.setItalic(not in_month)  # told apart in every look, not by colour alone
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            cell.adjusted(6, 3, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        self._paint_marks(painter, QRectF(rect), cell, day, ink)
        painter.restore()

    def _paint_marks(
        self, painter: QPainter, rect: QRectF, cell: QRectF, day: date, ink: QColor
    ) -> None:
        """Pain, medication, check-in and cycle marks over a painted cell."""
        mark = self._model.mark(day)
        if mark is None:
            return
        palette = self._view.palette()
        paint_mark(painter, cell, mark, palette)  # whole outside the month too: 3:1
        if mark.checked_in:
            metrics = QFontMetricsF(painter.font())
            left = cell.left() + 6 + metrics.horizontalAdvance(str(day.day)) + 5
            paint_check_in(painter, left, cell.top() + 3 + metrics.ascent() * 0.6, ink)
        if mark.cycle is not None:
            column = (day.isoweekday() - self._model.week_start.value) % DAYS_A_WEEK
            cycle_marks.paint_period(painter, cell, mark.cycle, palette)
            cycle_marks.paint_bands(
                painter,
                rect,
                mark.cycle,
                before=self._cycle_on(day - timedelta(days=1), column == 0),
                after=self._cycle_on(day + timedelta(days=1), column == DAYS_A_WEEK - 1),
                palette=palette,
            )

    def _cycle_on(self, day: date, row_edge: bool) -> CycleDayMark | None:
        """The cycle mark of a neighbour; None across a row edge, so a band
        rounds off at the end of each week row."""
        mark = None if row_edge else self._model.mark(day)
        return mark.cycle if mark is not None else None
