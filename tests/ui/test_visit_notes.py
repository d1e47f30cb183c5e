"""Questions for the next visit: kept until marked done, done ones behind a toggle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_recording import ENTER, press, show_active
from ui.session import Session
from ui.visit import notes as visit_notes
from ui.visit.notes import VisitNotesView


@pytest.fixture
def view(qtbot: QtBot, journal: Journal, session: Session) -> VisitNotesView:
    widget = VisitNotesView(session)
    qtbot.addWidget(widget)
    return widget


def test_a_question_typed_and_entered_is_stored_and_listed(
    qtbot: QtBot, view: VisitNotesView, journal: Journal, session: Session
) -> None:
    show_active(qtbot, view)
    view.text.setFocus()
    with qtbot.waitSignal(session.changed):
        press(qtbot, ["Is the pill still safe with aura?", ENTER])
    [note] = journal.visit_notes.all()
    assert note.text == "Is the pill still safe with aura?" and not note.done
    assert view.shown_texts() == ["Is the pill still safe with aura?"]
    assert view.text.text() == ""


def test_an_empty_note_is_refused_in_words(
    qtbot: QtBot, view: VisitNotesView, journal: Journal
) -> None:
    view.text.setText("   ")
    view.submit_button.click()
    assert view.problem.problem() == "The note is empty."
    assert journal.visit_notes.all() == []


def test_editing_a_note_keeps_the_typing_when_refused_and_saves_the_change(
    qtbot: QtBot, view: VisitNotesView, journal: Journal
) -> None:
    operations.add_visit_note(journal, "Ask about magnesium")
    view.refresh()
    view.select("Ask about magnesium")
    view.edit_button.click()
    assert view.text.text() == "Ask about magnesium"
    view.text.setText("")
    view.submit_button.click()
    assert view.problem.problem() == "The note is empty."
    assert journal.visit_notes.all()[0].text == "Ask about magnesium"
    view.text.setText("Ask about magnesium, 600 mg?")
    view.submit_button.click()
    [note] = journal.visit_notes.all()
    assert note.text == "Ask about magnesium, 600 mg?"
    assert view.shown_texts() == ["Ask about magnesium, 600 mg?"]
    assert view.submit_button.text() == "&Add"


def test_a_note_marked_done_is_kept_but_hidden_until_asked_for(
    qtbot: QtBot, view: VisitNotesView, journal: Journal, session: Session
) -> None:
    journal.visit_notes.save(d.VisitNote("First question", created="2026-01-01T09:00:00+00:00"))
    journal.visit_notes.save(d.VisitNote("Second question", created="2026-01-02T09:00:00+00:00"))
    view.refresh()
    view.select("First question")
    with qtbot.waitSignal(session.changed):
        view.list.currentItem().setCheckState(Qt.CheckState.Checked)
    done = {note.text: note.done for note in journal.visit_notes.all()}
    assert done == {"First question": True, "Second question": False}
    assert view.shown_texts() == ["Second question"]
    assert view.show_done.text() == "Show done (1)"
    view.show_done.setChecked(True)
    assert view.shown_texts() == ["Second question", "First question"]
    assert view.list.item(1).font().strikeOut()
    view.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert {note.text for note in operations.open_visit_notes(journal)} == {
        "First question",
        "Second question",
    }
    assert view.shown_texts() == ["First question", "Second question"]


def test_deleting_a_note_asks_first(
    qtbot: QtBot, view: VisitNotesView, monkeypatch: pytest.MonkeyPatch, journal: Journal
) -> None:
    operations.add_visit_note(journal, "Obsolete question")
    view.refresh()
    view.select("Obsolete question")
    answers = iter([False, True])
    monkeypatch.setattr(visit_notes, "confirm", lambda *_args: next(answers))
    view.delete_button.click()
    assert len(journal.visit_notes.all()) == 1
    view.delete_button.click()
    assert journal.visit_notes.all() == []
    assert view.shown_texts() == []
