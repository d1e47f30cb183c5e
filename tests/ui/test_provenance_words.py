"""What an imported file said is stored as facts and worded by the window in its own
language: the day's entries and the attack editor show it in German on a German
system, and the note field holds only the person's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.exchange.headi import plan_headi
from journal.exchange.json_format import apply_import
from journal.storage import Journal
from ui.app.start import application
from ui.attack.editor import AttackEditor
from ui.diary.day_view import DayView
from ui.diary.models import DETAIL_ROLE
from ui.kit import translations
from ui.session import Session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
START = datetime(2026, 3, 2, 8, 0).astimezone()
FACTS = (
    d.FileFact("Attack Types", "Cluster headache", d.FactReason.TYPE_NOT_MATCHED),
    d.FileFact("Attack Location", "Work"),
    d.FileFact("Lasted", "Ongoing", d.FactReason.ONGOING_IN_OLD_FILE),
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    application([])
    translations.install(qapp, GERMAN)
    yield
    translations.install(qapp)


def _imported_attack(journal: Journal) -> d.Attack:
    return journal.attacks.save(
        d.Attack(
            START,
            None,
            type=d.AttackType.NOT_SURE,
            end_unknown=True,
            pain_nrs=7,
            note="Woke up with it",
            source="migraine-buddy",
            provenance=FACTS,
        )
    )


def _details(view: DayView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0), DETAIL_ROLE) for row in range(model.rowCount())]


def test_the_days_entry_words_the_files_facts_in_english(qtbot: QtBot, journal: Journal) -> None:
    _imported_attack(journal)
    view = DayView(Session(journal))
    qtbot.addWidget(view)
    view.show_day(START.date())
    (detail,) = _details(view)
    assert "imported from Migraine Buddy" in detail
    assert "type in the file: Cluster headache" in detail
    assert "Attack Location: Work" in detail
    assert "“Ongoing” in an old file: end unknown" in detail
    assert detail.endswith("Woke up with it")  # the person's note, as typed


def test_the_days_entry_and_the_attack_editor_word_the_facts_in_german(
    german: None, qtbot: QtBot, journal: Journal
) -> None:
    attack = _imported_attack(journal)
    view = DayView(Session(journal))
    qtbot.addWidget(view)
    view.show_day(START.date())
    (detail,) = _details(view)
    assert "importiert aus Migraine Buddy" in detail
    assert "Art in der Datei: Cluster headache" in detail  # the file's words stay
    assert "„Ongoing“ in einer alten Datei: Ende unbekannt" in detail
    assert "type in the file" not in detail and "old file" not in detail

    editor = AttackEditor(Session(journal), attack)
    qtbot.addWidget(editor)
    assert editor.note.toPlainText() == "Woke up with it"
    shown = editor.provenance.text().split("\n")
    assert shown == [
        "Importiert aus Migraine Buddy. Die Datei sagte außerdem:",
        "Art in der Datei: Cluster headache (diese Art kennt das Tagebuch nicht).",
        "Attack Location: Work",
        "Die Datei sagte „Ongoing“ (dauert noch an), wurde aber lange nach dem Beginn "
        "geschrieben: Das Ende bleibt unbekannt.",
    ]
    assert not editor.provenance.isHidden()
    # saving the attack keeps its facts: they are not the note's to lose
    editor.note.setPlainText("Woke up with it, took a nap")
    saved = editor.attack()
    assert saved.provenance == FACTS and saved.note == "Woke up with it, took a nap"


def test_an_attack_entered_in_the_app_shows_no_file_facts(qtbot: QtBot, journal: Journal) -> None:
    attack = journal.attacks.save(d.Attack(START, START + timedelta(hours=3), pain=2))
    editor = AttackEditor(Session(journal), attack)
    qtbot.addWidget(editor)
    assert editor.provenance.isHidden() and editor.provenance.text() == ""


def test_an_imported_headi_entry_and_its_dose_say_what_the_file_gave(
    german: None, qtbot: QtBot, journal: Journal
) -> None:
    apply_import(journal, plan_headi(journal, FIXTURES / "20260401_101500_headi_diary.csv"))
    attack = next(a for a in journal.attacks.all() if "Nacken" in str(a.provenance))
    view = DayView(Session(journal))
    qtbot.addWidget(view)
    view.show_day(attack.start.date())
    details = _details(view)
    assert any(
        "importiert aus Headi" in text and "Art in der Datei: Nacken" in text for text in details
    )
    assert all("pain: Nacken" not in text for text in details)
    assert any("Einnahmezeit nicht in der Datei" in text for text in details)


def test_an_attack_ongoing_in_an_old_file_is_not_shown_as_running(
    qtbot: QtBot, journal: Journal
) -> None:
    """Its end is unknown: the day view says so, the banner does not offer to end
    it, and the days after its start do not list it."""
    from ui.app.start import create_main_window

    _imported_attack(journal)
    view = DayView(Session(journal))
    qtbot.addWidget(view)
    view.show_day(START.date())
    model = view.model
    assert model.data(model.index(0, 0)) == "Not sure · from 08:00, end not recorded"
    view.show_day(START.date() + timedelta(days=1))
    assert model.rowCount() == 0
    application([])
    window = create_main_window(journal)
    qtbot.addWidget(window)
    assert window.open_attack() is None


def test_the_dose_editor_shows_its_files_fact_in_a_box_as_tall_as_its_text(
    qtbot: QtBot, journal: Journal
) -> None:
    from ui.medication.dose_editor import DoseEditor

    apply_import(journal, plan_headi(journal, FIXTURES / "20260401_101500_headi_diary.csv"))
    dose = journal.doses.all()[0]
    editor = DoseEditor(Session(journal), dose)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    box = editor.provenance
    assert box.text() == (
        "Imported from Headi. The file also said:\n"
        "The file has no time taken: the attack's start is used."
    )
    spacing = box.label.fontMetrics().lineSpacing()
    assert box.label.height() <= box.area.height() <= 3 * spacing  # two lines, no blank band
