"""Migration 0006_sync: the tables that using the journal on several computers
needs (journal.sync; the capture triggers are storage/capture.py). Registered in
order by journal.storage.schema; never edited once released."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def sync_tables(db: Database) -> None:
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
