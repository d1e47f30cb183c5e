"""The doctor's PDF report: page 1 summary, a clinic-style calendar, detail pages.

Built with reportlab from the same Summary as the screen and `summary --json`.
"""

from journal.report.build import ReportNotSaved, build_report, write_report
from journal.report.options import ClinicCalendar, Paper, ReportOptions

__all__ = [
    "ClinicCalendar",
    "Paper",
    "ReportNotSaved",
    "ReportOptions",
    "build_report",
    "write_report",
]
