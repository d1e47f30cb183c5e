"""The language of journal/'s texts, dates and numbers (no Qt).

Every sentence journal/ shows a person goes through the functions here: `_` for a text,
`ngettext` for one with a count, `pgettext` / `npgettext` where an English word is
ambiguous without its context ("May" the month, "Other" the medicine class). The
catalogues are standard gettext: journal/resources/locale/<lang>/LC_MESSAGES/journal.po,
extracted from the code and compiled to .mo by Babel (`make translations`); the .mo
files are committed so a checkout runs without a build step.

Dates and numbers are written with CLDR data (Babel) in the same language:
`day_text(day)` is "Tuesday, November 24, 2026" in English, "Dienstag, 24. November 2026"
in German; `number_text(5.6)` is "5,6" in German.

The language is chosen explicitly, never read from the process locale while parsing or
formatting: the window calls `set_language` with its own language, the command line
with `--lang` or the one `language_from_environment` reads from LANG once at start. A
report in another language than the window's is built inside `using_language(...)`,
which changes the language for that thread of work only.

Constants that are shown later (labels in tables, reasons) are marked with `N_` where
they are defined and translated with `_()` where they are shown.
"""

from __future__ import annotations

import gettext as _gettext
import math
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from functools import cache
from typing import TYPE_CHECKING

from journal.resources import resource_path

if TYPE_CHECKING:  # Babel is loaded when a date or number is first written, not at start
    from babel import Locale

DOMAIN = "journal"
"""The catalogue's name: journal/resources/locale/<lang>/LC_MESSAGES/journal.mo."""

ENGLISH = "en"
PSEUDO = "x-pseudo"
"""A test language: every text about 40% longer and accented, to find clipped text.
Dates and numbers in it are English."""

LANGUAGES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
"""The languages with a complete translation, by code, each named in itself."""

_chosen = ENGLISH
"""The language set for the whole app (the window's, or the command line's)."""

_override: ContextVar[str | None] = ContextVar("journal_language", default=None)
"""A language for one piece of work (a report in another language), see using_language."""


def supported(code: str | None) -> str:
    """The supported language for a code such as "de", "de_DE.UTF-8", "fr-CA" or "C"
    (English for anything not translated)."""
    if not code:
        return ENGLISH
    if code == PSEUDO:
        return PSEUDO
    base = re.split(r"[_.@-]", code.strip(), maxsplit=1)[0].lower()
    return base if base in LANGUAGES else ENGLISH


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, in gettext's order: LANGUAGE (a list),
    LC_ALL, LC_MESSAGES, LANG. The first translated one wins; English otherwise."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for code in value.split(":"):
            if supported(code) != ENGLISH or code.lower().startswith("en"):
                return supported(code)
        if variable != "LANGUAGE":
            return ENGLISH  # a set LC_ALL / LANG that is not translated means English
    return ENGLISH


def language_asked(arguments: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language a command line asks for: its --lang, else the environment's.
    Read before the arguments are parsed, so the parser's own messages use it too."""
    for index, word in enumerate(arguments):
        if word.startswith("--lang="):
            return supported(word.partition("=")[2])
        if word == "--lang" and index + 1 < len(arguments):
            return supported(arguments[index + 1])
    return language_from_environment(environ)


def set_language(code: str | None) -> str:
    """Make `code` journal/'s language everywhere; returns the language in use (a code
    nobody translated gives English)."""
    global _chosen  # noqa: PLW0603 - the one app-wide setting, like gettext.install
    _chosen = supported(code)
    return _chosen


def language() -> str:
    """The language texts, dates and numbers are written in right now."""
    return _override.get() or _chosen


@contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Write in `code` inside the block (this thread of work only), e.g. an English
    report from a German window; the app's language is unchanged afterwards."""
    token = _override.set(supported(code))
    try:
        yield language()
    finally:
        _override.reset(token)


@cache
def _catalogue(code: str) -> _gettext.NullTranslations:
    if code in (ENGLISH, PSEUDO):
        return _gettext.NullTranslations()
    return _gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[code], fallback=True
    )


def _(message: str) -> str:
    """`message` in the current language."""
    code = language()
    if code == PSEUDO:
        return pseudo(message)
    return _catalogue(code).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` (languages differ in how many forms and where 0 goes);
    the text is then usually .format(n=count)."""
    code = language()
    if code == PSEUDO:
        return pseudo(singular if count == 1 else plural)
    return _catalogue(code).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language where the English word is ambiguous."""
    code = language()
    if code == PSEUDO:
        return pseudo(message)
    return _catalogue(code).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    """ngettext with a context."""
    code = language()
    if code == PSEUDO:
        return pseudo(singular if count == 1 else plural)
    return _catalogue(code).npgettext(context, singular, plural, count)


def N_(message: str) -> str:
    """Mark a constant for extraction; it is translated with `_()` where it is shown."""
    return message


def pseudo(message: str) -> str:
    """The pseudo-language form: accented letters and 40% more length, keeping
    placeholders ({n}, %s), markup (<b>) and accelerators (&) as they are."""
    pieces = re.split(r"(\{[^{}]*\}|%\(\w+\)[sd]|%[sdn]|<[^<>]*>|&\w+;)", message)
    out = []
    for index, piece in enumerate(pieces):
        out.append(piece if index % 2 else piece.translate(_ACCENTS))
    letters = len(re.sub(r"\s", "", "".join(pieces[::2])))
    if not letters:
        return message
    padding = "ẋ" * max(1, math.ceil(len(message) * 0.4) - 1)
    # In words of up to 12 letters, as long as a long word of a real language (a
    # sentence's padding as one word could not wrap, where the real text would).
    return "".join(out) + " " + " ".join(re.findall(".{1,12}", padding))


_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "áéîõüýÅÉÎÕÜÝçñÇÑ")


# Dates and numbers, written with CLDR data in the current language.


def _locale() -> Locale:
    from babel import Locale

    code = language()
    return Locale.parse(ENGLISH if code == PSEUDO else code)


def day_text(day: date, form: str = "full") -> str:
    """A day: form "full" ("Tuesday, November 24, 2026" / "Dienstag, 24. November 2026"),
    "long" ("November 24, 2026"), "medium" ("Nov 24, 2026" / "24.11.2026") or "short"."""
    from babel import dates

    return dates.format_date(day, form, locale=_locale())


ENGLISH_DATE = "d MMM y"
"""English's date in a sentence or table: "31 Mar 2026" (CLDR en_GB's medium date, with
the month names of "en"). The day comes before the month as in the app's short days
("Sat 21 Nov"), and the month is a word, so 03/04 cannot be read as either month.
ISO (2026-03-31) is for data and for what a person types back, never for reading."""


def date_text(day: date) -> str:
    """A date in a sentence or table, as a person reads it: English "31 Mar 2026",
    German "31.03.2026", French "31 mars 2026" (each language's CLDR medium date;
    ui.kit.locale_text.date_text writes the same in the window)."""
    if language() in (ENGLISH, PSEUDO):
        from babel import dates

        return dates.format_date(day, ENGLISH_DATE, locale=_locale())
    return day_text(day, "medium")


def day_pattern(day: date, skeleton: str) -> str:
    """A day written from a CLDR skeleton, in the language's own order and words:
    "MMMd" gives "Nov 24" / "24. Nov.", "yMMM" "Nov 2026" / "Nov. 2026",
    "MMMEd" "Tue, Nov 24" / "Di., 24. Nov."."""
    from babel import dates

    return dates.format_skeleton(skeleton, day, locale=_locale())


def time_text(moment: time | datetime) -> str:
    """A time of day as the language writes it ("10:30 PM" / "22:30")."""
    from babel import dates

    return dates.format_time(moment, "short", locale=_locale())


def moment_text(moment: datetime) -> str:
    """A day and time, medium length ("24 Nov 2026, 10:30 PM" / "24.11.2026, 22:30"):
    the day as date_text writes it."""
    joined = str(_locale().datetime_formats["medium"])
    return joined.replace("{1}", date_text(moment.date())).replace("{0}", time_text(moment))


def month_name(month: int, form: str = "wide") -> str:
    """The name of a month (1-12) standing alone ("März", "mars")."""
    names = _locale().months["stand-alone"][form]
    return str(names[month])


def weekday_name(day: date, form: str = "short") -> str:
    """The day's weekday standing alone: form "short" ("Tu" / "Di." / "ma"), "narrow"
    ("T" / "D" / "M") or "wide" ("Tuesday")."""
    names = _locale().days["stand-alone"][form]
    return str(names[day.weekday()])


def number_text(value: float, decimals: int = 1, *, exact: bool = False) -> str:
    """A number with up to `decimals` decimals (exactly that many when `exact`) and the
    language's decimal sign: "5.6" / "5,6", "1,234" / "1.234"."""
    pattern = "#,##0" + ("." + ("0" if exact else "#") * decimals if decimals else "")
    from babel import numbers

    return numbers.format_decimal(value, format=pattern, locale=_locale())


def percent_text(fraction: float, decimals: int = 0) -> str:
    """A fraction as a percentage in the language's way ("45%" / "45 %")."""
    pattern = _locale().percent_formats[None].pattern
    if decimals:
        pattern = pattern.replace("0", "0." + "#" * decimals, 1)  # "#,##0 %": one 0
    from babel import numbers

    return numbers.format_percent(fraction, format=pattern, locale=_locale())


def list_text(items: list[str]) -> str:
    """Items joined as the language joins a list ("a, b, and c" / "a, b und c")."""
    from babel.lists import format_list

    return format_list(items, locale=_locale()) if items else ""
