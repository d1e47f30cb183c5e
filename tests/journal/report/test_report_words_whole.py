"""The report in German, French and the pseudo language, read back with pdftotext: every
word of a table's header and cells is printed whole (a column is as wide as its longest
word; a word breaks only after a hyphen it has), stored keys are worded in the language,
and translated words keep their own capitals."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from reportlab.platypus import Paragraph

from journal import domain as d
from journal.analysis.diary import Diary
from journal.report import tables
from journal.report.build import build_report
from journal.report.options import ReportOptions

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

SPAN_DAYS = 180


def _words(text: str) -> list[str]:
    """The words of a cell as printed (markup out, entities as characters)."""
    from html import unescape

    plain = unescape(re.sub(r"<[^<>]*>", " ", text))
    return plain.split()


@pytest.fixture
def tables_built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[list[Any]]]]:
    """The cells of every grid table the report builds, as they were handed to Table."""
    built: list[list[list[Any]]] = []
    original = tables.Table

    def recording(cells: list[list[Any]], *args: Any, **kwargs: Any) -> Any:
        built.append(cells)
        return original(cells, *args, **kwargs)

    monkeypatch.setattr(tables, "Table", recording)
    yield built


def _report(diary: Diary, end: date, language: str, days: int = SPAN_DAYS) -> bytes:
    options = ReportOptions(first=end - timedelta(days=days), last=end, language=language)
    return build_report(diary, options, today=end)


@pytest.mark.parametrize("language", ["de", "fr", "x-pseudo", "en"])
def test_every_word_of_every_table_is_printed_whole(
    demo_diary: Diary,
    demo_end: date,
    language: str,
    tables_built: list[list[list[Any]]],
    read_pdf: Callable[[bytes], list[str]],
) -> None:
    pdf = _report(demo_diary, demo_end, language)
    printed = set(" ".join(read_pdf(pdf)).split())
    # a word may break after a hyphen it has: "Kombi-" and "Analgetikum"
    printed |= {part for token in printed for part in re.split(r"(?<=-)", token) if part}
    assert len(tables_built) >= 5  # months, medication, effect, side effects, triggers
    header_words = [
        word for cells in tables_built for cell in cells[0] for word in _words(cell.text)
    ]
    if language != "en":  # long words are there to break
        assert any(len(word) >= 11 for word in header_words)
    cut = []
    for cells in tables_built:
        for row in cells:
            for cell in row:
                text = cell.text if isinstance(cell, Paragraph) else str(cell)
                for word in _words(text):
                    pieces = [p for p in re.split(r"(?<=-)(?=\w)", word) if p]
                    if word not in printed and not all(p in printed for p in pieces):
                        cut.append(word)
    assert cut == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ("leicht", "mittel")),
        ("fr", ("légère", "modérée")),
    ],
)
def test_side_effect_severity_is_worded_in_the_language(
    demo_diary: Diary,
    demo_end: date,
    language: str,
    words: tuple[str, str],
    read_pdf: Callable[[bytes], list[str]],
) -> None:
    effects = [s for s in demo_diary.side_effects if s.severity is not d.Severity.NONE]
    assert {s.severity for s in effects} >= {d.Severity.MILD, d.Severity.MODERATE}
    end = max(s.day for s in effects) + timedelta(days=30)
    text = " ".join(read_pdf(_report(demo_diary, end, language)))
    rows = re.findall(r"\b(mild|moderate|severe|leicht|mittel|stark|légère|modérée)\s*$", text)
    assert not re.search(r"\s(mild|moderate|severe)\s", text)
    assert all(word in text for word in words), rows


def test_german_calendar_legend_keeps_the_capitals_of_nouns(
    demo_diary: Diary, demo_end: date, read_pdf: Callable[[bytes], list[str]]
) -> None:
    text = " ".join(" ".join(read_pdf(_report(demo_diary, demo_end, "de"))).split())
    legend = text[text.index("Akutmedikation:") :][:400]
    assert "(Triptan)" in legend
    assert not re.search(r"\((triptan|antiemetikum|einfaches analgetikum)", legend)
    assert "(Einfaches Analgetikum / NSAR)" in text or "(Antiemetikum)" in text


SINCE = {
    "en": ("since", r"\bto ongoing\b"),
    "de": ("seit", r"\bbis laufend\b"),
    "fr": ("depuis le", r"\bau en cours\b"),
}


@pytest.mark.parametrize("language", sorted(SINCE))
def test_a_course_still_going_on_reads_since_its_start(
    demo_diary: Diary, demo_end: date, language: str, read_pdf: Callable[[bytes], list[str]]
) -> None:
    from journal.i18n import date_text, using_language

    since, glued = SINCE[language]
    ongoing = [t for t in demo_diary.treatments if t.end is None and t.start <= demo_end]
    assert ongoing
    text = " ".join(" ".join(read_pdf(_report(demo_diary, demo_end, language))).split())
    assert not re.search(glued, text)
    with using_language(language):
        for course in ongoing:
            assert f"{since} {date_text(course.start)}" in text


def test_french_page_one_spaces_its_colons_and_semicolons(
    demo_diary: Diary, demo_end: date, read_pdf: Callable[[bytes], list[str]]
) -> None:
    """French puts a space before ":" and ";": no glued "nov. 2026: 6" or "…); Mindfulness"."""
    pdf = _report(demo_diary, demo_end, "fr", days=90)  # a span whose months are listed
    page_one = " ".join(read_pdf(pdf)[0].split())
    assert re.search(r"Par mois : \w+\.? 2026 : \d", page_one)
    assert not re.search(r"\d{4}: \d", page_one)
    assert not re.search(r"\w\); \w", page_one)


@pytest.mark.parametrize("language", ["de", "fr", "x-pseudo", "en"])
def test_the_calendar_pain_key_gives_each_text_its_width(language: str) -> None:
    """The key's texts had fixed widths: German "Schmerz, der stärkste des Tages:" ran
    under the first swatch."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from journal.i18n import using_language
    from journal.report.calendar_section import SWATCH_COLUMNS, _pain_key
    from journal.report.styles import report_styles

    with using_language(language):
        key = _pain_key()
    texts = key._cellvalues[0]
    for column, text in enumerate(texts):
        if column not in SWATCH_COLUMNS:
            needed = stringWidth(str(text), report_styles().regular, 7.5)
            assert key._colWidths[column] >= needed + 2, (column, text)
