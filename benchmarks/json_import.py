"""The JSON import target of issue 12: a Migraine Journal export of 20,000 attacks
imported into an empty journal in under 2 s (it took 48 s when the reference check
was quadratic), and imported again into the same journal (every record known: each
is compared with the journal's). Reported too: the same attacks with a dose each,
so that 20,000 links are checked. The files are generated here, never committed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal import domain as d
from journal.codec import to_plain
from journal.exchange.json_format import FORMAT_NAME, FORMAT_VERSION

ATTACKS = 20_000

JSON_IMPORT = """
import os, tempfile, time
from pathlib import Path
from journal.storage import Journal
from journal.exchange.json_format import import_json
with Journal.open(Path(tempfile.mkdtemp(prefix="mj-json-")) / "journal.sqlite3") as journal:
    began = time.perf_counter()
    plan = import_json(journal, Path({source!r}))
    took = time.perf_counter() - began
    assert plan.added_count == {records}, plan.preview()
    if {again}:
        began = time.perf_counter()
        plan = import_json(journal, Path({source!r}))
        took = time.perf_counter() - began
        assert plan.added_count == 0, plan.preview()
print(took, flush=True)
os._exit(0)
"""


def write_export(path: Path, attacks: int = ATTACKS, *, doses: bool = False) -> int:
    """An export with `attacks` attacks (and a dose each); returns how many records."""
    stamp = "2026-01-01T00:00:00+00:00"
    medication = d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, d.Use.ACUTE)
    medication = _stamped(medication, stamp)
    first = datetime(2000, 1, 1, 8, 0, tzinfo=UTC)
    attack_list, dose_list = [], []
    for number in range(attacks):
        start = first + timedelta(hours=9 * number)
        attack = _stamped(d.Attack(start=start, pain=2, note=f"attack {number}"), stamp)
        dose = d.Dose(medication.id, start + timedelta(minutes=30), "50 mg", attack_id=attack.id)
        attack_list.append(to_plain(attack))
        dose_list.append(to_plain(_stamped(dose, stamp)))
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "medications": [to_plain(medication)],
        "attacks": attack_list,
        "doses": dose_list if doses else [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return 1 + attacks + (attacks if doses else 0)


def _stamped(record: object, stamp: str) -> object:
    import dataclasses

    return dataclasses.replace(record, created=stamp, updated=stamp)  # type: ignore[type-var]


def json_import_targets(folder: Path) -> list[tuple[str, float | None, str, str]]:
    """The measurements (name, limit or None, unit, script), with their files."""
    rows: list[tuple[str, float | None, str, str]] = []
    for doses, limit in ((False, 2.0), (True, None)):
        source = folder / f"export-{ATTACKS}-attacks{'-with-doses' if doses else ''}.json"
        records = write_export(source, doses=doses)
        name = f"JSON import, {ATTACKS:,} attacks{' with a dose each' if doses else ''}"
        for again, what in ((False, "new journal"), (True, "again, all known")):
            script = JSON_IMPORT.format(source=str(source), records=records, again=again)
            rows.append((f"{name}: {what}", limit, "s", script))
    return rows
