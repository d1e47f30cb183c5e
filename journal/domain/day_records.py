"""Day records: a headache or migraine noted on a calendar day, with no start or end.

Apps that record per day (drip, Clue, Bearable, Daylio, Flo...) say "headache" or
"migraine" on a day and nothing about its hours. Such a note is kept as what it is,
not turned into an attack with an invented time (clinical-rules.md, "Records without
times"): a day-level headache makes a headache day; a day-level migraine makes a
migraine day by the patient's label, with its duration unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from journal.domain.provenance import FileFact
from journal.domain.records import new_id


class DayRecordKind(StrEnum):
    HEADACHE = "headache"
    MIGRAINE = "migraine"


@dataclass(frozen=True)
class DayRecord:
    """A headache or migraine on `day`, hours unknown."""

    day: date
    kind: DayRecordKind = DayRecordKind.HEADACHE
    pain: int | None = None
    """Pain on the IHS 0-3 scale when the source rated it so; None when not recorded."""
    pain_nrs: int | None = None
    """A 0-10 rating kept beside it (never converted)."""
    symptoms: tuple[str, ...] = ()
    aura: bool = False
    """The source noted an aura, without its kind or minutes."""
    source: str = ""
    """The import format the record came from ("drip", "clue"...), empty when entered
    in this app."""
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
    provenance: tuple[FileFact, ...] = ()
    """What the imported file said that has no field here (journal.domain.provenance)."""
