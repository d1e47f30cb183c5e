"""The Insights view: headline figures in plain words, each with "How is this
counted?", above five charts of the chosen span (last 3 months by default, 6, 12
months, all, or custom dates).

The Diary is read once (when first needed) and each span is re-summarized from it
(`summarize` is pure and fast; the last few spans are kept). pyqtgraph and the
chart modules are imported when the view is first shown, never at start-up.
`reload()` re-reads the journal after a change: at once when the view is visible,
otherwise when it is next shown, so saving a check-in on another tab stays quick.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.analysis.diary import Diary
from journal.analysis.explain import (
    Headline,
    counted_days_text,
    has_records,
    headlines,
)
from journal.analysis.summary import Summary, months_back, summarize
from journal.changes import Change
from ui.insights.charts import refcount_guard
from ui.insights.charts.common_data import ChartData
from ui.insights.counting import CountingBox, RulesNotice
from ui.insights.explanations import HowCountedButton
from ui.kit.locale_text import date_text, span_field_format
from ui.kit.translations import QT_TRANSLATE_NOOP
from ui.session import Session

if TYPE_CHECKING:
    from ui.insights.charts.board import ChartBoard

SPANS = (
    (QT_TRANSLATE_NOOP("InsightsView", "Last 3 months"), 3),
    (QT_TRANSLATE_NOOP("InsightsView", "Last 6 months"), 6),
    (QT_TRANSLATE_NOOP("InsightsView", "Last 12 months"), 12),
    (QT_TRANSLATE_NOOP("InsightsView", "All"), 0),
)
ALL = 0
CUSTOM = -1
DEFAULT_MONTHS = 3
KEPT_SUMMARIES = 8
PREFETCHED_MONTHS = (12, 6)
"""Picker spans summarized ahead, once idle after the diary is (re)read, so that
choosing them only redraws."""


class InsightsView(QWidget):
    """Headline figures and charts of one span of the diary."""

    SHOWS = Change.EVERYTHING & ~Change.VISIT_NOTES
    """What it shows: everything the analysis counts."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        refcount_guard.install()
        self.session = session
        self._reads = session.reads
        self._today = today
        self._diary: Diary | None = None
        self._summaries: dict[tuple[date, date], Summary] = {}
        self._stale = False
        self._prefetch_due = True
        self.board: ChartBoard | None = None
        self.summary: Summary | None = None
        self.cycle_tracking = True
        self.span: tuple[date, date] = months_back(self.today, DEFAULT_MONTHS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.addLayout(self._picker())
        self.rules_notice = RulesNotice()
        self.rules_notice.setVisible(False)
        layout.addWidget(self.rules_notice)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Insights charts"))
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 6, 6, 12)
        self.content_layout.setSpacing(12)
        self.nothing_yet = QLabel(
            self.tr(
                "Nothing recorded in this span yet. Attacks, medication and daily "
                "check-ins you record will show here."
            )
        )
        self.nothing_yet.setWordWrap(True)
        self.nothing_yet.setObjectName("insightsEmpty")
        self.content_layout.addWidget(self.nothing_yet)
        self.headline_box = QFrame()
        self.headline_box.setObjectName("headlines")
        self.headline_grid = QGridLayout(self.headline_box)
        self.headline_grid.setContentsMargins(4, 0, 4, 0)
        self.headline_grid.setHorizontalSpacing(12)
        self.headline_grid.setColumnStretch(0, 1)
        self.content_layout.addWidget(self.headline_box)
        self.counting_box = CountingBox()
        self.content_layout.addWidget(self.counting_box)
        self.content_layout.addStretch(1)
        scroll.setWidget(self.content)
        layout.addWidget(scroll, 1)
        self.headline_rows: dict[str, tuple[QLabel, HowCountedButton]] = {}
        self.headlines: tuple[Headline, ...] = ()

    @property
    def today(self) -> date:
        return self._today or d.local_now().date()

    def _picker(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.span_box = QComboBox()
        self.span_box.setAccessibleName(self.tr("Span of the insights"))
        for words, months in SPANS:
            self.span_box.addItem(self.tr(words), months)
        self.span_box.addItem(self.tr("Custom…"), CUSTOM)
        self.span_box.currentIndexChanged.connect(self._span_chosen)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(span_field_format())
            edit.setAccessibleName(name)
            edit.setVisible(False)
        self.from_edit.dateChanged.connect(lambda _day: self._custom_changed(self.from_edit))
        self.to_edit.dateChanged.connect(lambda _day: self._custom_changed(self.to_edit))
        self.span_label = QLabel()
        self.span_label.setObjectName("spanLabel")
        self.span_label.setWordWrap(True)  # with the diary's start it can take two lines
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.span_box)
        row.addWidget(self.from_edit)
        row.addWidget(self.to_edit)
        row.addSpacing(12)
        row.addWidget(self.span_label, 1)
        return row

    # Spans -----------------------------------------------------------------

    def show_span_months(self, months: int) -> None:
        """Show the last `months` months up to today (0: the whole diary)."""
        self._select(months)
        if months == ALL:
            first = self.diary.first_recorded_day or months_back(self.today, DEFAULT_MONTHS)[0]
            self.show_span(min(first, self.today), self.today, custom=False)
        else:
            self.show_span(*months_back(self.today, months), custom=False)

    def show_span(self, first: date, last: date, *, custom: bool = True) -> None:
        """Show the span first..last (inclusive)."""
        if first > last:
            raise ValueError("The span must start on or before its last day.")
        if custom:
            self._select(CUSTOM)
            for edit, day in ((self.from_edit, first), (self.to_edit, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.span = (first, last)
        self._refresh()

    def _select(self, months: int) -> None:
        self.span_box.blockSignals(True)
        self.span_box.setCurrentIndex(self.span_box.findData(months))
        self.span_box.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.setVisible(months == CUSTOM)

    def _span_chosen(self, index: int) -> None:
        months = int(self.span_box.itemData(index))
        if months == CUSTOM:
            self.show_span(*self.span)
        else:
            self.show_span_months(months)

    def _custom_changed(self, moved: QDateEdit) -> None:
        """A date typed or picked: the other one follows when the two would cross
        (From after To moves To along, and the other way round), so the span, the
        fields and the label always agree and the page never goes blank."""
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        if first > last:
            first, last = (first, first) if moved is self.from_edit else (last, last)
        self.show_span(first, last)

    @property
    def showing_figures(self) -> bool:
        """Whether headlines and charts are shown (not while the custom span is invalid)."""
        return not self.content.isHidden()

    # Data ------------------------------------------------------------------

    @property
    def diary(self) -> Diary:
        """The whole diary, read from the journal once (and again after `reload`)."""
        if self._diary is None:
            self._diary = self._reads.diary()
            self.cycle_tracking = self._reads.cycle_tracking()
        return self._diary

    def reload(self) -> None:
        """Re-read the journal after it changed (now if visible, else when shown)."""
        self._diary = None
        self._summaries.clear()
        self._prefetch_due = True
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True

    def _summary(self, first: date, last: date) -> Summary:
        key = (first, last)
        if key not in self._summaries:
            if len(self._summaries) >= KEPT_SUMMARIES:
                self._summaries.pop(next(iter(self._summaries)))
            self._summaries[key] = summarize(self.diary, first, last, self.today)
        return self._summaries[key]

    def _refresh(self) -> None:
        """Redraw headlines and charts for the current span, in one repaint."""
        self.content.setUpdatesEnabled(False)
        try:
            self._redraw()
            self.content_layout.activate()
        finally:
            self.content.setUpdatesEnabled(True)
            self.content.setVisible(True)

    def _redraw(self) -> None:
        self._stale = False
        first, last = self.span
        self.summary = self._summary(first, last)
        span = (
            self.tr("{0} – {1} (1 day)")
            if first == last
            else self.tr("{0} – {1} (%n days)", "", (last - first).days + 1)
        ).format(date_text(first), date_text(last))
        self.span_label.setText(" ".join(filter(None, (span, counted_days_text(self.summary)))))
        self.nothing_yet.setVisible(not has_records(self.summary))
        self._show_headlines(headlines(self.summary, self.cycle_tracking))
        self.counting_box.show_summary(self.summary)
        self.counting_box.setVisible(has_records(self.summary))
        if self.board is not None:
            self.board.update_charts(ChartData(self.summary, self.diary, self.cycle_tracking))
            if self._prefetch_due:
                self._prefetch_due = False
                QTimer.singleShot(0, self._prefetch)

    def _prefetch(self) -> None:
        """Summarize the usual picker spans not yet kept (a few tens of ms each)."""
        if self._diary is None or not self.isVisible():
            return
        for months in PREFETCHED_MONTHS:
            self._summary(*months_back(self.today, months))

    def _show_headlines(self, found: tuple[Headline, ...]) -> None:
        self.headlines = found
        shown = {headline.key for headline in found}
        for row, headline in enumerate(found):
            if headline.key not in self.headline_rows:
                label = QLabel()
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                button = HowCountedButton(headline)
                self.headline_rows[headline.key] = (label, button)
            label, button = self.headline_rows[headline.key]
            self.headline_grid.addWidget(label, row, 0)
            self.headline_grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            label.setText(headline.text)
            button.set_headline(headline)
        for key, (label, button) in self.headline_rows.items():
            label.setVisible(key in shown)
            button.setVisible(key in shown)

    def headline_text(self, key: str) -> str:
        """The sentence shown for one headline figure ("" when not shown)."""
        return next((h.text for h in self.headlines if h.key == key), "")

    def _tell_about_the_rules_once(self) -> None:
        """In a journal counted by the earlier rules, say once what changed: shown
        now (and until closed), put away for good from the first showing."""
        if self.rules_notice.isVisible():
            return
        if self._reads.counting_rules_notice_due():
            self.rules_notice.setVisible(True)
            self.session.run_by(self, operations.counting_rules_notice_shown)

    # Qt events -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tell_about_the_rules_once()
        if self.board is None:
            from ui.insights.charts.board import ChartBoard

            self.board = ChartBoard(self.palette())
            self.content_layout.insertWidget(self.content_layout.count() - 1, self.board)
            self.board.show()
            self._refresh()
        elif self._stale or self.summary is None:
            self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and self.board is not None:
            self.board.apply_palette(self.palette())
