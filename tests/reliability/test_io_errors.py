"""I/O errors injected through the storage layer, at every statement of each user
action in turn (as SQLite's own I/O-error tests do): the action fails with one plain
sentence, the journal is exactly as before, and the next try works."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import JournalError, StorageFailure
from journal.exchange.json_format import apply_import, export_document, plan_import
from journal.storage import Journal


class FailingConnection:
    """A sqlite3 connection that fails the `fail_at`-th statement with SQLITE_IOERR."""

    def __init__(self, real: sqlite3.Connection, fail_at: int) -> None:
        self._real = real
        self.fail_at = fail_at
        self.statements = 0

    def _tick(self) -> None:
        self.statements += 1
        if self.statements == self.fail_at:
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
            raise error

    def execute(self, *args: Any) -> Any:
        self._tick()
        return self._real.execute(*args)

    def executemany(self, *args: Any) -> Any:
        self._tick()
        return self._real.executemany(*args)

    def executescript(self, *args: Any) -> Any:
        self._tick()
        return self._real.executescript(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        medication = ops.save_medication(opened, ops.suggested_medication("Sumatriptan"))
        for day in range(1, 4):
            start = d.local_now() - timedelta(days=day)
            ops.record_attack_with_dose(
                opened,
                d.Attack(start=start, pain=2, symptoms=("nausea",)),
                d.Dose(medication.id, start + timedelta(minutes=30), "50 mg", pain_at_dose=2),
            )
        yield opened


def _attack(journal: Journal, _: Any) -> Any:
    start = d.local_now() - timedelta(hours=6)
    return ops.save_attack(journal, d.Attack(start=start, pain=3, symptoms=("vomiting",)))


def _attack_with_dose(journal: Journal, _: Any) -> Any:
    start = d.local_now() - timedelta(hours=8)
    medication = journal.medications.all()[0]
    return ops.record_attack_with_dose(
        journal,
        d.Attack(start=start, pain=2, symptoms=("nausea", "photophobia")),
        d.Dose(medication.id, start + timedelta(minutes=5), "50 mg", pain_at_dose=2),
    )


def _new_attack_id(journal: Journal) -> str:
    return str(_attack(journal, None).id)


def _import_document(_: Journal) -> dict[str, Any]:
    other = Journal.in_memory()
    medication = ops.save_medication(other, ops.suggested_medication("Rizatriptan"))
    for hours in (30, 60):
        start = d.local_now() - timedelta(hours=hours)
        ops.record_attack_with_dose(
            other,
            d.Attack(start=start, pain=2),
            d.Dose(medication.id, start + timedelta(minutes=5), "10 mg", pain_at_dose=2),
        )
    return export_document(other)


def _nothing(_: Journal) -> None:
    return None


# Each user action: (what it needs, prepared before the fault is armed; the action).
ACTIONS: dict[str, tuple[Callable[[Journal], Any], Callable[[Journal, Any], Any]]] = {
    "save attack": (_nothing, _attack),
    "attack with dose": (_nothing, _attack_with_dose),
    "delete attack": (_new_attack_id, ops.delete_attack),
    "rate dose": (
        lambda j: j.doses.all()[0].id,
        lambda j, dose_id: ops.rate_dose(j, dose_id, pain_2h=1),
    ),
    "medication": (
        lambda j: f"Medication {len(j.medications.all())}",
        lambda j, name: ops.save_medication(j, d.Medication(name)),
    ),
    "check-in": (
        lambda j: date.today() - timedelta(days=len(j.day_entries.all())),
        ops.check_in,
    ),
    "visit note": (_nothing, lambda j, _: ops.add_visit_note(j, "Ask about the pill")),
    "setting": (
        lambda j: f"dark {len(j.settings())}",
        lambda j, value: j.set_setting("theme", value),
    ),
    "import": (_import_document, lambda j, doc: apply_import(j, plan_import(j, doc))),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_io_error_at_any_statement_saves_nothing_and_the_next_try_works(
    journal: Journal, action: str, figures: Counter[str]
) -> None:
    prepare, run = ACTIONS[action]
    real = journal._db.conn
    fail_at = 1
    while True:
        needs = prepare(journal)
        before = export_document(journal)
        failing = FailingConnection(real, fail_at)
        journal._db.conn = failing  # type: ignore[assignment]
        failed = False
        try:
            run(journal, needs)
        except JournalError as error:
            failed = True
            assert isinstance(error, StorageFailure) and "not saved" in str(error)
            figures["io_errors"] += 1
            if export_document(journal) != before:
                figures["io_error_changes"] += 1
                pytest.fail(f"{action}: an I/O error at statement {fail_at} changed the journal")
        finally:
            journal._db.conn = real
        if failing.statements < fail_at:
            break  # the action ran to the end without reaching the injected failure
        if failed:
            run(journal, needs)  # the disk is fine again: the same action works
        fail_at += 1
    assert fail_at > 1
