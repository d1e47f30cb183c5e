"""The journal file versions this app knows, read at every open.

Kept apart from journal.storage.schema (the migrations themselves, which need
sqlite-utils) so opening an up-to-date journal never loads the migration code.
A test checks that these names are exactly the migrations schema.py registers.
"""

from __future__ import annotations

MIGRATION_SET = "migraine-journal"
APPLICATION_ID = 0x4D474A31  # "MGJ1": marks the file as a Migraine Journal
MIGRATION_NAMES = (
    "0001_foundation",
    "0002_days_cycles_treatments",
    "0003_pain_may_be_unrecorded",
    "0004_attack_end_may_be_unknown",
    "0005_day_records_and_sources",
    "0006_sync",
    "0007_default_factors_by_key",
    "0008_one_home_for_preventives",
    "0009_importer_notes_to_facts",
    "0010_nameless_default_device",
)
