"""journal/'s language: chosen explicitly, plural forms and contexts from the catalogues,
dates and numbers in the language's own words and order, and catalogues that hold
every marked text of journal/ translated into German and French.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from journal import i18n
from journal.i18n import _, ngettext, set_language, using_language

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import journal_catalogues as catalogues  # noqa: E402

TRANSLATED = ("de", "fr")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def test_the_language_comes_from_set_language_not_from_the_process_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert i18n.language() == "en"
    assert i18n.day_text(date(2026, 11, 24)) == "Tuesday, November 24, 2026"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("de_DE.UTF-8", "de"), ("fr-CA", "fr"), ("C", "en"), ("cy_GB", "en"), ("", "en")],
)
def test_a_locale_name_gives_the_translated_language_or_english(code: str, expected: str) -> None:
    assert set_language(code) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANGUAGE": "cy:de", "LANG": "en_GB.UTF-8"}, "de"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_follows_gettexts_order_of_variables(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.language_from_environment(environ) == expected


def test_german_dates_and_numbers_use_the_german_order_and_decimal_comma() -> None:
    set_language("de")
    assert i18n.day_text(date(2026, 11, 24)) == "Dienstag, 24. November 2026"
    assert i18n.number_text(5.6) == "5,6"
    assert i18n.number_text(1234.0) == "1.234"
    assert i18n.percent_text(0.456) == "46\u00a0%"  # no break before the sign
    assert i18n.moment_text(datetime(2026, 3, 5, 22, 30)) == "05.03.2026, 22:30"


def test_french_dates_are_lower_case_day_first() -> None:
    set_language("fr")
    assert i18n.day_text(date(2026, 11, 24)) == "mardi 24 novembre 2026"
    assert i18n.day_pattern(date(2026, 11, 24), "MMMd") == "24 nov."
    assert i18n.list_text(["a", "b", "c"]) == "a, b et c"


@pytest.mark.parametrize(
    ("code", "day", "moment"),
    [
        ("en", "31 Mar 2026", "9 Sep 2026, 10:15\u202fPM"),
        (i18n.PSEUDO, "31 Mar 2026", "9 Sep 2026, 10:15\u202fPM"),  # the pseudo's are English
        ("de", "31.03.2026", "09.09.2026, 22:15"),
        ("fr", "31 mars 2026", "9 sept. 2026, 22:15"),
    ],
)
def test_a_day_a_person_reads_is_in_the_languages_order_never_iso(
    code: str, day: str, moment: str
) -> None:
    """Issue 16/17: a day in a sentence or table (date_text) is day first with the month
    as a word in English, as the window's short days are; a day with its time writes
    its day the same way. ISO stays for data: the summary JSON, exports, file names."""
    set_language(code)
    assert i18n.date_text(date(2026, 3, 31)) == day
    assert i18n.moment_text(datetime(2026, 9, 9, 22, 15)) == moment


def test_a_report_language_inside_using_language_leaves_the_apps_language_alone() -> None:
    set_language("de")
    with using_language("en"):
        assert i18n.day_pattern(date(2026, 12, 25), "yMMM") == "Dec 2026"
    assert i18n.language() == "de"
    assert i18n.day_pattern(date(2026, 12, 25), "yMMM") == "Dez. 2026"


def test_english_is_the_source_and_an_untranslated_text_stays_as_written() -> None:
    set_language("de")
    assert _("A text nobody has translated yet") == "A text nobody has translated yet"
    assert ngettext("{n} unicorn", "{n} unicorns", 2) == "{n} unicorns"
    assert ngettext("{n} day", "{n} days", 2) == "{n} Tage"  # from the catalogue


def test_an_english_report_from_a_german_app_has_english_words_and_dates() -> None:
    from journal.report.wording import day_text, month_text

    set_language("de")
    assert (day_text(date(2026, 3, 5)), month_text("2026-03")) == ("05.03.2026", "März 2026")
    with using_language("en"):
        assert (day_text(date(2026, 3, 5)), month_text("2026-03")) == ("5 Mar 2026", "Mar 2026")
        assert _("Headache calendar") == "Headache calendar"
    with using_language("fr"):
        assert _("Headache calendar") == "Calendrier des céphalées"
        assert day_text(date(2026, 3, 5)) == "5 mars 2026"


def test_reasons_errors_and_backup_ages_come_in_the_chosen_language() -> None:
    from datetime import UTC, timedelta

    from journal import domain as d
    from journal.storage.backup import describe_age
    from journal.validation import attack_problems

    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    future = d.Attack(start=now + timedelta(days=1))
    set_language("de")
    assert attack_problems(future, now)["start"] == "Der Beginn liegt in der Zukunft."
    assert describe_age(timedelta(seconds=20)) == "weniger als eine Minute"
    assert describe_age(timedelta(days=3)) == "3 Tage"
    set_language("fr")
    assert attack_problems(future, now)["start"] == "Le début est dans le futur."
    assert describe_age(timedelta(hours=1)) == "1 heure"


def test_the_pseudo_language_is_longer_accented_and_keeps_placeholders() -> None:
    set_language(i18n.PSEUDO)
    text = _("The start is in the future: {when} <b>now</b> &Save")
    assert "{when}" in text and "<b>" in text and "&S" in text
    assert len(text) >= 1.4 * len("The start is in the future: {when} <b>now</b> &Save")
    assert "é" in text


# The catalogues.


@pytest.fixture(scope="module")
def template() -> catalogues.Catalog:
    return catalogues.extract()


def _ids(catalog: catalogues.Catalog) -> set[tuple[object, str | None]]:
    return {(message.id, message.context) for message in catalog if message.id}


def test_every_language_has_a_catalogue() -> None:
    assert set(TRANSLATED) <= set(catalogues.languages())


def test_the_template_and_catalogues_hold_exactly_the_texts_of_the_code(
    template: catalogues.Catalog,
) -> None:
    with catalogues.TEMPLATE.open("rb") as source:
        committed = catalogues.read_po(source)
    assert _ids(committed) == _ids(template), "run make translations"
    for language in catalogues.languages():
        missing = _ids(template) - _ids(catalogues.read(language))
        stale = _ids(catalogues.read(language)) - _ids(template)
        assert (missing, stale) == (set(), set()), f"{language}: run make translations"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_of_journal_is_translated(language: str) -> None:
    catalog = catalogues.read(language)
    untranslated = [
        message.id
        for message in catalog
        if message.id
        and (
            message.fuzzy
            or not all(message.string if isinstance(message.string, tuple) else [message.string])
        )
    ]
    assert untranslated == [], f"translate these in {catalogues.po_path(language)}"


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sd]", text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_keeps_the_placeholders(language: str) -> None:
    for message in catalogues.read(language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = _placeholders(sources[-1])
        for string in strings:
            got = _placeholders(string)
            # a singular form may spell out "one" instead of {n}
            assert got == wanted or (set(got) <= set(wanted) and len(sources) > 1), (
                message.id,
                string,
            )


@pytest.mark.parametrize("language", catalogues.languages())
def test_the_committed_mo_is_compiled_from_the_po(language: str) -> None:
    compiled = catalogues.mo_bytes(catalogues.read(language))
    committed = catalogues.po_path(language).with_suffix(".mo").read_bytes()
    assert compiled == committed, "run make translations"


def test_the_command_line_follows_lang_and_takes_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.cli import main

    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--months", "2", "--end", "2026-03-31"]) == 0
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    capsys.readouterr()
    span = ["--from", "2026-03-01", "--to", "2026-03-31"]
    assert main(["report", "--db", str(db), *span, "-o", str(tmp_path / "r.pdf")]) == 0
    assert capsys.readouterr().out.startswith("Bericht vom ")
    assert main(["--lang", "fr", "backup", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("Journal sauvegardé dans ")
    assert (
        main(["report", "--db", str(db), *span, "--lang", "en", "-o", str(tmp_path / "e.pdf")]) == 0
    )
    assert capsys.readouterr().out.startswith("Wrote the report for ")


# French plurals: "one" is 0 and 1 ("0 crise", "1 crise", "2 crises"); German 0 is plural.


def test_the_french_catalogue_counts_0_and_1_as_one() -> None:
    assert catalogues.read("fr").plural_expr == "(n > 1)"
    assert catalogues.read("fr").num_plurals == 2
    header = catalogues.po_path("fr").read_text(encoding="utf-8")
    assert '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"' in header


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["0 jour de migraine", "1 jour de migraine", "2 jours de migraine"]),
        ("de", ["0 Migränetage", "1 Migränetag", "2 Migränetage"]),
        ("en", ["0 migraine days", "1 migraine day", "2 migraine days"]),
    ],
)
def test_a_count_of_0_takes_the_languages_own_form(language: str, expected: list[str]) -> None:
    from journal.analysis.counted import migraine_days_text

    with using_language(language):
        assert [migraine_days_text(n) for n in (0, 1, 2)] == expected
        attacks = [ngettext("{n} attack", "{n} attacks", n).format(n=n) for n in (0, 1, 2)]
    like = 1 if language == "fr" else 2  # "0 crise" as "1 crise"; "0 Attacken" as "2 Attacken"
    assert attacks[0].split()[1] == attacks[like].split()[1]


def test_the_launcher_and_self_check_speak_the_command_lines_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their texts are extracted with journal/'s (scripts/journal_catalogues.HEADLESS_UI)."""
    from ui.app import launcher, self_check

    with pytest.raises(SystemExit):
        launcher.main(["--lang", "de", "--help"])
    shown = capsys.readouterr().out
    assert "Migraine Journal zum Anwendungsmenü hinzufügen" in shown
    assert "PFAD: ein Tagebuch zum Öffnen" in shown
    # argparse's own words too (journal.cli_argparse), and the placeholders' names
    assert shown.startswith("Aufruf: migraine-journal [Optionen] [PFAD | BEFEHL ...]")
    assert "\nOptionen:\n  -h, --help " in shown and "diese Hilfe anzeigen und beenden" in shown
    assert "--db PFAD" in shown and "show this help message" not in shown
    with pytest.raises(SystemExit):
        launcher.main(["--lang", "fr", "report", "--paper", "a3"])
    assert "erreur : argument --paper : choix non valide : 'a3'" in capsys.readouterr().err
    assert launcher.main(["--lang", "fr", "/nowhere/at/all.csv"]) == 1
    assert capsys.readouterr().err.startswith("migraine-journal : il n’y a pas de fichier")

    def broken() -> None:
        raise RuntimeError(_("the SVG icon plugin is missing"))

    monkeypatch.setattr(self_check, "STEPS", [(self_check.STEPS[2][0], broken)])
    set_language("de")
    assert self_check.run_self_check() == 1
    assert capsys.readouterr().err == (
        "Selbsttest fehlgeschlagen beim Laden des App-Symbols: das SVG-Symbol-Plugin fehlt.\n"
    )
