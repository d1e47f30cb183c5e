"""The medication list: add, rename, retire; bad names are refused in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.diary.models import DiaryEntriesModel, diary_entries
from ui.medication.medications_dialog import MedicationsDialog
from ui.medication.model import MedicationsModel
from ui.session import Session

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
"""Typing a name opens the completer pop-up, which the offscreen platform cannot raise
or give the keyboard to; it says so in a warning that is harmless here."""


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> MedicationsDialog:
    shown = MedicationsDialog(Session(journal))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _select(dialog: MedicationsDialog, name: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.medication(row).name == name:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def test_adding_a_known_name_suggests_its_class_and_saves_it(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.name, "Maxalt")
    assert dialog.med_class.currentData() == d.MedicationClass.TRIPTAN
    qtbot.keyClicks(dialog.default_dose, "10 mg")
    qtbot.mouseClick(dialog.save_button, LEFT)
    (saved,) = journal.medications.all()
    assert (saved.name, saved.med_class, saved.default_dose) == (
        "Maxalt",
        d.MedicationClass.TRIPTAN,
        "10 mg",
    )
    assert dialog.model.rowCount() == 1


def test_the_name_field_completes_from_the_built_in_catalogue(dialog: MedicationsDialog) -> None:
    completer = dialog.name.completer()
    completer.setCompletionPrefix("suma")
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert "Sumatriptan" in offered


def test_the_suggested_class_can_be_overridden(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    dialog.med_class.setCurrentIndex(dialog.med_class.findData(d.MedicationClass.OTHER))
    dialog.med_class.activated.emit(dialog.med_class.currentIndex())
    qtbot.keyClicks(dialog.name, "Ibuprofen")
    assert dialog.med_class.currentData() == d.MedicationClass.OTHER
    dialog.save()
    assert journal.medications.all()[0].med_class is d.MedicationClass.OTHER


def test_an_empty_name_is_refused_in_words(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.keyClicks(dialog.default_dose, "2 tablets")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert journal.medications.all() == []
    assert dialog.name_problem.problem() == "The medication needs a name."
    assert dialog.default_dose.text() == "2 tablets"


def test_a_duplicate_name_is_refused_as_typed_and_the_text_is_kept(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    operations.save_medication(journal, d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN))
    dialog.reload()
    qtbot.keyClicks(dialog.name, "sumatriptan")
    assert dialog.name_problem.problem() == "“sumatriptan” is already in your medications."
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert len(journal.medications.all()) == 1
    assert dialog.name.text() == "sumatriptan"
    assert "already" in dialog.name_problem.problem()


def test_renaming_keeps_the_medication_and_its_doses(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    old = operations.save_medication(journal, d.Medication("Imigran", d.MedicationClass.TRIPTAN))
    dose = operations.record_dose(journal, d.Dose(old.id, d.local_now()))
    dialog.reload()
    _select(dialog, "Imigran")
    assert dialog.name.text() == "Imigran"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Sumatriptan")
    qtbot.mouseClick(dialog.save_button, LEFT)
    (renamed,) = journal.medications.all()
    assert renamed.id == old.id and renamed.name == "Sumatriptan"
    assert journal.doses.get(dose.id).medication_id == old.id


def test_renaming_to_another_medications_name_is_refused(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    operations.save_medication(journal, d.Medication("Ibuprofen"))
    operations.save_medication(journal, d.Medication("Naproxen"))
    dialog.reload()
    _select(dialog, "Naproxen")
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Ibuprofen")
    dialog.save()
    assert sorted(m.name for m in journal.medications.all()) == ["Ibuprofen", "Naproxen"]
    assert dialog.name.text() == "Ibuprofen"
    assert "already" in dialog.name_problem.problem()


def test_retiring_keeps_history_and_can_be_undone(
    dialog: MedicationsDialog, journal: Journal, qtbot: QtBot
) -> None:
    old = operations.save_medication(journal, d.Medication("Naproxen"))
    dose = operations.record_dose(journal, d.Dose(old.id, d.local_now()))
    dialog.reload()
    _select(dialog, "Naproxen")
    qtbot.mouseClick(dialog.retire_button, LEFT)
    assert journal.medications.get(old.id).retired
    assert journal.doses.find(dose.id) is not None
    assert dialog.model.index(0, 4).data() == "Retired"
    assert dialog.retire_button.text() == "Bring &back"
    qtbot.mouseClick(dialog.retire_button, LEFT)
    assert not journal.medications.get(old.id).retired


def test_the_list_shows_class_use_and_usual_dose(
    dialog: MedicationsDialog, journal: Journal
) -> None:
    operations.save_medication(
        journal,
        d.Medication("Propranolol", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE, "40 mg"),
    )
    dialog.reload()
    row = [dialog.model.index(0, column).data() for column in range(5)]
    assert row == ["Propranolol", "Beta blocker", "Preventive", "40 mg", "Active"]


def test_the_medications_model_passes_the_model_tester(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    model = MedicationsModel()
    model.set_medications(
        [d.Medication("Ibuprofen"), d.Medication("Naproxen", retired=True), d.Medication("Aspirin")]
    )
    qtmodeltester.check(model)
    assert [model.medication(row).name for row in range(3)] == ["Aspirin", "Ibuprofen", "Naproxen"]


def test_the_diary_entries_model_passes_the_model_tester(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    today = d.local_now()
    aspirin = operations.save_medication(journal, d.Medication("Aspirin"))
    operations.start_attack(journal, today)
    operations.record_dose(journal, d.Dose(aspirin.id, today))
    model = DiaryEntriesModel()
    model.set_entries(today.date(), diary_entries(Session(journal).reads, today.date()))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
