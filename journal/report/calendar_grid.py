"""The clinic-style headache calendar: one block per month, days 1-31 across.

Rows as on the paper calendars clinics hand out: pain 1-2-3 (shaded and numbered, so
it reads in black and white; "?" on an attack day whose pain was not recorded),
migraine day, aura, period, acute medication (letters), suspected triggers (letters),
treatment sessions (numbers), each with its monthly count at the right. Each block
is drawn directly on the canvas: a 20-year report has 240 of them, and a table per
month would be slow.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from journal import domain as d
from journal.i18n import _, day_pattern
from journal.report.calendar_marks import CalendarMarks, cell_text
from journal.report.styles import FAINT, INK, PAIN_SHADES, RULE, report_styles
from journal.report.wording import NOT_RECORDED_MARK

LABEL_WIDTH = 84.0
TOTAL_WIDTH = 24.0
HEADER_HEIGHT = 14.0
DAY_ROW_HEIGHT = 10.0
ROW_HEIGHT = 11.0
GAP = 9.0
CELL_FONT = 6.5
NOT_A_DAY = colors.Color(0.72, 0.72, 0.72)
PERIOD_MARK = {d.Flow.SPOTTING: "○"}


@dataclass(frozen=True)
class Row:
    label: str
    mark: Callable[[date], str]
    shade: Callable[[date], int] | None = None


def calendar_rows(marks: CalendarMarks, include_cycle: bool) -> list[Row]:
    """The rows of every month block; the period row only when the cycle is shown."""
    rows = [
        Row(
            _("Pain (1-3)"),
            lambda day: (
                NOT_RECORDED_MARK
                if day in marks.pain_not_recorded
                else str(marks.pain.get(day) or "")
            ),
            lambda day: marks.pain.get(day, 0),
        ),
        Row(_("Migraine day"), lambda day: "M" if day in marks.migraine else ""),
        Row(_("Aura"), lambda day: "A" if day in marks.aura else ""),
    ]
    if include_cycle:
        rows.append(
            Row(
                _("Period"),
                lambda day: (
                    PERIOD_MARK.get(marks.bleeding[day], "●") if day in marks.bleeding else ""
                ),
            )
        )
    rows += [
        Row(_("Acute medication"), lambda day: cell_text(marks.medication.get(day, ()))),
        Row(_("Suspected trigger"), lambda day: cell_text(marks.triggers.get(day, ()))),
        Row(_("Treatment session"), lambda day: cell_text(marks.sessions.get(day, ()))),
    ]
    return rows


class MonthBlock(Flowable):  # type: ignore[misc]
    """One month of the calendar, drawn as a grid of cells.

    The parts every month of the same length, first weekday and rows shares (labels,
    day numbers, weekend shading, grid lines) are drawn once as a PDF form and reused:
    that keeps a 20-year report fast and small.
    """

    def __init__(self, year: int, month: int, marks: CalendarMarks, rows: list[Row]) -> None:
        super().__init__()
        self.year, self.month = year, month
        self.marks, self.rows = marks, rows
        self.block_width = 0.0
        self.month_days = calendar.monthrange(year, month)[1]

    @property
    def block_height(self) -> float:
        return HEADER_HEIGHT + DAY_ROW_HEIGHT + ROW_HEIGHT * len(self.rows) + GAP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.block_width = available_width
        return available_width, self.block_height

    @property
    def cell(self) -> float:
        return (self.block_width - LABEL_WIDTH - TOTAL_WIDTH) / 31

    def _x(self, number: int) -> float:
        return LABEL_WIDTH + (number - 1) * self.cell

    def draw(self) -> None:
        styles = report_styles()
        canvas = self.canv
        grid_top = self.block_height - HEADER_HEIGHT - DAY_ROW_HEIGHT
        bottom = grid_top - ROW_HEIGHT * len(self.rows)
        canvas.setFont(styles.bold, 9)
        canvas.setFillColor(INK)
        canvas.drawString(
            0, self.block_height - 10, day_pattern(date(self.year, self.month, 1), "yMMMM")
        )
        canvas.setFillColor(FAINT)
        for number in range(1, self.month_days + 1):
            if not self.marks.in_span(date(self.year, self.month, number)):
                canvas.rect(self._x(number), bottom, self.cell, grid_top - bottom, stroke=0, fill=1)
        canvas.doForm(self._form(grid_top, bottom))
        self._draw_marks(grid_top)

    def _form(self, grid_top: float, bottom: float) -> str:
        """The month's fixed parts as a form, defined the first time it is needed."""
        weekday = date(self.year, self.month, 1).weekday()
        labels = "|".join(row.label for row in self.rows)
        name = f"calendar-{self.month_days}-{weekday}-{round(self.block_width)}-{hash(labels)}"
        canvas = self.canv
        defined: set[str] = canvas.__dict__.setdefault("_calendar_forms", set())
        if name in defined:
            return name
        defined.add(name)
        canvas.beginForm(name)
        self._draw_fixed(grid_top, bottom, weekday)
        canvas.endForm()
        return name

    def _draw_fixed(self, grid_top: float, bottom: float, weekday: int) -> None:
        styles = report_styles()
        canvas, cell = self.canv, self.cell
        right = LABEL_WIDTH + 31 * cell + TOTAL_WIDTH
        canvas.setFillColor(NOT_A_DAY)
        if self.month_days < 31:
            x = self._x(self.month_days + 1)
            canvas.rect(x, bottom, LABEL_WIDTH + 31 * cell - x, grid_top - bottom, stroke=0, fill=1)
        canvas.setFillColor(FAINT)
        for number in range(1, self.month_days + 1):
            if (weekday + number - 1) % 7 >= 5:
                canvas.rect(self._x(number), grid_top, cell, DAY_ROW_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(styles.regular, 6)
        for number in range(1, self.month_days + 1):
            canvas.drawCentredString(self._x(number) + cell / 2, grid_top + 3, str(number))
        # TRANSLATORS: heading of the calendar's column of day counts (narrow)
        canvas.drawRightString(right - 2, grid_top + 3, _("days"))
        canvas.setFont(styles.regular, 7)
        for index, row in enumerate(self.rows):
            canvas.drawString(1, grid_top - ROW_HEIGHT * (index + 1) + 3.2, row.label)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        lines = [
            (x, bottom, x, grid_top + DAY_ROW_HEIGHT)
            for x in (LABEL_WIDTH + n * cell for n in range(32))
        ]
        lines.append((right, bottom, right, grid_top))
        lines += [
            (0, bottom + n * ROW_HEIGHT, right, bottom + n * ROW_HEIGHT)
            for n in range(len(self.rows) + 1)
        ]
        lines.append(
            (
                LABEL_WIDTH,
                grid_top + DAY_ROW_HEIGHT,
                LABEL_WIDTH + 31 * cell,
                grid_top + DAY_ROW_HEIGHT,
            )
        )
        canvas.lines(lines)

    def _draw_marks(self, grid_top: float) -> None:
        """Shaded cells, then every mark grouped by font and colour: few state changes
        keep the page stream small and a 240-month calendar quick to draw."""
        styles = report_styles()
        canvas, cell = self.canv, self.cell
        shaded: dict[int, list[tuple[float, float]]] = {}
        texts: dict[tuple[str, float, bool], list[tuple[float, float, str]]] = {}
        right = LABEL_WIDTH + 31 * cell + TOTAL_WIDTH - 2
        days = [
            (number, day)
            for number in range(1, self.month_days + 1)
            if self.marks.in_span(day := date(self.year, self.month, number))
        ]
        for index, row in enumerate(self.rows):
            y = grid_top - ROW_HEIGHT * (index + 1)
            total = 0
            for number, day in days:
                mark = row.mark(day)
                if not mark:
                    continue
                total += 1
                shade = row.shade(day) if row.shade else 0
                x = self._x(number)
                if shade:
                    shaded.setdefault(shade, []).append((x, y))
                font = styles.bold if shade else styles.regular
                width = _width(mark, font, CELL_FONT)
                key = (font, CELL_FONT, shade == 3)
                texts.setdefault(key, []).append((x + (cell - width) / 2, y + 3.2, mark))
            count = str(total)
            key = (styles.regular, 7.0, False)
            texts.setdefault(key, []).append(
                (right - _width(count, styles.regular, 7), y + 3.2, count)
            )
        for shade, cells in shaded.items():
            canvas.setFillColor(PAIN_SHADES[shade])
            for x, y in cells:
                canvas.rect(x, y, cell, ROW_HEIGHT, stroke=0, fill=1)
        text = canvas.beginText()
        for (font, size, white), marks in texts.items():
            text.setFont(font, size)
            text.setFillColor(colors.white if white else INK)
            for x, y, mark in marks:
                text.setTextOrigin(x, y)
                text.textOut(mark)
        canvas.drawText(text)


@cache
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def month_blocks(marks: CalendarMarks, include_cycle: bool) -> list[MonthBlock]:
    """A block for every calendar month the span touches, in order."""
    rows = calendar_rows(marks, include_cycle)
    blocks = []
    year, month = marks.first.year, marks.first.month
    while (year, month) <= (marks.last.year, marks.last.month):
        blocks.append(MonthBlock(year, month, marks, rows))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return blocks
