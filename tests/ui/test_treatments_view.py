"""The Treatments view: courses of every kind, sessions, side effects with severity."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_recording import press, show_active
from ui.kit.form_widgets import set_date
from ui.session import Session
from ui.treatments import view as treatments_view
from ui.treatments.dialogs import CourseDialog
from ui.treatments.view import TreatmentsView

TODAY = d.local_now().date()
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(day: date | None) -> str:
    """A day as the English window writes one in a table: "31 Mar 2026"."""
    assert day is not None
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@pytest.fixture
def view(qtbot: QtBot, journal: Journal, session: Session) -> TreatmentsView:
    widget = TreatmentsView(session)
    qtbot.addWidget(widget)
    return widget


def infusions(journal: Journal) -> d.Treatment:
    return operations.save_treatment(
        journal,
        d.Treatment(
            "Ketamine infusions",
            d.TreatmentKind.PROCEDURE,
            TODAY - timedelta(days=20),
            TODAY - timedelta(days=10),
            dose="0.5 mg/kg",
            reason_stopped="no lasting effect",
        ),
    )


def test_adding_a_preventive_course_lists_it_under_its_kind_as_ongoing(
    qtbot: QtBot, view: TreatmentsView, journal: Journal, session: Session
) -> None:
    dialog = view.course_dialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Propranolol")
    set_date(dialog.start, date(2026, 2, 1))
    dialog.dose.setText("80 mg daily")
    with qtbot.waitSignal(session.changed):
        dialog.save_button.click()
        view.after_save(dialog)
    [course] = journal.treatments.all()
    assert (course.name, course.kind, course.start, course.end, course.dose) == (
        "Propranolol",
        d.TreatmentKind.PREVENTIVE_MEDICATION,
        date(2026, 2, 1),
        None,
        "80 mg daily",
    )
    rows = view.rows()
    names = [row[0] for row in rows]
    assert names.index("Preventive medication") < names.index("Propranolol")
    assert names.index("Propranolol") < names.index("Procedure")
    assert ["Propranolol", "since 1 Feb 2026", "80 mg daily", "Ongoing", ""] in rows
    assert view.selected_course() == course


def test_a_course_ending_before_it_starts_is_refused_in_words_and_kept(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    dialog = CourseDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Topiramate")
    set_date(dialog.start, date(2026, 3, 1))
    dialog.end.ongoing.setChecked(False)
    set_date(dialog.end.edit, date(2026, 2, 1))
    assert dialog.problem("end") == "The end is before the start."
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert journal.treatments.all() == []
    assert dialog.name.text() == "Topiramate"
    dialog.name.clear()
    assert dialog.problem("name") == "The treatment needs a name."  # after a try to save


def test_sessions_and_their_side_effects_show_under_the_course(
    qtbot: QtBot, view: TreatmentsView, journal: Journal, session: Session
) -> None:
    course = infusions(journal)
    view.refresh(course.id)
    session_dialog = view.session_dialog()
    assert session_dialog is not None
    qtbot.addWidget(session_dialog)
    when = datetime.combine(course.start, datetime.min.time()).replace(hour=9, minute=30)
    session_dialog.when.setDateTime(QDateTime(when))
    session_dialog.dose.setText("0.5 mg/kg over 40 min")
    session_dialog.save_button.click()
    view.after_save(session_dialog)
    [session] = journal.sessions.all()
    assert session.when.replace(tzinfo=None) == when and session.treatment_id == course.id
    assert view.selected_session() == session
    effect_dialog = view.side_effect_dialog()
    assert effect_dialog is not None
    qtbot.addWidget(effect_dialog)
    show_active(qtbot, effect_dialog)
    assert effect_dialog.session.currentData() == session.id
    effect_dialog.name.setEditText("dissociation")
    effect_dialog.severity.setFocus()
    press(qtbot, ["2"])
    effect_dialog.save_button.click()
    view.after_save(effect_dialog)
    [effect] = journal.side_effects.all()
    assert (effect.name, effect.severity, effect.session_id, effect.day) == (
        "dissociation",
        d.Severity.MODERATE,
        session.id,
        course.start,
    )
    rows = view.rows()
    assert [
        "Ketamine infusions  (1 session)",
        f"{_day(course.start)} – {_day(course.end)}",
        "0.5 mg/kg",
        "Ended: no lasting effect",
        "dissociation",
    ] in rows
    assert ["Side effect: dissociation", _day(course.start), "", "Moderate", ""] in rows


def test_a_non_drug_course_records_a_side_effect_of_the_users_own_naming(
    qtbot: QtBot, view: TreatmentsView, journal: Journal, session: Session
) -> None:
    course = operations.save_treatment(
        journal, d.Treatment("Physiotherapy", d.TreatmentKind.NON_DRUG, TODAY - timedelta(days=7))
    )
    view.refresh(course.id)
    dialog = view.side_effect_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.session.currentData() is None
    names = [dialog.name.itemText(n) for n in range(dialog.name.count())]
    assert names[: len(d.COMMON_SIDE_EFFECTS) - 1] == list(d.COMMON_SIDE_EFFECTS[:-1])
    dialog.name.setEditText("neck soreness")
    dialog.severity.pick(d.Severity.MILD)
    dialog.save_button.click()
    [effect] = journal.side_effects.all()
    assert (effect.name, effect.severity, effect.session_id) == (
        "neck soreness",
        d.Severity.MILD,
        None,
    )
    assert "neck soreness" in operations.side_effect_names(journal)


def test_a_side_effect_before_the_course_started_is_refused_in_words_and_kept(
    qtbot: QtBot, view: TreatmentsView, journal: Journal
) -> None:
    course = infusions(journal)
    view.refresh(course.id)
    dialog = view.side_effect_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.name.setEditText("nausea")
    set_date(dialog.day, course.start - timedelta(days=3))
    assert dialog.problem("day") == "A side effect cannot come before the treatment started."
    assert not dialog.save_button.isEnabled()
    dialog.name.setEditText("")
    assert dialog.problem("name") == ""  # an empty name is named only on saving
    dialog.severity.pick(None)
    assert dialog.problem("severity") == "Choose how bad it was."
    dialog.save()
    assert dialog.problem("name") == "Name the side effect."
    assert dialog.problem("day") == "A side effect cannot come before the treatment started."
    assert journal.side_effects.all() == []


def test_a_session_outside_its_course_is_refused_in_words(
    qtbot: QtBot, view: TreatmentsView, journal: Journal, session: Session
) -> None:
    course = infusions(journal)
    view.refresh(course.id)
    dialog = view.session_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    late = datetime.combine(TODAY, datetime.min.time()).replace(hour=8)
    dialog.when.setDateTime(QDateTime(late))
    dialog.dose.setText("typed dose")
    assert dialog.problem("when").startswith("A session must fall within the course")
    dialog.save()
    assert journal.sessions.all() == []
    assert dialog.dose.text() == "typed dose"


def test_deleting_a_course_asks_first_and_removes_its_sessions(
    qtbot: QtBot,
    view: TreatmentsView,
    monkeypatch: pytest.MonkeyPatch,
    journal: Journal,
    session: Session,
) -> None:
    course = infusions(journal)
    operations.save_session(
        journal,
        d.TreatmentSession(
            course.id, datetime.combine(course.start, datetime.min.time()).astimezone()
        ),
    )
    view.refresh(course.id)
    answers = iter([False, True])
    monkeypatch.setattr(treatments_view, "confirm", lambda *_args: next(answers))
    view.delete_button.click()
    assert journal.treatments.all() == [course]
    with qtbot.waitSignal(session.changed):
        view.delete_button.click()
    assert journal.treatments.all() == [] and journal.sessions.all() == []
    assert "Ketamine infusions" not in [row[0] for row in view.rows()]
