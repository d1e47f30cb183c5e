"""The timeline's numbers as a table, with one sentence saying what the chart shows
now (ChartCard.set_table): one row a day with an attack, acute medication or a
period day, as the bars and bands show them."""

from __future__ import annotations

from datetime import date

from journal import domain as d
from journal.analysis.counted import days_text
from ui.insights.charts.timeline import NOT_RECORDED, TimelineChart, pain_words, translate
from ui.kit.journal_words import journal_word
from ui.kit.locale_text import date_text


def fill_table(chart: TimelineChart, first: date, last: date) -> None:
    """One row a day with an attack, medication or a period day (what the bars show)."""
    assert chart.data is not None
    facts = chart.data.summary.facts
    shown = sorted(
        day
        for day, fact in facts.items()
        if day in chart.attack_counts
        or fact.acute_classes
        or (fact.bleeding and chart.data.cycle_tracking)
    )
    yes = translate("charts", "yes")
    rows = []
    for day in shown:
        fact = facts[day]
        level = chart.pain_level(day) if day in chart.attack_counts else None
        pain = ""
        if day in chart.attack_counts:
            pain = translate("charts", NOT_RECORDED) if level is None else pain_words(level)
        kind = ""
        if fact.migraine:
            kind = translate("charts", "Migraine day")
        elif fact.headache:
            kind = translate("charts", "Headache day")
        classes = ", ".join(
            sorted(journal_word(d.CLASS_LABELS.get(c, str(c))) for c in fact.acute_classes)
        )
        period = yes if fact.bleeding and chart.data.cycle_tracking else ""
        rows.append(
            [date_text(day), str(chart.attack_counts.get(day, 0)), pain, kind, classes, period]
        )
    severe = sum(1 for day in chart.attack_counts if chart.pain_level(day) == 3)
    says = translate(
        "charts",
        "From {0} to {1}: attacks on {2}, {3} of them with severe pain.",  # {2}: "3 days"
    ).format(date_text(first), date_text(last), days_text(len(chart.attack_counts)), severe)
    chart.card.set_table(
        [
            translate("charts", "Day"),
            translate("charts", "Attacks"),
            translate("charts", "Peak pain"),
            translate("charts", "Migraine or headache"),
            translate("charts", "Acute medication"),
            translate("charts", "Period day"),
        ],
        rows,
        says,
    )
