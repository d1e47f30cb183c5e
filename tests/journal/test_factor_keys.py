"""Default check-in factors are stored by a stable key, never by an English name: they
show in the app's language, a name is stored only when the user renames one, and
migration 0007 turns the English names earlier versions wrote into keys without
touching a user's own factors or any value."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal import domain as d
from journal import operations as ops
from journal.i18n import set_language
from journal.operations.days import DEFAULT_FACTORS_SEEDED
from journal.storage import Journal
from journal.storage.schema import APPLICATION_ID, migrations


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def stored_factors(path: Path) -> dict[str, tuple[str, str]]:
    """key or name -> (stored name, stored unit), read with plain sqlite3."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT key, name, unit FROM factors").fetchall()
    finally:
        connection.close()
    return {key or name: (name, unit) for key, name, unit in rows}


def test_a_new_journal_stores_default_factors_by_key_without_english_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal.open(path, create=True) as journal:
        ops.ensure_default_factors(journal)
    stored = stored_factors(path)
    assert stored["sleep"] == ("", "h")
    assert stored["skipped_meal"] == ("", "")
    assert all(name == "" for name, _ in stored.values())


def test_default_factors_show_in_the_language_of_the_app(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3", create=True) as journal:
        ops.ensure_default_factors(journal)
        set_language("de")
        shown = {f.key: (f.name, f.unit) for f in journal.factors.all()}
        assert shown["sleep"] == ("Schlaf", "h")
        assert shown["water"] == ("Wasser", "Gläser")
        assert shown["skipped_meal"][0] == "Mahlzeit ausgelassen"
        set_language("fr")
        assert journal.factors.all()[1].name == "Sommeil"


def test_a_renamed_default_factor_keeps_the_users_name_in_every_language(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal.open(path, create=True) as journal:
        sleep = next(f for f in ops.ensure_default_factors(journal) if f.key == "sleep")
        ops.save_factor(journal, d.Factor("Nachtschlaf", sleep.kind, "h", id=sleep.id, key="sleep"))
        assert stored_factors(path)["sleep"] == ("Nachtschlaf", "h")
        set_language("fr")
        assert journal.factors.get(sleep.id).name == "Nachtschlaf"
        # named back to its default (in any language): stored by key alone again
        ops.save_factor(journal, d.Factor("Schlaf", sleep.kind, "h", id=sleep.id, key="sleep"))
        assert stored_factors(path)["sleep"] == ("", "h")
        assert journal.factors.get(sleep.id).name == "Sommeil"


def test_the_defaults_are_added_once_also_when_the_journal_is_german(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3", create=True) as journal:
        set_language("de")
        first = ops.ensure_default_factors(journal)
        journal.set_setting(DEFAULT_FACTORS_SEEDED, "")
        set_language("en")
        again = ops.ensure_default_factors(journal)
    assert len(first) == len(again) == 10


def _journal_before_0007(path: Path) -> None:
    """A journal as the version before keys wrote it: English default names."""
    db = Database(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="0007_default_factors_by_key")
    made = "2026-01-01T00:00:00Z"
    for number, (name, unit) in enumerate(
        [("Sleep", "h"), ("skipped meal", ""), ("Hours in bed", "h"), ("Chocolate", "")]
    ):
        db.execute(
            "INSERT INTO factors (id, name, kind, unit, role, hidden, position, created, updated)"
            " VALUES (?, ?, 'amount', ?, 'neutral', 0, ?, ?, ?)",
            (f"f{number}", name, unit, number, made, made),
        )
    db.execute(
        'INSERT INTO day_entries (id, day, "values", note, created, updated) VALUES '
        "('e1', '2026-01-02', '[{\"factor_id\": \"f0\", \"value\": 7.5}]', '', ?, ?)",
        (made, made),
    )
    db.conn.commit()
    db.close()


def test_migration_0007_turns_english_default_names_into_keys_and_keeps_the_users_own(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    _journal_before_0007(path)
    with Journal.open(path) as journal:
        set_language("de")
        by_id = {f.id: f for f in journal.factors.all()}
        entry = journal.day_entries.all()[0]
    assert (by_id["f0"].key, by_id["f0"].name) == ("sleep", "Schlaf")
    assert (by_id["f1"].key, by_id["f1"].name) == ("skipped_meal", "Mahlzeit ausgelassen")
    assert (by_id["f2"].key, by_id["f2"].name) == ("", "Hours in bed")
    assert (by_id["f3"].key, by_id["f3"].name) == ("", "Chocolate")
    assert entry.values == (d.FactorValue("f0", 7.5),)
    assert entry.day == date(2026, 1, 2)
    stored = stored_factors(path)
    assert stored["sleep"] == ("", "h") and stored["Hours in bed"] == ("Hours in bed", "h")
