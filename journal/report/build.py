"""Build the doctor's PDF from a Diary: page 1, the calendar, the detail pages.

`build_report` returns the PDF's bytes (the report dialog previews and prints them);
`write_report` saves it through a temporary file and a rename, so an existing report
is replaced only by a complete new one.
"""

from __future__ import annotations

import dataclasses
import errno
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph

from journal.analysis.clinic_days import clinic_months
from journal.analysis.diary import Diary
from journal.analysis.summary import Summary, summarize
from journal.errors import JournalError
from journal.exchange.json_format import write_atomically
from journal.i18n import N_, _, using_language
from journal.report.calendar_marks import calendar_marks
from journal.report.calendar_section import calendar_section
from journal.report.clinic_calendar_chs import chs_pages
from journal.report.clinic_calendar_dmkg import dmkg_pages
from journal.report.details_cycle import cycle_section
from journal.report.details_other import (
    months_section,
    notes_section,
    questions_section,
    trigger_section,
)
from journal.report.details_treatment import acute_effect_section, treatments_section
from journal.report.options import ClinicCalendar, ReportOptions
from journal.report.styles import MARGIN, report_styles
from journal.report.summary_page import summary_page, title_block
from journal.report.template import render_pdf
from journal.report.wording import day_text


class ReportNotSaved(JournalError):
    """The PDF could not be written where the person asked."""


def has_entries(diary: Diary, first: date, last: date) -> bool:
    """Whether anything at all was recorded in the span."""
    dated = [
        *(attack.start.date() for attack in diary.attacks),
        *(attack.end.date() for attack in diary.attacks if attack.end),
        *(dose.taken.date() for dose in diary.doses),
        *(entry.day for entry in diary.day_entries),
        *(bleeding.day for bleeding in diary.bleeding_days),
        *(session.when.date() for session in diary.sessions),
        *(effect.day for effect in diary.side_effects),
        *(entry.day for entry in diary.midas),
        *(entry.day for entry in diary.hit6),
    ]
    return any(first <= day <= last for day in dated)


def _empty_story(diary: Diary, options: ReportOptions, today: date) -> list[Flowable]:
    styles = report_styles()
    story = title_block(options, 0, today)
    story.append(
        Paragraph(
            _(
                "<b>Nothing was recorded in the diary from {first} to {last}</b>: no attacks, "
                "medication, check-ins, periods or treatment sessions. There are no figures "
                "to report for this span."
            ).format(first=day_text(options.first), last=day_text(options.last)),
            styles.body,
        )
    )
    if diary.first_recorded_day:
        story.append(
            Paragraph(
                _(
                    "The diary's first entry is from {day}; choose a span that includes "
                    "entries to see figures."
                ).format(day=day_text(diary.first_recorded_day)),
                styles.body,
            )
        )
    return story


def report_story(
    diary: Diary, summary: Summary, options: ReportOptions, width: float
) -> list[Flowable]:
    """Every page's content, in reading order, as the options allow. A diary with no
    period or hormonal phase recorded has no cycle to report: no cycle page, row or
    "menstrual pattern" line (which would only say that cycles are missing)."""
    if options.include_cycle and not (diary.bleeding_days or diary.phases):
        options = dataclasses.replace(options, include_cycle=False)
    aura_and_pill = options.include_cycle and summary.hormones.aura_with_combined_contraceptive
    story = summary_page(summary, options, width, aura_and_pill)
    story.append(PageBreak())
    marks = calendar_marks(
        diary, summary.facts, options.first, options.last, include_cycle=options.include_cycle
    )
    story += calendar_section(marks, options.include_cycle)
    story.append(PageBreak())
    if options.clinic_calendar is not None:
        months = clinic_months(diary, summary.facts, options.first, options.last, summary.today)
        layout = dmkg_pages if options.clinic_calendar == ClinicCalendar.DMKG else chs_pages
        story += layout(months, options.include_cycle)
        story.append(PageBreak())
    story += months_section(summary, width)
    story += acute_effect_section(summary, diary, width)
    story += treatments_section(summary, diary, options, width)
    if options.include_cycle:
        story += cycle_section(summary, width, aura_and_pill)
    story += trigger_section(summary, width, options.include_cycle)
    if options.include_notes:
        story += notes_section(summary, diary, width)
        story += questions_section(summary)
    return story


def build_report(diary: Diary, options: ReportOptions, today: date) -> bytes:
    """The report's PDF for the options' span, as bytes, in the options' language."""
    with using_language(options.language):
        return _build_report(diary, options, today)


def _build_report(diary: Diary, options: ReportOptions, today: date) -> bytes:
    if options.last < options.first:
        raise JournalError(_("The report's span ends before it starts; check the dates."))
    width = options.page_size[0] - 2 * MARGIN
    if has_entries(diary, options.first, options.last):
        summary = summarize(diary, options.first, options.last, today)
        story = report_story(diary, summary, options, width)
    else:
        story = _empty_story(diary, options, today)
    return render_pdf(
        story,
        page_size=options.page_size,
        first=options.first,
        last=options.last,
        printed=today,
    )


_REASONS = {
    errno.ENOENT: N_("the folder does not exist"),
    errno.EACCES: N_("the folder cannot be written to"),
    errno.EPERM: N_("the folder cannot be written to"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EISDIR: N_("a folder has that name"),
    errno.ENOTDIR: N_("part of the path is not a folder"),
}


def write_report(diary: Diary, options: ReportOptions, target: Path, today: date) -> None:
    """Build the report and save it at `target`, replacing a file only when complete."""
    content = build_report(diary, options, today)
    try:
        write_atomically(Path(target), content)
    except JournalError as error:
        cause = error.__cause__
        code = cause.errno if isinstance(cause, OSError) else None
        reason = _(_REASONS[code]) if code in _REASONS else str(error).rstrip(".")
        raise ReportNotSaved(
            _("The report could not be saved to {target}: {reason}.").format(
                target=target, reason=reason
            )
        ) from error
