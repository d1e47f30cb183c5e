"""Storage: settings at open, refusal of foreign and newer files, atomic actions."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal import domain as d
from journal import operations as ops
from journal.errors import (
    JournalCorrupt,
    JournalLocked,
    JournalMissing,
    JournalTooNew,
    NotFound,
    ValidationError,
)
from journal.storage import Journal
from journal.storage import journal as storage_journal

CET = timezone(timedelta(hours=1))


def _full_attack() -> d.Attack:
    return d.Attack(
        start=datetime(2026, 3, 1, 22, 30, tzinfo=CET),
        end=datetime(2026, 3, 2, 6, 0, tzinfo=CET),
        type=d.AttackType.MIGRAINE,
        pain=3,
        pain_nrs=8,
        unilateral=True,
        pulsating=True,
        worse_with_activity=True,
        symptoms=("nausea", "photophobia", "phonophobia", "neck stiffness"),
        aura=(d.AuraSymptom(d.AuraType.VISUAL, 25), d.AuraSymptom(d.AuraType.SPEECH, None)),
        locations=("left", "behind_eye"),
        activities=("work",),
        suspected_triggers=("red wine", "late night"),
        note="Zig-zag lines first — then pain. ü ß 漢字",
    )


def test_open_sets_wal_full_sync_foreign_keys_and_secure_delete(journal: Journal) -> None:
    assert journal.pragma("journal_mode") == "wal"
    assert journal.pragma("synchronous") == 2  # FULL
    assert journal.pragma("foreign_keys") == 1
    assert journal.pragma("secure_delete") == 1


def test_every_field_of_an_attack_survives_saving_and_reopening(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        saved = journal.attacks.save(_full_attack())
    with Journal.open(journal_path) as journal:
        loaded = journal.attacks.get(saved.id)
    assert loaded == saved
    assert loaded.start.utcoffset() == timedelta(hours=1)  # wall time and offset kept


def test_saving_stamps_created_once_and_updated_each_time(journal: Journal) -> None:
    first = journal.attacks.save(_full_attack())
    again = journal.attacks.save(first)
    assert first.created and again.created == first.created
    assert journal.attacks.count() == 1


def test_journal_written_by_a_newer_version_is_refused_without_change(
    journal_path: Path,
) -> None:
    Journal.open(journal_path).close()
    with sqlite3.connect(journal_path) as connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('migraine-journal', '9999_from_the_future', 'later')"
        )
    connection.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalTooNew, match="newer version"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before


def test_a_database_that_is_not_a_journal_is_refused_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.close()
    before = other.read_bytes()
    with pytest.raises(JournalCorrupt, match="not a Migraine Journal"):
        Journal.open(other)
    assert other.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported_in_words(tmp_path: Path) -> None:
    garbage = tmp_path / "journal.sqlite3"
    garbage.write_bytes(b"this is a shopping list, not a database\n" * 200)
    with pytest.raises(JournalCorrupt):
        Journal.open(garbage)


def test_opening_a_missing_journal_without_create_says_so(tmp_path: Path) -> None:
    with pytest.raises(JournalMissing, match="no journal"):
        Journal.open(tmp_path / "nowhere.sqlite3", create=False)


def test_an_attack_with_its_dose_is_saved_whole_or_not_at_all(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    medication = ops.save_medication(journal, ops.suggested_medication("Sumatriptan"))
    attack = d.Attack(start=d.local_now() - timedelta(hours=1), pain=2)
    dose = d.Dose(medication.id, d.local_now(), "50 mg", pain_at_dose=2)

    def disk_fails(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(journal.doses, "_write", disk_fails)
    with pytest.raises(Exception, match="could not read or write"):
        ops.record_attack_with_dose(journal, attack, dose)
    monkeypatch.undo()
    assert journal.attacks.count() == 0
    assert journal.doses.count() == 0


def test_a_dose_for_an_unknown_medication_is_refused_in_words(journal: Journal) -> None:
    dose = d.Dose("no-such-medication", d.local_now())
    with pytest.raises(ValidationError, match="Choose the medication"):
        ops.record_dose(journal, dose)
    assert journal.doses.count() == 0


def test_deleting_an_attack_keeps_its_doses_and_undo_relinks_them(journal: Journal) -> None:
    medication = ops.save_medication(journal, ops.suggested_medication("Ibuprofen"))
    attack, dose = ops.record_attack_with_dose(
        journal,
        d.Attack(start=d.local_now() - timedelta(hours=3), pain=2),
        d.Dose(medication.id, d.local_now() - timedelta(hours=2), "400 mg", pain_at_dose=2),
    )
    deleted = ops.delete_attack(journal, attack.id)
    assert journal.attacks.count() == 0
    assert journal.doses.get(dose.id).attack_id is None  # still a medication day
    ops.undo_delete_attack(journal, deleted)
    assert journal.attacks.get(attack.id) == attack
    assert journal.doses.get(dose.id).attack_id == attack.id


def test_deleted_entry_is_reported_as_gone_in_words(journal: Journal) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        journal.attacks.get("missing")


def test_a_journal_busy_in_another_program_is_reported_as_locked(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_journal, "BUSY_TIMEOUT_MS", 50)
    journal = Journal.open(journal_path)
    other = sqlite3.connect(journal_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(JournalLocked, match="busy in another program"):
            ops.save_medication(journal, d.Medication("Naproxen"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        journal.close()


def test_medication_names_are_unique_ignoring_case(journal: Journal) -> None:
    ops.save_medication(journal, d.Medication("Sumatriptan"))
    with pytest.raises(ValidationError, match="already in your medications"):
        ops.save_medication(journal, d.Medication("  sumatriptan "))


def test_a_medication_needs_a_name(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        ops.save_medication(journal, d.Medication("   "))
    assert journal.medications.count() == 0


def test_new_record_ids_are_distinct_version_4_uuids() -> None:
    import uuid

    from journal.domain.records import new_id

    made = [new_id() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for text in made[:200]:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
