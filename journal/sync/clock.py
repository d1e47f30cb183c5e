"""The hybrid logical clock that orders every change made on any computer.

A clock reading is text that sorts in time order: milliseconds since 1970, a
counter for changes within one millisecond, and the device id, which breaks ties
between computers ("1765080000000-000003-3f9a0c1d2e4b"). Each reading is later than
every reading the computer has made or seen, so a change made after merging
another computer's changes always wins over them, whatever the wall clocks say.
A computer whose clock runs behind still orders its changes after everything it
has seen; one whose clock runs ahead pulls the others forward (they keep counting
from its time), and no change is ever ordered before one it has seen.
"""

from __future__ import annotations

import time
from typing import NamedTuple

COUNTER_LIMIT = 999_999
ZERO = ""
"""The reading before every other (a field never written)."""


class Reading(NamedTuple):
    millis: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.millis:013d}-{self.counter:06d}-{self.device}"


def parse(text: str) -> Reading:
    """The parts of a clock reading; ValueError when the text is not one."""
    millis, counter, device = text.split("-", 2)
    if len(millis) != 13 or len(counter) != 6 or not device:
        raise ValueError(f"not a clock reading: {text!r}")
    return Reading(int(millis), int(counter), device)


def is_reading(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        parse(text)
    except ValueError:
        return False
    return True


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


def tick(last: str, device: str, now_millis: int | None = None) -> str:
    """The next reading on `device`, later than `last` (this computer's latest
    reading, made or seen) and no earlier than the wall clock."""
    now = wall_millis() if now_millis is None else now_millis
    if last:
        previous = parse(last)
        if previous.millis >= now:
            if previous.counter >= COUNTER_LIMIT:
                return Reading(previous.millis + 1, 0, device).text()
            return Reading(previous.millis, previous.counter + 1, device).text()
    return Reading(now, 0, device).text()


def latest(*readings: str) -> str:
    return max(readings, default=ZERO)


def millis_of(reading: str) -> int:
    return parse(reading).millis if reading else 0
