"""Child process of the disk-full test: every write path under RLIMIT_FSIZE.

With the file-size limit at 0, no file may grow, as on a full disk (SIGXFSZ is
ignored, so writes fail with EFBIG instead of killing the process). For each write
path it records the error, whether the journal is unchanged, and whether the same
action works once the limit is lifted. Prints one JSON list on stdout.

Usage: python disk_full_child.py JOURNAL IMPORT_FILE
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import domain as d
from journal import operations as ops
from journal.errors import JournalError
from journal.exchange.json_format import export_document, export_json, import_json
from journal.storage import Journal
from journal.storage.backup import list_backups, make_backup


def limit(on: bool) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0 if on else hard, hard))


def main() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    path, import_file = Path(sys.argv[1]), Path(sys.argv[2])
    journal = Journal.open(path, lock=True)
    medication = ops.save_medication(journal, ops.suggested_medication("Rizatriptan"))
    for day in range(1, 6):
        ops.save_attack(journal, d.Attack(start=d.local_now() - timedelta(days=day), pain=2))
    make_backup(path)
    export_target = path.with_name("export.json")
    export_target.write_text("an earlier export\n")

    def attack() -> Any:
        start = d.local_now() - timedelta(hours=3)
        return ops.save_attack(journal, d.Attack(start=start, pain=3, note="é" * 5000))

    def attack_with_dose() -> Any:
        start = d.local_now() - timedelta(hours=5)
        return ops.record_attack_with_dose(
            journal,
            d.Attack(start=start, pain=2, symptoms=("nausea",)),
            d.Dose(medication.id, start + timedelta(minutes=10), "10 mg", pain_at_dose=2),
        )

    def setting() -> Any:
        return journal.set_setting("low_light", "x" * 5000)

    paths: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
        ("save attack", attack, lambda: None),
        ("attack with dose", attack_with_dose, lambda: None),
        ("journal setting", setting, lambda: None),
        ("import", lambda: import_json(journal, import_file), lambda: None),
        ("export", lambda: export_json(journal, export_target), export_target.read_text),
        ("backup", lambda: make_backup(path), lambda: [b.path for b in list_backups(path)]),
    ]
    results = []
    for name, action, outside in paths:
        journal.close()  # the -wal starts empty, so every write must grow a file
        journal = Journal.open(path, lock=True)
        before = (export_document(journal), outside())
        limit(True)
        try:
            action()
            error: dict[str, str] = {}
        except JournalError as failure:
            error = {"type": type(failure).__name__, "message": str(failure)}
        finally:
            limit(False)
        unchanged = (export_document(journal), outside()) == before
        try:
            action()
            works_again = True
        except JournalError:
            works_again = False
        leftovers = [p.name for p in path.parent.rglob(".*") if p.is_file()]
        results.append(
            {
                "path": name,
                "error": error,
                "unchanged": unchanged,
                "works_again": works_again,
                "leftovers": leftovers,
            }
        )
    journal.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
