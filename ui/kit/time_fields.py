"""Date-time fields for entries: local wall time in, timezone-aware datetimes out.

Stored times keep the UTC offset they were entered with; a time the user did not
change keeps its original offset (a trip abroad does not shift old entries).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ui.kit.locale_text import moment_field_format


def time_edit(moment: datetime, parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-time field with a calendar pop-up, showing `moment`'s wall time."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(moment_field_format())
    set_time(edit, moment)
    return edit


def set_time(edit: QDateTimeEdit, moment: datetime) -> None:
    wall = moment.replace(tzinfo=None, second=0, microsecond=0)
    edit.setDateTime(QDateTime(wall))


def read_time(edit: QDateTimeEdit, original: datetime | None = None) -> datetime:
    """The field's wall time as an aware local datetime; `original` when unchanged."""
    shown = edit.dateTime().toPython()
    assert isinstance(shown, datetime)
    wall = shown.replace(second=0, microsecond=0)
    if original is not None and original.replace(tzinfo=None, second=0, microsecond=0) == wall:
        return original
    return wall.astimezone()
