"""Dates and numbers as the app's language writes them (QLocale, not strftime): one
function per kind of date, so a kind reads the same on every screen.

- `date_text(day)`: a day in a table, a sentence or a span ("31 Mar 2026" in English,
  "31.03.2026" in German, "31 mars 2026" in French): what journal.i18n.date_text
  writes in the report and the command line, so the window and the PDF agree. ISO
  (2026-03-31) is only for data (exports, file names) and for what a person types.
- `day_text(day)`: a short day for tight places, with its weekday ("Sat 21 Nov"; the
  year only when it is not this year), or without it for a chart's axis ("21 Nov").
- `full_day_text(day)`: a day as a heading ("Saturday, 21 November 2026"; journal.i18n's
  day_text "full").
- `month_text(day)`: a month ("November 2026"), short for an axis ("Nov 2026", "Nov").
- `moment_text(moment)`: a day with its time ("Sat 21 Nov, 09:30"), as the date-time
  fields show it.

The date fields' display formats are here too (day_field_format...), so a field shows
a day as the text around it does.

QLocale() is the locale ui.kit.translations installed (the app's language), the same
one journal.i18n writes in. strftime writes English names whatever the language, and
after Qt starts %b/%B follow the C locale: never use it for a person
(tests/ui/test_date_kinds.py scans ui/ for ad-hoc date patterns). The date fields'
display formats are here too (FIELD_DAY, FIELD_MOMENT, FIELD_SPAN).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

TYPED_DAY = "d MMM yyyy"
"""A date typed with an English month name ("21 Mar 1984"), read with QDate.fromString."""

_GERMAN = QLocale.Language.German
_ENGLISH = QLocale.Language.English
_DATE_PATTERNS = {
    _ENGLISH: "d MMM yyyy",
    _GERMAN: "dd.MM.yyyy",
    QLocale.Language.French: "d MMM yyyy",
}
"""The date of each translated language, as journal.i18n.date_text writes it
("31 Mar 2026", "31.03.2026", "31 mars 2026"), with the month names of the language
without its country, as journal's are (en_GB would write "Sept" where journal writes
"Sep", fr_CA "juill." for "juil.")."""
_ENGLISH_LANGUAGES = (_ENGLISH, QLocale.Language.C, QLocale.Language.AnyLanguage)
"""Languages whose dates are English's."""


def _german() -> bool:
    return QLocale().language() == _GERMAN


def _short_day(*, weekday: bool = True, year: bool = False) -> str:
    """The pattern of a short day: "ddd d MMM" ("Sat 21 Nov", "sam. 21 nov."); German
    writes "Sa., 21. Nov." as CLDR does. The year after it when asked."""
    if _german():
        pattern = "ddd, d. MMM" if weekday else "d. MMM"
    else:
        pattern = "ddd d MMM" if weekday else "d MMM"
    return pattern + (" yyyy" if year else "")


def day_field_format() -> str:
    """The display format of a day field (a check-in's day): "Sat 21 Nov 2026"."""
    return _short_day(year=True)


def moment_field_format() -> str:
    """The display format of a date-time field (an attack's start, a dose's time):
    "Sat 21 Nov 2026  09:30"."""
    return _short_day(year=True) + "  HH:mm"


def span_field_format() -> str:
    """The display format of a span's From and To fields (Insights, the report)."""
    return _short_day(weekday=False, year=True)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_form() -> tuple[QLocale, str]:
    """The locale and pattern date_text writes a day with (and date_from_text reads)."""
    language = QLocale().language()
    if language in _ENGLISH_LANGUAGES:
        language = _ENGLISH
    pattern = _DATE_PATTERNS.get(language)
    if pattern is not None:
        return QLocale(language), pattern
    # an untranslated language: its short form with the whole year
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return QLocale(), short if "yyyy" in short else short.replace("yy", "yyyy")


def date_text(value: date) -> str:
    """A day in a table, a sentence or a span, as a person reads it: "31 Mar 2026",
    "31.03.2026", "31 mars 2026" (journal.i18n.date_text's text for the same day)."""
    locale, pattern = _date_form()
    return locale.toString(_qdate(value), pattern)


def date_from_text(text: str) -> date | None:
    """A day typed the way date_text writes it in the window's language ("21.03.1984",
    "21 mars 1984", "21 Mar 1984"), or None: a field's example can then be date_text's."""
    locale, pattern = _date_form()
    found = locale.toDate(text.strip(), pattern)
    return date(found.year(), found.month(), found.day()) if found.isValid() else None


def day_text(
    value: date, today: date | None = None, *, weekday: bool = True, year: bool | None = None
) -> str:
    """A short day for tight places: "Sat 21 Nov" ("Sat 21 Nov 2025" in another year,
    or always with `year=True`); without the weekday, "21 Nov", for a chart's axis."""
    if year is None:
        year = value.year != (today or date.today()).year
    return QLocale().toString(_qdate(value), _short_day(weekday=weekday, year=year))


def full_day_text(value: date) -> str:
    """A day as a heading: "Saturday, 21 November 2026", "Samstag, 21. November 2026"."""
    return QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat)


def month_text(value: date, *, short: bool = False, year: bool = True) -> str:
    """A month: "November 2026"; `short` for tight places: "Nov 2026", or "Nov" without
    the year (an axis that names the year at January)."""
    name = "MMM" if short else "MMMM"
    return QLocale().toString(_qdate(value), f"{name} yyyy" if year else name)


def moment_text(value: datetime, today: date | None = None) -> str:
    """A day with its time, at the moment's own wall time (its offset is not
    converted): "Sat 21 Nov, 09:30" ("Sat 21 Nov 2025, 09:30" in another year)."""
    year = value.year != (today or date.today()).year
    moment = QDateTime(_qdate(value), QTime(value.hour, value.minute))
    return QLocale().toString(moment, _short_day(year=year) + ", HH:mm")


def day_span(first: date, last: date | None = None) -> str:
    """Days from `first` to `last` as two days ("3 Mar 2026 – 14 Jul 2026",
    "03.03.2026 – 14.07.2026"); a single day once."""
    last = last or first
    if first == last:
        return date_text(first)
    return f"{date_text(first)} – {date_text(last)}"


def local_number(value: float, decimals: int = 1) -> str:
    """A number with the locale's decimal sign, without trailing zeros ("1.5", "1,5")."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text
