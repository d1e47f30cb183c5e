"""Detail pages on treatment: each acute drug's effect, and each course tried
with its sessions, side effects and before/after migraine days."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from journal.analysis.acute_effect import AcuteEffect
from journal.analysis.diary import Diary
from journal.analysis.summary import Summary
from journal.analysis.treatment_effect import TreatmentEffect
from journal.i18n import _, ngettext
from journal.report.options import ReportOptions
from journal.report.styles import report_styles
from journal.report.tables import grid_table
from journal.report.wording import (
    KIND_WORDS,
    class_label,
    day_text,
    number,
    percent,
    safe,
    side_effect_severity,
)

SESSIONS_LISTED = 12


def _rate(rate: float | None, count: int, rated: int) -> str:
    if not rated:
        return _("not rated")
    return _("{rate} ({count} of {rated})").format(rate=percent(rate), count=count, rated=rated)


def acute_effect_section(summary: Summary, diary: Diary, width: float) -> list[Flowable]:
    """Pain freedom and relief at 2 h per drug, with the counts they rest on."""
    styles = report_styles()
    story: list[Flowable] = [Paragraph(_("Acute medication: effect per drug"), styles.heading)]
    if not summary.acute_effects:
        return [*story, Paragraph(_("No acute medication doses in this span."), styles.body)]
    side_effects: dict[str, Counter[str]] = {}
    for dose in diary.doses:
        if summary.first <= dose.taken.date() <= summary.last and dose.side_effects:
            side_effects.setdefault(dose.medication_id, Counter()).update(dose.side_effects)
    rows = []
    for effect in summary.acute_effects:
        noted = side_effects.get(effect.medication_id, Counter())
        rows.append(
            [
                f"<b>{safe(effect.medication)}</b><br/>{class_label(effect.med_class)}",
                str(effect.doses),
                _rate(effect.pain_free_2h, effect.pain_free_2h_count, effect.with_2h_rating),
                _rate(effect.relief_2h, effect.relief_2h_count, effect.relief_rated),
                _rate(
                    effect.sustained_pain_free,
                    effect.sustained_pain_free_count,
                    effect.sustained_rated,
                ),
                ", ".join(f"{safe(name)} ×{n}" for name, n in noted.most_common())
                or _("none noted"),
            ]
        )
    header = (
        _("Drug"),
        _("Doses"),
        _("Pain-free at 2 h"),
        _("Relief at 2 h (from 2-3 to 0-1)"),
        _("Sustained pain-free 24 h"),
        _("Side effects noted"),
    )
    fractions = (0.22, 0.08, 0.15, 0.17, 0.15, 0.23)
    story.append(grid_table(header, rows, [f * width for f in fractions]))
    story.append(
        Paragraph(
            _(
                "Rates are over the doses taken at pain 1 or more (0-3 scale) and rated at "
                "2 h; consistency needs at least 4 treated attacks per drug."
            ),
            styles.small,
        )
    )
    apart = [_counted_apart(effect) for effect in summary.acute_effects]
    if any(apart):
        story.append(
            Paragraph(
                _("Counted apart, in no rate: {doses}.").format(
                    doses="; ".join(text for text in apart if text)
                ),
                styles.small,
            )
        )
    return story


def _counted_apart(effect: AcuteEffect) -> str:
    """The drug's doses taken before any pain or with the pain at the dose not noted."""
    parts = []
    if effect.taken_before_pain:
        parts.append(
            ngettext(
                "{n} dose taken before any pain",
                "{n} doses taken before any pain",
                effect.taken_before_pain,
            ).format(n=effect.taken_before_pain)
        )
    if effect.pain_at_dose_unknown:
        parts.append(
            ngettext(
                "{n} dose with the pain at the dose not noted",
                "{n} doses with the pain at the dose not noted",
                effect.pain_at_dose_unknown,
            ).format(n=effect.pain_at_dose_unknown)
        )
    if not parts:
        return ""
    return _("{medication}: {counts}").format(
        medication=safe(effect.medication), counts=", ".join(parts)
    )


def _note(effect: TreatmentEffect) -> str:
    """The note, with the overlap caveat in bold so it is read with the verdict."""
    note = safe(effect.note)
    if effect.overlap_note:
        note = note.replace(safe(effect.overlap_note), f"<b>{safe(effect.overlap_note)}</b>")
    return note


def _before_after(effect: TreatmentEffect) -> str:
    if effect.baseline_migraine_days_per_28 is None:
        return _note(effect)
    assert effect.baseline is not None
    text = _("Baseline {first} to {last}: <b>{per_28}</b> migraine days per 28 days.").format(
        first=day_text(effect.baseline[0]),
        last=day_text(effect.baseline[1]),
        per_28=number(effect.baseline_migraine_days_per_28),
    )
    if effect.after_migraine_days_per_28 is None or effect.after is None:
        return f"{text} {_note(effect)}"
    text += " " + _(
        "After (from 4 weeks in), {first} to {last}: <b>{per_28}</b> per 28 days"
    ).format(
        first=day_text(effect.after[0]),
        last=day_text(effect.after[1]),
        per_28=number(effect.after_migraine_days_per_28),
    )
    if effect.change_percent is not None:
        change = ("+" if effect.change_percent > 0 else "") + percent(effect.change_percent / 100)
        text += _(", a change of {change}").format(change=change)
    if effect.responder is not None:
        text += (
            _("; a 50% responder by the diary") if effect.responder else _("; not a 50% responder")
        )
        if effect.overlapping:
            text += " " + _("(with the caveat that follows)")
    return f"{text}. {_note(effect)}".strip()


def _course(
    effect: TreatmentEffect, diary: Diary, include_notes: bool, width: float
) -> list[Flowable]:
    styles = report_styles()
    course = effect.treatment
    dose = f", {safe(course.dose)}" if course.dose else ""
    if course.end is None:  # an open end is its own sentence, never "from ... to ongoing"
        heading = _("{name} ({kind}): since {start}").format(
            name=safe(course.name) + dose,
            kind=_(KIND_WORDS[course.kind]),
            start=day_text(course.start),
        )
    else:
        heading = _("{name} ({kind}): {start} to {end}").format(
            name=safe(course.name) + dose,
            kind=_(KIND_WORDS[course.kind]),
            start=day_text(course.start),
            end=day_text(course.end),
        )
    story: list[Flowable] = [Paragraph(heading, styles.subheading)]
    story.append(Paragraph(_before_after(effect), styles.body))
    if include_notes and course.reason_stopped:
        story.append(
            Paragraph(
                _("Stopped because: {reason}").format(reason=safe(course.reason_stopped)),
                styles.body,
            )
        )
    sessions = sorted(
        (s for s in diary.sessions if s.treatment_id == course.id), key=lambda s: s.when
    )
    if sessions:
        listed = ", ".join(
            f"{day_text(s.when.date())}{' (' + safe(s.dose) + ')' if s.dose else ''}"
            for s in sessions[-SESSIONS_LISTED:]
        )
        count = len(sessions)
        if count > SESSIONS_LISTED:
            line = _("{n} sessions (the last {shown} shown): {listed}").format(
                n=count, shown=SESSIONS_LISTED, listed=listed
            )
        else:
            line = ngettext("{n} session: {listed}", "{n} sessions: {listed}", count).format(
                n=count, listed=listed
            )
        story.append(Paragraph(line, styles.body))
    effects = sorted(
        (s for s in diary.side_effects if s.treatment_id == course.id), key=lambda s: s.day
    )
    noted = include_notes and any(s.note.strip() for s in effects)
    rows = [
        [day_text(s.day), safe(s.name), side_effect_severity(s.severity)]
        + ([safe(s.note)] if noted else [])
        for s in effects
    ]
    if rows:
        header = (_("Date"), _("Side effect"), _("Severity"), *((_("Note"),) if noted else ()))
        fractions = (0.14, 0.3, 0.14, 0.42) if noted else (0.16, 0.5, 0.34)
        story.append(grid_table(header, rows, [f * width for f in fractions]))
    else:
        story.append(Paragraph(_("Side effects: none recorded."), styles.body))
    if include_notes and course.note:
        story.append(Paragraph(_("Note: {note}").format(note=safe(course.note)), styles.body))
    return story


def treatments_section(
    summary: Summary, diary: Diary, options: ReportOptions, width: float
) -> list[Flowable]:
    """Every course started by the end of the span, newest first."""
    styles = report_styles()
    story: list[Flowable] = [
        Paragraph(_("Preventive and procedural treatments"), styles.heading),
        Paragraph(
            _(
                "Each course is judged on the diary's migraine days: a baseline before the "
                "start against the same length from 4 weeks after the start. A 50% responder "
                "has at least 50% fewer migraine days. Courses need 2-3 months before a "
                "verdict."
            ),
            styles.small,
        ),
    ]
    courses: Sequence[TreatmentEffect] = sorted(
        summary.treatments, key=lambda e: e.treatment.start, reverse=True
    )
    if not courses:
        return [*story, Paragraph(_("No treatments recorded."), styles.body)]
    for effect in courses:
        story.append(KeepTogether(_course(effect, diary, options.include_notes, width)))
    return story
