"""Sync measurements (docs/sync.md): merging 10,000 changes from two other
computers (target: under 1 s), and the sync folder's size after a simulated 20
years of one computer's use, before and after a snapshot.

Run alone (`python benchmarks/sync_bench.py`) or from benchmarks/run.py, which
adds its rows to the table. Each measurement runs in a fresh process; the folders
are built first, outside the time measured.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MERGE = """
import json, shutil, sys, time
from pathlib import Path
from journal.storage import Journal
from journal.sync import merge
work = Path("{work}")
target = work / "run.sqlite3"
for suffix in ("", "-wal", "-shm"):
    Path(str(target) + suffix).unlink(missing_ok=True)
shutil.copyfile(work / "reader.sqlite3", target)
journal = Journal.open(target)
t0 = time.perf_counter()
report = merge.sync(journal)
elapsed = time.perf_counter() - t0
assert report.applied.changes == {changes}, report.applied.changes
print(json.dumps(elapsed))
"""

BUILD_MERGE = """
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from journal import operations as ops
from journal.storage import Journal
from journal.sync import joining, merge
work = Path("{work}")
folder = work / "folder"
folder.mkdir()
zone = timezone(timedelta(hours=1))
reader = Journal.open(work / "reader.sqlite3")
joining.join(reader, folder)
for name in ("desk", "laptop"):
    journal = Journal.open(work / f"{{name}}.sqlite3")
    joining.join(journal, folder)
    for n in range({per_computer}):
        start = datetime(2006, 1, 1, 8, tzinfo=zone) + timedelta(hours=7 * n)
        ops.start_attack(journal, start, pain=2, note=f"{{name}} {{n}}")
        if n % 25 == 0:
            merge.publish(journal)
    merge.publish(journal)
    journal.close()
reader.close()
print(0)
"""

TWENTY_YEARS = """
import dataclasses, json, os
from pathlib import Path
from journal import operations as ops
from journal.demo import write_demo
from journal.storage import Journal
from journal.sync import joining, merge
from journal.sync.layout import sync_root
merge.SNAPSHOT_AFTER = 1 << 62  # measure the log as it grows, then one snapshot
work = Path("{work}")
folder = work / "alone"
folder.mkdir()
journal = Journal.open(work / "twenty.sqlite3")
joining.join(journal, folder)
write_demo(journal, months=240, seed=7)
merge.publish(journal)
for attack in journal.attacks.all():  # every attack edited once after the fact
    ops.save_attack(journal, dataclasses.replace(attack, note=attack.note + " (edited)"))
merge.publish(journal)
def size():
    return sum(p.stat().st_size for p in sync_root(folder).rglob("*") if p.is_file())
before = size()
merge.publish(journal, snapshot=True)
after = size()
print(json.dumps([before / 2**20, after / 2**20, os.path.getsize(work / "twenty.sqlite3") / 2**20]))
"""


def _run(script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1])
    return result.stdout.strip().splitlines()[-1]


def sync_rows(runs: int = 5) -> list[tuple[str, float, float | None, str, str]]:
    """The table rows: (measure, value, target or None, unit, note)."""
    rows: list[tuple[str, float, float | None, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="mj-sync-bench-") as folder:
        work = Path(folder)
        _run(BUILD_MERGE.format(work=work, per_computer=5000))
        times = [
            float(json.loads(_run(MERGE.format(work=work, changes=10_000)))) for _ in range(runs)
        ]
        rows.append(
            (
                "Merge 10,000 changes from two computers",
                statistics.median(times),
                1.0,
                "s",
                "5,000 new attacks from each, in one transaction",
            )
        )
        before, after, journal = json.loads(_run(TWENTY_YEARS.format(work=work)))
        rows.append(
            (
                "Sync folder after 20 years of one computer, log only",
                before,
                None,
                "MiB",
                f"every record written once and every attack edited once "
                f"(the journal itself: {journal:.1f} MiB)",
            )
        )
        rows.append(
            ("Sync folder after a snapshot", after, None, "MiB", "the log replaced by one snapshot")
        )
    return rows


def main() -> int:
    print("| measure | measured | target | met | note |")
    print("|---|---:|---:|:---:|---|")
    for name, value, limit, unit, note in sync_rows():
        met = "–" if limit is None else ("yes" if value <= limit else "NO")
        shown = "–" if limit is None else f"{limit:g} {unit}"
        print(f"| {name} | {value:.3f} {unit} | {shown} | {met} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
