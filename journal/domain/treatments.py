"""Treatments tried (preventive courses, procedures, non-drug), their sessions and
the side effects of each; no kind of treatment is exempt from side effects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from journal.domain.records import new_id
from journal.i18n import N_


class TreatmentKind(StrEnum):
    PREVENTIVE_MEDICATION = "preventive_medication"
    PROCEDURE = "procedure"
    NON_DRUG = "non_drug"


TREATMENT_KIND_WORDS = {
    TreatmentKind.PREVENTIVE_MEDICATION: N_("preventive medication"),
    TreatmentKind.PROCEDURE: N_("procedure"),
    TreatmentKind.NON_DRUG: N_("non-drug"),
}
"""A course's kind inside a sentence ("Propranolol (preventive medication)");
translated where shown: _(TREATMENT_KIND_WORDS[kind])."""


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
    N_("dissociation"),
    N_("dizziness"),
    N_("nausea"),
    N_("sedation"),
    N_("raised blood pressure"),
    N_("hallucinations"),
    N_("blurred vision"),
    N_("fatigue"),
    N_("weight change"),
    N_("tingling"),
    "other",  # offered as pgettext("side effect", "other")
)
"""The side effects offered first, in English; offered in the app's language
(journal.operations.side_effect_names), and stored as the person picks them."""


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
