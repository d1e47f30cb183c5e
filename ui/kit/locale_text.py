"""Dates, times and numbers as the user's locale writes them (QLocale, not strftime).

strftime writes English day and month names whatever the language; QLocale() follows
the locale ui.kit.translations installed (the system's). `local_text` takes the familiar
strftime pattern the UI used before, so call sites stay readable:
local_text(day, "%a %d %b %Y") gives "Mon 03 Mar 2025" in English, "Mo. 03 März 2025"
in German.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_DIRECTIVES = {
    "a": "ddd",
    "A": "dddd",
    "d": "dd",
    "b": "MMM",
    "B": "MMMM",
    "m": "MM",
    "Y": "yyyy",
    "H": "HH",
    "M": "mm",
    "%": "%",
}


def qt_pattern(strftime_pattern: str) -> str:
    """The QLocale format for a strftime pattern (letters outside directives quoted)."""
    parts: list[str] = []
    for directive, literal in re.findall(r"%(.)|([^%]+)", strftime_pattern):
        if directive:
            parts.append(_DIRECTIVES[directive])
        else:
            parts.append(
                re.sub(r"[A-Za-z']+", lambda m: "'" + m.group().replace("'", "''") + "'", literal)
            )
    return "".join(parts)


def local_text(value: date | datetime, strftime_pattern: str) -> str:
    """`value` written with the pattern in the current locale's words.

    A datetime is shown at its own wall time (its offset is not converted).
    """
    day = QDate(value.year, value.month, value.day)
    pattern = qt_pattern(strftime_pattern)
    if isinstance(value, datetime):
        moment = QDateTime(day, QTime(value.hour, value.minute, value.second))
        return QLocale().toString(moment, pattern)
    return QLocale().toString(day, pattern)


def local_number(value: float, decimals: int = 1) -> str:
    """A number with the locale's decimal sign, without trailing zeros ("1.5", "1,5")."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


MOMENT = "ddd d MMM, HH:mm"
MOMENT_WITH_YEAR = "ddd d MMM yyyy, HH:mm"
DAY = "ddd d MMM"
DAY_WITH_YEAR = "ddd d MMM yyyy"
"""The one way the window writes a moment and a day (the date fields show the same
"Sat 21 Nov 2026  09:30"); the year only when it is not this year."""


def moment_text(value: datetime, today: date | None = None) -> str:
    """ "Sat 21 Nov, 09:30" ("Sat 21 Nov 2025, 09:30" in another year)."""
    this_year = (today or date.today()).year
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, MOMENT if value.year == this_year else MOMENT_WITH_YEAR)


def day_text(value: date, today: date | None = None) -> str:
    """ "Sat 21 Nov" ("Sat 21 Nov 2025" in another year)."""
    this_year = (today or date.today()).year
    day = QDate(value.year, value.month, value.day)
    return QLocale().toString(day, DAY if value.year == this_year else DAY_WITH_YEAR)


def day_span(first: date, last: date | None = None) -> str:
    """The span as "3 Mar – 14 Jul 2026" in the user's locale: month and year written
    once when both days share them ("3 – 17 Feb 2026"), a single day once."""
    locale = QLocale()
    last = last or first
    end = locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy")
    if first == last:
        return end
    if (first.year, first.month) == (last.year, last.month):
        start_pattern = "d"
    elif first.year == last.year:
        start_pattern = "d MMM"
    else:
        start_pattern = "d MMM yyyy"
    start = locale.toString(QDate(first.year, first.month, first.day), start_pattern)
    return f"{start} – {end}"
