"""Text that fits and reads right: a reason that appears wraps into whole lines and
does not make the form jump back, "1 cup" not "1 cups", no symbol the font lacks
before a note, one way to write a moment."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from tests.ui.conftest_attack import Medications, start_attack
from ui.attack.banner import OpenAttackBanner
from ui.attack.editor import AttackEditor
from ui.kit.form_widgets import AmountSpin
from ui.kit.locale_text import moment_text
from ui.kit.time_fields import set_time
from ui.medication.dose_editor import DoseEditor
from ui.session import Session


def _whole_lines(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_the_in_the_future_reason_wraps_into_whole_lines_and_the_form_stays(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    editor = DoseEditor(Session(journal), None)
    qtbot.addWidget(editor)
    editor.resize(520, editor.sizeHint().height())  # narrow: the reason wraps
    editor.show()
    qtbot.waitExposed(editor)
    set_time(editor.taken, d.local_now() + timedelta(days=2))
    problem = editor.taken_problem
    qtbot.waitUntil(lambda: problem.isVisible() and _whole_lines(problem))
    qtbot.wait(20)  # the dialog grows to fit the reason in the next event loop turn
    save_at = editor.save_button.mapTo(editor, editor.save_button.rect().topLeft())
    set_time(editor.taken, d.local_now() - timedelta(hours=1))
    QApplication.processEvents()
    assert not problem.isVisible()
    assert editor.save_button.mapTo(editor, editor.save_button.rect().topLeft()) == save_at


def test_one_cup_is_a_cup() -> None:
    cups = AmountSpin("cups", "Caffeine")
    cups.setValue(1)
    assert cups.text() == "1 cup"
    cups.setValue(2)
    assert cups.text() == "2 cups"
    glasses = AmountSpin("glasses", "Water")
    glasses.setValue(1)
    assert glasses.text() == "1 glass"
    own = AmountSpin("mugs", "Tea")
    own.setValue(1)
    assert own.text() == "1 mugs"  # the person's own unit stays as written


def test_a_note_starts_with_no_symbol_the_font_lacks(qtbot: QtBot, journal: Journal) -> None:
    start = (d.local_now() - timedelta(days=10)).replace(second=0, microsecond=0)
    attack = journal.attacks.save(d.Attack(start=start, end=start + timedelta(hours=4)))
    editor = AttackEditor(Session(journal), attack, day=date.today())
    qtbot.addWidget(editor)
    editor.show()
    text = editor.pain_hint.text()
    assert text == "Pain not recorded"
    metrics = QFontMetrics(editor.pain_hint.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text)


def test_a_moment_is_written_one_way_across_the_window(
    qtbot: QtBot, journal: Journal, medications: Medications
) -> None:
    earlier = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(days=2)
    attack = start_attack(journal, minutes_ago=int((d.local_now() - earlier).seconds // 60) + 2880)
    banner = OpenAttackBanner()
    qtbot.addWidget(banner)
    banner.show_attack(attack, d.local_now())
    assert moment_text(attack.start) in banner.label.text()
    operations.record_dose(journal, d.Dose(medications.nsaid.id, attack.start, "", attack.id))
    editor = DoseEditor(Session(journal), None, attack=attack)
    qtbot.addWidget(editor)
    labels = [editor.attack_link.itemText(i) for i in range(editor.attack_link.count())]
    assert any(moment_text(attack.start) in label for label in labels)
