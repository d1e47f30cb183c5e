"""The app in another language: the German translation loads through ui.kit.translations,
every visible text of the main window and the main dialogs is German, a language
nobody translated leaves English, and the .ts source holds every string in ui/.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.crypto import cli_verbs
from journal.demo import write_demo
from journal.storage import Journal
from ui.app import startup
from ui.app.about import AboutDialog
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.app.startup import open_session
from ui.attack.editor import AttackEditor
from ui.exchange.import_dialog import ImportDialog
from ui.insights.view import InsightsView
from ui.kit import translations
from ui.kit.journal_words import LISTED
from ui.kit.locale_text import day_text, local_number, month_text
from ui.medication.dose_editor import DoseEditor
from ui.medication.medications_dialog import MedicationsDialog
from ui.report.dialog import ReportDialog
from ui.session import Session
from ui.settings.dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "journal" / "resources" / "translations"
GERMAN_TS = FOLDER / "migraine_journal_de.ts"
GERMAN_QM = FOLDER / "migraine_journal_de.qm"
TRANSLATED = ("de", "fr")
"""Every text of ui/ has a German and a French translation."""
TOOLS = Path(sys.executable).parent
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
WELSH = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)  # nobody translated it


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def translated_english() -> set[str]:
    """English source texts whose German differs: none of them may stay on screen."""
    return {
        source
        for _context, source, translation in messages(GERMAN_TS)
        if (translation.text or "") != source
    }


def visible_texts(top: QWidget) -> set[str]:
    """Window title, buttons, labels, group titles, tabs, placeholders, combo items,
    actions and tooltips of `top` and everything in it."""
    texts = {top.windowTitle(), top.toolTip()}
    for widget in [top, *top.findChildren(QWidget)]:
        texts.add(widget.toolTip())
        texts.add(widget.accessibleName())
        if isinstance(widget, QAbstractButton | QLabel):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(index) for index in range(widget.count()))
    for action in top.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    return {text for text in texts if text}


ENGLISH = re.compile(r"\b(the|and|of|key|with|your|you|is|this|yet|not|from|days?|pain)\b", re.I)
"""Words no German text has: catches English built outside tr() (f-strings, joins)."""
JOURNAL_TEXT = re.compile(r"⚠ |/\S*$")
"""Not the UI's words: a field's reason from journal.validation (English, see
ui.kit.journal_words) or a file path."""


def english_left(top: QWidget) -> set[str]:
    """Visible texts that are still English: a translated source shown as is, or a
    text with an English word in it (texts from journal/ are checked only in
    the Insights test, where they are expected)."""
    texts = {text for text in visible_texts(top) if not JOURNAL_TEXT.match(text)}
    return (texts & translated_english()) | {text for text in texts if ENGLISH.search(text)}


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[str]]:
    """The German translation installed through the app's own loader, then English
    again (the system locale of the tests) so no other test sees German."""
    application([])
    loaded = translations.install(qapp, GERMAN)
    yield loaded
    translations.install(qapp)


@pytest.fixture
def german_window(german: list[str], qtbot: QtBot, journal: Journal) -> MainWindow:
    main = create_main_window(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_german_translation_and_qts_own_are_loaded_for_a_german_locale(
    german: list[str],
) -> None:
    assert german == ["qtbase_de.qm", "migraine_journal_de.qm"]
    assert QLocale().language() == QLocale.Language.German


def test_main_window_title_tabs_menus_and_buttons_are_german(german_window: MainWindow) -> None:
    texts = visible_texts(german_window)
    for word in ("&Datei", "&Eintrag", "&Ansicht", "&Hilfe", "Tagebuch", "Auswertung"):
        assert word in texts
    for word in ("Behandlungen", "Arztbesuch", "&Attacke jetzt", "E&instellungen…"):
        assert word in texts
    assert {
        "Check-in für heute",
        "&Nichts Besonderes",
        "Keine Einträge. Hoffentlich ein guter Tag.",
    } <= texts
    assert {"1 · leicht", "Ja (Taste Y / 1)"} <= texts  # legend and yes/no from journal/ words
    assert english_left(german_window) == set()
    for english in ("&File", "&Help", "Insights", "Treatments", "Visit", "Attack now"):
        assert english not in texts


def test_every_tab_of_the_main_window_is_german_once_built(
    german_window: MainWindow, qtbot: QtBot
) -> None:
    for index in range(german_window.views.count()):
        german_window.views.setCurrentIndex(index)
        qtbot.wait(10)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    texts = visible_texts(german_window)
    assert texts & translated_english() == set()
    assert {"&MIDAS eingeben…", "Zeitverlauf", "&Behandlung hinzufügen…"} <= texts


def test_attack_and_dose_editors_are_german_with_qts_standard_buttons(
    german: list[str], qtbot: QtBot, journal: Journal
) -> None:
    editor = AttackEditor(Session(journal), None, day=date(2025, 3, 3))
    dose = DoseEditor(Session(journal), None, day=date(2025, 3, 3))
    for dialog in (editor, dose):
        qtbot.addWidget(dialog)
        assert english_left(dialog) == set()
    texts = visible_texts(editor)
    assert {"Neue Attacke", "Stärkster Schmerz", "Übelkeit", "Abbrechen"} <= texts
    assert {"Eine Einnahme erfassen", "Men&ge"} <= visible_texts(dose)


def test_medications_report_import_and_about_dialogs_are_german(
    german: list[str], qtbot: QtBot, journal: Journal
) -> None:
    dialogs = [
        MedicationsDialog(Session(journal)),
        ReportDialog(Session(journal), today=date(2025, 3, 31)),
        ImportDialog(Session(journal)),
        AboutDialog(),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert english_left(dialog) == set(), type(dialog).__name__
    assert "Betablocker" in visible_texts(dialogs[0])  # a class label from journal/
    assert "Bericht für die Ärztin / den Arzt" in visible_texts(dialogs[1])
    assert "Über Migraine Journal" in visible_texts(dialogs[3])


def test_settings_dialog_is_german(german: list[str], qtbot: QtBot, tmp_path: Path) -> None:
    session = open_session(tmp_path / "journal" / "j.sqlite3")
    try:
        dialog = SettingsDialog(session, session.window)
        qtbot.addWidget(dialog)
        texts = visible_texts(dialog)
        assert {"Einstellungen", "Sic&herungen", "Er&innerungen", "&Datenschutz"} <= texts
        assert english_left(dialog) == set()
    finally:
        for opened in list(startup._SESSIONS):
            opened.close(take_backup=False)


def test_insights_charts_and_dates_are_german(
    german: list[str], qtbot: QtBot, journal: Journal
) -> None:
    write_demo(journal, months=6, seed=1)
    view = InsightsView(Session(journal))
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    first = date.today() - timedelta(days=61)  # inside the diary: days before it are not counted
    last = first + timedelta(days=30)
    view.show_span(first, last)
    texts = visible_texts(view)
    assert {"Zeitverlauf", "Monat für Monat", "Mit Attacken zusammenhängende Faktoren"} <= texts
    assert view.span_label.text() == f"{first:%d.%m.%Y} – {last:%d.%m.%Y} (31 Tage)"
    assert texts & translated_english() == set()
    # the sentences and rules from journal/ are German too (journal.i18n follows the window)
    assert any("Migränetage im Monat (" in text for text in texts), texts
    assert not any("migraine days a month" in text for text in texts)


def test_a_language_nobody_translated_leaves_english_without_error(
    qapp: QApplication, qtbot: QtBot, journal: Journal
) -> None:
    application([])
    try:
        assert translations.install(qapp, WELSH) == []
        main = create_main_window(journal)
        qtbot.addWidget(main)
        texts = visible_texts(main)
        assert {"&File", "Insights", "Attack now"} <= texts
        assert "&Datei" not in texts
    finally:
        translations.install(qapp)


def test_dates_and_numbers_follow_the_locale(german: list[str]) -> None:
    moment = date(2025, 3, 3)
    assert day_text(moment, year=True) == "Mo., 3. März 2025"
    assert month_text(moment) == "März 2025"
    assert local_number(1.5) == "1,5" and local_number(2.0) == "2"


def test_dates_read_as_before_in_english(qapp: QApplication) -> None:
    translations.install(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        moment = date(2025, 3, 3)
        assert day_text(moment, year=True) == "Mon 3 Mar 2025"
        assert month_text(moment) == "March 2025"
    finally:
        translations.install(qapp)


def test_every_label_ui_shows_from_journal_is_listed_for_translation() -> None:
    listed = set(LISTED)
    assert set(d.PAIN_LABELS) <= listed
    assert set(d.CLASS_LABELS.values()) <= listed
    assert cli_verbs.WARNING.replace(" below", "") in listed


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_source_holds_every_ui_string_translated_and_nothing_stale(
    tmp_path: Path, language: str
) -> None:
    source = FOLDER / f"migraine_journal_{language}.ts"
    refreshed = tmp_path / source.name
    shutil.copyfile(source, refreshed)
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *("-silent", "-extensions", "py", "-locations", "none", "-no-obsolete"),
            *(str(ROOT / "ui"), "-ts", str(refreshed)),
        ],
        check=True,
        capture_output=True,
    )
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in messages(refreshed)
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}
    ]
    assert unfinished == [], f"translate these in {source.name} (make translations)"
    committed = {(c, s) for c, s, _ in messages(source)}
    assert {(c, s) for c, s, _ in messages(refreshed)} == committed, "run make translations"


def forms(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms (a text with %n)."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_keeps_the_placeholders_and_one_accelerator(language: str) -> None:
    for context, source, translation in messages(FOLDER / f"migraine_journal_{language}.ts"):
        where = f"{context}: {source!r}"
        for text in forms(translation):
            assert text, where
            assert sorted(re.findall(r"\{[^}]*\}|%[sn]", text)) == sorted(
                re.findall(r"\{[^}]*\}|%[sn]", source)
            ), where
            assert text.count("&") == source.count("&"), where


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (QLocale.Language.French, ["0 crise", "1 crise", "2 crises"]),
        (QLocale.Language.German, ["0 Attacken", "1 Attacke", "2 Attacken"]),
    ],
)
def test_a_count_takes_the_languages_plural_form_french_0_and_1_alike(
    qapp: QApplication, language: QLocale.Language, expected: list[str]
) -> None:
    """Qt's plural forms (numerus) from the .ts: French says "0 crise" like "1 crise",
    German "0 Attacken" like "2 Attacken". The window asks for the plural text only
    from 2 on in English and uses its own "1 attack"; in French the count 0 reaches
    the plural text and gets the singular form from the catalogue."""
    application([])
    try:
        translations.install(qapp, QLocale(language))
        counted = [QCoreApplication.translate("calendar", "%n attacks", None, n) for n in (0, 1, 2)]
        assert counted == expected
        root = ET.parse(FOLDER / f"migraine_journal_{QLocale(language).name()[:2]}.ts").getroot()
        plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
        assert plural and all(len(forms(m.find("translation"))) == 2 for m in plural)  # type: ignore[arg-type]
    finally:
        translations.install(qapp)
    assert QCoreApplication.translate("calendar", "%n attacks", None, 0) == "0 attacks"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"{language}.qm"
    source = FOLDER / f"migraine_journal_{language}.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    committed = source.with_suffix(".qm").read_bytes()
    assert compiled.read_bytes() == committed, "run make translations"


def test_a_french_window_is_french_and_so_are_the_words_from_journal(
    qapp: QApplication, qtbot: QtBot, journal: Journal
) -> None:
    application([])
    try:
        loaded = translations.install(
            qapp, QLocale(QLocale.Language.French, QLocale.Country.France)
        )
        assert loaded == ["qtbase_fr.qm", "migraine_journal_fr.qm"]
        main = create_main_window(journal)
        qtbot.addWidget(main)
        texts = visible_texts(main)
        assert {"&Fichier", "Analyse", "Traitements", "&Crise maintenant"} <= texts
        from journal.i18n import _, language

        assert language() == "fr"
        assert _("Headache calendar") == "Calendrier des céphalées"
    finally:
        translations.install(qapp)


def test_a_french_chart_counts_0_migraine_days_in_the_singular(
    qapp: QApplication, qtbot: QtBot, journal: Journal
) -> None:
    """The month chart's description in French, over months with headache but no
    migraine: "0 jour de migraine", as French counts 0 (not "0 jours")."""
    from datetime import datetime, timedelta

    from journal import operations
    from ui.insights.charts.common import ChartCard

    start = datetime(2025, 3, 10, 9, 0).astimezone()
    attack = d.Attack(start=start, end=start + timedelta(hours=3), type=d.AttackType.HEADACHE)
    operations.save_attack(journal, dataclasses.replace(attack, pain=1))
    application([])
    try:
        translations.install(qapp, QLocale(QLocale.Language.French, QLocale.Country.France))
        view = InsightsView(Session(journal))
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        view.show_span(date(2025, 3, 1), date(2025, 3, 31))
        qtbot.waitUntil(lambda: len(view.findChildren(ChartCard)) == 5)
        assert view.board is not None
        described = view.board.monthly.card.plot_widget.accessibleDescription()
        assert "1 mois de " in described
        assert "0 jour de migraine et 1 jour de céphalée en tout" in described, described
    finally:
        translations.install(qapp)
