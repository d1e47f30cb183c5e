"""The menstrual analysis page: the pattern, migraine attacks by cycle day with the window
shaded, cycles, hormonal phases and estrogen-withdrawal markers. Left out entirely
when the patient chooses to keep the cycle private."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from journal.analysis.summary import Summary
from journal.i18n import N_, _, ngettext
from journal.report.charts import cycle_day_chart
from journal.report.styles import report_styles
from journal.report.tables import grid_table
from journal.report.wording import SAFETY_NOTE, day_text, menstrual_sentence

PHASE_WORDS = {
    "combined_pill_cyclic": N_("combined pill, with a pill-free interval"),
    "combined_pill_continuous": N_("combined pill, continuous"),
    "progestogen_only": N_("progestogen-only contraception"),
    "hormonal_iud": N_("hormonal IUD"),
    "hrt_cyclical": N_("HRT, cyclical"),
    "hrt_continuous": N_("HRT, continuous"),
    "pregnancy": N_("pregnancy"),
    "postpartum": N_("postpartum / breastfeeding"),
    "perimenopause": N_("perimenopause"),
    "postmenopause": N_("postmenopause"),
    "other": N_("other"),
}
"""Translated where shown."""


def cycle_section(summary: Summary, width: float, aura_and_pill: bool) -> list[Flowable]:
    styles = report_styles()
    menstrual, cycles, hormones = summary.menstrual, summary.cycles, summary.hormones
    story: list[Flowable] = [
        Paragraph(_("Menstrual cycle and hormones"), styles.heading),
        Paragraph(menstrual_sentence(menstrual), styles.body),
    ]
    if aura_and_pill:
        story.append(Paragraph(_(SAFETY_NOTE), styles.note))
    story.append(
        Paragraph(
            _("Migraine attacks by cycle day (day 1 = first day of bleeding)"),
            styles.subheading,
        )
    )
    story.append(cycle_day_chart(menstrual.by_cycle_day, width=width, height=125))
    lengths = [cycle.length for cycle in cycles.cycles]
    periods, unplaced = len(cycles.periods), menstrual.unplaced_attacks
    facts = [
        ngettext(
            "{n} period started in the span", "{n} periods started in the span", periods
        ).format(n=periods),
        _("cycle lengths {least} to {most} days").format(least=min(lengths), most=max(lengths))
        if lengths
        else "",
        ngettext(
            "{n} migraine attack with no known cycle day",
            "{n} migraine attacks with no known cycle day",
            unplaced,
        ).format(n=unplaced)
        if unplaced
        else "",
        _("next period predicted around {day} (a prediction)").format(
            day=day_text(cycles.next_period)
        )
        if cycles.next_period
        else "",
    ]
    story.append(Paragraph("; ".join(f for f in facts if f) + ".", styles.body))
    unusual = [c for c in cycles.cycles if c.unusual]
    if unusual:
        listed = ", ".join(
            ngettext("{day} ({n} day)", "{day} ({n} days)", c.length).format(
                day=day_text(c.start), n=c.length
            )
            for c in unusual
        )
        story.append(
            Paragraph(_("Cycles outside 21-45 days: {listed}.").format(listed=listed), styles.body)
        )
    if hormones.phases:
        rows = [
            [_(PHASE_WORDS.get(str(p.kind), str(p.kind))), day_text(p.start), day_text(p.end)]
            for p in hormones.phases
        ]
        story.append(Paragraph(_("Hormonal phases"), styles.subheading))
        story.append(
            grid_table(
                (_("Phase"), _("From"), _("To")), rows, [f * width for f in (0.5, 0.25, 0.25)]
            )
        )
    for marker in hormones.withdrawal_markers:
        story.append(
            Paragraph(
                ngettext(
                    "Estrogen stopped {stopped} after 3 weeks or more: {n} attack started "
                    "from then to {until} (ICHD-3 8.3.3 window).",
                    "Estrogen stopped {stopped} after 3 weeks or more: {n} attacks started "
                    "from then to {until} (ICHD-3 8.3.3 window).",
                    marker.attack_onsets,
                ).format(
                    stopped=day_text(marker.stopped),
                    n=marker.attack_onsets,
                    until=day_text(marker.until),
                ),
                styles.body,
            )
        )
    return story
