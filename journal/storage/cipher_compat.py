"""A SQLCipher connection that raises the standard library's sqlite3 errors.

sqlcipher3 has its own exception classes, so every `except sqlite3.Error` in the
storage package (and in sqlite-utils, which catches `sqlite3.OperationalError` in
places) would miss them. Wrapping the connection and its cursors re-raises each
SQLCipher error as the sqlite3 class of the same name, carrying the same
`sqlite_errorname`/`sqlite_errorcode`, so journal.storage.errors turns it into the
same sentence as for a plain journal and no other code needs to know.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3


def as_stdlib(error: BaseException) -> sqlite3.Error:
    """The standard library's version of a SQLCipher error."""
    kind = getattr(sqlite3, type(error).__name__, sqlite3.DatabaseError)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    converted: sqlite3.Error = kind(*error.args)
    converted.sqlite_errorname = getattr(error, "sqlite_errorname", "")
    converted.sqlite_errorcode = getattr(error, "sqlite_errorcode", -1)
    return converted


@contextmanager
def stdlib_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher3.Error as error:
        raise as_stdlib(error) from error


def _guarded(call: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        with stdlib_errors():
            return call(*args, **kwargs)

    return guarded


class Cursor:
    """A sqlcipher3 cursor whose errors are sqlite3 errors."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._inner, name)
        return _guarded(found) if callable(found) else found

    def execute(self, *args: Any) -> Cursor:
        with stdlib_errors():
            self._inner.execute(*args)
        return self

    def executemany(self, *args: Any) -> Cursor:
        with stdlib_errors():
            self._inner.executemany(*args)
        return self

    def __iter__(self) -> Cursor:
        return self

    def __next__(self) -> Any:
        with stdlib_errors():
            return next(self._inner)


class Connection:
    """A sqlcipher3 connection whose errors are sqlite3 errors (see the module doc)."""

    def __init__(self, inner: Any) -> None:
        object.__setattr__(self, "_inner", inner)

    @property
    def inner(self) -> Any:
        """The sqlcipher3 connection itself."""
        return self._inner

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._inner, name)
        return _guarded(found) if callable(found) else found

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)  # isolation_level, row_factory...

    def execute(self, *args: Any) -> Cursor:
        with stdlib_errors():
            return Cursor(self._inner.execute(*args))

    def executemany(self, *args: Any) -> Cursor:
        with stdlib_errors():
            return Cursor(self._inner.executemany(*args))

    def executescript(self, script: str) -> Cursor:
        with stdlib_errors():
            return Cursor(self._inner.executescript(script))

    def cursor(self, *args: Any) -> Cursor:
        with stdlib_errors():
            return Cursor(self._inner.cursor(*args))

    def backup(self, target: Any, **kwargs: Any) -> None:
        with stdlib_errors():
            self._inner.backup(getattr(target, "inner", target), **kwargs)

    def __enter__(self) -> Connection:
        self._inner.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> Any:
        with stdlib_errors():
            return self._inner.__exit__(*exc_info)
