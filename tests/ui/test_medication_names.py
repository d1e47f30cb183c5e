"""A brand name is recognised wherever a medication is named: "Maxalt" (any case,
"MAXALT-MLT 10 mg" too) gets the triptan class and shows its generic, rizatriptan,
in the new-medication form and the Medications dialog (journal.catalog, the same
list the importers use)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.exchange.foreign import Collector
from journal.storage import Journal
from ui.medication.medications_dialog import MedicationsDialog
from ui.medication.new_medication import NewMedicationForm
from ui.session import Session


@pytest.mark.parametrize("typed", ["Maxalt", "maxalt", "MAXALT-MLT", "Maxalt-MLT 10 mg"])
def test_a_brand_name_typed_in_the_new_medication_form_is_its_generics_class(
    qtbot: QtBot, journal: Journal, typed: str
) -> None:
    form = NewMedicationForm(Session(journal))
    qtbot.addWidget(form)
    form.show()
    form.name.setFocus()
    qtbot.keyClicks(form.name, typed)
    assert form.name.text().casefold() == typed.casefold()
    assert form.med_class.currentData() == d.MedicationClass.TRIPTAN
    assert form.generic.text() == "Active ingredient: Rizatriptan"
    with qtbot.waitSignal(form.added):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.medications.all()
    assert (saved.name.casefold(), saved.med_class, saved.use) == (
        typed.casefold(),
        d.MedicationClass.TRIPTAN,
        d.Use.ACUTE,
    )


def test_the_generic_line_stays_empty_for_a_generic_or_unknown_name_and_keeps_its_room(
    qtbot: QtBot, journal: Journal
) -> None:
    form = NewMedicationForm(Session(journal))
    qtbot.addWidget(form)
    form.show()
    before = form.add_button.geometry()
    for typed in ("Rizatriptan", "Grandma's tea"):
        form.name.clear()
        qtbot.keyClicks(form.name, typed)
        assert form.generic.text() == ""
        assert form.add_button.geometry() == before  # nothing moves as the name is typed
    form.name.clear()
    qtbot.keyClicks(form.name, "Imigran")
    assert form.generic.text() == "Active ingredient: Sumatriptan"
    assert form.add_button.geometry() == before


def test_the_medications_dialog_names_the_generic_of_a_typed_and_a_saved_brand(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = MedicationsDialog(Session(journal))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_new()
    qtbot.keyClicks(dialog.name, "zomig-zmt")
    assert dialog.med_class.currentData() == d.MedicationClass.TRIPTAN
    assert dialog.generic.text() == "Active ingredient: Zolmitriptan"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.start_new()
    assert dialog.generic.text() == ""
    dialog.table.selectRow(0)
    assert dialog.generic.text() == "Active ingredient: Zolmitriptan"


def test_an_importer_reads_a_brand_name_through_the_same_list(journal: Journal) -> None:
    collector = Collector(journal, "test")
    collector.medication_id("MAXALT-MLT")
    (medication,) = collector._medications.values()
    assert medication.med_class is d.MedicationClass.TRIPTAN
