"""All Insights charts in their cards, drawn together from one ChartData.

Each chart keeps its plot items and refills them on a span switch, so switching
spans never rebuilds widgets. The cycle chart is hidden when cycle tracking is off.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.insights.charts.colours import Colours
from ui.insights.charts.common_data import ChartData
from ui.insights.charts.cycle_days import CycleDaysChart
from ui.insights.charts.factors import FactorsChart
from ui.insights.charts.monthly import MonthlyChart
from ui.insights.charts.timeline import TimelineChart
from ui.insights.charts.treatments import TreatmentsChart


class ChartBoard(QWidget):
    """The five charts, one card each, top to bottom."""

    def __init__(self, palette: QPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        colours = Colours.from_palette(palette)
        self.timeline = TimelineChart(colours)
        self.monthly = MonthlyChart(colours)
        self.cycle_days = CycleDaysChart(colours)
        self.factors = FactorsChart(colours)
        self.treatments = TreatmentsChart(colours)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for chart in self.charts:
            layout.addWidget(chart.card)

    @property
    def charts(
        self,
    ) -> tuple[TimelineChart, MonthlyChart, CycleDaysChart, FactorsChart, TreatmentsChart]:
        return (self.timeline, self.monthly, self.cycle_days, self.factors, self.treatments)

    def update_charts(self, data: ChartData) -> None:
        """Redraw every chart for a new span or a reloaded diary."""
        for chart in self.charts:
            chart.update(data)
        self.cycle_days.card.setVisible(data.cycle_tracking)

    def apply_palette(self, palette: QPalette) -> None:
        """Follow the application's light or dark palette."""
        colours = Colours.from_palette(palette)
        for chart in self.charts:
            chart.apply_colours(colours)
