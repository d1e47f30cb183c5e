"""The first start's medication step as a new user types in it (issue 16): Enter
adds a name and nothing more, the buttons never move under the pointer, a brand
name of a drug already there is one button, and each new journal gets the step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.app.start import application, create_main_window
from ui.medication.first_start import FirstMedicationsDialog

LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return


def step(qtbot: QtBot, window: MainWindow) -> FirstMedicationsDialog:
    window.offer_first_medications()
    dialog = window.dialog
    assert isinstance(dialog, FirstMedicationsDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.chooser.name.setFocus()
    qtbot.waitUntil(dialog.chooser.name.hasFocus)
    return dialog


def type_name(qtbot: QtBot, dialog: FirstMedicationsDialog, name: str) -> None:
    qtbot.keyClicks(dialog.chooser.name, name)
    dialog.chooser.name.setSelection(len(name), 0)  # what the completer added, dropped
    dialog.chooser.name.setText(name)
    qtbot.keyClick(dialog.chooser.name, ENTER)


def on_screen(widget: QWidget) -> QPoint:
    return widget.mapToGlobal(QPoint(0, 0))


def test_enter_in_the_name_field_adds_the_name_and_keeps_the_step_open(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    dialog = step(qtbot, window)
    type_name(qtbot, dialog, "Frovatriptan")
    assert dialog.isVisible()  # not saved and closed by the default button
    assert dialog.chooser.buttons["Frovatriptan"].isChecked()
    type_name(qtbot, dialog, "Celecoxib")
    assert dialog.isVisible()
    assert journal.medications.count() == 0
    qtbot.keyClick(dialog.chooser.name, ENTER)  # the field empty: Enter saves
    assert not dialog.isVisible()
    assert {m.name for m in journal.medications.all()} == {"Frovatriptan", "Celecoxib"}


def test_adding_names_moves_no_button_under_the_pointer(qtbot: QtBot, window: MainWindow) -> None:
    dialog = step(qtbot, window)
    watched: list[QWidget] = [
        dialog.save_button,
        dialog.skip_button,
        dialog.chooser.add_button,
        dialog.chooser.name,
        dialog.chooser.buttons["Ibuprofen"],
    ]
    before = [on_screen(widget) for widget in watched]
    size = dialog.size()
    for name in ("Frovatriptan", "Celecoxib", "Almotriptan", "Diclofenac", "Ketoprofen"):
        type_name(qtbot, dialog, name)
        QApplication.processEvents()
        assert [on_screen(widget) for widget in watched] == before, name
        assert dialog.size() == size
    added = dialog.chooser.buttons["Ketoprofen"]
    assert added.isChecked()
    qtbot.waitUntil(lambda: added.visibleRegion().boundingRect().height() > 0)  # scrolled to


def test_a_brand_name_of_a_drug_shown_is_one_button_and_said_so(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    dialog = step(qtbot, window)
    count = len(dialog.chooser.buttons)
    type_name(qtbot, dialog, "Maxalt")
    assert len(dialog.chooser.buttons) == count  # no second rizatriptan
    assert "Rizatriptan" not in dialog.chooser.buttons
    button = dialog.chooser.buttons["Maxalt"]
    assert isinstance(button, QPushButton) and button.isChecked()
    assert "Rizatriptan" in dialog.chooser.same_drug.text()
    assert "Maxalt" in dialog.chooser.same_drug.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert [m.name for m in journal.medications.all()] == ["Maxalt"]


def test_two_names_of_one_drug_are_added_once(journal: Journal) -> None:
    added = operations.add_medications_by_name(journal, ["Rizatriptan", "Maxalt", "maxalt"])
    assert [m.name for m in added] == ["Rizatriptan"]
    assert journal.medications.count() == 1


def test_every_new_journal_gets_the_step_once(qtbot: QtBot, tmp_path: Path) -> None:
    application([])
    for name in ("first", "second"):
        with Journal.open(tmp_path / name / "j.sqlite3") as journal:
            window = create_main_window(journal)
            qtbot.addWidget(window)
            window.show()
            window.offer_first_medications()
            dialog = window.dialog
            assert isinstance(dialog, FirstMedicationsDialog), name
            qtbot.mouseClick(dialog.skip_button, LEFT)
            window.offer_first_medications()
            assert window.dialog is None  # once in this journal
            window.close()
