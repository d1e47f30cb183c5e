"""The import targets of DESIGN.md: a 10-year Migraine Buddy export (about 1,500
attacks: under 2 s, under 200 MiB) and a 200 MB Apple Health export (memory under
300 MiB, read as a stream). The files are generated here (benchmarks/app_files.py),
never committed. Each measurement runs in a fresh process: plan (with progress, as
the window shows it) and apply, all or nothing, into an empty journal."""

from __future__ import annotations

from pathlib import Path

from benchmarks.app_files import (
    ten_years_of_migraine_buddy,
    write_apple_health,
    write_migraine_buddy,
)

IMPORT = """
import os, resource, sys, tempfile, time
from pathlib import Path
from journal.storage import Journal
from journal.exchange.detect import plan_file
from journal.exchange.json_format import apply_import
seen = []
with Journal.open(Path(tempfile.mkdtemp(prefix="mj-import-")) / "journal.sqlite3") as journal:
    began = time.perf_counter()
    plan = plan_file(journal, Path({source!r}), progress=lambda done, total: seen.append(done))
    apply_import(journal, plan)
    took = time.perf_counter() - began
    assert plan.added_count >= {least}, plan.preview()
print({what}, flush=True)
os._exit(0)
"""
TIME = "took"
MEMORY = "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024"

ImportTarget = tuple[str, float | None, str, str]
"""name, limit (None: reported only), unit, script printing the measured value."""


def import_targets(folder: Path, health_megabytes: int = 200) -> list[ImportTarget]:
    """Write the two files into `folder`; the measurements that import them."""
    buddy = folder / "Migraine Buddy 10 years.csv"
    attacks = ten_years_of_migraine_buddy()
    with buddy.open("w", encoding="utf-8", newline="") as file:
        write_migraine_buddy(file, attacks)
    health = folder / "export.xml"
    with health.open("w", encoding="utf-8") as file:
        headaches = write_apple_health(file, health_megabytes)
    buddy_name = f"Migraine Buddy import, 10 years ({len(attacks)} attacks)"
    health_name = f"Apple Health import, {health.stat().st_size / 1e6:.0f} MB"

    def script(source: Path, least: int, what: str) -> str:
        return IMPORT.format(source=str(source), least=least, what=what)

    return [
        (f"{buddy_name}: time", 2.0, "s", script(buddy, len(attacks), TIME)),
        (f"{buddy_name}: peak memory", 200.0, "MiB", script(buddy, len(attacks), MEMORY)),
        (f"{health_name}: time", None, "s", script(health, headaches, TIME)),
        (f"{health_name}: peak memory", 300.0, "MiB", script(health, headaches, MEMORY)),
    ]
