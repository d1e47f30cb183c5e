"""PySide's per-module check answers from the file's bytes as it does from the source."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

import ui.app.start  # noqa: F401  # what a start imports, the check installed before it
from ui.app import pyside_import_check


def _check() -> types.FunctionType:
    feature = sys.modules[pyside_import_check.FEATURE_MODULE]
    found = getattr(feature, pyside_import_check.CHECK)
    assert isinstance(found, types.FunctionType)
    return found


def test_the_window_start_installs_it() -> None:
    assert pyside_import_check.install()  # PySide 6.12 has the check: it is in place
    assert getattr(_check(), "reads_bytes", False)
    assert pyside_import_check.install()  # a second time changes nothing
    assert not getattr(_check().original, "reads_bytes", False)  # type: ignore[attr-defined]


def test_it_answers_as_pyside_for_every_module_of_a_start() -> None:
    """Every module of the app (the start imports them: ui.app.start above) and the
    standard library's and PySide's loaded with them."""
    pyside_import_check.install()
    check = _check()
    original = check.original  # type: ignore[attr-defined]
    answers = {}
    for name, module in list(sys.modules.items()):
        if not isinstance(module, types.ModuleType):
            continue
        try:
            theirs = original(module)
        except Exception:  # a test run's odd module PySide itself trips on
            continue
        answers[name] = (check(module), theirs)
    differing = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert not differing
    assert answers["ui.app.main_window"] == (True, True)  # uses PySide
    assert answers["journal.storage.journal"] == (False, False)  # never does
    assert answers["sys"] == (False, False)  # built in: no file


@pytest.mark.parametrize(
    ("source", "uses"),
    [
        ("from PySide6.QtCore import QObject\n", True),
        ("# Ünïcode comment, no Qt\nimport json\n", False),
        ("# -*- coding: latin-1 -*-\nname = 'PySide6 in a string'\n", True),
    ],
)
def test_a_file_is_read_for_the_answer(tmp_path: Path, source: str, uses: bool) -> None:
    pyside_import_check.install()
    path = tmp_path / "some_module.py"
    path.write_bytes(source.encode("latin-1" if "latin-1" in source else "utf-8"))
    module = types.ModuleType("some_module")
    module.__file__ = str(path)
    check = _check()
    assert check(module) is uses
    assert check.original(module) is uses  # type: ignore[attr-defined]


def test_a_missing_file_goes_to_pysides_own_check(tmp_path: Path) -> None:
    pyside_import_check.install()
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    assert _check()(module) is False  # PySide's answer for a module without source
