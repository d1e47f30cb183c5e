"""Record tables read by date span: attacks, doses and day records."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from journal import domain as d
from journal.storage.repository import Repository

R = TypeVar("R")


class AttackRepository(Repository[d.Attack]):
    def touching(self, first: date, last: date) -> list[d.Attack]:
        """Attacks that touch any local calendar day from first to last (open ones
        count as going on until now; one whose end is unknown, on its start day only)."""
        return self.where(
            "substr(start, 1, 10) <= ? AND CASE WHEN end_unknown THEN substr(start, 1, 10) >= ? "
            'ELSE "end" IS NULL OR substr("end", 1, 10) >= ? END',
            (last.isoformat(), first.isoformat(), first.isoformat()),
        )

    def open_attacks(self) -> list[d.Attack]:
        """Attacks still going on (not those whose end is unknown)."""
        return self.where('"end" IS NULL AND NOT end_unknown', ())


class DoseRepository(Repository[d.Dose]):
    def between(self, first: date, last: date) -> list[d.Dose]:
        """Doses taken on local calendar days first..last."""
        return self.where(
            "substr(taken, 1, 10) BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
        )

    def for_attack(self, attack_id: str) -> list[d.Dose]:
        return self.where("attack_id = ?", (attack_id,))

    def awaiting_2h_rating(self) -> list[d.Dose]:
        return self.where(
            "attack_id IS NOT NULL AND pain_at_dose IS NOT NULL AND pain_2h IS NULL", ()
        )


class DayRepository(Repository[R]):
    """Records keyed by one calendar day (check-ins, bleeding days)."""

    def between(self, first: date, last: date) -> list[R]:
        return self.where("day BETWEEN ? AND ?", (first.isoformat(), last.isoformat()))

    def on(self, day: date) -> R | None:
        found = self.where("day = ?", (day.isoformat(),))
        return found[0] if found else None
