"""Turns domain records into plain JSON-able dicts and back.

One codec serves the storage rows and the JSON export, so both keep the same
field names and the same text for dates, times and enums.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


class CodecError(ValueError):
    """A value that cannot become the field it is meant for; says which field."""


def to_plain(record: object) -> dict[str, Any]:
    """The record as a dict of str, int, float, bool, None, lists and dicts."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"not a dataclass instance: {record!r}")
    return {f.name: _plain_value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain_value(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain_value(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_plain(value)
    return value


def from_plain(cls: type[T], plain: dict[str, Any]) -> T:
    """Build a record of `cls` from a plain dict; unknown keys are an error."""
    if not isinstance(plain, dict):
        raise CodecError(f"expected an object for {cls.__name__}")
    hints = _hints(cls)  # type: ignore[arg-type]
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(plain) - names
    if unknown:
        raise CodecError(f"unknown field {sorted(unknown)[0]!r}")
    values = {}
    for name, raw in plain.items():
        try:
            values[name] = _typed_value(hints[name], raw)
        except (CodecError, ValueError, TypeError) as error:
            raise CodecError(f"field {name!r}: {error}") from None
    try:
        return cls(**values)
    except TypeError as error:
        missing = str(error).split(":")[-1].strip()
        raise CodecError(f"missing field {missing}") from None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _typed_value(hint: Any, raw: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if raw is None:
            return None
        return _typed_value(options[0], raw)
    if origin is tuple:
        if not isinstance(raw, list):
            raise CodecError("expected a list")
        (item_hint, _ellipsis) = typing.get_args(hint)
        return tuple(_typed_value(item_hint, item) for item in raw)
    if raw is None:
        raise CodecError("a value is required")
    if isinstance(hint, type):
        return _scalar(hint, raw)
    raise TypeError(f"unsupported field type {hint!r}")


def _scalar(hint: type, raw: Any) -> Any:
    if dataclasses.is_dataclass(hint):
        return from_plain(hint, raw)
    if issubclass(hint, Enum):
        try:
            return hint(raw)
        except ValueError:
            raise CodecError(f"{raw!r} is not one of the known values") from None
    if hint is datetime:
        moment = datetime.fromisoformat(_text(raw))
        if moment.tzinfo is None:
            raise CodecError(f"{raw!r} has no UTC offset")
        return moment
    if hint is date:
        return date.fromisoformat(_text(raw))
    if hint is bool:
        if raw in (0, 1) and not isinstance(raw, float):
            return bool(raw)
        raise CodecError(f"{raw!r} is not true or false")
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise CodecError(f"{raw!r} is not a whole number")
        return raw
    if hint is float:
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise CodecError(f"{raw!r} is not a number")
        return float(raw)
    if hint is str:
        return _text(raw)
    raise TypeError(f"unsupported field type {hint!r}")


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise CodecError(f"{raw!r} is not text")
    return raw
