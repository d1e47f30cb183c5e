"""JSON text read strictly, for exports and other apps' files: a number too large for
the journal, NaN or Infinity, or nesting too deep is a plain sentence (ImportFileError),
never a crash or a silently changed value."""

from __future__ import annotations

import json
from typing import Any

from journal.errors import ImportFileError
from journal.i18n import _

MAX_INTEGER = 2**63 - 1


def parse_json(text: str, name: str) -> Any:
    """JSON as Python values; every problem is ImportFileError with a sentence."""

    def integer(digits: str) -> int:
        value = int(digits)
        if abs(value) > MAX_INTEGER:
            raise _NumberTooLarge(digits)
        return value

    def constant(word: str) -> Any:
        raise _NotANumber(word)

    try:
        return json.loads(text, parse_int=integer, parse_constant=constant)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            _("{file} is not valid JSON: {problem} at line {line}, column {column}.").format(
                file=name, problem=error.msg, line=error.lineno, column=error.colno
            )
        ) from None
    except _NumberTooLarge as error:
        raise ImportFileError(
            _("{name} holds a number too large to be a value: {error}.").format(
                name=name, error=error
            )
        ) from None
    except _NotANumber as error:
        raise ImportFileError(
            _("{name} holds “{error}”, which is not a number.").format(name=name, error=error)
        ) from None
    except RecursionError:
        raise ImportFileError(
            _("{name} is nested too deeply to be a Migraine Journal export.").format(name=name)
        ) from None
    except ValueError as error:  # e.g. a number with more digits than Python reads
        raise ImportFileError(
            _("{name} cannot be read as JSON ({error}).").format(name=name, error=error)
        ) from None


class _NumberTooLarge(ValueError):
    pass


class _NotANumber(ValueError):
    pass
