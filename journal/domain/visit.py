"""Disability questionnaires and the patient's questions for the next visit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from journal.domain.records import new_id


@dataclass(frozen=True)
class MidasEntry:
    """MIDAS day counts over the last 3 months (Stewart et al. 1999).

    The five scored counts: missed work or school; work or school productivity
    halved (not counting missed days); no household work; household productivity
    halved (not counting those days); missed family, social or leisure activities.
    Items A (headache days) and B (average pain 0-10) are recorded, not scored.
    """

    day: date
    missed_work: int
    reduced_work: int
    missed_household: int
    reduced_household: int
    missed_social: int
    headache_days: int | None = None
    average_pain: int | None = None
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""

    @property
    def score(self) -> int:
        return (
            self.missed_work
            + self.reduced_work
            + self.missed_household
            + self.reduced_household
            + self.missed_social
        )


@dataclass(frozen=True)
class Hit6Entry:
    """A HIT-6 total (36-78) the user obtained elsewhere; its items are not embedded."""

    day: date
    total: int
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class VisitNote:
    """A question or note for the next appointment, kept until marked done."""

    text: str
    done: bool = False
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
