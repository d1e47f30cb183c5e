"""Reading other apps' text files: CSV tables that remember each row's line number,
durations in the many ways apps write them, dates and wall-clock times.

Parsers of single values raise ValueError; the importers turn that into an
ImportFileError naming the line and the column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from journal.errors import ImportFileError

MAX_OFFSET_MINUTES = 14 * 60
"""UTC offsets on Earth run from -12:00 to +14:00."""

MAX_CELL_CHARACTERS = 64 * 1024 * 1024
"""The csv module refuses cells over 131,072 characters by default; a long note
pasted into a spreadsheet is longer. Whether its text is acceptable is the
validation's to say (journal.validation_imported), in words."""

Fail = Callable[[str, object], ImportFileError]
"""Builds the error for a column of the current row: fail(column, reason)."""


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (with or without BOM), else Windows-1252 as spreadsheets
    on Windows save it. A binary file is refused."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(f"The file {path} cannot be read ({error.strerror}).") from None
    if b"\x00" in raw:
        raise ImportFileError(f"{Path(path).name} is not a text file.")
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
        raise ImportFileError(f"{name}, line {reader.line_num}: {error}.") from None
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
        raise ValueError(f"“{text}” is not a duration such as 5h 30m")
    total = 0.0
    for number, unit in parts:
        if unit not in _UNITS:
            raise ValueError(f"“{text}” has an unknown unit “{unit}”")
        total += float(number.replace(",", ".")) * _UNITS[unit]
    return timedelta(minutes=round(total))


_WITH_MONTH_NAMES = (
    "%b %d, %Y %H:%M", "%b %d, %Y %I:%M %p", "%B %d, %Y %H:%M", "%B %d, %Y %I:%M %p",
    "%d %b %Y %H:%M", "%d %B %Y %H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S",
    "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S",
)  # fmt: skip
_SLASHED = ("%m/%d/%y %H:%M", "%m/%d/%Y %H:%M", "%m/%d/%y %I:%M %p", "%m/%d/%Y %I:%M %p",
            "%m/%d/%Y %H:%M:%S", "%m/%d/%y %H:%M:%S")  # fmt: skip
_DAY_FORMATS = ("%d.%m.%Y", "%Y/%m/%d", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")


def slashes_are_day_first(texts: list[str]) -> bool:
    """Whether the file writes 31/12/26 (day first) rather than 12/31/26: true when a
    first number above 12 appears anywhere. US order is assumed otherwise."""
    for text in texts:
        found = re.match(r"\s*(\d{1,2})/(\d{1,2})/", text)
        if found and int(found.group(1)) > 12:
            return True
    return False


def parse_wall_time(text: str, *, day_first: bool = False) -> datetime:
    """A date and time as written; naive unless the text carries its own offset."""
    spelled = " ".join(text.split())
    try:
        return datetime.fromisoformat(spelled)
    except ValueError:
        pass
    slashed = tuple(f.replace("%m/%d", "%d/%m") for f in _SLASHED) if day_first else _SLASHED
    for pattern in (*_WITH_MONTH_NAMES, *slashed):
        try:
            return datetime.strptime(spelled, pattern)
        except ValueError:
            continue
    raise ValueError(f"“{text}” is not a date and time")


def parse_day(text: str, *, day_first: bool = False) -> date:
    """A calendar day: ISO 2026-03-01 (a time after it is ignored) or a common spelling."""
    spelled = " ".join(text.split())
    try:
        return date.fromisoformat(spelled[:10])
    except ValueError:
        pass
    slashed = ("%d/%m/%Y", "%d/%m/%y") if day_first else ("%m/%d/%Y", "%m/%d/%y")
    for pattern in (*_DAY_FORMATS, *slashed):
        try:
            return datetime.strptime(spelled, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“{text}” is not a date")


def offset_zone(text: str) -> timezone:
    """A UTC offset in minutes east of UTC ('60' is UTC+01:00)."""
    try:
        minutes = int(float(text.strip()))
    except ValueError:
        raise ValueError(f"“{text}” is not a number of minutes") from None
    if abs(minutes) > MAX_OFFSET_MINUTES:
        raise ValueError(f"{minutes} minutes is not a UTC offset")
    return timezone(timedelta(minutes=minutes))


def in_local_zone(moment: datetime) -> datetime:
    """A naive wall time given the computer's own UTC offset for that moment."""
    if moment.tzinfo is not None:
        return moment
    return moment.astimezone().replace(microsecond=0)


_AMOUNT = re.compile(
    r"^(?P<name>.*?)[\s(]+(?P<amount>\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|ug|ml|iu|units?|puffs?))\)?$",
    re.IGNORECASE,
)


def name_and_amount(text: str) -> tuple[str, str]:
    """'Ibuprofen 400 mg' or 'Ibuprofen (400mg)' -> ('Ibuprofen', '400mg')."""
    found = _AMOUNT.match(text.strip())
    if found and found.group("name").strip():
        return found.group("name").strip(), found.group("amount").strip()
    return text.strip(), ""
