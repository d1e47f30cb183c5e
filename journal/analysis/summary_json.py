"""The summary as JSON: exactly the contract of DESIGN.md ("The summary contract").

Every contract key is present even when zero or empty; counts are integers, rates
are fractions 0..1 (None when they rest on nothing), dates are ISO. A few extra keys
(allowed by the contract) say how figures rest on their data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journal import domain as d

if TYPE_CHECKING:
    from journal.analysis.overuse import OveruseFinding
    from journal.analysis.summary import Summary

C = d.MedicationClass
ALWAYS_SHOWN_CLASSES = (
    C.TRIPTAN,
    C.ERGOT,
    C.OPIOID,
    C.COMBINATION_ANALGESIC,
    C.SIMPLE_ANALGESIC,
    C.GEPANT,
    C.DITAN,
    C.ANTIEMETIC,
)
"""Acute classes listed (with 0) even when unused, so readers can rely on the keys."""


def _classes(days: dict[d.MedicationClass, int]) -> dict[str, int]:
    shown = {str(med_class): 0 for med_class in ALWAYS_SHOWN_CLASSES}
    shown.update({str(med_class): int(count) for med_class, count in days.items()})
    return shown


def summary_to_json(summary: Summary) -> dict[str, Any]:
    """The contract's plain dict (json.dumps-ready) for `summary --json`."""
    menstrual = summary.menstrual
    return {
        "from": summary.first.isoformat(),
        "to": summary.last.isoformat(),
        "days": summary.totals.days,
        "counted_from": summary.counted_first.isoformat(),
        "attacks": summary.attack_figures.attacks,
        "migraine_days": summary.totals.migraine_days,
        "headache_days": summary.totals.headache_days,
        "migraine_days_per_28": summary.totals.migraine_days_per_28,
        "headache_days_per_28": summary.totals.headache_days_per_28,
        "acute_medication_days": _classes(summary.totals.acute_medication_days),
        "migraine_day_basis": dict(summary.totals.migraine_basis),
        "months": [
            {
                "month": month.month,
                "migraine_days": month.tally.migraine_days,
                "headache_days": month.tally.headache_days,
                "acute_medication_days": _classes(month.tally.acute_medication_days),
                "days": month.tally.days,
                "attacks": month.attacks,
                "migraine_day_basis": dict(month.tally.migraine_basis),
            }
            for month in summary.months
        ],
        "overuse": [
            {
                "class": finding.med_class,
                "months": list(finding.months),
                "threshold": finding.threshold,
                "longest_streak": finding.longest_streak,
                "sustained": finding.sustained,
            }
            for finding in _overuse(summary)
        ],
        "chronic_pattern": summary.chronic.matches,
        "chronic_pattern_months": summary.chronic.months,
        "menstrual": {
            "cycles": menstrual.cycles,
            "window_attacks": menstrual.window_attacks,
            "other_attacks": menstrual.other_attacks,
            "pattern": menstrual.pattern,
            "cycles_needed": menstrual.cycles_needed,
            "reason": menstrual.reason,
        },
        "acute_effect": [
            {
                "medication": effect.medication,
                "class": str(effect.med_class),
                "doses": effect.doses,
                "with_2h_rating": effect.with_2h_rating,
                "pain_free_2h": effect.pain_free_2h,
                "relief_2h": effect.relief_2h,
                "relief_rated": effect.relief_rated,
                "sustained_pain_free": effect.sustained_pain_free,
                "treated_attacks": effect.treated_attacks,
                "taken_before_pain": effect.taken_before_pain,
                "pain_at_dose_unknown": effect.pain_at_dose_unknown,
            }
            for effect in summary.acute_effects
        ],
        "treatments": [
            {
                "name": effect.treatment.name,
                "kind": str(effect.treatment.kind),
                "start": effect.treatment.start.isoformat(),
                "end": effect.treatment.end.isoformat() if effect.treatment.end else None,
                "sessions": effect.sessions,
                "baseline_migraine_days_per_28": effect.baseline_migraine_days_per_28,
                "after_migraine_days_per_28": effect.after_migraine_days_per_28,
                "change_percent": effect.change_percent,
                "responder": effect.responder,
                "note": effect.note,
                "overlapping": list(effect.overlapping),
            }
            for effect in summary.treatments
        ],
        "triggers": [
            {
                "factor": association.factor,
                "condition": association.condition,
                "days_with": association.days_with,
                "attack_rate_with": association.attack_rate_with,
                "days_without": association.days_without,
                "attack_rate_without": association.attack_rate_without,
                "ratio": association.ratio,
                "low_data": association.low_data,
            }
            for association in summary.triggers
        ],
        "midas": None
        if summary.midas is None
        else {
            "date": summary.midas.day.isoformat(),
            "score": summary.midas.score,
            "grade": summary.midas.grade,
        },
        "hit6": None
        if summary.hit6 is None
        else {
            "date": summary.hit6.day.isoformat(),
            "total": summary.hit6.total,
            "band": summary.hit6.band,
        },
        "completeness": {
            "days": summary.completeness.days,
            "days_with_entry": summary.completeness.days_with_entry,
            "late_entries": summary.completeness.late_entries,
            "imported_entries": summary.completeness.imported_entries,
        },
    }


def _overuse(summary: Summary) -> list[OveruseFinding]:
    """The per-class findings, then the "one_or_more" finding when there is one."""
    found = list(summary.overuse)
    if summary.overuse_one_or_more is not None:
        found.append(summary.overuse_one_or_more)
    return found
