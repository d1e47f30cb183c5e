"""Fixtures for the reliability suite, and the summary line with its figures.

Each test adds what it tried and what it found to `figures`; at the end of the
run one line reports them (kills, lost, partial, corrupt copies detected, bad
imports), so the acceptance figures come from the tests' own output.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal.storage.schema import APPLICATION_ID, migrations

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FOUNDATION_FIXTURE = ROOT / "tests" / "fixtures" / "foundation-0.1.sqlite3"
FIRST_MIGRATION_AFTER_FOUNDATION = "0002_days_cycles_treatments"

FIGURES: Counter[str] = Counter()


@pytest.fixture
def figures() -> Counter[str]:
    """The run's reliability figures; tests add to them."""
    return FIGURES


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Soak runs only when asked for (`-m soak`, as `make soak` does): a plain
    `pytest tests/reliability` stays quick. They are deselected, not skipped."""
    if "soak" in (config.getoption("markexpr", "") or ""):
        return
    soak = [item for item in items if item.get_closest_marker("soak")]
    if soak:
        config.hook.pytest_deselected(items=soak)
        items[:] = [item for item in items if not item.get_closest_marker("soak")]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    f = FIGURES
    parts = [
        f"kills {f['kills']} (writing {f['kills_writing']}, backing up {f['kills_backup']}, "
        f"migrating {f['kills_migration']}, restoring {f['kills_restore']}, "
        f"moving {f['kills_move']})",
        f"restores completed {f['restores_completed']}, moves completed {f['moves_completed']}",
        f"acknowledged {f['acknowledged']}",
        f"lost {f['lost']}",
        f"partial {f['partial']}",
        f"corrupt copies detected {f['corrupt_detected']}/{f['corrupt_made']}",
        f"bad imports {f['bad_imports']} ({f['import_crashes']} crashes, "
        f"{f['import_changes']} changes)",
        f"disk-full write paths {f['disk_full_clear']}/{f['disk_full_paths']} clear",
        f"injected I/O errors {f['io_errors']} ({f['io_error_changes']} changes)",
    ]
    terminalreporter.write_sep("-", "reliability figures")
    terminalreporter.write_line("reliability: " + ", ".join(parts))


class Zygote:
    """A child Python process (tests/reliability/crash_child.py) that has imported the
    journal once and forks a fresh worker per round, so hundreds of SIGKILLs stay fast.
    Workers print an acknowledgement line after each commit."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "crash_child.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
        )
        self._buffer = b""

    def _line(self, timeout: float = 20.0) -> str:
        assert self.process.stdout is not None
        descriptor = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([descriptor], [], [], timeout)
            chunk = os.read(descriptor, 65536) if ready else b""
            if not chunk:
                raise RuntimeError("the crash child stopped answering")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def round(
        self,
        command: str,
        delay: float,
        *,
        wait_for: str = "",
        before_kill: Callable[[], object] | None = None,
    ) -> list[str]:
        """Start a worker, SIGKILL it `delay` seconds after it started (or after it
        printed a line starting with `wait_for`: waiting for the event, never for a
        guessed time, keeps a loaded machine from failing the test), and return
        every line it printed before it died. With `wait_for`, an "error" line the
        worker printed instead fails the round. `before_kill` runs just before the
        delay (while the worker lives)."""
        assert self.process.stdin is not None
        self.process.stdin.write((command + "\n").encode())
        self.process.stdin.flush()
        lines: list[str] = []
        pid, failed = 0, ""
        while not pid or (
            wait_for and not failed and not any(x.startswith(wait_for) for x in lines)
        ):
            line = self._line()
            if line.startswith("pid "):
                pid = int(line.split()[1])
                continue
            lines.append(line)
            if line.startswith("error") and not failed:
                failed = line
        if before_kill is not None and not failed:
            before_kill()
        if delay > 0 and not failed:
            select.select([], [], [], delay)
        os.kill(pid, signal.SIGKILL)  # workers never exit by themselves: pid is still ours
        while True:
            line = self._line()
            if line == f"dead {pid}":
                break
            lines.append(line)
        if wait_for and failed:
            raise AssertionError(f"the worker failed before {wait_for!r}: {failed}")
        return lines

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=20)


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    started = Zygote()
    yield started
    started.close()


@pytest.fixture
def foundation_journal(tmp_path: Path) -> Path:
    """A journal file as release 0.1 wrote it (see make_foundation_journal)."""
    return make_foundation_journal(tmp_path / "foundation.sqlite3")


def make_foundation_journal(path: Path) -> Path:
    """A journal as release 0.1 wrote it (only the foundation migration), with
    entries: the shared fixture file when present, else built here."""
    if FOUNDATION_FIXTURE.exists():
        shutil.copyfile(FOUNDATION_FIXTURE, path)
        return path
    db = Database(path)
    db.enable_wal()
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before=FIRST_MIGRATION_AFTER_FOUNDATION)
    stamp = "2025-01-01T10:00:00+01:00"
    db["medications"].insert(
        {
            "id": "m1",
            "name": "Sumatriptan",
            "med_class": "triptan",
            "use": "acute",
            "created": stamp,
            "updated": stamp,
        }
    )
    for number in range(40):
        start = f"2025-01-{number % 28 + 1:02d}T08:00:00+01:00"
        db["attacks"].insert(
            {
                "id": f"a{number}",
                "start": start,
                "type": "migraine",
                "pain": 2,
                "symptoms": '["nausea"]',
                "created": stamp,
                "updated": stamp,
            }
        )
        db["doses"].insert(
            {
                "id": f"d{number}",
                "medication_id": "m1",
                "taken": start,
                "attack_id": f"a{number}",
                "created": stamp,
                "updated": stamp,
            }
        )
    db.close()
    return path
