"""Turns domain records into plain JSON-able dicts and back.

One codec serves the storage rows and the JSON export, so both keep the same
field names and the same text for dates, times and enums.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from journal.i18n import _

T = TypeVar("T")


class CodecError(ValueError):
    """A value that cannot become the field it is meant for; says which field."""


def to_plain(record: object) -> dict[str, Any]:
    """The record as a dict of str, int, float, bool, None, lists and dicts."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"not a dataclass instance: {record!r}")
    return {f.name: plain_value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def plain_value(value: object) -> Any:
    """One field's value as plain JSON-able data (what `to_plain` makes of it)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [plain_value(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_plain(value)
    return value


def from_plain(cls: type[T], plain: dict[str, Any]) -> T:
    """Build a record of `cls` from a plain dict, checking every value's type;
    unknown keys are an error. For input from outside (imports)."""
    return decoder(cls)(plain)


def decoder(cls: type[T], *, trusted: bool = False) -> Callable[[dict[str, Any]], T]:
    """A fast function turning plain dicts into records of `cls`.

    `trusted=True` is for the journal's own rows, already checked when written: it
    only converts (times, dates, enums, lists) and skips the type checks.
    """
    return _decoder(cls, trusted)  # type: ignore[arg-type]


@functools.cache
def _decoder(cls: type[Any], trusted: bool) -> Callable[[dict[str, Any]], Any]:
    hints = typing.get_type_hints(cls)
    names = frozenset(f.name for f in dataclasses.fields(cls))
    converters = {name: _converter(hints[name], trusted) for name in names}
    if trusted:
        return _trusted_decoder(cls, converters)

    def decode(plain: dict[str, Any]) -> Any:
        if type(plain) is not dict:
            raise CodecError(f"expected an object for {cls.__name__}")
        if not names.issuperset(plain):
            raise CodecError(f"unknown field {sorted(set(plain) - names)[0]!r}")
        values = {}
        for name, raw in plain.items():
            try:
                values[name] = converters[name](raw)
            except (CodecError, ValueError, TypeError) as error:
                raise CodecError(f"field {name!r}: {error}") from None
        try:
            return cls(**values)
        except TypeError as error:
            missing = str(error).split(":")[-1].strip()
            raise CodecError(f"missing field {missing}") from None

    return decode


Converter = Callable[[Any], Any]


def stored_converter(hint: Any) -> Converter | None:
    """How a value of type `hint` read back from the journal's own rows becomes the
    field (the `trusted=True` conversion); None when it is used as stored."""
    convert = _converter(hint, True)
    return None if convert is _identity else convert


def _trusted_decoder(cls: type[Any], converters: dict[str, Converter]) -> Converter:
    """Converts in place only the fields that need it (a 20-year journal has some
    70,000 records and nested values to read at open)."""
    needed = [(name, c) for name, c in converters.items() if c is not _identity]
    field_count = len(converters)
    new = object.__new__

    def decode(plain: dict[str, Any]) -> Any:
        for name, convert in needed:
            plain[name] = convert(plain[name])
        if len(plain) != field_count:  # an older nested value: let defaults fill in
            return cls(**plain)
        record = new(cls)
        record.__dict__.update(plain)  # frozen dataclass, no __post_init__: same result
        return record

    return decode


def _identity(raw: Any) -> Any:
    return raw


def _converter(hint: Any, trusted: bool) -> Converter:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (option,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        inner = _converter(option, trusted)
        if inner is _identity:
            return _identity
        return lambda raw: None if raw is None else inner(raw)
    if origin is tuple:
        item = _converter(typing.get_args(hint)[0], trusted)
        if trusted and item is _identity:
            return tuple

        def items(raw: Any) -> tuple[Any, ...]:
            if type(raw) is not list:
                raise CodecError("expected a list")
            return tuple(map(item, raw))

        return items
    if not isinstance(hint, type):
        raise TypeError(f"unsupported field type {hint!r}")
    convert = _scalar(hint, trusted)
    if trusted:
        return convert

    def required(raw: Any) -> Any:
        if raw is None:
            raise CodecError("a value is required")
        return convert(raw)

    return required


def _scalar(hint: type, trusted: bool) -> Converter:
    if dataclasses.is_dataclass(hint):
        return _decoder(hint, trusted)
    if issubclass(hint, Enum):
        return hint._value2member_map_.__getitem__ if trusted else _enum(hint)
    if hint is datetime:
        return _moment
    if hint is date:
        if trusted:
            return date.fromisoformat
        return lambda raw: date.fromisoformat(_text(raw))
    if hint is bool:
        return bool if trusted else _bool
    if trusted and hint in (str, int):
        return _identity  # written by this app, already checked
    if hint is float:
        return _identity if trusted else _float
    return {int: _int, str: _text}[hint]


def _enum(hint: type[Enum]) -> Converter:
    def convert(raw: Any) -> Enum:
        try:
            return hint(raw)
        except ValueError:
            raise CodecError(_("{raw!r} is not one of the known values").format(raw=raw)) from None

    return convert


def _moment(raw: Any) -> datetime:
    moment = datetime.fromisoformat(_text(raw))
    if moment.tzinfo is None:
        raise CodecError(_("{raw!r} has no UTC offset").format(raw=raw))
    return moment


def _bool(raw: Any) -> bool:
    if raw in (0, 1) and not isinstance(raw, float):
        return bool(raw)
    raise CodecError(_("{raw!r} is not true or false").format(raw=raw))


def _int(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise CodecError(_("{raw!r} is not a whole number").format(raw=raw))
    return raw


def _float(raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise CodecError(_("{raw!r} is not a number").format(raw=raw))
    return float(raw)


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise CodecError(_("{raw!r} is not text").format(raw=raw))
    return raw
