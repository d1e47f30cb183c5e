"""Sentences about cycle records for the calendar, the day view and the charts: a
phase's dates, and why a period cannot start on a day. (Flows and phase kinds are
worded by ui.kit.vocabulary.) Kept apart from the cycle and phase dialogs so the
calendar can use them without loading the dialogs at start-up.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from journal import domain as d
from ui.kit.locale_text import date_text, day_text
from ui.session import Reads

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def phase_dates(phase: d.HormonalPhase) -> str:
    start = date_text(phase.start)
    if phase.end is None:
        return translate("phases", "since {0} (ongoing)").format(start)
    return f"{start} – {date_text(phase.end)}"


def start_period_refusal(reads: Reads, day: date) -> str | None:
    """Why a period cannot start on `day`, in one sentence, or None when it can:
    the day is already inside a recorded period (its day 1 or a later day of it).
    Meant for the tooltip of a disabled "Start period" action."""
    period = reads.period_containing(day)
    if period is None:
        return None
    if period.start == day:
        return translate("cycle", "This day is already the first day of a period.")
    return translate("cycle", "This day is already part of the period that started on {0}.").format(
        day_text(period.start)
    )
