"""Compare the start-up of two trees of the app, each against a bare QMainWindow.

    python benchmarks/startup_compare.py --old-tree PATH [--new-tree PATH]
        [--turns 15] [--rounds 3] [--months 240]

For example the tree before issue 13's restructuring against this checkout:

    git worktree add /tmp/i13_before 3bf2efd
    python benchmarks/startup_compare.py --old-tree /tmp/i13_before

Each tree writes its own demo journal with its own `demo` verb (same months and seed),
so each opens a journal of its own schema. A turn runs, each in a fresh process, a bare
QMainWindow, the old tree's start, a bare QMainWindow again and the new tree's start
(open the journal, build and show the window, paint it once, then exit without
teardown, as benchmarks/run.py does); each start is divided by the bare window run just
before it, so a busy moment of the machine weighs on both alike. Whole-process CPU
time (user + system, from the kernel) and wall-clock time are measured; CPU time is
the steadier on a shared machine. A round is `--turns` turns; the table gives each
round's median ratio (with the quartiles) and the median of the rounds.

A tree is started as its own code says: a tree with ui/app/start.py (after issue 13)
through ui.app.start and ui.app.startup, an older one through ui.app and ui.startup.
Bytecode goes to a temporary folder (PYTHONPYCACHEPREFIX), compiled before the first
turn as an installed app's is: neither tree is written to. Results: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1024, 700); window.show(); app.processEvents()
os._exit(0)
"""

START = """
import os, sys
from pathlib import Path
from {application} import application
from {startup} import open_session
app = application(sys.argv)
session = open_session(Path({db!r})); session.window.show(); app.processEvents()
os._exit(0)
"""


@dataclass(frozen=True)
class Tree:
    name: str
    root: Path
    launcher: str
    """The module whose main() is the command line (for the demo verb)."""
    start: str
    """The start script: open the journal, show the window, paint, exit."""


def tree(name: str, root: Path, db: Path) -> Tree:
    if (root / "ui" / "app" / "start.py").exists():  # after issue 13: feature packages
        application, startup, launcher = "ui.app.start", "ui.app.startup", "ui.app.launcher"
    else:
        application, startup, launcher = "ui.app", "ui.startup", "ui.launcher"
    script = START.format(application=application, startup=startup, db=str(db))
    return Tree(name, root, launcher, script)


def run(script: str, root: Path, env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall-clock seconds of a fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=root,
        env={**env, "PYTHONPATH": str(root)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    assert process.stderr is not None
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if status != 0:
        raise RuntimeError(f"{root}: exit status {status}\n{errors[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall


Ratios = dict[str, list[tuple[float, float]]]


def one_round(trees: list[Tree], env: dict[str, str], turns: int, seconds: Ratios) -> Ratios:
    """Per tree, each turn's (CPU ratio, wall ratio) against the bare run before it;
    the CPU seconds of the start and of its bare run are added to `seconds`."""
    ratios: Ratios = {t.name: [] for t in trees}
    for _ in range(turns):
        for each in trees:
            bare_cpu, bare_wall = run(BARE, ROOT, env)
            cpu, wall = run(each.start, each.root, env)
            ratios[each.name].append((cpu / bare_cpu, wall / bare_wall))
            seconds[each.name].append((cpu, bare_cpu))
    return ratios


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    quarter = len(ordered) // 4
    return (
        f"{statistics.median(ordered):.2f} x "
        f"({ordered[quarter]:.2f}-{ordered[len(ordered) - 1 - quarter]:.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old-tree", type=Path, required=True, help="the tree to compare with")
    parser.add_argument(
        "--new-tree",
        type=Path,
        nargs="+",
        default=[ROOT],
        help="default: this checkout; several trees are run in turns with the old one",
    )
    parser.add_argument("--turns", type=int, default=15, help="turns per round (15)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (3)")
    parser.add_argument("--months", type=int, default=240, help="demo journal months (240)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mj-startup-compare-") as folder:
        here = Path(folder)
        runtime = here / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_DATA_HOME": str(here / "data"),
            "XDG_CONFIG_HOME": str(here / "config"),
            "XDG_RUNTIME_DIR": str(runtime),
            "HOME": str(here),
            "LANGUAGE": "en",
            "PYTHONPYCACHEPREFIX": str(here / "bytecode"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, then read
        news = [
            (f"new{number}" if len(args.new_tree) > 1 else "new", path)
            for number, path in enumerate(args.new_tree, start=1)
        ]
        trees = [
            tree(name, path.resolve(), here / f"{name}.sqlite3")
            for name, path in [("old", args.old_tree), *news]
        ]
        demo = ["--months", str(args.months), "--seed", "7"]
        for each in trees:
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", "journal", "ui"],
                cwd=each.root,
                env=env,
                check=True,
                capture_output=True,
            )
            db = here / f"{each.name}.sqlite3"
            subprocess.run(
                [sys.executable, "-m", each.launcher, "demo", "--db", str(db), *demo],
                cwd=each.root,
                env={**env, "PYTHONPATH": str(each.root)},
                check=True,
                capture_output=True,
            )
            run(each.start, each.root, env)  # the first start may still write (a migration)
        for each in trees:
            print(f"{each.name}: {each.root}")
        print(f"{args.rounds} rounds of {args.turns} turns; ratio to a bare QMainWindow process")
        every: dict[str, list[list[tuple[float, float]]]] = {t.name: [] for t in trees}
        seconds: Ratios = {t.name: [] for t in trees}
        for number in range(1, args.rounds + 1):
            ratios = one_round(trees, env, args.turns, seconds)
            for each in trees:
                found = ratios[each.name]
                every[each.name].append(found)
                print(
                    f"round {number} {each.name}: CPU {_spread([c for c, _ in found])}, "
                    f"wall {_spread([w for _, w in found])}",
                    flush=True,
                )
        for each in trees:
            rounds = every[each.name]
            cpu = [statistics.median(c for c, _ in found) for found in rounds]
            wall = [statistics.median(w for _, w in found) for found in rounds]
            print(
                f"{each.name}: CPU {statistics.median(cpu):.2f} x "
                f"(rounds {min(cpu):.2f}-{max(cpu):.2f}), wall {statistics.median(wall):.2f} x "
                f"(rounds {min(wall):.2f}-{max(wall):.2f}); CPU "
                f"{statistics.median(c for c, _ in seconds[each.name]):.3f} s, bare "
                f"{statistics.median(b for _, b in seconds[each.name]):.3f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
