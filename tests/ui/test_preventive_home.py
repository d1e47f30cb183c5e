"""A preventive has one home, its course in Treatments (issue 16, item 11): the
Medications list shows it read-only with a line and a button that opens it there, and
adding a preventive in Medications adds it in Treatments once, never a second copy."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations as ops
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.medication.medications_dialog import MedicationsDialog
from ui.treatments.dialogs import CourseDialog

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
"""Typing a name opens the completer pop-up, which the offscreen platform cannot raise."""


def _medications(window: MainWindow) -> MedicationsDialog:
    window.show_medications()
    dialog = window.dialog
    assert isinstance(dialog, MedicationsDialog)
    return dialog


def _select(dialog: MedicationsDialog, name: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.medication(row).name == name:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def test_medications_shows_a_preventive_kept_in_treatments_read_only_and_opens_it_there(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    ops.save_medication(journal, d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN))
    course = ops.save_treatment(
        journal,
        d.Treatment(
            "Propranolol",
            d.TreatmentKind.PREVENTIVE_MEDICATION,
            date(2026, 6, 7),
            dose="80 mg daily",
        ),
    )
    dialog = _medications(window)
    row = dialog.model.row_of(str(course.medication_id))
    assert [dialog.model.index(row, n).data() for n in (0, 2, 3, 4)] == [
        "Propranolol",
        "Preventive",
        "80 mg daily",  # the course's dose: one copy, shown
        "Ongoing",
    ]
    _select(dialog, "Propranolol")
    assert not dialog.name.isEnabled() and not dialog.default_dose.isEnabled()
    assert not dialog.use.isEnabled() and not dialog.retire_button.isEnabled()
    assert dialog.default_dose.text() == "80 mg daily"
    assert "kept in Treatments" in dialog.home.text() and dialog.home.isVisible()
    _select(dialog, "Sumatriptan")  # an acute drug stays this list's own
    assert dialog.name.isEnabled() and not dialog.home_button.isVisible()
    _select(dialog, "Propranolol")
    qtbot.mouseClick(dialog.home_button, LEFT)
    assert not dialog.isVisible()
    treatments = window.tabs.treatments
    assert window.views.currentWidget() is treatments
    selected = treatments.selected()
    assert isinstance(selected, d.Treatment) and selected.id == course.id


def test_adding_a_preventive_in_medications_adds_one_course_in_treatments(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    dialog = _medications(window)
    qtbot.keyClicks(dialog.name, "Candesartan")
    assert dialog.use.currentData() == d.Use.PREVENTIVE  # the catalogue says so
    qtbot.keyClicks(dialog.default_dose, "8 mg daily")
    assert not dialog.save_button.isVisible() and dialog.home_button.isVisible()
    qtbot.mouseClick(dialog.home_button, LEFT)
    assert not dialog.isVisible()
    assert journal.medications.all() == []  # nothing yet: the course is its home
    assert window.views.currentWidget() is window.tabs.treatments
    (form,) = [f for f in window.tabs.treatments.findChildren(CourseDialog) if f.isVisible()]
    assert (form.name.text(), form.dose.text()) == ("Candesartan", "8 mg daily")
    assert form.kind.currentData() == d.TreatmentKind.PREVENTIVE_MEDICATION
    qtbot.mouseClick(form.save_button, LEFT)
    (course,) = journal.treatments.all()
    (drug,) = journal.medications.all()
    assert course.medication_id == drug.id and course.dose == "8 mg daily"
    assert (drug.name, drug.med_class) == ("Candesartan", d.MedicationClass.ANGIOTENSIN_BLOCKER)
    # entering it again in Medications is refused in words, nothing is added
    dialog = _medications(window)
    qtbot.keyClicks(dialog.name, "candesartan")
    dialog.use.setCurrentIndex(dialog.use.findData(d.Use.PREVENTIVE))
    qtbot.mouseClick(dialog.home_button, LEFT)
    assert dialog.isVisible() and dialog.name_problem.text()
    assert len(journal.treatments.all()) == len(journal.medications.all()) == 1


def test_a_listed_medication_made_preventive_gets_its_course_linked_not_copied(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    listed = ops.save_medication(
        journal, d.Medication("Amitriptyline", d.MedicationClass.ANTIDEPRESSANT, d.Use.ACUTE)
    )
    dialog = _medications(window)
    _select(dialog, "Amitriptyline")
    assert not dialog.home_button.isVisible()
    dialog.use.setCurrentIndex(dialog.use.findData(d.Use.PREVENTIVE))
    qtbot.mouseClick(dialog.home_button, LEFT)
    assert journal.medications.get(listed.id).use is d.Use.PREVENTIVE
    (form,) = [f for f in window.tabs.treatments.findChildren(CourseDialog) if f.isVisible()]
    qtbot.mouseClick(form.save_button, LEFT)
    (course,) = journal.treatments.all()
    assert course.medication_id == listed.id and len(journal.medications.all()) == 1
    dialog = _medications(window)
    _select(dialog, "Amitriptyline")
    assert not dialog.name.isEnabled() and "kept in Treatments" in dialog.home.text()
