"""The import dialog: recognise, preview, map columns, import all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journal.exchange.detect import plan_file
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.exchange.import_dialog import ImportDialog
from ui.kit.locale_text import day_span
from ui.session import Session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _dialog(qtbot: QtBot, journal: Journal, name: str | None = None) -> ImportDialog:
    dialog = ImportDialog(Session(journal))
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
        ("drip_schema5.csv", "drip. export"),
        ("attacks.csv", "CSV of attacks"),
    ],
)
def test_each_format_is_recognised_and_previewed_as_the_importer_plans_it(
    qtbot: QtBot, journal: Journal, name: str, label: str
) -> None:
    dialog = _dialog(qtbot, journal, name)
    plan = plan_file(journal, FIXTURES / name)
    assert dialog.format_box.currentText() == label
    assert dialog.preview_label.text().startswith(plan.preview())
    messages = list(getattr(plan, "messages", []))
    assert dialog.messages() == messages
    assert dialog.messages_label.text() == "\n".join(f"• {message}" for message in messages)
    assert dialog.import_button.isEnabled()
    assert _counts(journal) == (0, 0, 0, 0), "planning must not write"


def test_mapping_step_is_shown_only_for_the_generic_csv(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "attacks.csv")
    assert not dialog.mapping_group.isHidden()
    assert dialog.mapping_boxes["start"].currentText() == "Start"
    assert dialog.mapping_boxes["medication"].currentText() == "Medication"
    dialog.set_file(FIXTURES / "drip_schema5.csv")
    assert dialog.mapping_group.isHidden()
    assert dialog.mapping_boxes == {}


def test_import_adds_the_records_and_a_second_import_adds_nothing(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal, "migraine_buddy.csv")
    with qtbot.waitSignal(dialog.imported) as sent:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _counts(journal) == (4, 3, 3, 0)
    assert sent.args == [
        "3 medications, 4 attacks, 3 doses were added. "
        "Dates of the attacks: 2 Mar 2026 – 29 Mar 2026."
    ]
    assert dialog.result() == ImportDialog.DialogCode.Accepted

    again = _dialog(qtbot, journal, "migraine_buddy.csv")
    assert again.preview_label.text().startswith("Nothing new will be added")
    assert not again.import_button.isEnabled()
    assert _counts(journal) == (4, 3, 3, 0)


def test_clue_import_adds_day_records_and_bleeding_days(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "measurements.json")
    assert dialog.preview_label.text().endswith("Dates of the attacks: 1 May 2026 – 28 May 2026.")
    dialog.do_import()
    assert _counts(journal) == (0, 0, 0, 8)
    assert journal.day_records.count() == 4


def test_changing_the_column_mapping_changes_the_plan(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "attacks.csv")
    dates = "Dates of the attacks: 3 Feb 2026 – 17 Feb 2026."
    added = "3 medications, 3 attacks, 3 doses will be added."
    assert dialog.preview_label.text() == f"{added} {dates}"
    medication = dialog.mapping_boxes["medication"]
    medication.setCurrentIndex(medication.findData(""))
    assert dialog.mapping() is not None and "medication" not in (dialog.mapping() or {})
    assert dialog.preview_label.text() == f"3 attacks will be added. {dates}"
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
    dialog = _dialog(qtbot, journal, "drip_schema5.csv")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("migraine-buddy"))
    assert dialog.plan is None
    assert dialog.error_label.text()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("drip"))
    plan = plan_file(journal, FIXTURES / "drip_schema5.csv")
    assert (
        dialog.preview_label.text()
        == f"{plan.preview()} Dates of the attacks: 4 May 2026 – 21 Jun 2026."
    )


def test_ctrl_i_in_the_main_window_opens_the_import_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = str(FIXTURES / "attacks.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.path == Path(chosen)
    with qtbot.waitSignal(window.session.changed):
        dialog.do_import()
    assert len(window.journal.attacks.all()) == 3
    assert window.statusBar().currentMessage() == (
        "3 medications, 3 attacks, 3 doses were added. "
        "Dates of the attacks: 3 Feb 2026 – 17 Feb 2026."
    )


def test_the_dialog_opens_large_enough_to_read_its_sentences(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 560 and dialog.height() >= 420
    assert dialog.minimumWidth() >= 560


def test_the_importers_remarks_wrap_under_a_good_to_know_heading(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal, "migraine_buddy_2021.csv")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert any(m.startswith("The file has no UTC offsets") for m in dialog.messages())
    assert dialog.messages_caption.text() == "Good to know:"
    assert dialog.messages_caption.isVisible() and dialog.messages_label.isVisible()
    label = dialog.messages_label
    assert label.wordWrap()
    assert label.fontMetrics().horizontalAdvance(label.text()) > label.width(), "long remarks"
    assert label.height() >= 2 * label.fontMetrics().lineSpacing(), "so it wraps"
    area = dialog.messages_area
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert label.width() <= area.viewport().width(), "nothing to scroll sideways for"


def test_the_good_to_know_heading_shows_only_with_remarks(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal)
    assert dialog.messages() == []
    assert dialog.messages_caption.isHidden() and dialog.messages_area.isHidden()
    dialog.set_file(FIXTURES / "drip_schema5.csv")
    assert len(dialog.messages()) == 3
    assert not dialog.messages_caption.isHidden()
    assert dialog.messages_label.text().count("• ") == 3


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (date(2026, 3, 3), date(2026, 7, 14), "3 Mar 2026 – 14 Jul 2026"),
        (date(2026, 5, 1), date(2026, 5, 1), "1 May 2026"),
    ],
)
def test_the_dates_of_imported_attacks_are_written_as_a_span_of_days(
    first: date, last: date, text: str
) -> None:
    """Two days as every screen writes a day ("3 Mar 2026" in English), a single day once."""
    assert day_span(first, last) == text


def test_a_file_whose_date_order_cannot_be_told_asks_for_it_and_guesses_nothing(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = _dialog(qtbot, journal, "migraine_buddy_us_short.csv")
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert "“4/03/26” could be day first or month first" in dialog.error_label.text()
    assert not dialog.date_order_box.isHidden()
    dialog.date_order_box.setCurrentIndex(dialog.date_order_box.findData("mdy"))
    assert dialog.plan is not None and dialog.import_button.isEnabled()
    assert dialog.error_label.text() == ""
    dialog.do_import()
    starts = sorted(a.start.date() for a in journal.attacks.all())
    assert starts == [date(2026, 3, 4), date(2026, 4, 3)]


def test_a_file_that_shows_its_date_order_asks_nothing(qtbot: QtBot, journal: Journal) -> None:
    dialog = _dialog(qtbot, journal, "migraine_buddy_2021.csv")
    assert dialog.plan is not None and dialog.date_order_box.isHidden()


def test_a_large_file_shows_its_reading_progress(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.exchange.import_dialog.LARGE_FILE", 0)
    dialog = ImportDialog(Session(journal))
    qtbot.addWidget(dialog)
    seen: list[tuple[bool, int]] = []
    dialog.progress.valueChanged.connect(
        lambda value: seen.append((dialog.progress.isVisibleTo(dialog), value))
    )
    dialog.set_file(FIXTURES / "apple_health_export.zip")
    assert seen and seen[-1] == (True, 100)
    assert dialog.progress.isHidden()  # gone once the file is read
    assert dialog.format_box.currentText() == "Apple Health export"
    assert dialog.plan is not None and dialog.plan.added_count == 9  # with the sleep check-in


def test_after_an_import_the_calendar_shows_the_first_imported_month(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = str(FIXTURES / "migraine_buddy_2021.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    window.import_file()
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.do_import()
    grid = window.calendar.grid
    assert (grid.yearShown(), grid.monthShown()) == (2021, 2)
    assert window.calendar.selected_day() == date(2021, 2, 1)


def test_a_row_without_an_end_is_counted_in_the_preview_and_imported_as_end_not_recorded(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    """Issue 16: the trial's spreadsheet row "10/05/2026 14:00,,moderate,," became an
    attack still going on for 7 months, and the preview said nothing."""
    path = tmp_path / "my-attacks.csv"
    path.write_text(
        "Start,End,Pain,Medication,Notes\n"
        "05/03/2026 09:00,05/03/2026 17:00,severe,Sumatriptan 50mg,\n"
        "20/04/2026 07:30,20/04/2026 12:00,mild,,\n"
        "10/05/2026 14:00,,moderate,,\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, journal)
    dialog.resize(1024, 700)
    dialog.show()
    dialog.set_file(path)
    assert any(m.startswith("1 attack has no end in the file") for m in dialog.messages())
    assert "1 attack has no end in the file" in dialog.messages_label.text()
    dialog.grab().save("/tmp/t1-import-no-end.png")
    dialog.do_import()
    assert journal.attacks.open_attacks() == []
    (no_end,) = [a for a in journal.attacks.all() if a.end is None]
    assert no_end.end_unknown and no_end.start.date() == date(2026, 5, 10)
