"""Reading other apps' text files: CSV tables that remember each row's line number,
durations in the many ways apps write them, dates and wall-clock times.

Parsers of single values raise ValueError; the importers turn that into an
ImportFileError naming the line and the column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from journal.errors import ImportFileError
from journal.i18n import _

MAX_OFFSET_MINUTES = 14 * 60
"""UTC offsets on Earth run from -12:00 to +14:00."""

MAX_CELL_CHARACTERS = 64 * 1024 * 1024
"""The csv module refuses cells over 131,072 characters by default; a long note
pasted into a spreadsheet is longer. Whether its text is acceptable is the
validation's to say (journal.validation_imported), in words."""

Fail = Callable[[str, object], ImportFileError]
"""Builds the error for a column of the current row: fail(column, reason)."""


def read_text(path: Path) -> str:
    """The file as text, in any encoding a spreadsheet writes: UTF-8 (with or without
    BOM), UTF-16 (Excel's "Unicode text", with its BOM or without), else Windows-1252
    as spreadsheets on Windows save it. A binary file is refused."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(
            _("The file {path} cannot be read ({reason}).").format(path=path, reason=error.strerror)
        ) from None
    return decode_text(raw, Path(path).name)


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError(
                _("{file} is not a readable UTF-16 text file.").format(file=name)
            ) from None
    if len(raw) >= 4 and raw.count(0) * 3 > len(raw):  # UTF-16 without its mark
        odd, even = raw[1::2], raw[0::2]
        little = odd.count(0) > even.count(0)
        half, encoding = (odd, "utf-16-le") if little else (even, "utf-16-be")
        if half.count(0) * 10 > len(half) * 9:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                pass
    if b"\x00" in raw:
        raise ImportFileError(_("{file} is not a text file.").format(file=name))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


@dataclass(frozen=True)
class CsvRow:
    line: int
    cells: dict[str, str]

    def get(self, column: str | None) -> str:
        return self.cells.get(column, "").strip() if column else ""


@dataclass(frozen=True)
class CsvTable:
    header: list[str]
    header_line: int
    rows: list[CsvRow]


def csv_records(text: str, name: str) -> list[tuple[int, list[str]]]:
    """Every CSV record with the line it starts on; the delimiter (comma, semicolon
    or tab) is the one the first line uses most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(",;\t", key=first.count) if first else ","
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARACTERS))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, line = [], 1
    try:
        for record in reader:
            records.append((line, record))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ImportFileError(
            _("{file}, line {line}: {problem}.").format(
                file=name, line=reader.line_num, problem=error
            )
        ) from None
    return records


def table_at(records: list[tuple[int, list[str]]], index: int) -> CsvTable:
    """The table whose header is records[index]; blank rows are left out."""
    header_line, raw_header = records[index]
    header = [cell.strip() for cell in raw_header]
    rows = [
        CsvRow(line, dict(zip(header, cells, strict=False)))
        for line, cells in records[index + 1 :]
        if any(cell.strip() for cell in cells)
    ]
    return CsvTable(header, header_line, rows)


def split_list(cell: str, *, ignore: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A comma-separated list in one cell, without blanks and filler words."""
    skip = {word.casefold() for word in ignore}
    items = (item.strip() for item in re.split(r"[,;]", cell))
    return tuple(item for item in items if item and item.casefold() not in skip)


_UNITS = {
    "d": 1440, "day": 1440, "days": 1440,
    "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60, "std": 60,
    "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1,
    "s": 1 / 60, "sec": 1 / 60, "secs": 1 / 60, "second": 1 / 60, "seconds": 1 / 60,
}  # fmt: skip
_ISO_DURATION = re.compile(r"p(?:(\d+)d)?(?:t(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?)?")
_CLOCK = re.compile(r"(\d+):(\d{2})(?::(\d{2}))?")
_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?")


def parse_duration(text: str) -> timedelta:
    """'5h 30m', '1d 2h', '01h 00m', '90 min', '2 hours 15 minutes', '1.5h', '5:30'
    (hours:minutes) or ISO 8601 'PT5H30M'. A bare number has no unit and is refused."""
    spelled = text.strip().casefold()
    iso = _ISO_DURATION.fullmatch(spelled)
    if iso and spelled != "p":
        days, hours, minutes, seconds = (int(group or 0) for group in iso.groups())
        return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    clock = _CLOCK.fullmatch(spelled)
    if clock:
        hours, minutes, seconds = (int(group or 0) for group in clock.groups())
        return timedelta(hours=hours, minutes=minutes, seconds=seconds)
    rest = re.sub(r"\band\b|(?<!\d),|,(?!\d)", " ", spelled)
    parts = _PART.findall(rest)
    if not parts or _PART.sub("", rest).strip():
        raise ValueError(_("“{text}” is not a duration such as 5h 30m").format(text=text))
    total = 0.0
    for number, unit in parts:
        if unit not in _UNITS:
            raise ValueError(
                _("“{text}” has an unknown unit “{unit}”").format(text=text, unit=unit)
            )
        total += float(number.replace(",", ".")) * _UNITS[unit]
    return timedelta(minutes=round(total))


MONTHS = {
    **dict.fromkeys(("jan", "january", "januar", "jän", "jänner"), 1),
    **dict.fromkeys(("feb", "february", "februar"), 2),
    **dict.fromkeys(("mar", "march", "mär", "märz", "maerz"), 3),
    **dict.fromkeys(("apr", "april"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("jun", "june", "juni"), 6),
    **dict.fromkeys(("jul", "july", "juli"), 7),
    **dict.fromkeys(("aug", "august"), 8),
    **dict.fromkeys(("sep", "sept", "september"), 9),
    **dict.fromkeys(("oct", "october", "okt", "oktober"), 10),
    **dict.fromkeys(("nov", "november"), 11),
    **dict.fromkeys(("dec", "december", "dez", "dezember"), 12),
}
"""English and German month names and abbreviations: dates are read with this table,
never with strptime's %b, which follows the process locale (Qt sets it)."""

DAY_FIRST, MONTH_FIRST = "dmy", "mdy"
DATE_ORDERS = (DAY_FIRST, MONTH_FIRST)

_CLOCK_PART = r"(?:[ ,T]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?)?"
_SLASHED_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})" + _CLOCK_PART)
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})" + _CLOCK_PART)
_YEAR_FIRST = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})" + _CLOCK_PART)
_NAMED_MONTH_FIRST = re.compile(r"([a-zä]+)\.? (\d{1,2}),? (\d{4})" + _CLOCK_PART)
_NAMED_DAY_FIRST = re.compile(r"(\d{1,2})\.? ([a-zä]+)\.?,? (\d{4})" + _CLOCK_PART)
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag)\.?,? "
)


class DateOrderNeeded(ImportFileError):
    """The file's dates could be day-first or month-first and nothing in it tells."""

    def __init__(self, name: str, example: str) -> None:
        self.example = example
        super().__init__(
            _(
                "{file}: the dates could be read day-first or month-first (such as "
                "“{example}”) and nothing in the file tells which; choose with "
                "--date-order dmy or --date-order mdy."
            ).format(file=name, example=example)
        )


def date_order(texts: Iterable[str]) -> tuple[str | None, str | None]:
    """The order the file writes slashed dates in, from its own evidence, and an
    example of an ambiguous date: (order, None) when a first number above 12 (dmy)
    or a second one above 12 (mdy) shows it; (None, example) when every date could
    be read both ways; (None, None) when no date is ambiguous."""
    example = None
    for text in texts:
        for found in _SLASHED_DATE.finditer(text):
            first, second = int(found.group(1)), int(found.group(2))
            if first > 12 >= second:
                return DAY_FIRST, None
            if second > 12 >= first:
                return MONTH_FIRST, None
            if example is None and first != second:
                example = found.group(0).split()[0]
    return None, example


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _time(groups: tuple[str | None, ...]) -> time:
    hour_text, minute_text, second_text, noon = groups
    if hour_text is None:
        return time(0, 0)
    hour, minute, second = int(hour_text), int(minute_text or 0), int(second_text or 0)
    if noon is not None:
        if not 1 <= hour <= 12:
            raise ValueError("hour")
        hour = hour % 12 + (12 if noon.startswith("p") else 0)
    return time(hour, minute, second)


def _parts(text: str, order: str | None) -> tuple[date, time, bool]:
    """Day, time of day and whether a time was written."""
    spelled = _WEEKDAY.sub("", " ".join(text.split()).casefold())
    for pattern in (_YEAR_FIRST, _DOTTED_DATE, _SLASHED_DATE):
        found = pattern.fullmatch(spelled)
        if found is None:
            continue
        a, b, c = found.group(1), found.group(2), found.group(3)
        if pattern is _YEAR_FIRST:
            year, month, day = int(a), int(b), int(c)
        elif pattern is _DOTTED_DATE or order == DAY_FIRST:
            day, month, year = int(a), int(b), _year(c)
        elif order == MONTH_FIRST or int(a) == int(b):
            month, day, year = int(a), int(b), _year(c)
        else:
            raise ValueError("order")
        return date(year, month, day), _time(found.groups()[3:]), found.group(4) is not None
    for pattern in (_NAMED_MONTH_FIRST, _NAMED_DAY_FIRST):
        found = pattern.fullmatch(spelled)
        if found is None:
            continue
        if pattern is _NAMED_MONTH_FIRST:
            month_name, day_text = found.group(1), found.group(2)
        else:
            day_text, month_name = found.group(1), found.group(2)
        if month_name not in MONTHS:
            raise ValueError("month")
        day_of = date(int(found.group(3)), MONTHS[month_name], int(day_text))
        return day_of, _time(found.groups()[3:]), found.group(4) is not None
    raise ValueError("format")


def parse_wall_time(text: str, *, order: str | None = None) -> datetime:
    """A date and time as written: ISO 8601 (with or without offset), 2026/03/01 22:30,
    01.03.2026 22:30, 3/1/26 10:30 PM (`order` says dmy or mdy), Mar 1, 2026 22:30,
    1 March 2026 22:30 (English or German names). Naive unless the text carries its
    own offset. Never depends on the process locale."""
    spelled = " ".join(text.split())
    try:
        return datetime.fromisoformat(spelled)
    except ValueError:
        pass
    try:
        day, clock, timed = _parts(spelled, order)
    except ValueError:
        raise ValueError(_("“{text}” is not a date and time").format(text=text)) from None
    if not timed:
        raise ValueError(_("“{text}” has no time of day").format(text=text))
    return datetime.combine(day, clock)


def parse_day(text: str, *, order: str | None = None) -> date:
    """A calendar day in the spellings parse_wall_time reads (a time after it is
    ignored)."""
    spelled = " ".join(text.split())
    try:
        return date.fromisoformat(spelled[:10])
    except ValueError:
        pass
    try:
        return _parts(spelled, order)[0]
    except ValueError:
        raise ValueError(_("“{text}” is not a date").format(text=text)) from None


def iso_day(text: object, where: str, name: str) -> date:
    """The day an app's JSON gives as an ISO date (a time after it is ignored), or one
    sentence naming the file and the place."""
    if not isinstance(text, str) or not text.strip():
        raise ImportFileError(_("{file}, {where} has no date.").format(file=name, where=where))
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ImportFileError(
            _("{file}, {where}: “{text}” is not a date.").format(file=name, where=where, text=text)
        ) from None


def has_time(text: str, order: str | None = None) -> bool:
    """Whether a date as written also gives the time of day."""
    spelled = " ".join(text.split())
    try:
        moment = datetime.fromisoformat(spelled)
    except ValueError:
        try:
            return _parts(spelled, order)[2]
        except ValueError:
            return False
    return len(spelled) > 10 or moment.time() != time(0, 0)


def offset_zone(text: str) -> timezone:
    """A UTC offset in minutes east of UTC ('60' is UTC+01:00)."""
    try:
        minutes = int(float(text.strip()))
    except ValueError:
        raise ValueError(_("“{text}” is not a number of minutes").format(text=text)) from None
    if abs(minutes) > MAX_OFFSET_MINUTES:
        raise ValueError(_("{minutes} minutes is not a UTC offset").format(minutes=minutes))
    return timezone(timedelta(minutes=minutes))


def in_local_zone(moment: datetime) -> datetime:
    """A naive wall time given the computer's own UTC offset for that moment."""
    if moment.tzinfo is not None:
        return moment
    return moment.astimezone().replace(microsecond=0)


_AMOUNT = re.compile(
    r"^(?P<name>.*?)[\s(]+(?P<amount>\d+(?:[.,]\d+)?\s*"
    r"(?:mg|g|mcg|µg|ug|ml|iu|units?|puffs?|%|tablets?|tabs?|pills?|drops?|sprays?))\)?$",
    re.IGNORECASE,
)
ROUTES = {
    "oral": "oral", "orally": "oral", "by mouth": "oral", "tablet": "oral",
    "nasal": "nasal", "nasal spray": "nasal", "intranasal": "nasal",
    "injection": "injection", "injected": "injection", "subcutaneous": "injection",
    "intramuscular": "injection", "sublingual": "sublingual", "rectal": "rectal",
    "suppository": "rectal", "topical": "topical", "inhaled": "inhaled",
    "intravenous": "intravenous", "iv": "intravenous", "transdermal": "transdermal",
}  # fmt: skip
"""Routes as apps write them after a medication's name, to the journal's words."""
_ROUTE = re.compile(
    r"^(?P<rest>.*?)[\s,(]+(?P<route>"
    + "|".join(sorted((re.escape(r) for r in ROUTES), key=len, reverse=True))
    + r")\)?$",
    re.IGNORECASE,
)


def name_and_amount(text: str) -> tuple[str, str]:
    """'Ibuprofen 400 mg' or 'Ibuprofen (400mg)' -> ('Ibuprofen', '400mg')."""
    found = _AMOUNT.match(text.strip())
    if found and found.group("name").strip():
        return found.group("name").strip(), found.group("amount").strip()
    return text.strip(), ""


def medication_parts(text: str) -> tuple[str, str, str]:
    """A medication as apps write it, split into name, amount and route:
    'Naproxen sodium 550mg Oral' -> ('Naproxen sodium', '550mg', 'oral')."""
    route = ""
    found = _ROUTE.match(text.strip())
    if found and found.group("rest").strip():
        route = ROUTES[found.group("route").casefold()]
        text = found.group("rest")
    name, amount = name_and_amount(text)
    return name, amount, route
