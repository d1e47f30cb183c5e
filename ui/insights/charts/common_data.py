"""What a chart is drawn from: the span's Summary, the Diary (for marks the Summary
does not carry, such as session dates) and whether cycle views are shown.

Free of pyqtgraph and Qt, so the Insights view can build it before the charts load.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.analysis.diary import Diary
from journal.analysis.summary import Summary


@dataclass(frozen=True)
class ChartData:
    summary: Summary
    diary: Diary
    cycle_tracking: bool = True
