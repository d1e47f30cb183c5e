"""PySide's look at every imported module, made to read the module's file once.

Once PySide6 is imported, its import hook asks of each module imported after it
whether the module uses PySide, to know where its `__feature__` switches (snake_case,
true_property) may apply: `shibokensupport.feature._mod_uses_pyside` looks for
"PySide6" in the module's source, which it gets with `inspect.getsource`. That reads
the file through linecache (detecting its encoding, splitting it into lines and
joining them again) for each of the ~150 modules (125 of the app's own) a start
imports after PySide: 10-15 ms of the start, more than any module of the app costs.

`install()` puts in its place the same question asked of the file's bytes: "PySide6"
is plain ASCII and a Python source file's encoding is ASCII-compatible (PEP 263), so
the answer is the same; anything else (no file, a compiled or zipped module, a file
that cannot be read) still goes to PySide's own function. Nothing changes where
PySide has no such function (another version): the start is then only slower.
tests/ui/test_pyside_import_check.py checks that both answer alike for every module
a start loads. No Qt import here: the hook is looked up among the loaded modules.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide keeps its import hook's helpers (loaded with PySide6)."""
CHECK = "_mod_uses_pyside"


def install() -> bool:
    """Answer PySide's question from the file's bytes from now on; whether it could
    (PySide is imported and has the check)."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or original is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True  # installed already
    setattr(feature, CHECK, _reading_bytes(original))
    return True


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        """Whether `module`'s source names PySide6 (PySide's own check otherwise)."""
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside
