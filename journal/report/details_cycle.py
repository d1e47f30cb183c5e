"""The menstrual analysis page: the pattern, migraine attacks by cycle day with the window
shaded, cycles, hormonal phases and estrogen-withdrawal markers. Left out entirely
when the patient chooses to keep the cycle private."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from journal.analysis.summary import Summary
from journal.report.charts import cycle_day_chart
from journal.report.styles import report_styles
from journal.report.tables import grid_table
from journal.report.wording import SAFETY_NOTE, counted, day_text, menstrual_sentence

PHASE_WORDS = {
    "combined_pill_cyclic": "combined pill, with a pill-free interval",
    "combined_pill_continuous": "combined pill, continuous",
    "progestogen_only": "progestogen-only contraception",
    "hormonal_iud": "hormonal IUD",
    "hrt_cyclical": "HRT, cyclical",
    "hrt_continuous": "HRT, continuous",
    "pregnancy": "pregnancy",
    "postpartum": "postpartum / breastfeeding",
    "perimenopause": "perimenopause",
    "postmenopause": "postmenopause",
    "other": "other",
}


def cycle_section(summary: Summary, width: float, aura_and_pill: bool) -> list[Flowable]:
    styles = report_styles()
    menstrual, cycles, hormones = summary.menstrual, summary.cycles, summary.hormones
    story: list[Flowable] = [
        Paragraph("Menstrual cycle and hormones", styles.heading),
        Paragraph(menstrual_sentence(menstrual), styles.body),
    ]
    if aura_and_pill:
        story.append(Paragraph(SAFETY_NOTE, styles.note))
    story.append(
        Paragraph(
            "Migraine attacks by cycle day (day 1 = first day of bleeding)", styles.subheading
        )
    )
    story.append(cycle_day_chart(menstrual.by_cycle_day, width=width, height=125))
    lengths = [cycle.length for cycle in cycles.cycles]
    facts = [
        f"{len(cycles.periods)} periods started in the span",
        f"cycle lengths {min(lengths)} to {max(lengths)} days" if lengths else "",
        f"{counted(menstrual.unplaced_attacks, 'migraine attack')} with no known cycle day"
        if menstrual.unplaced_attacks
        else "",
        f"next period predicted around {cycles.next_period.isoformat()} (a prediction)"
        if cycles.next_period
        else "",
    ]
    story.append(Paragraph("; ".join(f for f in facts if f) + ".", styles.body))
    unusual = [c for c in cycles.cycles if c.unusual]
    if unusual:
        listed = ", ".join(f"{c.start.isoformat()} ({c.length} days)" for c in unusual)
        story.append(Paragraph(f"Cycles outside 21-45 days: {listed}.", styles.body))
    if hormones.phases:
        rows = [
            [PHASE_WORDS.get(str(p.kind), str(p.kind)), p.start.isoformat(), day_text(p.end)]
            for p in hormones.phases
        ]
        story.append(Paragraph("Hormonal phases", styles.subheading))
        story.append(
            grid_table(("Phase", "From", "To"), rows, [f * width for f in (0.5, 0.25, 0.25)])
        )
    for marker in hormones.withdrawal_markers:
        story.append(
            Paragraph(
                f"Estrogen stopped {marker.stopped.isoformat()} after 3 weeks or more: "
                f"{counted(marker.attack_onsets, 'attack')} started from then to "
                f"{marker.until.isoformat()} (ICHD-3 8.3.3 window).",
                styles.body,
            )
        )
    return story
