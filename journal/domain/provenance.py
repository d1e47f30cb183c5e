"""What an imported file said that the journal has no field for: facts, never sentences.

An importer maps what it can to the record's own fields. What is left (a column
the journal has no place for, a type it has no word for, the file's own word for a
pain above "severe"...) is kept on the record as `FileFact`s: the file's name for
the field and its value, in the file's words, and for a known case a stable
`FactReason`. The record's `source` says which app the file came from. The window
words the facts in its language when it shows them (ui.kit.vocabulary); the
record's note holds only the person's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FactReason(StrEnum):
    """Known cases where the file said something the journal records otherwise.
    Stored keys: never renamed."""

    ONGOING_IN_OLD_FILE = "ongoing_in_old_file"
    """The file said the attack was still going on, but it was written long ago:
    the end is kept unknown (value: the file's word, "Ongoing")."""
    ABOVE_SEVERE = "above_severe"
    """The file rated the pain above the journal's "severe" ("unbearable"): kept
    as severe (value: the file's word)."""
    TYPE_NOT_MATCHED = "type_not_matched"
    """The file's type of headache has no word in the journal (value: its words;
    the field is unknown in files of the first release)."""
    PAIN_0_10_ONLY = "pain_0_10_only"
    """The file rated the pain 0-10 only: kept as the 0-10 rating, the 0-3 pain was
    not set (value: the rating)."""
    TIME_OF_DAY_UNKNOWN = "time_of_day_unknown"
    """The file records only the day: the time of day is unknown."""
    DURATION_UNKNOWN = "duration_unknown"
    """The file gives no duration."""
    DOSE_TIME_UNKNOWN = "dose_time_unknown"
    """The file has no time the dose was taken: the attack's start is used."""
    AURA_DETAILS_UNKNOWN = "aura_details_unknown"
    """The file noted an aura without its kind or duration."""


@dataclass(frozen=True)
class FileFact:
    """One thing the imported file said: its name for the field ("Attack Location"),
    the value as written ("Work"), and a reason key for a known case (None: the
    journal simply has no field for it)."""

    field: str = ""
    value: str = ""
    reason: FactReason | None = None
