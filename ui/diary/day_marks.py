"""How a calendar day's marks are drawn (shared by the month grid and its legend),
and the words of a day's tooltip. What each day holds (its peak pain, attacks,
doses, check-in and cycle facts) is journal.analysis.calendar_days, counted by the
same day rules as the summary and the PDF.

The shade is the highest peak pain (0-3) of the attacks touching the day, on a
single-hue ramp; 1-3 small bars (a hollow ring for pain 0) repeat it so colour is
never the only cue. A day whose attacks have no recorded 0-3 pain
(imported from a 0-10 app, or never chosen) gets no shade, only a dashed neutral
outline and a "?": the journal never shows a pain the patient did not give. An
amber capsule marks a day with a dose; a small tick follows the day number of a day
with a check-in. The cycle marks are drawn by ui.cycle.marks, only while cycle
tracking is on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap

from journal import domain as d
from journal.analysis.calendar_days import DayMark
from ui.kit import theme, vocabulary
from ui.kit.journal_words import journal_word
from ui.kit.locale_text import day_text, full_day_text


def python_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def paint_mark(painter: QPainter, cell: QRectF, mark: DayMark, palette: QPalette) -> None:
    """Pain bars bottom-left and the medication capsule bottom-right of a cell."""
    if mark.pain_not_recorded:
        paint_not_recorded(painter, QPointF(cell.left() + 6, cell.bottom() - 16), palette)
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


def paint_not_recorded(painter: QPainter, corner: QPointF, palette: QPalette) -> None:
    """A bold "?" (attacks, no 0-3 pain recorded), top-left at `corner`: unlike pain
    0's small ring, so shape, not colour, tells them apart."""
    font = QFont(painter.font())
    font.setPixelSize(12)
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(QRectF(corner.x(), corner.y(), 10, 13), Qt.AlignmentFlag.AlignCenter, "?")
    painter.restore()


def paint_unrecorded_outline(painter: QPainter, cell: QRectF, palette: QPalette) -> None:
    """A dashed neutral outline around an unshaded cell whose pain was not recorded."""
    pen = QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.2, Qt.PenStyle.DashLine)
    pen.setDashPattern([3.0, 2.5])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 5, 5)


def paint_check_in(painter: QPainter, left: float, middle: float, ink: QColor) -> None:
    """A small tick (a day with a check-in), its left end at `left`."""
    pen = QPen(ink, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(
        [QPointF(left, middle), QPointF(left + 2.5, middle + 2.5), QPointF(left + 7, middle - 3)]
    )


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def day_summary(day: date, mark: DayMark | None) -> str:
    """The tooltip of a calendar day: pain, doses, period and check-in in words."""
    mark = mark or DayMark()
    lines = [day_text(day, year=True)]  # "Sun 1 Nov 2026"
    if not mark.attacks:
        lines.append(translate("calendar", "No attack"))
    else:
        attacks = (
            translate("calendar", "1 attack")
            if mark.attacks == 1
            else translate("calendar", "%n attacks", None, mark.attacks)
        )
        lines.append(f"{attacks} · {pain_words(mark)}")
    if mark.doses:
        lines.append(
            translate("calendar", "1 dose")
            if mark.doses == 1
            else translate("calendar", "%n doses", None, mark.doses)
        )
    else:
        lines.append(translate("calendar", "No medication"))
    if mark.cycle is not None:
        from ui.cycle.marks import cycle_summary

        lines.extend(cycle_summary(mark.cycle))
    lines.append(
        translate("calendar", "Check-in: yes")
        if mark.checked_in
        else translate("calendar", "Check-in: no")
    )
    return "\n".join(lines)


def day_speech(day: date, mark: DayMark | None) -> str:
    """What a day cell says to a screen reader, in one line: everything its marks
    show ("Tuesday, 24 November 2026: Migraine, severe, Sumatriptan, period day 2").
    The day is written by QLocale in the window's language, not by Babel, which is
    slow to load and the calendar is built while the window starts."""
    from ui.cycle.marks import cycle_speech

    mark = mark or DayMark()
    parts: list[str] = []
    parts.extend(vocabulary.attack_type(kind).short for kind in mark.attack_types)
    if mark.attacks:
        if mark.peak_pain is not None:
            parts.append(journal_word(d.PAIN_LABELS[mark.peak_pain]))
        else:
            parts.append(pain_words(mark))
    if mark.doses:
        parts.extend(mark.medications or [translate("calendar", "medication taken")])
    if mark.cycle is not None:
        parts.extend(cycle_speech(mark.cycle))
    if mark.checked_in:
        parts.append(translate("calendar", "check-in done"))
    if day == date.today():
        parts.insert(0, translate("calendar", "today"))
    when = full_day_text(day)
    if not parts:
        return translate("calendar", "{0}: nothing recorded").format(when)
    #: {0} is the day ("Tuesday, November 24, 2026"), {1} what it holds
    return translate("calendar", "{0}: {1}").format(when, ", ".join(parts))


def pain_words(mark: DayMark) -> str:
    """The day's peak pain in words; an unrecorded pain says so, with its 0-10 rating
    as given (never turned into a 0-3 value)."""
    if mark.peak_pain is not None:
        return translate("calendar", "peak pain {0} ({1})").format(
            mark.peak_pain, journal_word(d.PAIN_LABELS[mark.peak_pain])
        )
    if mark.unrecorded_nrs is not None:
        return translate("calendar", "pain not recorded ({0}/10)").format(mark.unrecorded_nrs)
    return translate("calendar", "pain not recorded")


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
    swatch = theme.LegendCell(size)
    painter, cell = swatch.painter, swatch.cell
    fill = palette.color(QPalette.ColorRole.Base)
    if mark.peak_pain is not None:
        fill = theme.severity_colour(mark.peak_pain, palette)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(fill)
    if mark.pain_not_recorded:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(cell, 5, 5)
    if mark.pain_not_recorded:
        paint_unrecorded_outline(painter, cell.adjusted(-0.5, -0.5, 0.5, 0.5), palette)
    paint_mark(painter, cell.adjusted(-3, 0, 4, 0), mark, palette)
    if mark.checked_in:
        paint_check_in(painter, cell.center().x() - 3.5, cell.center().y(), ink_on(fill, palette))
    return swatch.done()
