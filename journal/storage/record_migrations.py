"""Migrations that rewrite what records hold, rather than the shape of the tables.

Registered in their order by journal.storage.schema (which owns the migration set);
like every migration, never edited once released. Each states its rule in its
docstring, so what happened to a person's records can always be read here.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from journal.domain.records import utc_stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

_DEFAULT_FACTOR_KEYS_0007 = (
    "stress sleep water caffeine alcohol skipped_meal screen_time weather_change travel "
    "intense_exercise"
)
"""The default factors earlier versions wrote by English name ("skipped_meal" was
"Skipped meal"), frozen with the migration that reads them."""


def default_factors_by_key(db: Database) -> None:
    """0007. Default factors are stored by a stable key, shown in the app's language; a
    name is stored only when the user renamed one. Earlier versions wrote the
    default factors' English names: a factor still named so (in any case) becomes
    that key without a name. A factor the user renamed, or made up, keeps its name;
    its values stay linked by id."""
    db.executescript(
        """
        ALTER TABLE factors ADD COLUMN key TEXT NOT NULL DEFAULT '';
        DROP INDEX factors_name;
        CREATE UNIQUE INDEX factors_name ON factors(name COLLATE NOCASE) WHERE name != '';
        CREATE UNIQUE INDEX factors_key ON factors(key) WHERE key != '';
        """
    )
    for key in _DEFAULT_FACTOR_KEYS_0007.split():
        english = key.replace("_", " ").capitalize()
        db.execute(
            "UPDATE factors SET key = ?, name = '' WHERE name = ? COLLATE NOCASE", (key, english)
        )


_DRUG_IDS_0008 = uuid.UUID("6f1d3c52-7a0e-4b8e-9a55-0f3c2b1d9e08")
"""The namespace of the drug records 0008 makes: the same course gives the same id
on every computer that runs it, so synced copies agree."""


def one_home_for_preventives(db: Database) -> None:
    """0008. A preventive medication has one home, its course in Treatments (drug,
    dose, start, stop, why, side effects); the Medications list only shows it. Earlier
    versions let the same drug be entered in both places. The rule:

    1. A preventive-medication course that names no medication is linked to the
       medication of the same drug marked preventive: the same name (case and
       spaces ignored), or a brand and its generic in the built-in catalogue.
       When several courses are of one drug (tried twice), all are linked to it.
    2. A preventive-medication course with no such medication gets a drug record
       (its name, the catalogue's class or "other", marked preventive, its id made
       from the course's, its stamps the course's), so Medications can show it. A
       course named like a medication marked acute stays unlinked: that drug keeps
       its acute role and every dose of it still counts as acute.
    3. The newest course linked to a medication takes the medication's usual dose
       when it names none; when it names another one, the usual dose is added
       after a semicolon ("40 mg daily; 80 mg"), so no dose written anywhere is lost.
    4. Nothing is deleted or moved: every course keeps its name, dates, dose, reason,
       note, sessions and side effects; every medication keeps its id, name, class,
       usual dose and all its doses (linked by id, so no dose record changes).
    5. A medication marked preventive that no course names stays as it is: no
       course is made up for it, because its start date is not known (Medications
       offers to add it to Treatments).
    """
    from journal.catalog import drug_key

    stamp = utc_stamp()
    medications = [dict(row) for row in db.query("SELECT * FROM medications")]
    courses = [
        dict(row)
        for row in db.query(
            "SELECT * FROM treatments WHERE kind = 'preventive_medication' ORDER BY start, id"
        )
    ]
    taken = {m["name"].strip().casefold() for m in medications}
    by_drug: dict[str, dict[str, Any]] = {}
    for medication in medications:
        if medication["use"] == "preventive":
            by_drug.setdefault(drug_key(medication["name"]), medication)
    for course in courses:
        if course["medication_id"] is not None:
            continue
        drug = by_drug.get(drug_key(course["name"]))
        if drug is None and course["name"].strip().casefold() not in taken:
            drug = _drug_record(course)
            db.execute(
                "INSERT INTO medications (id, name, med_class, use, default_dose, retired,"
                " created, updated) VALUES (?, ?, ?, 'preventive', '', 0, ?, ?)",
                (drug["id"], drug["name"], drug["med_class"], drug["created"], drug["updated"]),
            )
            taken.add(drug["name"].casefold())
            by_drug[drug_key(course["name"])] = drug
        if drug is not None:
            course["medication_id"] = drug["id"]
            db.execute(
                "UPDATE treatments SET medication_id = ?, updated = ? WHERE id = ?",
                (drug["id"], stamp, course["id"]),
            )
    newest = {c["medication_id"]: c for c in courses if c["medication_id"] is not None}
    usual = {m["id"]: m["default_dose"].strip() for m in medications}
    for medication_id, course in newest.items():
        dose, extra = course["dose"].strip(), usual.get(medication_id, "")
        if not extra or extra.casefold() in dose.casefold():
            continue
        db.execute(
            "UPDATE treatments SET dose = ?, updated = ? WHERE id = ?",
            (f"{dose}; {extra}" if dose else extra, stamp, course["id"]),
        )


def _drug_record(course: dict[str, Any]) -> dict[str, Any]:
    from journal import catalog

    known = catalog.lookup(course["name"])
    return {
        "id": str(uuid.uuid5(_DRUG_IDS_0008, course["id"])),
        "name": " ".join(course["name"].split()),
        "med_class": known.med_class.value if known else "other",
        "created": course["created"],
        "updated": course["created"],
    }


def nameless_default_device(db: Database) -> None:
    """0010. A computer without a system name is stored without a name (the app words
    it in its language where it shows it); earlier versions stored the English
    sentence "This computer" as its name, for this computer and, read from their
    files in the sync folder, for the others. Exactly that name becomes none; a name
    the user gave, or the system's, stays."""
    for table in ("sync_device", "sync_peers"):
        if table in db.table_names():
            db.execute(f"UPDATE {table} SET name = '' WHERE name = 'This computer'")
