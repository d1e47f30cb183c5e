"""The attack rules the window and the command line share: a forgotten open attack,
the end offered for it, and the attacks a dose may be for (issue 13)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from journal import domain as d
from journal import operations
from journal.storage import Journal
from journal.validation import (
    FORGOTTEN_AFTER,
    TYPICAL_ATTACK,
    attack_notes,
    left_open_too_long,
    likely_end,
)

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 10, 12, tzinfo=CET)


def test_an_attack_open_more_than_a_day_was_probably_forgotten() -> None:
    assert not left_open_too_long(d.Attack(start=NOW - timedelta(hours=23)), NOW)
    assert not left_open_too_long(d.Attack(start=NOW - FORGOTTEN_AFTER), NOW)
    assert left_open_too_long(d.Attack(start=NOW - timedelta(hours=25)), NOW)
    ended = d.Attack(start=NOW - timedelta(days=3), end=NOW - timedelta(days=2))
    assert not left_open_too_long(ended, NOW)


def test_the_end_offered_is_a_typical_length_later_but_never_after_now() -> None:
    long_ago = NOW - timedelta(days=2)
    assert likely_end(long_ago, NOW) == long_ago + TYPICAL_ATTACK
    lately = NOW - timedelta(hours=1)
    assert likely_end(lately, NOW) == NOW


def test_a_typical_attack_draws_no_note_about_its_length() -> None:
    start = NOW - timedelta(days=1)
    assert "end" not in attack_notes(d.Attack(start=start, end=start + TYPICAL_ATTACK))
    assert "end" in attack_notes(d.Attack(start=start, end=start + timedelta(hours=73)))


def test_a_dose_may_be_for_attacks_on_its_day_and_the_days_around_it(journal: Journal) -> None:
    def attack(days_before: int) -> d.Attack:
        start = NOW - timedelta(days=days_before, hours=4)
        return operations.save_attack(
            journal, d.Attack(start=start, end=start + timedelta(hours=3)), now=NOW
        )

    same_day, day_before, two_days_before, long_ago = attack(0), attack(1), attack(2), attack(9)
    offered = {a.id for a in operations.attacks_a_dose_may_treat(journal, NOW)}
    assert offered == {same_day.id, day_before.id}
    assert two_days_before.id not in offered
    with_link = operations.attacks_a_dose_may_treat(journal, NOW, long_ago)
    assert long_ago.id in {a.id for a in with_link}, "the attack already linked stays offered"
    assert len(with_link) == 3
