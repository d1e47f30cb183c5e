"""The journal's schema, as named migrations that are never edited once released.

Each migration runs in its own transaction with the record of it (sqlite-utils'
Migrations). A journal that lists a migration this version does not know was
written by a newer version and is refused.

The migrations that shape tables are here; those that rewrite what records hold
(keys for default factors, one home for preventives) are journal.storage.
record_migrations, registered here in their order.

Lists inside a record (symptoms, aura, factor values...) are JSON text columns:
they are read and written with their record, in the same row, so they can never
be half saved.
"""

from __future__ import annotations

import sqlite3
import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (0.2-0.3 s) only to store numpy values, which the
    journal never does; keep numpy unloaded unless something else loaded it."""
    if "numpy" in sys.modules or "sqlite_utils" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()

from sqlite_utils import Database, Migrations  # noqa: E402

from journal.storage.importer_notes import importer_notes_to_facts  # noqa: E402
from journal.storage.record_migrations import (  # noqa: E402
    default_factors_by_key,
    nameless_default_device,
    one_home_for_preventives,
)
from journal.storage.versions import APPLICATION_ID, MIGRATION_NAMES, MIGRATION_SET  # noqa: E402

__all__ = ["APPLICATION_ID", "MIGRATION_NAMES", "MIGRATION_SET", "apply_pending", "migrations"]

migrations = Migrations(MIGRATION_SET)

_STAMPS = "created TEXT NOT NULL, updated TEXT NOT NULL"


@migrations(name="0001_foundation")
def foundation(db: Database) -> None:
    """Medications, attacks and doses (the first release)."""
    db.executescript(
        f"""
        CREATE TABLE medications (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            med_class TEXT NOT NULL,
            use TEXT NOT NULL,
            default_dose TEXT NOT NULL DEFAULT '',
            retired INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        );
        CREATE UNIQUE INDEX medications_name ON medications(name COLLATE NOCASE);
        CREATE TABLE attacks (
            id TEXT PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT,
            type TEXT NOT NULL,
            pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 3),
            pain_nrs INTEGER CHECK (pain_nrs BETWEEN 0 AND 10),
            unilateral INTEGER NOT NULL DEFAULT 0,
            pulsating INTEGER NOT NULL DEFAULT 0,
            worse_with_activity INTEGER NOT NULL DEFAULT 0,
            symptoms TEXT NOT NULL DEFAULT '[]',
            aura TEXT NOT NULL DEFAULT '[]',
            locations TEXT NOT NULL DEFAULT '[]',
            activities TEXT NOT NULL DEFAULT '[]',
            suspected_triggers TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE INDEX attacks_start ON attacks(start);
        CREATE TABLE doses (
            id TEXT PRIMARY KEY,
            medication_id TEXT NOT NULL REFERENCES medications(id),
            taken TEXT NOT NULL,
            amount TEXT NOT NULL DEFAULT '',
            attack_id TEXT REFERENCES attacks(id) ON DELETE SET NULL,
            pain_at_dose INTEGER CHECK (pain_at_dose BETWEEN 0 AND 3),
            pain_2h INTEGER CHECK (pain_2h BETWEEN 0 AND 3),
            pain_24h INTEGER CHECK (pain_24h BETWEEN 0 AND 3),
            side_effects TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE INDEX doses_taken ON doses(taken);
        CREATE INDEX doses_attack ON doses(attack_id);
        CREATE INDEX doses_medication ON doses(medication_id);
        """
    )


@migrations(name="0002_days_cycles_treatments")
def days_cycles_treatments(db: Database) -> None:
    """Daily factors, bleeding days, hormonal phases, treatments with sessions and
    side effects, MIDAS and HIT-6 entries, and notes for the visit."""
    db.executescript(
        f"""
        CREATE TABLE factors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        );
        CREATE UNIQUE INDEX factors_name ON factors(name COLLATE NOCASE);
        CREATE TABLE day_entries (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL UNIQUE,
            "values" TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE TABLE bleeding_days (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL UNIQUE,
            flow TEXT NOT NULL,
            withdrawal INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        );
        CREATE TABLE hormonal_phases (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT,
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE TABLE treatments (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT,
            medication_id TEXT REFERENCES medications(id),
            dose TEXT NOT NULL DEFAULT '',
            reason_stopped TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE TABLE treatment_sessions (
            id TEXT PRIMARY KEY,
            treatment_id TEXT NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
            "when" TEXT NOT NULL,
            dose TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE INDEX treatment_sessions_treatment ON treatment_sessions(treatment_id);
        CREATE TABLE side_effects (
            id TEXT PRIMARY KEY,
            treatment_id TEXT NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
            session_id TEXT REFERENCES treatment_sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            severity TEXT NOT NULL,
            day TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE INDEX side_effects_treatment ON side_effects(treatment_id);
        CREATE TABLE midas_entries (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            missed_work INTEGER NOT NULL,
            reduced_work INTEGER NOT NULL,
            missed_household INTEGER NOT NULL,
            reduced_household INTEGER NOT NULL,
            missed_social INTEGER NOT NULL,
            headache_days INTEGER,
            average_pain INTEGER,
            {_STAMPS}
        );
        CREATE TABLE hit6_entries (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            total INTEGER NOT NULL CHECK (total BETWEEN 36 AND 78),
            {_STAMPS}
        );
        CREATE TABLE visit_notes (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="0003_pain_may_be_unrecorded", transactional=False)
def pain_may_be_unrecorded(db: Database) -> None:
    """An attack's 0-3 pain may be unrecorded (NULL): "Attack now" and imports from
    apps with a 0-10 scale no longer store an unchosen pain as 0, "no pain".

    SQLite cannot drop NOT NULL in place, so the attacks table is rebuilt (SQLite's
    documented 12 steps) with foreign keys off: dropping the old table with them on
    would set every dose's attack_id to NULL. The rebuild is one transaction; if the
    record of this migration is lost to a crash, it finds the work done and stops.
    Existing pains stay as they are (a stored 0 cannot be told from a chosen 0).
    """
    conn = db.conn
    columns = {row[1]: row for row in conn.execute("PRAGMA table_info(attacks)")}
    if not columns["pain"][3]:  # notnull already off: the rebuild was done
        return
    conn.execute("PRAGMA foreign_keys = OFF")  # no effect inside a transaction: none is open
    try:
        with db.atomic():
            conn.execute(
                f"""
                CREATE TABLE attacks_rebuilt (
                    id TEXT PRIMARY KEY,
                    start TEXT NOT NULL,
                    "end" TEXT,
                    type TEXT NOT NULL,
                    pain INTEGER CHECK (pain BETWEEN 0 AND 3),
                    pain_nrs INTEGER CHECK (pain_nrs BETWEEN 0 AND 10),
                    unilateral INTEGER NOT NULL DEFAULT 0,
                    pulsating INTEGER NOT NULL DEFAULT 0,
                    worse_with_activity INTEGER NOT NULL DEFAULT 0,
                    symptoms TEXT NOT NULL DEFAULT '[]',
                    aura TEXT NOT NULL DEFAULT '[]',
                    locations TEXT NOT NULL DEFAULT '[]',
                    activities TEXT NOT NULL DEFAULT '[]',
                    suspected_triggers TEXT NOT NULL DEFAULT '[]',
                    note TEXT NOT NULL DEFAULT '',
                    {_STAMPS}
                )
                """
            )
            names = ", ".join(f'"{name}"' for name in columns)
            conn.execute(f"INSERT INTO attacks_rebuilt ({names}) SELECT {names} FROM attacks")
            conn.execute("DROP TABLE attacks")
            conn.execute("ALTER TABLE attacks_rebuilt RENAME TO attacks")
            conn.execute("CREATE INDEX attacks_start ON attacks(start)")
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign keys broken by the rebuild: {broken[:3]}")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


@migrations(name="0004_attack_end_may_be_unknown")
def attack_end_may_be_unknown(db: Database) -> None:
    """An attack may have only a start, its end unknown (not "still going on"):
    imports from files with an empty end, and attacks whose end the patient does
    not remember. Existing attacks keep their meaning (0: the end is known or the
    attack is still going on)."""
    db.execute("ALTER TABLE attacks ADD COLUMN end_unknown INTEGER NOT NULL DEFAULT 0")


@migrations(name="0005_day_records_and_sources")
def day_records_and_sources(db: Database) -> None:
    """Day records (a headache or migraine on a day, hours unknown); where an
    imported record came from; a dose's route and helpfulness; bleeding between
    periods. New columns have defaults, so every existing row stays as it was."""
    db.executescript(
        f"""
        CREATE TABLE day_records (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            pain INTEGER CHECK (pain BETWEEN 0 AND 3),
            pain_nrs INTEGER CHECK (pain_nrs BETWEEN 0 AND 10),
            symptoms TEXT NOT NULL DEFAULT '[]',
            aura INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        );
        CREATE INDEX day_records_day ON day_records(day);
        ALTER TABLE attacks ADD COLUMN source TEXT NOT NULL DEFAULT '';
        ALTER TABLE doses ADD COLUMN route TEXT NOT NULL DEFAULT '';
        ALTER TABLE doses ADD COLUMN helpfulness TEXT;
        ALTER TABLE doses ADD COLUMN source TEXT NOT NULL DEFAULT '';
        ALTER TABLE bleeding_days ADD COLUMN intermenstrual INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE bleeding_days ADD COLUMN source TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="0006_sync")
def sync(db: Database) -> None:
    """What using the journal on several computers needs (journal.sync): this
    computer's identity and clock, the changes captured for its log (the outbox),
    each record's clocks and tombstone, how far each other computer's log was
    applied, the values that lost a concurrent edit, and records found to be one
    (the same day or name entered on two computers)."""
    db.executescript(
        """
        CREATE TABLE sync_device (
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            clock TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT '',
            folder_key TEXT NOT NULL DEFAULT '',
            joined TEXT NOT NULL DEFAULT '',
            logged_seq INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sync_applying (merge INTEGER NOT NULL);
        CREATE TABLE sync_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            op TEXT NOT NULL,
            fields TEXT NOT NULL,
            changed TEXT NOT NULL DEFAULT '',
            hlc TEXT,
            base TEXT
        );
        CREATE INDEX sync_outbox_unstamped ON sync_outbox(seq) WHERE hlc IS NULL;
        CREATE TABLE sync_records (
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            born TEXT NOT NULL DEFAULT '',
            deleted TEXT NOT NULL DEFAULT '',
            clocks TEXT NOT NULL DEFAULT '{}',
            ghost TEXT,
            PRIMARY KEY (tbl, record_id)
        ) WITHOUT ROWID;
        CREATE TABLE sync_peers (
            device TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            segment INTEGER NOT NULL DEFAULT 0,
            frames INTEGER NOT NULL DEFAULT 0,
            chain TEXT NOT NULL DEFAULT '',
            clock TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL DEFAULT '',
            refused TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            lost TEXT NOT NULL,
            lost_clock TEXT NOT NULL,
            kept TEXT NOT NULL,
            kept_clock TEXT NOT NULL,
            noticed TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            UNIQUE (tbl, record_id, field, lost_clock)
        );
        CREATE TABLE sync_aliases (
            tbl TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            PRIMARY KEY (tbl, from_id)
        ) WITHOUT ROWID;
        """
    )


migrations(name="0007_default_factors_by_key")(default_factors_by_key)
migrations(name="0008_one_home_for_preventives")(one_home_for_preventives)
migrations(name="0009_importer_notes_to_facts")(importer_notes_to_facts)
migrations(name="0010_nameless_default_device")(nameless_default_device)


def apply_pending(connection: object) -> None:
    """Apply every migration the journal behind `connection` lacks, each in its
    own transaction with the record of it; then (re)install the change capture,
    so a table a migration adds is captured as soon as it exists."""
    from journal.storage.capture import install_capture

    migrations.apply(Database(connection, execute_plugins=False))  # type: ignore[arg-type]
    install_capture(connection)  # type: ignore[arg-type]
