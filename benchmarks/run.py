"""Measure every performance target of DESIGN.md on a 20-year demo journal.

Run with `make bench`. Each measurement runs in a fresh Python process (so imports
and caches are paid as a user pays them), several times; the table shows the median
against its target. Targets are reported, never asserted: a miss is a finding.
`--startup-only` runs only the start-up rows (a minute), `--imports-only` only the
imports of other apps' files. Results and what was changed for them:
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # benchmarks.* when run as a script

from benchmarks.imports import import_targets  # noqa: E402
from benchmarks.json_import import json_import_targets  # noqa: E402


@dataclass(frozen=True)
class Target:
    name: str
    limit: float | None  # None: reported for information, DESIGN.md sets no target
    unit: str
    script: str  # prints one JSON number: the measured value


WHY_MISSED = {
    "Start-up vs bare QMainWindow": (
        "Qt's own part (the row 'Bare QMainWindow + the Qt classes') leaves about half "
        "the bare time for the app: importing ~125 modules of its own (their ~40 frozen "
        "dataclasses; PySide reads each module's source as it is imported) and building "
        "the calendar, day view and check-in"
    ),
    "Whole process start": (
        "a bare window's process is mostly the interpreter and PySide6's import; the "
        "app adds the Python enums PySide makes for each Qt class used (the Qt "
        "namespace alone 13-16 ms), ~125 modules of its own, the journal's check at "
        "open and the window (docs/performance.md)"
    ),
    "Open journal + full-span summary": (
        "20 years is 10,000 records and 59,000 check-in values to read, and 7,300 days "
        "to classify; runs on this VM vary by +-30% around the target"
    ),
    "Switch charts to another span": "re-drawing five pyqtgraph charts; runs vary by +-30%",
}
"""Why a target can be missed: printed next to a miss (docs/performance.md has more)."""


def _python(script: str, env: dict[str, str]) -> float:
    return float(json.loads(_run(script, env)))


def _run(script: str, env: dict[str, str]) -> str:
    """The last line the script printed (a JSON value)."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
        raise RuntimeError(lines[-1] if lines else f"exit status {result.returncode}")
    return result.stdout.strip().splitlines()[-1]


STARTUP_BARE = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("Hello")); window.show()
app.processEvents()
print(time.perf_counter() - t0, flush=True)
os._exit(0)
"""

STARTUP_APP = """
import os, sys, time
t0 = time.perf_counter()
from pathlib import Path
from ui.app.start import application
from ui.app.startup import open_session
app = application(sys.argv)
session = open_session(Path("{db}"))  # what run_app does: lock, check, open, window
session.window.show()
app.processEvents()
print(time.perf_counter() - t0, flush=True)
os._exit(0)  # measure the start only, not the teardown
"""

STARTUP_LAUNCHER = """
import importlib.abc, importlib.util, os, sys, time
t0 = time.perf_counter()


class ShowAndStop(importlib.abc.MetaPathFinder):
    # Once ui.app.start is loaded (where the launcher loads it), its run_app opens the
    # journal and shows the window as the real one does, then stops: the start only.
    def find_spec(self, name, path=None, target=None):
        if name != "ui.app.start":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)

            def run_app(path, argv, import_file=None):
                app = module.application(argv)
                requests = module.FileOpenRequests(app)  # as the real run_app
                session = module.open_session(path, import_file=import_file)
                session.window.show()
                app.processEvents()
                print(time.perf_counter() - t0, flush=True)
                os._exit(0)

            module.run_app = run_app

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, ShowAndStop())
from ui.app.launcher import main
sys.argv = ["migraine-journal", "--db", "{db}"]
main()
"""
"""What `migraine-journal --db X` runs (the entry point: argument parsing, the language,
then the window), stopped once the window is painted."""

QT_CLASSES_USED = """
import json, os, sys
from pathlib import Path
from ui.app.start import application
from ui.app.startup import open_session
app = application(sys.argv)
session = open_session(Path("{db}"))
session.window.show()
app.processEvents()
used = set()
for module_name, module in list(sys.modules.items()):
    if module is None or not module_name.startswith("ui"):
        continue
    for name, value in vars(module).items():
        if (
            isinstance(value, type)
            and value.__module__.startswith("PySide6.")
            and "." not in value.__qualname__  # a nested enum comes with its class
        ):
            used.add((value.__module__, value.__name__))
print(json.dumps(sorted(used)), flush=True)
os._exit(0)
"""

STARTUP_QT_FLOOR = """
import importlib, os, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
for module, name in {classes!r}:  # what the app's window uses of Qt, and no app code
    getattr(importlib.import_module(module), name)
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("Hello")); window.show()
app.processEvents()
print(time.perf_counter() - t0, flush=True)
os._exit(0)
"""

SUMMARY = """
import time
from journal.storage import Journal
from journal.analysis.diary import load_diary
from journal.analysis.summary import summarize
t0 = time.perf_counter()  # imports are start-up's cost, measured there
journal = Journal.open("{db}")
diary = load_diary(journal)
first = min(a.start.date() for a in diary.attacks)
last = max(a.start.date() for a in diary.attacks)
summarize(diary, first, last, last)
print(time.perf_counter() - t0)
"""

SPAN_SWITCH = """
import os, sys, time
from ui.app.start import application
app = application(sys.argv)
from journal.storage import Journal
from ui.insights.view import InsightsView
journal = Journal.open("{db}")
view = InsightsView(journal); view.resize(1200, 900); view.show(); app.processEvents()
t0 = time.perf_counter()
view.show_span_months(24); app.processEvents()
print(time.perf_counter() - t0, flush=True)
os._exit(0)
"""

REPORT = """
import time
from datetime import timedelta
from journal.storage import Journal
from journal.analysis.diary import load_diary
from journal.report import ReportOptions, build_report
journal = Journal.open("{db}")
diary = load_diary(journal)  # the app has the diary loaded when the dialog opens
last = max(a.start.date() for a in diary.attacks)
first = last - timedelta(days={days})
t0 = time.perf_counter()
build_report(diary, ReportOptions(first=first, last=last), last)
print(time.perf_counter() - t0)
"""

REPORT_COMMAND = """
import subprocess, sys, time
t0 = time.perf_counter()
subprocess.run([sys.executable, "-m", "ui.app.launcher", "report", "--db", "{db}",
                "-o", "{out}"], check=True, capture_output=True)
print(time.perf_counter() - t0)
"""

PEAK_MEMORY = """
import os, resource, sys
from ui.app.start import application
app = application(sys.argv)
from journal.storage import Journal
from journal.analysis.diary import load_diary
from journal.analysis.summary import summarize
from ui.app.start import create_main_window
journal = Journal.open("{db}")
window = create_main_window(journal); window.show(); app.processEvents()
diary = load_diary(journal)
first = min(a.start.date() for a in diary.attacks)
summarize(diary, first, max(a.start.date() for a in diary.attacks), first)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
os._exit(0)
"""


def targets(db: Path) -> list[Target]:
    return [
        Target("Open journal + full-span summary", 0.150, "s", SUMMARY.format(db=db)),
        Target("Switch charts to another span", 0.100, "s", SPAN_SWITCH.format(db=db)),
        Target("3-month PDF report", 0.5, "s", REPORT.format(db=db, days=91)),
        Target("20-year PDF report", 5.0, "s", REPORT.format(db=db, days=7305)),
        Target(
            "`report` command, 3 months, whole process",
            None,
            "s",
            REPORT_COMMAND.format(db=db, out=db.with_suffix(".pdf")),
        ),
        Target("Peak memory, window + summary", 200.0, "MiB", PEAK_MEMORY.format(db=db)),
    ]


BUNDLE = ROOT / "dist" / "migraine-journal"
BUNDLE_TARGET_MB = 150.0
"""The one-folder app `make package` builds, and its unpacked size target (issue 18)."""


def bundle_rows(env: dict[str, str], runs: int) -> list[tuple[str, float, float | None, str, str]]:
    """The bundle's size on disk and how long the bundled app takes to start: bare
    (`--version`: the bootloader and Python) and whole (`--self-check`: Qt, the fonts, a
    chart, the German translation, a journal and the main window)."""
    executable = BUNDLE / "migraine-journal"
    if not executable.is_file():
        note = "no bundle: run `make package` first"
        return [("Bundle size, unpacked", float("nan"), BUNDLE_TARGET_MB, "MB", note)]
    size = sum(  # symbolic links (PyInstaller links shared libraries) count once
        path.lstat().st_size for path in BUNDLE.rglob("*") if not path.is_dir() or path.is_symlink()
    )
    rows: list[tuple[str, float, float | None, str, str]] = [
        ("Bundle size, unpacked", size / 1e6, BUNDLE_TARGET_MB, "MB", str(BUNDLE.relative_to(ROOT)))
    ]
    for label, argument in (
        ("Bundled app start: `--version`", "--version"),
        ("Bundled app start: `--self-check` (Qt, fonts, chart, window)", "--self-check"),
    ):
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([str(executable), argument], env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        rows.append((label, statistics.median(times), None, "s", "whole process, wall clock"))
    return rows


def _startups(scripts: list[str], env: dict[str, str], runs: int) -> list[list[float]]:
    """Each script's times, run in turns (bare, app, bare, app...) so that a busy
    moment of the machine weighs on all of them alike; ratios are taken per turn."""
    times: list[list[float]] = [[] for _ in scripts]
    for _ in range(runs):
        for script, found in zip(scripts, times, strict=True):
            found.append(_python(script, env))
    return times


def _whole_process(script: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the whole process running `script`: the
    interpreter's own start, every import, the window on screen, and its exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"exit status {result.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def whole_process_rows(
    bare_script: str, app_script: str, env: dict[str, str], turns: int, how: str = ""
) -> list[tuple[str, float, float | None, str, str]]:
    """The whole app process against a whole bare QMainWindow process, run in turns
    (bare, app, bare, app...), each ratio taken within its turn: wall and CPU. `how`
    names the way the app was started, when it is not the default script."""
    bare: list[tuple[float, float]] = []
    app: list[tuple[float, float]] = []
    for _ in range(turns):
        bare.append(_whole_process(bare_script, env))
        app.append(_whole_process(app_script, env))
    rows = []
    for index, what in ((0, "wall clock"), (1, "CPU time")):
        ratio = statistics.median(a[index] / b[index] for a, b in zip(app, bare, strict=True))
        detail = (
            f"app {statistics.median(a[index] for a in app):.3f} s, "
            f"bare {statistics.median(b[index] for b in bare):.3f} s, interpreter included"
        )
        rows.append(
            (
                f"Whole process start{how} vs bare QMainWindow process, {what}",
                ratio,
                2.0,
                "x",
                detail,
            )
        )
    return rows


def _median(script: str, env: dict[str, str], runs: int) -> float:
    return statistics.median(_python(script, env) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--months", type=int, default=240)
    parser.add_argument(
        "--imports-only", action="store_true", help="only the import targets (other apps' files)"
    )
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="only the start-up rows (app against a bare QMainWindow, in turns)",
    )
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As installed (pip and the packaged app ship compiled bytecode), not compiling
    # every module from source on each start, which PYTHONDONTWRITEBYTECODE would force.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "journal", "ui"],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    with tempfile.TemporaryDirectory(prefix="mj-bench-") as folder:
        db = Path(folder) / "twenty-years.sqlite3"
        env["XDG_DATA_HOME"] = folder
        rows: list[tuple[str, float, float | None, str, str]] = []
        for name, limit, unit, script in (
            []
            if args.startup_only
            else [*import_targets(Path(folder)), *json_import_targets(Path(folder))]
        ):
            try:
                rows.append((name, _median(script, env, min(args.runs, 3)), limit, unit, ""))
            except RuntimeError as error:
                rows.append((name, float("nan"), limit, unit, str(error)))
        if args.imports_only:
            _print_rows(rows, args)
            return 0
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ui.app.launcher",
                "demo",
                "--db",
                str(db),
                "--months",
                str(args.months),
                "--seed",
                "7",
            ],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        classes = [tuple(pair) for pair in json.loads(_run(QT_CLASSES_USED.format(db=db), env))]
        bare, app, floor = _startups(
            [STARTUP_BARE, STARTUP_APP.format(db=db), STARTUP_QT_FLOOR.format(classes=classes)],
            env,
            2 * args.runs + 1,
        )
        rows.append(
            (
                "Start-up vs bare QMainWindow",
                statistics.median(a / b for a, b in zip(app, bare, strict=True)),
                2.0,
                "x",
                f"app {statistics.median(app):.3f} s, bare {statistics.median(bare):.3f} s",
            )
        )
        rows += whole_process_rows(STARTUP_BARE, STARTUP_APP.format(db=db), env, 2 * args.runs + 1)
        rows += whole_process_rows(
            STARTUP_BARE,
            STARTUP_LAUNCHER.format(db=db),
            env,
            2 * args.runs + 1,
            " through `migraine-journal --db`",
        )
        rows.append(
            (
                "Bare QMainWindow + the Qt classes the window uses, no app code",
                statistics.median(f / b for f, b in zip(floor, bare, strict=True)),
                None,
                "x",
                f"{statistics.median(floor):.3f} s for {len(classes)} Qt classes: "
                "the part of start-up that is Qt's",
            )
        )
        if args.startup_only:
            _print_rows(rows, args)
            return 0
        for target in targets(db):
            try:
                value = _median(target.script, env, args.runs)
                rows.append((target.name, value, target.limit, target.unit, ""))
            except RuntimeError as error:
                rows.append((target.name, float("nan"), target.limit, target.unit, str(error)))
        from sync_bench import sync_rows  # benchmarks/ is on sys.path when run as a script

        rows += sync_rows(args.runs)
    rows.extend(bundle_rows(env, args.runs))
    _print_rows(rows, args)
    return 0


def _print_rows(
    rows: list[tuple[str, float, float | None, str, str]], args: argparse.Namespace
) -> None:
    print(
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(
        f"Journal: {args.months}-month demo; median of {args.runs} runs each "
        f"({2 * args.runs + 1} turns for start-up)\n"
    )
    print("| measure | measured | target | met | note |")
    print("|---|---:|---:|:---:|---|")
    for name, value, limit, unit, note in rows:
        if limit is None:
            print(f"| {name} | {value:.3f} {unit} | – | – | {note} |")
            continue
        met = "yes" if value <= limit else "NO"
        said = note
        why = next((text for start, text in WHY_MISSED.items() if name.startswith(start)), "")
        if met == "NO" and why:
            said = f"{note}; why: {why}".lstrip("; ")
        print(f"| {name} | {value:.3f} {unit} | {limit:g} {unit} | {met} | {said} |")


if __name__ == "__main__":
    sys.exit(main())
