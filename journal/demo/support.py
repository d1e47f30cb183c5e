"""What every part of the demo shares: seeded ids, local times, stamps, the span.

Everything is derived from seeded random streams and from each record's own time,
never from the clock, so the same seed and end day give the same journal to the
byte (on machines in the same time zone), ids and created/updated stamps included.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal.domain.records import utc_stamp


class Ids:
    """Record ids drawn from a seeded stream: uuid4-shaped, but reproducible."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"{seed}:ids")

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def stream(seed: int, name: str) -> random.Random:
    """An independent random stream per part, so tuning one part leaves the others."""
    return random.Random(f"{seed}:{name}")


def local(day: date, hour: int = 0, minute: int = 0) -> datetime:
    """Local wall time on `day` with the offset in force then (DST included)."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def stamp(moment: datetime) -> str:
    """A created/updated stamp for something recorded at `moment`."""
    return utc_stamp(moment)


def day_stamp(day: date, hour: int = 21, minute: int = 0) -> str:
    return utc_stamp(local(day, hour, minute))


@dataclass(frozen=True)
class Span:
    """The demo's days: `first` to `last` hold data; `end` (the day after `last`) is
    left empty for the user, so nothing in the demo is ever in the future."""

    first: date
    end: date

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.first).days

    def at(self, fraction: float) -> date:
        """The day a given fraction of the way through the span."""
        return self.first + timedelta(days=int(self.days * fraction))

    def each_day(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.days)]


def weighted(rng: random.Random, choices: dict[str, float]) -> str:
    return rng.choices(list(choices), weights=list(choices.values()))[0]
