"""The project's structural rules, checked on the source itself.

- journal/ never imports Qt, pyqtgraph or ui (statically, dynamically, or at run time);
- nothing in journal/ or ui/ imports a networking library: the journal never leaves
  the computer;
- ui/ holds no SQL and no SQLite driver, and neither does journal/ outside storage/;
- journal/ and ui/ modules stay small (a guard, not a target);
- inside ui/, imports flow one way, down the layers of UI_LAYERS (docs/architecture.md):
  a module imports its own package and packages of lower layers only, so `kit` and
  the session import no feature, a feature imports no feature above it, and only
  the entry point's package `app` sees everything;
- journal/ has no import circle, lazy imports inside functions included (a circle is
  broken at its cause, not hidden in a function);
- only ui/session.py and ui/app/ hold the journal: no other ui module imports
  journal.storage (even lazily or for types) or reaches into the journal's
  repositories; views read through session.reads, the settings work on the file
  through their JournalFile (ui/settings/host.py);
- every public function of journal.operations declares what it changes;
- ui/ defines no rule constant: a duration that decides something about the records
  (when an attack was forgotten, which days a dose may be for, when to ask again)
  is a named journal/ constant the window and the command line share.

Each guard is a function over a folder, so the tests below also prove, on a
deliberately bad temporary package, that the guard can fail.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
JOURNAL = REPO / "journal"
UI = REPO / "ui"
STORAGE = JOURNAL / "storage"

GUI_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "ui")
NETWORK_MODULES = (
    "socket",
    "socketserver",
    "ssl",
    "http",
    "urllib",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "websockets",
    "asyncio.streams",
    "asyncio.open_connection",
    "asyncio.start_server",
    "grpc",
    "zmq",
    "paramiko",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtHttpServer",
)
# Parsing file paths and URIs opens no connection.
NETWORK_ALLOWED = ("urllib.parse",)
# Methods that open connections even when the module was reached indirectly.
NETWORK_CALLS = frozenset(
    {"open_connection", "start_server", "create_connection", "create_server", "sock_connect"}
)
SQL_DRIVERS = ("sqlite3", "sqlite_utils", "apsw")
SQL_PATTERNS = (
    re.compile(r"\bSELECT\b[\s\S]*\bFROM\b"),
    re.compile(r"\bINSERT\s+(OR\s+\w+\s+)?INTO\b"),
    re.compile(r"\bUPDATE\s+\w+\s+SET\b"),
    re.compile(r"\bDELETE\s+FROM\b"),
    re.compile(r"\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)\b"),
    re.compile(r"\bPRAGMA\s+\w+"),
    # Lower-case SQL, recognised by syntax that ordinary sentences do not have.
    re.compile(r"(?i)\bselect\s+(\*|count\s*\()"),
    re.compile(r"(?i)\binsert\s+into\s+\w+\s*\("),
    re.compile(r"(?i)\bupdate\s+\w+\s+set\s+\w+\s*="),
    re.compile(r"(?i)\bdelete\s+from\s+\w+\s+where\b"),
)
MAX_JOURNAL_MODULE_LINES = 400
MAX_UI_MODULE_LINES = 400

UI_LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"session"}),
    frozenset({"kit"}),
    frozenset(
        {"medication", "cycle", "checkin", "treatments", "visit", "report", "exchange", "sync"}
    ),
    frozenset({"attack"}),
    frozenset({"diary", "insights", "settings"}),
    frozenset({"app"}),
)
"""ui/'s packages from the bottom up: each may import its own package and any package
of a lower layer, never one of its own layer or above."""


def python_files(folder: Path, *, exclude: Iterable[Path] = ()) -> list[Path]:
    """Every .py file under folder, skipping caches and the excluded folders."""
    skipped = [path.resolve() for path in exclude]
    return sorted(
        path
        for path in folder.rglob("*.py")
        if "__pycache__" not in path.parts
        and not any(path.resolve().is_relative_to(skip) for skip in skipped)
    )


def _imported_names(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, dotted name) for every absolute import, and every import_module("...")."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                name = node.module if alias.name == "*" else f"{node.module}.{alias.name}"
                yield node.lineno, name
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            called = (
                function.id
                if isinstance(function, ast.Name)
                else function.attr
                if isinstance(function, ast.Attribute)
                else ""
            )
            first = node.args[0]
            if (
                called in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield node.lineno, first.value


def _matches(name: str, modules: Iterable[str]) -> bool:
    return any(name == module or name.startswith(f"{module}.") for module in modules)


def _parse(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def forbidden_imports(
    folder: Path,
    modules: Iterable[str],
    *,
    allowed: Iterable[str] = (),
    exclude: Iterable[Path] = (),
) -> list[str]:
    """'file:line imports name' for each import of one of modules (or a submodule)."""
    modules, allowed = tuple(modules), tuple(allowed)
    found = []
    for path in python_files(folder, exclude=exclude):
        for line, name in _imported_names(_parse(path)):
            if _matches(name, modules) and not _matches(name, allowed):
                found.append(f"{path.relative_to(folder)}:{line} imports {name}")
    return found


def network_code(folder: Path) -> list[str]:
    """Imports of networking libraries, and calls that open connections."""
    found = forbidden_imports(folder, NETWORK_MODULES, allowed=NETWORK_ALLOWED)
    for path in python_files(folder):
        for node in ast.walk(_parse(path)):
            if isinstance(node, ast.Attribute) and node.attr in NETWORK_CALLS:
                found.append(f"{path.relative_to(folder)}:{node.lineno} calls {node.attr}")
    return found


def sql_literals(folder: Path, *, exclude: Iterable[Path] = ()) -> list[str]:
    """'file:line: text' for each string literal that reads as SQL (docstrings aside)."""
    found = []
    for path in python_files(folder, exclude=exclude):
        tree = _parse(path)
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if id(node) in docstrings:
                continue
            if any(pattern.search(node.value) for pattern in SQL_PATTERNS):
                found.append(f"{path.relative_to(folder)}:{node.lineno}: {node.value[:60]!r}")
    return found


def oversized_modules(folder: Path, limit: int) -> list[str]:
    """'file: N lines' for each module longer than limit lines."""
    found = []
    for path in python_files(folder):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found.append(f"{path.relative_to(folder)}: {lines} lines")
    return found


def module_names(package: Path) -> list[str]:
    """Dotted names of every module in a package folder (packages by their __init__)."""
    names = []
    for path in python_files(package):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def gui_modules_loaded_by_importing(modules: Iterable[str], *, cwd: Path = REPO) -> list[str]:
    """Import the modules in a fresh interpreter (run in cwd); the GUI modules loaded."""
    script = textwrap.dedent(
        f"""
        import importlib, sys
        for name in {sorted(modules)!r}:
            importlib.import_module(name)
        gui = {GUI_MODULES!r}
        print("\\n".join(sorted(
            m for m in sys.modules if any(m == g or m.startswith(g + ".") for g in gui)
        )))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside `if TYPE_CHECKING:` blocks (imports for types only)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", "")
            if name == "TYPE_CHECKING":
                inside.update(id(child) for child in ast.walk(node))
    return inside


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the modules of `package` it imports when it runs (at the top or
    inside a function; imports for type checking only are left out). Importing from
    a package runs its __init__, except from inside the package itself."""
    modules = dict(zip(module_names(package), python_files(package), strict=True))
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = _parse(path)
        for_types = _type_checking_nodes(tree)
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in for_types:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    if sub in modules:
                        targets.append(sub)
                    if sub not in modules or not name.startswith(f"{node.module}."):
                        targets.append(node.module)
            for target in targets:
                known = target
                while known and known not in modules:
                    known = known.rpartition(".")[0]
                if known and known != name:
                    found.add(known)
        graph[name] = found
    return graph


def import_circles(package: Path) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a ring."""
    graph = import_graph(package)
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return circles


DURATION_CALLS = frozenset({"timedelta", "relativedelta"})


def rule_constants(folder: Path) -> list[str]:
    """'file:line NAME' for each module-level constant bound to a duration."""
    found = []
    for path in python_files(folder):
        for node in _parse(path).body:  # type: ignore[attr-defined]
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            if node.value is None or not any(name.isupper() for name in names):
                continue
            calls = {
                call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
                for call in ast.walk(node.value)
                if isinstance(call, ast.Call)
            }
            if calls & DURATION_CALLS:
                found.append(f"{path.relative_to(folder)}:{node.lineno} {', '.join(names)}")
    return found


def _layer_of(package: str, layers: tuple[frozenset[str], ...]) -> int | None:
    return next((index for index, names in enumerate(layers) if package in names), None)


def layer_violations(
    folder: Path, layers: tuple[frozenset[str], ...], *, root: str = "ui"
) -> list[str]:
    """'file:line imports name' for each import of `root.<package>` that goes sideways
    or up the layers, and for each package of `folder` not placed in a layer."""
    found = []
    for path in python_files(folder):
        parts = path.relative_to(folder).with_suffix("").parts
        if parts == ("__init__",):
            continue
        own = parts[0]
        own_layer = _layer_of(own, layers)
        if own_layer is None:
            found.append(f"{path.relative_to(folder)}: package {own!r} is in no layer")
            continue
        for line, name in _imported_names(_parse(path)):
            if not name.startswith(f"{root}."):
                continue
            target = name.split(".")[1]
            if target == own:
                continue
            target_layer = _layer_of(target, layers)
            if target_layer is None or target_layer >= own_layer:
                found.append(f"{path.relative_to(folder)}:{line} imports {name}")
    return found


def _bad_package(root: Path, files: dict[str, str]) -> Path:
    package = root / "badpkg"
    for name, source in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return package


# --- the rules, on the real code -------------------------------------------------------


def test_journal_never_imports_qt_pyqtgraph_or_ui() -> None:
    assert forbidden_imports(JOURNAL, GUI_MODULES) == []


def test_importing_every_journal_module_loads_no_qt_pyqtgraph_or_ui() -> None:
    modules = module_names(JOURNAL)
    assert "journal.storage" in modules
    assert gui_modules_loaded_by_importing(modules) == []


def test_journal_and_ui_contain_no_networking_code() -> None:
    assert network_code(JOURNAL) == []
    assert network_code(UI) == []


def test_ui_contains_no_sql_and_no_sqlite_driver() -> None:
    assert sql_literals(UI) == []
    assert forbidden_imports(UI, SQL_DRIVERS) == []


def test_journal_has_sql_only_in_storage() -> None:
    assert sql_literals(JOURNAL, exclude=[STORAGE]) == []
    assert sql_literals(STORAGE) != [], "the storage package is where the SQL lives"


def test_journal_modules_stay_under_the_size_limit() -> None:
    assert oversized_modules(JOURNAL, MAX_JOURNAL_MODULE_LINES) == []


def test_ui_modules_stay_under_the_size_limit() -> None:
    assert oversized_modules(UI, MAX_UI_MODULE_LINES) == []


def test_journal_has_no_import_circle() -> None:
    assert import_circles(JOURNAL) == []


def test_ui_defines_no_rule_constant() -> None:
    assert rule_constants(UI) == []
    assert rule_constants(JOURNAL) != [], "journal/ is where the rules' durations live"


def test_ui_imports_flow_down_the_layers() -> None:
    assert layer_violations(UI, UI_LAYERS) == []


def test_every_ui_package_is_in_a_layer_and_every_layer_exists() -> None:
    packages = {
        path.stem if path.is_file() else path.name
        for path in UI.iterdir()
        if (path.is_dir() and (path / "__init__.py").exists())
        or (path.suffix == ".py" and path.stem != "__init__")
    }
    assert packages == set().union(*UI_LAYERS)


def test_every_journal_operation_declares_what_it_changes() -> None:
    import inspect

    from journal import operations
    from journal.changes import declared_changes

    undeclared = []
    for _name, module in inspect.getmembers(operations, inspect.ismodule):
        if not module.__name__.startswith("journal.operations."):
            continue
        for function_name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or function_name.startswith("_"):
                continue
            if declared_changes(function) is None:
                undeclared.append(f"{module.__name__}.{function_name}")
    assert undeclared == []


# --- the guards themselves can fail ----------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtWidgets\n",
        "from PySide6 import QtCore\n",
        "import shiboken6\n",
        "from pyqtgraph import PlotWidget\n",
        "import ui.app.launcher\n",
        "from ui import main_window\n",
        "import importlib\nimportlib.import_module('PySide6.QtGui')\n",
        "def late():\n    return __import__('pyqtgraph')\n",
    ],
)
def test_gui_import_guard_catches_a_bad_module(tmp_path: Path, source: str) -> None:
    package = _bad_package(tmp_path, {"__init__.py": "", "sub/bad.py": source})
    found = forbidden_imports(package, GUI_MODULES)
    assert len(found) == 1
    assert found[0].startswith("sub/bad.py:")


def test_gui_import_guard_accepts_lookalike_names(tmp_path: Path) -> None:
    package = _bad_package(
        tmp_path,
        {"ok.py": "import uuid\nimport unicodedata\nfrom . import ui\nfrom .ui import x\n"},
    )
    assert forbidden_imports(package, GUI_MODULES) == []


def test_runtime_import_check_sees_a_module_that_pulls_in_qt(tmp_path: Path) -> None:
    _bad_package(
        tmp_path,
        {
            "__init__.py": "",
            "innocent.py": "from . import helper\n",
            "helper.py": "import shiboken6\n",
        },
    )
    assert "shiboken6" in gui_modules_loaded_by_importing(["badpkg.innocent"], cwd=tmp_path)
    assert gui_modules_loaded_by_importing(["badpkg"], cwd=tmp_path) == []


@pytest.mark.parametrize(
    "source",
    [
        "import socket\n",
        "from http.client import HTTPSConnection\n",
        "import urllib.request\n",
        "from urllib import request\n",
        "import requests\n",
        "import httpx\n",
        "import ssl\n",
        "import ftplib\n",
        "import smtplib\n",
        "from xmlrpc.client import ServerProxy\n",
        "import websocket\n",
        "from asyncio import open_connection\n",
        "import asyncio\nasync def go():\n    await asyncio.open_connection('h', 1)\n",
        "from PySide6.QtNetwork import QNetworkAccessManager\n",
        "from PySide6 import QtNetwork\n",
        "import importlib\nimportlib.import_module('socket')\n",
    ],
)
def test_network_guard_catches_a_bad_module(tmp_path: Path, source: str) -> None:
    package = _bad_package(tmp_path, {"bad.py": source})
    assert network_code(package) != []


def test_network_guard_allows_parsing_paths_and_uris(tmp_path: Path) -> None:
    package = _bad_package(
        tmp_path, {"ok.py": "from urllib.parse import quote\nimport pathlib\nimport asyncio\n"}
    )
    assert network_code(package) == []


@pytest.mark.parametrize(
    "text",
    [
        "SELECT id, start FROM attacks WHERE start > ?",
        "INSERT INTO doses (id) VALUES (?)",
        "INSERT OR REPLACE INTO settings VALUES (?, ?)",
        "UPDATE attacks SET note = ?",
        "DELETE FROM attacks",
        "delete from attacks where id = ?",
        "select * from doses",
        "CREATE TABLE x (id TEXT)",
        "PRAGMA journal_mode",
    ],
)
def test_sql_guard_catches_sql_in_a_string(tmp_path: Path, text: str) -> None:
    package = _bad_package(tmp_path, {"view.py": f"QUERY = f'{text}'\n"})
    assert len(sql_literals(package)) == 1


def test_sql_guard_accepts_ordinary_sentences(tmp_path: Path) -> None:
    sentences = [
        "Select a day from the calendar.",
        "Delete from your journal?",
        "Update the settings",
        "Insert into the list",
        "Select medication from list",
    ]
    package = _bad_package(tmp_path, {"view.py": f"TEXTS = {sentences!r}\n"})
    assert sql_literals(package) == []


def test_sql_guard_ignores_docstrings_that_mention_sql(tmp_path: Path) -> None:
    source = '"""Runs PRAGMA integrity_check through storage."""\n'
    package = _bad_package(tmp_path, {"check.py": source})
    assert sql_literals(package) == []


def test_sql_guard_skips_the_excluded_storage_folder(tmp_path: Path) -> None:
    package = _bad_package(
        tmp_path, {"storage/db.py": "Q = 'SELECT 1 FROM x'\n", "logic.py": "X = 1\n"}
    )
    assert sql_literals(package, exclude=[package / "storage"]) == []
    assert sql_literals(package) != []


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("kit/widget.py", "from ui.attack import screen\n"),
        ("kit/widget.py", "import ui.diary.day_view\n"),
        ("medication/dose.py", "from ui.cycle.words import flow_word\n"),
        ("medication/dose.py", "from ui.attack.screen import AttackScreen\n"),
        ("attack/screen.py", "from ui.app.main_window import MainWindow\n"),
        ("session.py", "from ui.kit import theme\n"),
        ("kit/form.py", "from ui.kit.theme import x\nfrom ui.app import start\n"),
        ("nowhere/x.py", "X = 1\n"),
    ],
)
def test_layer_guard_catches_an_import_against_the_order(
    tmp_path: Path, path: str, source: str
) -> None:
    files = {path: source, "attack/__init__.py": "", "kit/__init__.py": ""}
    package = _bad_package(tmp_path, files)
    assert len(layer_violations(package, UI_LAYERS)) == 1


def test_layer_guard_accepts_imports_down_the_order(tmp_path: Path) -> None:
    source = (
        "from ui.kit import theme\nfrom ui.session import Session\n"
        "from ui.medication.dose_editor import DoseEditor\nfrom ui.attack import words\n"
        "from journal import operations\nfrom PySide6.QtWidgets import QWidget\n"
    )
    package = _bad_package(tmp_path, {"diary/view.py": source, "attack/words.py": ""})
    assert layer_violations(package, UI_LAYERS) == []


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import timedelta\nFORGOTTEN_AFTER = timedelta(hours=24)\n",
        "import datetime\nWINDOW: datetime.timedelta = datetime.timedelta(days=90)\n",
        "from datetime import timedelta\nLOOK_BACK = 2 * timedelta(days=45)\n",
    ],
)
def test_rule_constant_guard_catches_a_duration_in_ui(tmp_path: Path, source: str) -> None:
    package = _bad_package(tmp_path, {"attack/banner.py": source})
    assert len(rule_constants(package)) == 1


def test_rule_constant_guard_accepts_plain_ui_numbers(tmp_path: Path) -> None:
    source = (
        "from datetime import timedelta\nCHECK_EVERY_MS = 60_000\nPADDING = 10\n"
        "def later(now):\n    return now - timedelta(hours=1)\n"
    )
    package = _bad_package(tmp_path, {"kit/x.py": source})
    assert rule_constants(package) == []


def test_circle_guard_sees_a_circle_hidden_in_a_function(tmp_path: Path) -> None:
    package = _bad_package(
        tmp_path,
        {
            "__init__.py": "",
            "store/__init__.py": "from badpkg.store.book import Book\n",
            "store/book.py": "def unlock():\n    from badpkg.lock import protect\n",
            "lock.py": "from badpkg.store import keys\n",
            "store/keys.py": "",
            "plain.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import badpkg.other\n"
            ),
            "other.py": "import badpkg.plain\n",
        },
    )
    assert import_circles(package) == [["badpkg.lock", "badpkg.store", "badpkg.store.book"]]


def test_size_guard_catches_a_long_module(tmp_path: Path) -> None:
    package = _bad_package(tmp_path, {"long.py": "x = 1\n" * 401, "short.py": "x = 1\n" * 400})
    assert oversized_modules(package, 400) == ["long.py: 401 lines"]


REPOSITORY_READ = re.compile(r"\bjournal\b\.\w+\.\w+\(|\b_journal\b|\.journal\b")
"""A reach into the journal: `journal.attacks.all()`, `self._journal`, `session.journal`."""


def reaches_into_the_journal(folder: Path, *, exclude: Iterable[Path] = ()) -> list[str]:
    """'file:line: text' for each line of a module that reaches into the journal or
    its repositories instead of asking `session.reads` (docstrings and comments too:
    a view has no reason to name them)."""
    return [
        f"{path.relative_to(folder)}:{number}: {line.strip()}"
        for path in python_files(folder, exclude=exclude)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if REPOSITORY_READ.search(line)
    ]


JOURNAL_HOLDERS = (UI / "session.py", UI / "app")
"""The session (its reads and `run`) and the application (opening, closing and
changing the journal file) are the only ones in ui/ that hold the Journal."""


def test_every_view_gets_the_session_and_reads_through_session_reads() -> None:
    assert reaches_into_the_journal(UI, exclude=JOURNAL_HOLDERS) == []


def test_only_the_session_and_the_application_import_journal_storage() -> None:
    """File-level work goes through the settings' JournalFile (ui/settings/host.py),
    which ui/app/journal_file.py implements; reads through session.reads."""
    assert forbidden_imports(UI, ("journal.storage",), exclude=JOURNAL_HOLDERS) == []
    assert forbidden_imports(UI / "app", ("journal.storage",)) != [], "the application's"


@pytest.mark.parametrize(
    "source",
    [
        "from journal.storage import Journal\n",
        "from journal import storage\n",
        "import journal.storage.backup\n",
        "from journal.storage.errors import JournalDamaged\n",
        "def later():\n    from journal.storage import wipe\n",
        "if TYPE_CHECKING:\n    from journal.storage import kept\n",
        "import importlib\nimportlib.import_module('journal.storage.relocate')\n",
    ],
)
def test_storage_guard_catches_a_view_importing_journal_storage(
    tmp_path: Path, source: str
) -> None:
    package = _bad_package(
        tmp_path,
        {
            "settings/page.py": source,
            "session.py": "from journal.storage import Journal\n",
            "app/start.py": "from journal.storage import backup\n",
            "kit/fine.py": "from journal.storage_words import x\nfrom journal import operations\n",
        },
    )
    holders = (package / "session.py", package / "app")
    found = forbidden_imports(package, ("journal.storage",), exclude=holders)
    assert len(found) == 1 and found[0].startswith("settings/page.py:")


@pytest.mark.parametrize(
    "line",
    [
        "rows = self._journal.attacks.all()",
        "entry = session.journal.day_entries.on(day)",
        "count = journal.medications.count()",
    ],
)
def test_reach_guard_catches_a_view_reading_the_journal(tmp_path: Path, line: str) -> None:
    source = f"def show(self, session, journal, day):\n    {line}\n"
    package = _bad_package(tmp_path, {"diary/view.py": source, "app/window.py": source})
    assert reaches_into_the_journal(package, exclude=[package / "app"]) == [
        f"diary/view.py:2: {line}"
    ]


def test_reach_guard_accepts_reads_through_the_session(tmp_path: Path) -> None:
    source = (
        "from journal import operations\n"
        "def show(self, session, day):\n"
        "    entry = session.reads.day_entry(day)\n"
        "    session.run_by(self, operations.save_day_entry, entry)\n"
        "    journal_words = 'journal'\n"
    )
    package = _bad_package(tmp_path, {"checkin/panel.py": source})
    assert reaches_into_the_journal(package) == []
