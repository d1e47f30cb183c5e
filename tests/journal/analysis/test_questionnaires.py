"""MIDAS grades and HIT-6 bands (clinical-rules.md, "Questionnaires")."""

from __future__ import annotations

from datetime import date

import pytest

from journal import domain as d
from journal.analysis.questionnaires import hit6_band, latest_hit6, latest_midas, midas_grade


@pytest.mark.parametrize(
    ("score", "grade"),
    [(0, "I"), (5, "I"), (6, "II"), (10, "II"), (11, "III"), (20, "III"), (21, "IV"), (90, "IV")],
)
def test_midas_grade_boundaries(score: int, grade: str) -> None:
    assert midas_grade(score) == grade


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (36, "little or no impact"),
        (49, "little or no impact"),
        (50, "some impact"),
        (55, "some impact"),
        (56, "substantial impact"),
        (59, "substantial impact"),
        (60, "severe impact"),
        (78, "severe impact"),
    ],
)
def test_hit6_band_boundaries(total: int, band: str) -> None:
    assert hit6_band(total) == band


def test_latest_midas_in_the_span_is_scored_and_graded() -> None:
    entries = [
        d.MidasEntry(date(2026, 1, 10), 1, 1, 1, 1, 1),
        d.MidasEntry(date(2026, 3, 10), 5, 4, 3, 2, 1, headache_days=30, average_pain=7),
        d.MidasEntry(date(2026, 7, 10), 0, 0, 0, 0, 0),  # after the span
    ]
    latest = latest_midas(entries, date(2026, 1, 1), date(2026, 6, 30))
    assert latest is not None
    assert (latest.day, latest.score, latest.grade) == (date(2026, 3, 10), 15, "III")


def test_no_questionnaire_in_the_span_gives_none() -> None:
    assert latest_midas([], date(2026, 1, 1), date(2026, 6, 30)) is None
    outside = [d.Hit6Entry(date(2025, 1, 1), 60)]
    assert latest_hit6(outside, date(2026, 1, 1), date(2026, 6, 30)) is None
    inside = latest_hit6(
        [*outside, d.Hit6Entry(date(2026, 2, 1), 58)], date(2026, 1, 1), date(2026, 6, 30)
    )
    assert inside is not None and (inside.total, inside.band) == (58, "substantial impact")
