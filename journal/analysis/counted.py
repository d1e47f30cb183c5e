"""Counts as a person reads them, in the current language and its own plural forms:
"1 day", "3 Tage", "0 jour de migraine" (French counts 0 like 1). The Insights
sentences and the window's charts word their counts here, so a count is
never glued to an English plural "s"."""

from __future__ import annotations

from journal.i18n import ngettext


def days_text(count: int) -> str:
    """ "1 day", "3 days" in the current language."""
    return ngettext("{n} day", "{n} days", count).format(n=count)


def months_text(count: int) -> str:
    """ "1 month", "6 Monate" in the current language."""
    return ngettext("{n} month", "{n} months", count).format(n=count)


def migraine_days_text(count: int) -> str:
    """ "1 migraine day", "0 jour de migraine" in the current language."""
    return ngettext("{n} migraine day", "{n} migraine days", count).format(n=count)


def headache_days_text(count: int) -> str:
    """ "1 headache day", "3 Kopfschmerztage" in the current language."""
    return ngettext("{n} headache day", "{n} headache days", count).format(n=count)


def periods_text(count: int) -> str:
    """ "1 period", "2 Perioden" in the current language."""
    return ngettext("{n} period", "{n} periods", count).format(n=count)
