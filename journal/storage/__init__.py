"""The only package that owns sqlite-utils and SQL; it hands out domain objects."""

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (0.2-0.3 s) only to store numpy values, which the
    journal never does; keep numpy off the start-up path unless already loaded."""
    if "numpy" in sys.modules or "sqlite_utils" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()

from journal.storage.journal import Journal  # noqa: E402

__all__ = ["Journal"]
