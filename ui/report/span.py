"""The report's span: the last 3, 6 or 12 months, all of the diary, or custom dates.

A span that ends before it starts, or ends in the future, is refused with the reason
next to the To field; the dialog makes no report until it is corrected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QWidget

from journal.analysis.summary import months_back
from ui.kit.locale_text import span_field_format
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.kit.widgets import with_problem

SPANS = (
    (QT_TRANSLATE_NOOP("SpanPicker", "Last 3 months"), 3),
    (QT_TRANSLATE_NOOP("SpanPicker", "Last 6 months"), 6),
    (QT_TRANSLATE_NOOP("SpanPicker", "Last 12 months"), 12),
    (QT_TRANSLATE_NOOP("SpanPicker", "All"), -2),
)
DEFAULT_MONTHS = 3
CUSTOM = 0
ALL = -2
"""The whole diary: from its first recorded day to today (as Insights' "All")."""


class SpanPicker(QGroupBox):
    """The span picker; `changed` fires after every change of the dates."""

    changed = Signal()

    def __init__(
        self, today: date, parent: QWidget | None = None, first_day: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Span"))
        self._today = today
        self._first_day = first_day
        self.span_box = QComboBox(self)
        self.span_box.setAccessibleName(self.tr("Span of the report"))
        for words, months in SPANS:
            self.span_box.addItem(self.tr(words), months)
        self.span_box.addItem(self.tr("Custom dates"), CUSTOM)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(span_field_format())
            edit.setAccessibleName(name)
        to_box, self.problem = with_problem(self.to_edit, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Sho&w:"), self.span_box)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), to_box)
        self.show_months(DEFAULT_MONTHS)
        self.span_box.currentIndexChanged.connect(self._months_chosen)
        self.from_edit.dateChanged.connect(self._dates_typed)
        self.to_edit.dateChanged.connect(self._dates_typed)

    def show_months(self, months: int) -> None:
        """Choose the last `months` months up to today (ALL: the whole diary)."""
        self._select(months)
        self._set_dates(*self._months_span(months))

    def _months_span(self, months: int) -> tuple[date, date]:
        if months == ALL:
            first = self._first_day or months_back(self._today, DEFAULT_MONTHS)[0]
            return min(first, self._today), self._today
        return months_back(self._today, months)

    def show_span(self, first: date, last: date) -> None:
        """Choose custom dates (as if typed into From and To)."""
        self._select(CUSTOM)
        self._set_dates(first, last)

    def span(self) -> tuple[date, date]:
        """The first and last day chosen (inclusive), valid or not."""
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return first, last

    def reason(self) -> str:
        """Why the chosen span cannot make a report ("" when it can)."""
        first, last = self.span()
        if last < first:
            return self.tr("The end is before the start.")
        if last > self._today:
            return self.tr("The end is in the future; choose today or earlier.")
        return ""

    def _select(self, months: int) -> None:
        self.span_box.blockSignals(True)
        self.span_box.setCurrentIndex(self.span_box.findData(months))
        self.span_box.blockSignals(False)

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._changed()

    def _months_chosen(self, index: int) -> None:
        months = int(self.span_box.itemData(index))
        if months != CUSTOM:
            self._set_dates(*self._months_span(months))

    def _dates_typed(self) -> None:
        self._select(CUSTOM)
        self._changed()

    def _changed(self) -> None:
        self.problem.set_problem(self.reason() or None)
        self.changed.emit()
