"""Page 1: the two-minute summary a neurologist reads first.

Headline figures, acute medication days per class against the ICHD-3 overuse
thresholds, the patterns the diary matches, questionnaires, current preventive
treatments and the monthly bar chart. Every figure comes from the Summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from journal.analysis.attacks import NOT_RECORDED, AttackFigures
from journal.analysis.months import MonthFigures
from journal.analysis.overuse import THRESHOLDS
from journal.analysis.summary import Summary
from journal.analysis.treatment_effect import TreatmentEffect
from journal.i18n import _, day_pattern, ngettext, pgettext
from journal.report.charts import monthly_chart
from journal.report.counting_box import counting_box_flowable
from journal.report.options import ReportOptions
from journal.report.styles import RULE, report_styles
from journal.report.tables import grid_table
from journal.report.wording import (
    AURA_WITHOUT_HEADACHE_WORDS,
    KIND_WORDS,
    NO_HEADACHE_WORDS,
    NOT_RECORDED_WORDS,
    SAFETY_NOTE,
    chronic_sentence,
    class_label,
    day_text,
    menstrual_sentence,
    month_text,
    nrs_note,
    number,
    overuse_level_sentence,
    overuse_sentence,
    safe,
)

MONTHS_LISTED_ON_PAGE_ONE = 6
MONTHS_CHARTED = 24


def title_block(
    options: ReportOptions, summary_days: int, today: date, counted_first: date | None = None
) -> list[Flowable]:
    """The title, the patient (only what was typed in) and the span, with the days
    counted when they are fewer: up to today, from the diary's first entry."""
    styles = report_styles()
    story: list[Flowable] = [Paragraph(_("Headache diary summary"), styles.title)]
    who = []
    if options.patient_name.strip():
        who.append(_("Patient: <b>{name}</b>").format(name=safe(options.patient_name.strip())))
    if options.birth_date:
        who.append(_("born {day}").format(day=day_text(options.birth_date)))
    if who:
        story.append(Paragraph(", ".join(who), styles.body))
    days = ngettext("{n} day", "{n} days", options.days).format(n=options.days)
    later_start = counted_first is not None and counted_first > options.first
    if later_start and options.last > today:
        days = ngettext(
            "{days}; {n} counted, from the diary's first entry on {start} up to {today}",
            "{days}; {n} counted, from the diary's first entry on {start} up to {today}",
            summary_days,
        ).format(days=days, n=summary_days, start=day_text(counted_first), today=day_text(today))
    elif later_start:
        days = ngettext(
            "{days}; {n} counted, from the diary's first entry on {start}",
            "{days}; {n} counted, from the diary's first entry on {start}",
            summary_days,
        ).format(days=days, n=summary_days, start=day_text(counted_first))
    elif options.last > today:
        days = ngettext(
            "{days}; {n} counted, up to {today}", "{days}; {n} counted, up to {today}", summary_days
        ).format(days=days, n=summary_days, today=day_text(today))
    story.append(
        Paragraph(
            _("Diary from <b>{first}</b> to <b>{last}</b> ({days}).").format(
                first=day_text(options.first), last=day_text(options.last), days=days
            )
            + " "
            + _(
                "Figures follow the ICHD-3 diary rules; they describe the diary and are not a "
                "diagnosis."
            ),
            styles.small,
        )
    )
    return story


def _per_month(months: Sequence[MonthFigures], field: str) -> str:
    values = [getattr(month.tally, field) for month in months]
    if not values:
        return ""
    if len(months) <= MONTHS_LISTED_ON_PAGE_ONE:
        listed = ", ".join(
            # TRANSLATORS: a month and its count, "Mar 2026: 4" (French "mars 2026 : 4")
            _("{month}: {n}").format(month=month_text(m.month), n=v)
            for m, v in zip(months, values, strict=True)
        )
        return _("By month: {listed}.").format(listed=listed)
    return _("Per calendar month {least} to {most} (see the month table).").format(
        least=min(values), most=max(values)
    )


def _current_treatments(treatments: Sequence[TreatmentEffect], on: date) -> str:
    current = [
        effect.treatment
        for effect in treatments
        if effect.treatment.start <= on
        and (effect.treatment.end is None or effect.treatment.end >= on)
    ]
    if not current:
        return _("None recorded.")
    # TRANSLATORS: between the courses (French puts a space before ";")
    return pgettext("list separator", "; ").join(
        _("{name} ({kind}, since {start})").format(
            name=safe(t.name) + (" " + safe(t.dose) if t.dose else ""),
            kind=_(KIND_WORDS[t.kind]),
            start=day_text(t.start),
        )
        for t in current
    )


def _trend_text(summary: Summary) -> str:
    trend = summary.trend
    if trend is None and summary.counted_first > summary.first:
        return ngettext(
            "The diary covers {n} day of the span: too few for a trend (56 are needed).",
            "The diary covers {n} days of the span: too few for a trend (56 are needed).",
            summary.days,
        ).format(n=summary.days)
    if trend is None:
        return _("The span is too short for a trend (under 56 days).")
    halves = _(
        "{first} then {second} migraine days per 28 days in the first and second half of the span"
    ).format(first=number(trend.first_half_per_28), second=number(trend.second_half_per_28))
    if trend.direction == "steady":
        return _("About the same: {halves}.").format(halves=halves)
    if trend.direction == "fewer":
        return _("Fewer migraine days lately: {halves}.").format(halves=halves)
    return _("More migraine days lately: {halves}.").format(halves=halves)


def _day_count(count: int, per_28: float, days: int) -> str:
    """ "<b>3</b> in 91 days: <b>0.9</b> per 28 days."; under 28 days counted no rate
    (one migraine day in a diary of one day is not 28 a month)."""
    in_days = ngettext("in {n} day", "in {n} days", days).format(n=days)
    if days < 28:
        return _("<b>{count}</b> {in_days} (too few days for a rate per 28 days).").format(
            count=count, in_days=in_days
        )
    return _("<b>{count}</b> {in_days}: <b>{per_28}</b> per 28 days.").format(
        count=count, in_days=in_days, per_28=number(per_28)
    )


def headline_rows(summary: Summary, options: ReportOptions) -> list[tuple[str, str]]:
    """Label and value of each headline figure, in the order a specialist reads them."""
    totals, figures = summary.totals, summary.attack_figures
    rows = [
        (
            _("Migraine days"),
            _day_count(totals.migraine_days, totals.migraine_days_per_28, totals.days)
            + " "
            + _per_month(summary.months, "migraine_days"),
        ),
        (
            _("Headache days"),
            _day_count(totals.headache_days, totals.headache_days_per_28, totals.days)
            + " "
            + _per_month(summary.months, "headache_days"),
        ),
    ]
    rows.append((_("Trend"), _trend_text(summary)))
    duration = (
        _("median duration {hours} h").format(hours=number(figures.median_hours))
        if figures.median_hours is not None
        else _("no finished attack to time")
    )
    if figures.open_attacks:
        duration = _("{duration}; {n} still going").format(
            duration=duration, n=figures.open_attacks
        )
    rows.append((_("Attacks"), f"<b>{figures.attacks}</b> ({duration})"))
    severity = _severity_mix_text(figures)
    ratings = _unrecorded_ratings(summary)
    if ratings:
        severity += f". {nrs_note(ratings)}"
    rows.append((_("Severity (peak pain)"), severity))
    rows.append((_("Attacks with aura"), str(figures.aura_attacks)))
    if summary.chronic.matches:
        rows.append((_("Chronic migraine"), chronic_sentence(summary.chronic)))
    if options.include_cycle:
        rows.append((_("Menstrual pattern"), menstrual_sentence(summary.menstrual)))
    midas, hit6 = summary.midas, summary.hit6
    rows.append(
        (
            _("MIDAS (latest)"),
            _("grade <b>{grade}</b>, score {score} ({day})").format(
                grade=midas.grade, score=midas.score, day=day_text(midas.day)
            )
            if midas
            else _("none recorded in this span"),
        )
    )
    rows.append(
        (
            _("HIT-6 (latest)"),
            f"<b>{hit6.total}</b>, {_(hit6.band)} ({day_text(hit6.day)})"
            if hit6
            else _("none recorded in this span"),
        )
    )
    rows.append(
        (_("Preventive treatments now"), _current_treatments(summary.treatments, options.last))
    )
    return rows


def _severity_mix_text(figures: AttackFigures) -> str:
    """ "mild 2, moderate 3, severe 6, aura without headache (pain 0) 1": the counted
    attacks by peak pain; pain 0 is worded as clinical-rules.md counts it (a typical
    aura without headache when it has aura), and empty groups other than 1-3 are left
    out."""
    mix = figures.severity_mix
    aura_only = figures.aura_without_headache
    levels = [f"{_(label)} {mix[label]}" for label in mix if label not in ("none", NOT_RECORDED)]
    others = (
        (AURA_WITHOUT_HEADACHE_WORDS, aura_only),
        (NO_HEADACHE_WORDS, mix["none"] - aura_only),
        (NOT_RECORDED_WORDS, mix[NOT_RECORDED]),
    )
    return ", ".join(levels + [f"{_(words)} {count}" for words, count in others if count])


def _unrecorded_ratings(summary: Summary) -> list[int]:
    """The 0-10 rating (highest) of each counted attack with no 0-3 pain, as given."""
    ratings = []
    for episode in summary.episodes:
        given = [a.pain_nrs for a in episode.attacks if a.pain_nrs is not None]
        if episode.pain is None and given:
            ratings.append(max(given))
    return ratings


def _two_column_table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    styles = report_styles()
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.regular, styles.body.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def medication_table(summary: Summary, width: float) -> Table | Paragraph:
    """Acute medication days per class: the span, the worst month, the threshold."""
    styles = report_styles()
    classes = [c for c, days in summary.totals.acute_medication_days.items() if days]
    if not classes:
        return Paragraph(_("No acute medication recorded in this span."), styles.body)
    at_threshold = {f.med_class: len(f.months) for f in summary.overuse}
    rows = []
    for med_class in classes:
        worst = max(summary.months, key=lambda m: m.tally.acute_medication_days.get(med_class, 0))
        threshold = THRESHOLDS.get(med_class)
        rows.append(
            [
                class_label(med_class),
                str(summary.totals.acute_medication_days[med_class]),
                f"{worst.tally.acute_medication_days.get(med_class, 0)} "
                f"({month_text(worst.month)})",
                ngettext("{n} day a month", "{n} days a month", threshold).format(n=threshold)
                if threshold
                else _("not counted by ICHD-3"),
                str(at_threshold.get(med_class, 0)) if threshold else "–",
            ]
        )
    header = (
        _("Acute medication class"),
        _("Days in span"),
        _("Most in a month"),
        _("Overuse from"),
        _("Months at it"),
    )
    return grid_table(header, rows, [w * width for w in (0.32, 0.14, 0.2, 0.2, 0.14)])


def chart_figures(
    months: Sequence[MonthFigures],
) -> tuple[list[str], list[float], list[float], list[float], str]:
    """The bar chart's series: per month, or yearly averages per month for long spans."""
    if len(months) <= MONTHS_CHARTED:
        labels = [day_pattern(m.first, "yyMMM") for m in months]
        return (
            labels,
            [m.tally.migraine_days for m in months],
            [m.tally.headache_days for m in months],
            [m.tally.any_acute_medication_days for m in months],
            _("Days per calendar month"),
        )
    years: dict[str, list[MonthFigures]] = {}
    for month in months:
        years.setdefault(month.month[:4], []).append(month)

    def mean(group: list[MonthFigures], field: str) -> float:
        return float(sum(getattr(m.tally, field) for m in group)) / len(group)

    return (
        list(years),
        [mean(group, "migraine_days") for group in years.values()],
        [mean(group, "headache_days") for group in years.values()],
        [mean(group, "any_acute_medication_days") for group in years.values()],
        _("Average days per calendar month, by year"),
    )


def summary_page(
    summary: Summary, options: ReportOptions, width: float, aura_and_pill: bool
) -> list[Flowable]:
    styles = report_styles()
    story = title_block(options, summary.days, summary.today, summary.counted_first)
    rows = [
        [Paragraph(label, styles.cell_bold), Paragraph(value, styles.cell)]
        for label, value in headline_rows(summary, options)
    ]
    story.append(_two_column_table(rows, [0.22 * width, 0.78 * width]))
    story.append(Spacer(1, 6))
    story.append(medication_table(summary, width))
    for finding in summary.overuse:
        story.append(Paragraph(overuse_sentence(finding), styles.small))
    level = summary.overuse_one_or_more
    if level is not None and (level.sustained or len(summary.overuse) > 1):
        story.append(Paragraph(overuse_level_sentence(level), styles.small))
    if aura_and_pill:
        story.append(Paragraph(_(SAFETY_NOTE), styles.note))
    labels, migraine, headache, medication, caption = chart_figures(summary.months)
    story.append(
        Paragraph(
            _("{caption}, with the ICHD-3 overuse thresholds").format(caption=caption),
            styles.subheading,
        )
    )
    story.append(monthly_chart(labels, migraine, headache, medication, width=width, height=140))
    story.append(Spacer(1, 8))
    story.append(counting_box_flowable(summary, width))
    return story
