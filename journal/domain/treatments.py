"""Treatments tried (preventive courses, procedures, non-drug), their sessions and
the side effects of each; no kind of treatment is exempt from side effects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from journal.domain.records import new_id


class TreatmentKind(StrEnum):
    PREVENTIVE_MEDICATION = "preventive_medication"
    PROCEDURE = "procedure"
    NON_DRUG = "non_drug"


@dataclass(frozen=True)
class Treatment:
    """A course with a start and an end (None while ongoing)."""

    name: str
    kind: TreatmentKind
    start: date
    end: date | None = None
    medication_id: str | None = None
    dose: str = ""
    reason_stopped: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class TreatmentSession:
    """A dated event within a course: an infusion, injection, nerve block..."""

    treatment_id: str
    when: datetime
    dose: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""


class Severity(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


COMMON_SIDE_EFFECTS = (
    "dissociation",
    "dizziness",
    "nausea",
    "sedation",
    "raised blood pressure",
    "hallucinations",
    "blurred vision",
    "fatigue",
    "weight change",
    "tingling",
    "other",
)


@dataclass(frozen=True)
class SideEffect:
    """A side effect of a course, or of one session when session_id is set."""

    treatment_id: str
    name: str
    severity: Severity
    day: date
    session_id: str | None = None
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = ""
    updated: str = ""
