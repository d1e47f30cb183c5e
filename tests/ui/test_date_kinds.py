"""One way to write each kind of date in the window (ui.kit.locale_text): a day, a
short day for tight places, a day as a heading, a month, a day with its time. The
same kind reads the same on every screen and as journal.i18n writes it in the report,
in English, German and French; no screen formats a date with a pattern of its own."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import i18n
from journal.analysis.diary import Diary
from journal.analysis.explain import questionnaire_text
from journal.analysis.summary import summarize
from journal.storage import Journal
from ui.app.start import application
from ui.kit import translations
from ui.kit.locale_text import (
    date_text,
    day_span,
    day_text,
    full_day_text,
    moment_text,
    month_text,
)

UI = Path(__file__).resolve().parents[2] / "ui"
HOME = UI / "kit" / "locale_text.py"
STRFTIME_DATE = re.compile(r"%[aAbBdmyYjU]")
QT_DATE = re.compile(r"(?<![A-Za-z])(dddd|ddd|MMMM|MMM|yyyy|dd\.MM|MM/dd|dd/MM)(?![A-Za-z])")
FILE_NAME_STAMP = "%Y-%m-%d"
"""ISO in a suggested file name (headache-diary-2026-11-24.pdf) is no text to read."""

LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            found.add(id(first.value))
    return found


def _locale_format_to_string(node: ast.AST) -> bool:
    """`locale.toString(day, QLocale.FormatType.LongFormat)`: a date in a form of its own."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "toString"
        and any(isinstance(arg, ast.Attribute) and arg.attr.endswith("Format") for arg in node.args)
    )


def ad_hoc_date_patterns(root: Path) -> list[str]:
    """Every place under `root` (but locale_text.py) that writes a date with a pattern
    of its own: a strftime directive, a QLocale/QDate pattern, a strftime() call."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == HOME:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        where = path.relative_to(root.parent)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if id(node) in docs or text == FILE_NAME_STAMP:
                    continue
                if STRFTIME_DATE.search(text) or QT_DATE.search(text):
                    found.append(f"{where}:{node.lineno}: {text!r}")
            elif isinstance(node, ast.Attribute) and node.attr == "strftime":
                found.append(f"{where}:{node.lineno}: strftime")
            elif _locale_format_to_string(node):
                found.append(f"{where}:{node.lineno}: toString with a QLocale format")
    return found


def test_no_screen_writes_a_date_with_a_pattern_of_its_own() -> None:
    assert ad_hoc_date_patterns(UI) == []


def test_the_scan_finds_the_patterns_screens_used_to_have(tmp_path: Path) -> None:
    screen = tmp_path / "ui" / "screen.py"
    screen.parent.mkdir()
    screen.write_text(
        "from ui.kit.locale_text import local_text\n"
        "a = local_text(day, '%d %b %Y')\n"
        "b = f'{day:%a %d %b}'\n"
        "c = locale.toString(qdate, 'dddd d MMMM yyyy')\n"
        "d = day.strftime('%x')\n"
        "e = f'diary-{day:%Y-%m-%d}.pdf'\n"
        "f = f'{start:%H:%M}'\n"
        "g = QLocale.system().toString(moment, QLocale.FormatType.ShortFormat)\n",
        encoding="utf-8",
    )
    found = ad_hoc_date_patterns(tmp_path / "ui")
    assert sorted(line.split(":")[1] for line in found) == ["2", "3", "4", "5", "8"]


@pytest.fixture(params=sorted(LOCALES))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in English, German or French (its QLocale and journal.i18n), then the
    tests' own locale again."""
    application([])
    translations.install(qapp, LOCALES[request.param])
    yield request.param
    translations.install(qapp)


DAYS = [date(2026, 1, 5), date(2026, 3, 31), date(2026, 7, 4), date(2025, 12, 24)]
EXPECTED = {
    "en": {
        "date": ["5 Jan 2026", "31 Mar 2026", "4 Jul 2026", "24 Dec 2025"],
        "short": "Sat 4 Jul",
        "short other year": "Wed 24 Dec 2025",
        "axis": "4 Jul",
        "full": "Saturday, 4 July 2026",
        "month": "July 2026",
        "short month": "Jul 2026",
        "moment": "Sat 4 Jul, 21:05",
    },
    "de": {
        "date": ["05.01.2026", "31.03.2026", "04.07.2026", "24.12.2025"],
        "short": "Sa., 4. Juli",
        "short other year": "Mi., 24. Dez. 2025",
        "axis": "4. Juli",
        "full": "Samstag, 4. Juli 2026",
        "month": "Juli 2026",
        "short month": "Juli 2026",
        "moment": "Sa., 4. Juli, 21:05",
    },
    "fr": {
        "date": ["5 janv. 2026", "31 mars 2026", "4 juil. 2026", "24 déc. 2025"],
        "short": "sam. 4 juil.",
        "short other year": "mer. 24 déc. 2025",
        "axis": "4 juil.",
        "full": "samedi 4 juillet 2026",
        "month": "juillet 2026",
        "short month": "juil. 2026",
        "moment": "sam. 4 juil., 21:05",
    },
}


def test_each_kind_of_date_in_the_apps_language(language: str) -> None:
    expected = EXPECTED[language]
    today = date(2026, 11, 24)
    july = date(2026, 7, 4)
    assert [date_text(day) for day in DAYS] == expected["date"]
    assert day_text(july, today) == expected["short"]
    assert day_text(date(2025, 12, 24), today) == expected["short other year"]
    assert day_text(july, today, weekday=False, year=False) == expected["axis"]
    assert full_day_text(july) == expected["full"]
    assert month_text(july) == expected["month"]
    assert month_text(july, short=True) == expected["short month"]
    assert moment_text(datetime(2026, 7, 4, 21, 5), today) == expected["moment"]


def test_a_day_and_a_heading_read_as_the_report_writes_them(language: str) -> None:
    """The window's day is journal.i18n.date_text's, its heading i18n.day_text's
    "full" (the PDF report and the command line write those), its month i18n's."""
    assert i18n.language() == language
    for day in DAYS:
        assert date_text(day) == i18n.date_text(day)
        assert month_text(day) == i18n.day_pattern(day, "yMMMM")
        if language != "en":  # English: CLDR "full" is American, QLocale en_GB British
            assert full_day_text(day) == i18n.day_text(day)


def test_the_short_day_is_cldrs_in_german_and_french(language: str) -> None:
    """ "Sa., 4. Juli" / "sam. 4 juil.": journal.i18n's day with weekday (CLDR MMMEd)."""
    if language != "en":  # English keeps "Sat 4 Jul" (CLDR: the American "Sat, Jul 4")
        july = date(2026, 7, 4)
        assert day_text(july, july) == i18n.day_pattern(july, "MMMEd")
        assert day_text(july, july, weekday=False) == i18n.day_pattern(july, "MMMd")


EVERY_MONTH = [date(2026, month, day) for month in range(1, 13) for day in (1, 9, 28)]
TERRITORIES = {
    "en": [QLocale.Country.UnitedKingdom, QLocale.Country.UnitedStates, QLocale.Country.Ireland],
    "de": [QLocale.Country.Germany, QLocale.Country.Austria, QLocale.Country.Switzerland],
    "fr": [QLocale.Country.France, QLocale.Country.Canada, QLocale.Country.Belgium],
}
"""Countries whose month abbreviations differ from the language's own ("Sept" in
en_GB, "juill." in fr_CA): the window's day must still read as journal/'s."""


@pytest.mark.parametrize("code", sorted(TERRITORIES))
def test_a_day_reads_the_same_in_the_window_and_in_journal_in_every_month(
    qapp: QApplication, code: str
) -> None:
    """Issue 16/17: one kind of day, one text. For every month, and whatever the
    window's country, the window's day (Treatments, Visit, Medications...) is the
    text journal/ writes in the PDF and the command line's confirmations; English
    reads "9 Sep 2026" (day, month as a word, year), never ISO."""
    application([])
    try:
        for country in TERRITORIES[code]:
            translations.install(qapp, QLocale(QLocale.Language(LOCALES[code].language()), country))
            assert i18n.language() == code
            window = [date_text(day) for day in EVERY_MONTH]
            assert window == [i18n.date_text(day) for day in EVERY_MONTH], country
            assert not any(re.search(r"\d{4}-\d\d-\d\d", text) for text in window)
    finally:
        translations.install(qapp)
    written = dict(zip(EVERY_MONTH, window, strict=True))
    if code == "en":
        assert written[date(2026, 9, 9)] == "9 Sep 2026"
        assert written[date(2026, 3, 28)] == "28 Mar 2026"


def test_a_span_of_days_is_two_days_of_the_same_kind(language: str) -> None:
    first, last = date(2026, 3, 3), date(2026, 7, 14)
    assert day_span(first, last) == f"{date_text(first)} – {date_text(last)}"
    assert day_span(first, first) == date_text(first)


def test_the_insights_headline_dates_a_questionnaire_as_every_screen_does(language: str) -> None:
    """The MIDAS and HIT-6 line of Insights (written by journal/) and the Visit tab
    write the day of a result the same way."""
    day = date(2026, 3, 31)
    diary = Diary(midas=(d.MidasEntry(day, 4, 2, 2, 1, 1),))
    text = questionnaire_text(summarize(diary, date(2026, 1, 1), day, day))
    assert date_text(day) in text


def test_the_settings_example_of_a_date_is_how_the_window_writes_one(
    qtbot: QtBot, journal: Journal, language: str
) -> None:
    """Settings > Appearance says dates follow the computer's language "e.g. ...": the
    example is a moment as the window writes one, not a form no screen uses."""
    from types import SimpleNamespace

    from ui.session import Session
    from ui.settings.pages import AppearancePage

    page = AppearancePage(SimpleNamespace(session=Session(journal)))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    example = moment_text(datetime(2026, 11, 21, 14, 5), today=date(2000, 1, 1))
    assert any(example in label.text() for label in page.findChildren(QLabel))
