"""The diary's domain objects: plain frozen dataclasses, no storage, no Qt."""

from journal.domain.attacks import (
    PAIN_LABELS,
    TYPICAL_AURA,
    Attack,
    AttackType,
    AuraSymptom,
    AuraType,
    PainLocation,
    Symptom,
    nrs_band,
)
from journal.domain.cycle import (
    COMBINED_CONTRACEPTIVES,
    ESTROGEN_PHASES,
    BleedingDay,
    Flow,
    HormonalPhase,
    PhaseKind,
)
from journal.domain.day_records import DayRecord, DayRecordKind
from journal.domain.days import DayEntry, Factor, FactorKind, FactorRole, FactorValue
from journal.domain.medications import (
    CLASS_LABELS,
    MIGRAINE_SPECIFIC,
    Dose,
    Helpfulness,
    Medication,
    MedicationClass,
    Use,
)
from journal.domain.records import local_now, new_id, utc_stamp
from journal.domain.treatments import (
    COMMON_SIDE_EFFECTS,
    Severity,
    SideEffect,
    Treatment,
    TreatmentKind,
    TreatmentSession,
)
from journal.domain.visit import Hit6Entry, MidasEntry, VisitNote

__all__ = [
    "CLASS_LABELS",
    "COMBINED_CONTRACEPTIVES",
    "COMMON_SIDE_EFFECTS",
    "ESTROGEN_PHASES",
    "MIGRAINE_SPECIFIC",
    "PAIN_LABELS",
    "TYPICAL_AURA",
    "Attack",
    "AttackType",
    "AuraSymptom",
    "AuraType",
    "BleedingDay",
    "DayEntry",
    "DayRecord",
    "DayRecordKind",
    "Dose",
    "Factor",
    "FactorKind",
    "FactorRole",
    "FactorValue",
    "Flow",
    "Helpfulness",
    "Hit6Entry",
    "HormonalPhase",
    "Medication",
    "MedicationClass",
    "MidasEntry",
    "PainLocation",
    "PhaseKind",
    "Severity",
    "SideEffect",
    "Symptom",
    "Treatment",
    "TreatmentKind",
    "TreatmentSession",
    "Use",
    "VisitNote",
    "local_now",
    "new_id",
    "nrs_band",
    "utc_stamp",
]
