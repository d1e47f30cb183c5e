"""Estrogen-withdrawal markers and the aura + combined contraception note."""

from __future__ import annotations

from datetime import date

from journal import domain as d
from journal.analysis.hormones import aura_with_combined_contraceptive, withdrawal_markers

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)


def test_estrogen_phase_of_3_weeks_or_more_gets_a_withdrawal_marker() -> None:
    hrt = d.HormonalPhase(d.PhaseKind.HRT_CONTINUOUS, date(2026, 2, 1), date(2026, 2, 21))
    markers = withdrawal_markers([hrt], [date(2026, 2, 24), date(2026, 2, 27)], FIRST, LAST)
    assert len(markers) == 1
    assert (markers[0].stopped, markers[0].until) == (date(2026, 2, 22), date(2026, 2, 26))
    assert markers[0].attack_onsets == 1  # the 27th is 6 days after stopping


def test_short_or_non_estrogen_phases_get_no_marker() -> None:
    short = d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CYCLIC, date(2026, 2, 1), date(2026, 2, 20))
    progestogen = d.HormonalPhase(d.PhaseKind.PROGESTOGEN_ONLY, date(2026, 1, 1), date(2026, 5, 1))
    ongoing = d.HormonalPhase(d.PhaseKind.HRT_CYCLICAL, date(2026, 1, 1))
    assert withdrawal_markers([short, progestogen, ongoing], [], FIRST, LAST) == ()


def test_aura_and_combined_contraceptive_in_the_span_are_mentioned_together() -> None:
    pill = d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CONTINUOUS, date(2025, 6, 1))
    assert aura_with_combined_contraceptive([pill], [date(2026, 3, 3)], FIRST, LAST)
    assert not aura_with_combined_contraceptive([pill], [], FIRST, LAST)
    iud = d.HormonalPhase(d.PhaseKind.HORMONAL_IUD, date(2025, 6, 1))
    assert not aura_with_combined_contraceptive([iud], [date(2026, 3, 3)], FIRST, LAST)
