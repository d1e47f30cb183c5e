"""The import dialog: recognise, preview, map columns, import all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journal.exchange.detect import plan_file
from journal.storage import Journal
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _dialog(qtbot: QtBot, journal: Journal, name: str | None = None) -> ImportDialog:
    dialog = ImportDialog(journal)
    qtbot.addWidget(dialog)
    if name:
        dialog.set_file(FIXTURES / name)
    return dialog


def _counts(journal: Journal) -> tuple[int, int, int, int]:
    return (
        len(journal.attacks.all()),
        len(journal.doses.all()),
        len(journal.medications.all()),
        len(journal.bleeding_days.all()),
    )


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("migraine_buddy.csv", "Migraine Buddy export"),
        ("measurements.json", "Clue measurements"),
        ("drip.csv", "drip. export"),
        ("attacks.csv", "CSV of attacks"),
    ],
)
def test_each_format_is_recognised_and_previewed_as_the_importer_plans_it(
    qtbot: QtBot, journal: Journal, name: str, label: str
) -> None:
    dialog = _dialog(qtbot, journal, name)
    plan = plan_file(journal, FIXTURES / name)
    assert dialog.format_box.currentText() == label
    assert dialog.preview_label.text() == plan.preview()
    shown = [dialog.messages_list.item(i).text() for i in range(dialog.messages_list.count())]
    assert shown == list(getattr(plan, "messages", []))
    assert dialog.import_button.isEnabled()
    assert _counts(journal) == (0, 0, 0, 0), "planning must not write"


def test_mapping_step_is_shown_only_for_the_generic_csv(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "attacks.csv")
    assert not dialog.mapping_group.isHidden()
    assert dialog.mapping_boxes["start"].currentText() == "Start"
    assert dialog.mapping_boxes["medication"].currentText() == "Medication"
    dialog.set_file(FIXTURES / "drip.csv")
    assert dialog.mapping_group.isHidden()
    assert dialog.mapping_boxes == {}


def test_import_adds_the_records_and_a_second_import_adds_nothing(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal, "migraine_buddy.csv")
    with qtbot.waitSignal(dialog.imported) as sent:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _counts(journal) == (3, 4, 4, 0)
    assert sent.args == ["4 medications, 3 attacks, 4 doses were added."]
    assert dialog.result() == ImportDialog.DialogCode.Accepted

    again = _dialog(qtbot, journal, "migraine_buddy.csv")
    assert again.preview_label.text().startswith("Nothing new will be added")
    assert not again.import_button.isEnabled()
    assert _counts(journal) == (3, 4, 4, 0)


def test_clue_import_adds_attacks_and_bleeding_days(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "measurements.json")
    dialog.do_import()
    assert _counts(journal) == (3, 0, 0, 4)


def test_changing_the_column_mapping_changes_the_plan(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "attacks.csv")
    assert dialog.preview_label.text() == "3 medications, 3 attacks, 3 doses will be added."
    medication = dialog.mapping_boxes["medication"]
    medication.setCurrentIndex(medication.findData(""))
    assert dialog.mapping() is not None and "medication" not in (dialog.mapping() or {})
    assert dialog.preview_label.text() == "3 attacks will be added."
    dialog.do_import()
    assert _counts(journal) == (3, 0, 0, 0)


def test_unmapping_the_start_column_says_so_and_blocks_import(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal, "attacks.csv")
    start = dialog.mapping_boxes["start"]
    start.setCurrentIndex(start.findData(""))
    assert "start" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_broken_file_shows_one_sentence_and_writes_nothing(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"type": "period", "date": "2026-05-01",\n', encoding="utf-8")
    dialog = _dialog(qtbot, journal)
    dialog.set_file(broken)
    text = dialog.error_label.text()
    assert "broken.json" in text and text.endswith(".") and "\n" not in text
    assert not dialog.error_label.isHidden()
    assert not dialog.import_button.isEnabled()
    dialog.do_import()
    assert _counts(journal) == (0, 0, 0, 0)


def test_overriding_the_format_replans_with_the_chosen_importer(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal, "drip.csv")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("migraine-buddy"))
    assert dialog.plan is None
    assert dialog.error_label.text()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("drip"))
    assert dialog.preview_label.text() == plan_file(journal, FIXTURES / "drip.csv").preview()


def test_ctrl_i_in_the_main_window_opens_the_import_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = str(FIXTURES / "attacks.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.path == Path(chosen)
    with qtbot.waitSignal(window.journal_changed):
        dialog.do_import()
    assert len(window.journal.attacks.all()) == 3
    assert "were added" in window.statusBar().currentMessage()
