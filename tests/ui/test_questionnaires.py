"""MIDAS and HIT-6 entry: live score, grade and band; bad input refused in words."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal.storage import Journal
from ui.session import Session
from ui.visit.questionnaires import Hit6Dialog, MidasDialog, whole_number

MIDAS_WORDS = (
    "On how many days in the last 3 months did you miss work or school",
    "How many days in the last 3 months was your productivity",
)
"""Opening words of the copyrighted MIDAS questions, which must not be embedded."""


@pytest.fixture
def midas(qtbot: QtBot, journal: Journal, session: Session) -> MidasDialog:
    dialog = MidasDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: MidasDialog, **values: str) -> None:
    for key, text in values.items():
        dialog.fields[key].setText(text)


def test_midas_score_and_grade_show_live_and_are_stored(
    qtbot: QtBot, midas: MidasDialog, journal: Journal, session: Session
) -> None:
    assert "five counts" in midas.score.text()
    fill(midas, missed_work="2", reduced_work="3", missed_household="1", reduced_household="0")
    assert "five counts" in midas.score.text()
    fill(midas, missed_social="0")
    assert midas.score.text() == "Score 6 · grade II"
    fill(midas, missed_social="15")
    assert midas.score.text() == "Score 21 · grade IV"
    fill(midas, headache_days="30", average_pain="7")
    with qtbot.waitSignal(session.changed):
        midas.save_button.click()
    [entry] = journal.midas.all()
    assert (
        entry.missed_work,
        entry.reduced_work,
        entry.missed_household,
        entry.reduced_household,
        entry.missed_social,
        entry.headache_days,
        entry.average_pain,
        entry.day,
    ) == (2, 3, 1, 0, 15, 30, 7, d.local_now().date())


def test_midas_items_a_and_b_may_stay_empty(
    qtbot: QtBot, midas: MidasDialog, journal: Journal
) -> None:
    fill(midas, missed_work="0", reduced_work="0", missed_household="0")
    fill(midas, reduced_household="0", missed_social="5")
    assert midas.score.text() == "Score 5 · grade I"
    midas.save_button.click()
    [entry] = journal.midas.all()
    assert entry.headache_days is None and entry.average_pain is None


def test_midas_bad_counts_are_refused_in_words_and_kept(
    qtbot: QtBot, midas: MidasDialog, journal: Journal
) -> None:
    fill(midas, missed_work="120", reduced_work="two", missed_household="1")
    fill(midas, reduced_household="1", missed_social="1", average_pain="11")
    assert midas.problem("missed_work") == "Enter a whole number of days from 0 to 90."
    assert midas.problem("reduced_work") == "Enter a whole number of days from 0 to 90."
    assert midas.problem("average_pain") == "Average pain is a whole number from 0 to 10."
    assert not midas.save_button.isEnabled()
    assert "five counts" in midas.score.text()
    midas.save()
    assert journal.midas.all() == []
    assert midas.fields["reduced_work"].text() == "two"
    assert midas.fields["missed_work"].text() == "120"


def test_midas_missed_and_halved_days_cannot_exceed_three_months(
    qtbot: QtBot, midas: MidasDialog
) -> None:
    fill(midas, missed_work="60", reduced_work="40", missed_household="0")
    fill(midas, reduced_household="0", missed_social="0")
    assert midas.problem("reduced_work") == (
        "Days missed and days of halved work or school together cannot exceed 90."
    )


def test_midas_empty_counts_are_named_only_when_saving(
    qtbot: QtBot, midas: MidasDialog, journal: Journal
) -> None:
    fill(midas, missed_work="1")
    assert midas.problem("reduced_work") == ""
    midas.save_button.click()
    assert midas.problem("reduced_work") == "Enter a whole number of days from 0 to 90."
    assert midas.fields["missed_work"].text() == "1"
    assert journal.midas.all() == []


def test_midas_questions_are_paraphrased_not_the_copyrighted_wording(
    midas: MidasDialog,
) -> None:
    shown = " ".join(label.text() for label in midas.findChildren(type(midas.score)))
    assert "housework" in shown and "leisure" in shown
    for words in MIDAS_WORDS:
        assert words.casefold() not in shown.casefold()


@pytest.mark.parametrize(
    ("total", "band"),
    [
        ("36", "Little or no impact"),
        ("49", "Little or no impact"),
        ("50", "Some impact"),
        ("56", "Substantial impact"),
        ("60", "Severe impact"),
        ("78", "Severe impact"),
    ],
)
def test_hit6_band_shows_live_for_the_total(
    qtbot: QtBot, journal: Journal, total: str, band: str, session: Session
) -> None:
    dialog = Hit6Dialog(session)
    qtbot.addWidget(dialog)
    dialog.total.setText(total)
    assert dialog.band.text() == band


def test_hit6_total_is_stored(qtbot: QtBot, journal: Journal, session: Session) -> None:
    dialog = Hit6Dialog(session)
    qtbot.addWidget(dialog)
    dialog.total.setText("61")
    with qtbot.waitSignal(session.changed):
        dialog.save_button.click()
    [entry] = journal.hit6.all()
    assert (entry.total, entry.day) == (61, d.local_now().date())


@pytest.mark.parametrize("typed", ["35", "79", "sixty", "60.5", "-40"])
def test_hit6_total_outside_36_to_78_is_refused_in_words_and_kept(
    qtbot: QtBot, journal: Journal, typed: str, session: Session
) -> None:
    dialog = Hit6Dialog(session)
    qtbot.addWidget(dialog)
    dialog.total.setText(typed)
    assert dialog.problem("total") == "A HIT-6 total is a whole number from 36 to 78."
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert journal.hit6.all() == []
    assert dialog.total.text() == typed


def test_hit6_empty_total_is_named_when_saving(
    qtbot: QtBot, journal: Journal, session: Session
) -> None:
    dialog = Hit6Dialog(session)
    qtbot.addWidget(dialog)
    assert dialog.problem("total") == ""
    dialog.save_button.click()
    assert dialog.problem("total") == "A HIT-6 total is a whole number from 36 to 78."
    assert journal.hit6.all() == []


def test_whole_number_tells_empty_from_not_a_number() -> None:
    assert whole_number(" 12 ") == 12
    assert whole_number("") is None
    assert whole_number("1.5") == -1
    assert whole_number("abc") == -1


@pytest.mark.parametrize("typed", ["37", "39", "77"])
def test_a_hit6_total_no_answers_can_give_is_refused_in_words(
    qtbot: QtBot, journal: Journal, typed: str, session: Session
) -> None:
    dialog = Hit6Dialog(session)
    qtbot.addWidget(dialog)
    dialog.total.setText(typed)
    assert dialog.problem("total").startswith(f"No set of HIT-6 answers adds up to {typed}")
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert journal.hit6.all() == [] and dialog.total.text() == typed
