"""The session: every write runs through it and is announced once, with what changed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from journal.storage import Journal
from ui.session import Session, UndeclaredAction

CET = timezone(timedelta(hours=1))
MORNING = datetime(2026, 3, 2, 9, tzinfo=CET)


class Heard:
    def __init__(self, session: Session) -> None:
        self.changes: list[tuple[Change, object]] = []
        session.changed.connect(lambda change, initiator: self.changes.append((change, initiator)))


def test_run_writes_and_announces_the_declared_change_once(qtbot: QtBot, journal: Journal) -> None:
    session = Session(journal)
    heard = Heard(session)
    view = object()
    attack = session.run_by(view, operations.start_attack, MORNING)
    assert journal.attacks.get(attack.id).start == MORNING
    assert heard.changes == [(Change.ATTACKS, view)]


def test_a_failed_action_announces_nothing(qtbot: QtBot, journal: Journal) -> None:
    session = Session(journal)
    heard = Heard(session)
    with pytest.raises(JournalError):
        session.run(operations.end_attack, "no-such-attack", MORNING)
    assert heard.changes == []


def test_a_read_announces_nothing(qtbot: QtBot, journal: Journal) -> None:
    session = Session(journal)
    heard = Heard(session)
    assert session.run(operations.medications_for_picking) == []
    assert heard.changes == []


def test_an_action_that_does_not_say_what_it_changes_is_refused(
    qtbot: QtBot, journal: Journal
) -> None:
    session = Session(journal)
    heard = Heard(session)

    def sneaky(journal: Journal) -> None:
        operations.start_attack(journal, MORNING)

    with pytest.raises(UndeclaredAction):
        session.run(sneaky)
    assert journal.attacks.all() == []
    assert heard.changes == []


def test_announce_passes_on_a_change_made_elsewhere(qtbot: QtBot, journal: Journal) -> None:
    session = Session(journal)
    heard = Heard(session)
    session.announce(Change.EVERYTHING)
    session.announce(Change.NOTHING)
    assert heard.changes == [(Change.EVERYTHING, None)]
