"""`report --lang de` and `report --lang fr` on a demo journal, read back with pdftotext:
no sentence of the English report is left, dates are in the language's own order,
and the figures are the ones `summary --json` gives."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journal.cli import main
from journal.i18n import set_language, using_language
from journal.report.wording import class_label

ROOT = Path(__file__).resolve().parents[3]
POT = ROOT / "journal" / "resources" / "locale" / "journal.pot"
SPAN = ("--from", "2026-01-01", "--to", "2026-03-31")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--months", "6", "--end", "2026-03-31"]) == 0
    return db


def _report_text(demo: Path, tmp: Path, language: str) -> str:
    pdf = tmp / f"report-{language}.pdf"
    assert main(["report", "--db", str(demo), *SPAN, "--lang", language, "-o", str(pdf)]) == 0
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(text.split())


def _summary(demo: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["summary", "--db", str(demo), *SPAN, "--json"]) == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def _patients_words() -> set[object]:
    """The texts journal/demo writes as the patient's own (notes, treatments): they are
    the journal's data, written in the demo's language, not the report's sentences."""
    from babel.messages.extract import extract_from_dir

    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    found = extract_from_dir(str(ROOT / "journal" / "demo"), keywords=keywords)
    return {message for _file, _line, message, _comments, _context in found}


def english_sentences(english_report: str) -> list[str]:
    """The English report's sentences: every run of 3 or more words of a text the
    journal/ catalogue holds (placeholders and markup cut out) that the English
    report prints, the patient's own words of the demo left out."""
    from babel.messages.pofile import read_po

    with POT.open("rb") as source:
        catalog = read_po(source)
    found = set()
    patients = _patients_words()
    for message in catalog:
        if message.id in patients:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for text in ids:
            for cut in re.split(r"\{[^{}]*\}|<[^<>]*>|%s", text or ""):
                piece = " ".join(cut.split()).strip(" ,;:.()")
                if len(piece.split()) >= 3 and piece in english_report:
                    found.add(piece)
    return sorted(found)


@pytest.fixture(scope="module")
def english_report(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _report_text(demo, tmp_path_factory.mktemp("en"), "en")


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_report_in_another_language_has_no_english_sentence_left(
    demo: Path, tmp_path: Path, english_report: str, language: str
) -> None:
    sentences = english_sentences(english_report)
    assert len(sentences) >= 60  # the check has teeth: most of the report is prose
    text = _report_text(demo, tmp_path, language)
    assert [sentence for sentence in sentences if sentence in text] == []


def test_german_report_writes_dates_day_first_with_the_german_clinical_terms(
    demo: Path, tmp_path: Path
) -> None:
    text = _report_text(demo, tmp_path, "de")
    assert "Tagebuch vom 01.01.2026 bis 31.03.2026 (90 Tage)" in text
    assert "Zusammenfassung des Kopfschmerztagebuchs" in text
    assert "Januar 2026" in text and "März 2026" in text  # calendar months
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)  # no ISO date left
    assert "Kopfschmerzkalender" in text


def test_french_report_writes_dates_day_first_in_words(demo: Path, tmp_path: Path) -> None:
    text = _report_text(demo, tmp_path, "fr")
    assert "Journal du 1 janv. 2026 au 31 mars 2026 (90 jours)" in text
    assert "Synthèse du journal des céphalées" in text
    assert "janvier 2026" in text and "mars 2026" in text
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
    assert "Calendrier des céphalées" in text


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ENGLISH_DAY = rf"\b\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}\b"
"""A day as an English person reads it: "31 Mar 2026" (day, month as a word, year)."""


def test_english_report_writes_days_day_first_with_the_month_as_a_word(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 16/17: the English PDF writes a day as the window does ("31 Mar 2026") in
    its sentences and its tables, never ISO; `summary --json` keeps ISO (its contract)."""
    pdf = tmp_path / "report-en.pdf"
    assert main(["report", "--db", str(demo), *SPAN, "--lang", "en", "-o", str(pdf)]) == 0
    laid_out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = " ".join(laid_out.split())
    assert "Diary from 1 Jan 2026 to 31 Mar 2026 (90 days)" in text  # a sentence
    assert "Diary 1 Jan 2026 to 31 Mar 2026 · page 1 of" in text  # every page's footer
    assert not re.search(r"\b\d{4}-\d{2}(-\d{2})?\b", text)  # no ISO day or month left
    table_days = re.findall(rf"^\s*({ENGLISH_DAY})\s{{2,}}\S", laid_out, re.MULTILINE)
    assert table_days, "a table (side effects, notes, phases) starts its rows with a day"
    assert re.search(r"^\s*Feb 2026\s+28\s", laid_out, re.MULTILINE)  # month by month
    document = _summary(demo, capsys)
    assert (document["from"], document["to"]) == ("2026-01-01", "2026-03-31")
    for questionnaire in ("midas", "hit6"):
        if document[questionnaire]:  # the JSON's ISO day is "d Mon yyyy" on the page
            year, month, day = (int(part) for part in document[questionnaire]["date"].split("-"))
            assert f"({day} {MONTHS[month - 1]} {year})" in text, questionnaire


WORDING = {
    "de": ("{n} in {days} Tagen: {per_28} je 28 Tage", "Attacken {n} ("),
    "fr": ("{n} sur {days} jours : {per_28} pour 28 jours", "Crises {n} ("),
}


@pytest.mark.parametrize("language", sorted(WORDING))
def test_the_figures_are_those_of_summary_json(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    in_days, attacks = WORDING[language]
    document = _summary(demo, capsys)
    text = _report_text(demo, tmp_path, language)
    days = document["days"]
    for key in ("migraine_days", "headache_days"):
        figure = f"{document[f'{key}_per_28']:.1f}".replace(".", ",")  # decimal comma
        assert in_days.format(n=document[key], days=days, per_28=figure) in text, key
    assert attacks.format(n=document["attacks"]) in text
    with using_language(language):
        for med_class, days_taken in document["acute_medication_days"].items():
            if days_taken:
                assert f"{class_label(med_class)} {days_taken} " in text, med_class
