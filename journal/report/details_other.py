"""Detail pages: month by month, the trigger screen, the patient's own notes and
their questions for the visit."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from journal import domain as d
from journal.analysis.days import MigraineBasis
from journal.analysis.diary import Diary
from journal.analysis.summary import Summary
from journal.analysis.triggers import FactorAssociation
from journal.i18n import _, ngettext, pgettext
from journal.report.styles import report_styles
from journal.report.tables import grid_table
from journal.report.wording import (
    day_text,
    is_about_cycle,
    month_text,
    number,
    percent,
    safe,
    short_class_label,
)

NOTE_CHARACTERS = 600


def months_section(summary: Summary, width: float) -> list[Flowable]:
    """A row per calendar month, its migraine days with their basis split (as the
    summary's `months` entries); months at an overuse threshold are marked."""
    styles = report_styles()
    classes = [c for c, days in summary.totals.acute_medication_days.items() if days]
    reached = {(f.med_class, month) for f in summary.overuse for month in f.months}
    rows = []
    for month in summary.months:
        tally = month.tally
        cells = [
            month_text(month.month)
            if month.complete
            else _("{month} (part)").format(month=month_text(month.month)),
            str(tally.days),
            str(tally.migraine_days),
            _basis_split(tally.migraine_basis),
            str(tally.headache_days),
            str(month.attacks),
        ]
        for med_class in classes:
            days = tally.acute_medication_days.get(med_class, 0)
            over = (str(med_class), month.month) in reached
            cells.append(f"<b>{days} ▲</b>" if over else str(days))
        rows.append(cells)
    header = [
        _("Month"),
        _("Days"),
        _("Migraine days"),
        # TRANSLATORS: column header; its cells read "5 / 2 / 0"
        _("of which: features / own label / medication"),
        _("Headache days"),
        _("Attacks"),
    ]
    header += [short_class_label(c) for c in classes]
    fixed = [0.14, 0.06, 0.09, 0.12, 0.09, 0.08]  # "Sep 2026 (part)" on one line
    rest = (1 - sum(fixed)) / max(1, len(classes))
    widths = [f * width for f in fixed] + [rest * width] * len(classes)
    return [
        Paragraph(_("Month by month"), styles.heading),
        grid_table(header, rows, widths, header_size=7 if len(classes) <= 5 else 6.5),
        Paragraph(
            _(
                "A month's migraine days rest on the ICHD-3 features or typical aura, on "
                "the patient's own label only, or on migraine-specific medication only "
                "(see how the figures were counted). The class columns count days of acute "
                "medication intake per class. ▲ marks a month in which a class reached its "
                "ICHD-3 overuse threshold."
            ),
            styles.small,
        ),
    ]


def _basis_split(basis: dict[str, int]) -> str:
    """The migraine days by features / own label / medication: "5 / 2 / 0"."""
    return " / ".join(str(basis.get(kind.key, 0)) for kind in MigraineBasis)


def _ratio(association: FactorAssociation) -> str:
    """The ratio cell: never a bare "0.00×" when no attack followed the factor."""
    if association.days_with and not association.followed_with:
        return _("no attacks followed")
    if association.ratio is None:
        return "–"
    return f"{number(association.ratio, 2)}×"


def trigger_section(summary: Summary, width: float, include_cycle: bool) -> list[Flowable]:
    """Each tracked factor: attack rate on days with it against days without it
    (factors about the cycle stay out when the cycle is left out)."""
    styles = report_styles()
    story: list[Flowable] = [
        Paragraph(_("Trigger screen (association, not cause)"), styles.heading),
        Paragraph(
            _(
                "For each factor the patient tracked daily: how often an attack started on "
                "or after a day with it, against days without it, and how many days each "
                "rate rests on (fewer than 10 days or 5 attacks on a side: read with care). "
                "An association in a diary does not show that a factor causes attacks."
            ),
            styles.small,
        ),
    ]
    associations = [a for a in summary.triggers if include_cycle or not is_about_cycle(a.factor)]
    if not associations:
        return [*story, Paragraph(_("No daily factors recorded in this span."), styles.body)]
    rows = [
        [
            # TRANSLATORS: a tracked factor and its condition, "Sleep: below 6 h"
            _("{factor}: {condition}").format(factor=safe(a.factor), condition=safe(a.condition)),
            str(a.days_with),
            percent(a.attack_rate_with),
            str(a.days_without),
            percent(a.attack_rate_without),
            _ratio(a),
            _("few days or attacks: read with care") if a.low_data else "",
        ]
        for a in associations
    ]
    header = (
        _("Factor"),
        _("Days with"),
        _("Attack rate with"),
        _("Days without"),
        _("Attack rate without"),
        _("Ratio"),
        "",
    )
    fractions = (0.24, 0.08, 0.11, 0.09, 0.12, 0.17, 0.19)
    table = grid_table(header, rows, [f * width for f in fractions])
    return [KeepTogether([*story, table])]


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= NOTE_CHARACTERS else text[:NOTE_CHARACTERS].rstrip() + " …"


def _file_said(facts: tuple[d.FileFact, ...]) -> str:
    """What an imported file said about a record that a doctor may read: its own
    fields and values, a type or a pain word the journal has none for (not the
    bookkeeping of times the file lacked), "" when nothing."""
    said = []
    for fact in facts:
        if fact.reason is None and fact.field:
            said.append(_("{field}: {value}").format(field=fact.field, value=fact.value))
        elif fact.reason is None and fact.value:
            said.append(fact.value)
        elif fact.reason == d.FactReason.TYPE_NOT_MATCHED and fact.value:
            said.append(_("type in the file: {value}").format(value=fact.value))
        elif fact.reason == d.FactReason.ABOVE_SEVERE:
            said.append(_("rated “{value}” in the file").format(value=fact.value))
    if not said:
        return ""
    return _("From the imported file: {facts}").format(facts="; ".join(said))


def notes_section(summary: Summary, diary: Diary, width: float) -> list[Flowable]:
    """The patient's free-text notes on attacks and days of the span, by date, and
    what the files they were imported from said beyond the journal's fields."""
    styles = report_styles()
    notes = [
        (attack.start.date(), _("attack"), rank, text)
        for attack in diary.attacks
        for rank, text in enumerate((attack.note, _file_said(attack.provenance)))
        if text.strip() and summary.first <= attack.start.date() <= summary.last
    ]
    notes += [
        (record.day, _("day"), rank, text)
        for record in diary.day_records
        for rank, text in enumerate((record.note, _file_said(record.provenance)))
        if text.strip() and summary.first <= record.day <= summary.last
    ]
    notes += [
        (entry.day, _("day"), 0, entry.note)
        for entry in diary.day_entries
        if entry.note.strip() and summary.first <= entry.day <= summary.last
    ]
    if not notes:
        return []
    # by day; the person's own words (rank 0) before what a file said (rank 1)
    rows = [[day_text(day), kind, safe(_clip(text))] for day, kind, _r, text in sorted(notes)]
    return [
        Paragraph(_("The patient's notes"), styles.heading),
        grid_table(
            (_("Date"), pgettext("a note on an attack or a day", "On"), _("Note")),
            rows,
            [0.15 * width, 0.08 * width, 0.77 * width],
        ),
    ]


def questions_section(summary: Summary) -> list[Flowable]:
    styles = report_styles()
    story: list[Flowable] = [Paragraph(_("Questions for this visit"), styles.heading)]
    if not summary.questions:
        return [*story, Paragraph(_("No questions written down."), styles.body)]
    count = len(summary.questions)
    story.append(
        Paragraph(
            ngettext(
                "The patient wrote down {n} question:",
                "The patient wrote down {n} questions:",
                count,
            ).format(n=count),
            styles.body,
        )
    )
    story += [
        Paragraph(f"{number_}. {safe(text)}", styles.body)
        for number_, text in enumerate(summary.questions, start=1)
    ]
    return story
