"""Treatment forms that think along: the kind guessed from the name, a session's
dose from its course, a session's usual time (not the clock's), and no "none"
severity for a side effect."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from pytestqt.qtbot import QtBot

from journal import catalog, operations
from journal import domain as d
from journal.storage import Journal
from ui.session import Session
from ui.treatments.dialogs import CourseDialog, SessionDialog, SideEffectDialog


def test_the_kind_is_guessed_from_the_name_until_chosen(qtbot: QtBot, journal: Journal) -> None:
    dialog = CourseDialog(Session(journal), None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ketamine infusions")
    assert dialog.kind.currentData() == d.TreatmentKind.PROCEDURE
    dialog.name.setText("Physiotherapy")
    assert dialog.kind.currentData() == d.TreatmentKind.NON_DRUG
    dialog.name.setText("Topiramate")
    assert dialog.kind.currentData() == d.TreatmentKind.PREVENTIVE_MEDICATION
    dialog.kind.setCurrentIndex(dialog.kind.findData(d.TreatmentKind.NON_DRUG))
    dialog.kind.activated.emit(dialog.kind.currentIndex())  # the person chose
    dialog.name.setText("Ketamine infusions")
    assert dialog.kind.currentData() == d.TreatmentKind.NON_DRUG
    assert catalog.treatment_kind_for("Something new") is None


def _course(journal: Journal, dose: str = "0.5 mg/kg over 40 min") -> d.Treatment:
    start = date.today() - timedelta(days=30)
    return operations.save_treatment(
        journal, d.Treatment("Ketamine infusions", d.TreatmentKind.PROCEDURE, start, dose=dose)
    )


def test_a_new_session_takes_the_courses_dose_and_the_usual_time(
    qtbot: QtBot, journal: Journal
) -> None:
    course = _course(journal)
    dialog = SessionDialog(Session(journal), course, None)
    qtbot.addWidget(dialog)
    assert dialog.dose.text() == "0.5 mg/kg over 40 min"
    first = dialog.session().when
    assert (first.minute, first.second) == (0, 0)  # not the clock's minute
    earlier = datetime.combine(date.today() - timedelta(days=7), time(8, 30)).astimezone()
    operations.save_session(journal, d.TreatmentSession(course.id, earlier))
    again = SessionDialog(Session(journal), course, None)
    qtbot.addWidget(again)
    when = again.session().when
    assert when <= d.local_now()
    if d.local_now().time() >= time(8, 30):
        assert (when.date(), when.hour, when.minute) == (date.today(), 8, 30)


def test_a_side_effect_has_no_none_severity(qtbot: QtBot, journal: Journal) -> None:
    course = _course(journal)
    dialog = SideEffectDialog(Session(journal), course, None, None)
    qtbot.addWidget(dialog)
    offered = [button.text() for button in dialog.severity._buttons]
    assert offered and not any("none" in text.casefold() for text in offered)
