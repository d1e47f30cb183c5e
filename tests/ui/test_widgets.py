"""Shared widgets: the pain selector, free tags and the reason shown next to a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal.errors import DiskFull
from tests.ui.conftest_attack import OFFSCREEN_POPUP, ErrorBoxes
from ui.kit import feedback
from ui.kit.widgets import FieldProblem, PainSelector, TagEditor, with_problem


def test_pain_selector_emits_the_clicked_pain(qtbot: QtBot) -> None:
    selector = PainSelector()
    qtbot.addWidget(selector)
    with qtbot.waitSignal(selector.changed) as signal:
        qtbot.mouseClick(selector.button(2), Qt.MouseButton.LeftButton)
    assert signal.args == [2]
    assert selector.value() == 2


def test_pain_selector_keys_0_to_3_pick_a_pain(qtbot: QtBot) -> None:
    selector = PainSelector()
    qtbot.addWidget(selector)
    selector.show()
    selector.button(0).setFocus()
    with qtbot.waitSignal(selector.changed) as signal:
        qtbot.keyClick(selector.button(0), Qt.Key.Key_3)
    assert signal.args == [3]
    assert selector.value() == 3


def test_pain_selector_not_recorded_gives_none(qtbot: QtBot) -> None:
    selector = PainSelector(allow_none=True)
    qtbot.addWidget(selector)
    selector.set_value(1)
    with qtbot.waitSignal(selector.changed) as signal:
        qtbot.mouseClick(selector.button(None), Qt.MouseButton.LeftButton)
    assert signal.args == [None]
    assert selector.value() is None


def test_pain_selector_without_not_recorded_can_show_no_choice(qtbot: QtBot) -> None:
    selector = PainSelector()
    qtbot.addWidget(selector)
    selector.set_value(2)
    selector.set_value(None)
    assert selector.value() is None
    assert not any(button.isChecked() for button in selector.buttons())


def test_pain_buttons_name_the_number_and_the_word(qtbot: QtBot) -> None:
    selector = PainSelector(large=True)
    qtbot.addWidget(selector)
    assert selector.button(3).text() == "3\nSevere"
    assert selector.button(3).accessibleName() == "Pain 3, Severe"
    assert selector.button(0).toolTip()


def test_tag_editor_enter_adds_a_tag_and_ignores_duplicates(qtbot: QtBot) -> None:
    tags = TagEditor()
    qtbot.addWidget(tags)
    qtbot.keyClicks(tags.line, "red wine")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.line, "Red Wine")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    assert tags.tags() == ("red wine",)
    assert tags.line.text() == ""


def test_tag_editor_counts_the_word_being_typed_so_nothing_is_lost(qtbot: QtBot) -> None:
    tags = TagEditor()
    qtbot.addWidget(tags)
    tags.set_tags(["stress"])
    qtbot.keyClicks(tags.line, "missed meal")
    assert tags.tags() == ("stress", "missed meal")


def test_tag_editor_comma_separates_tags(qtbot: QtBot) -> None:
    tags = TagEditor()
    qtbot.addWidget(tags)
    qtbot.keyClicks(tags.line, "light, noise,")
    assert tags.tags() == ("light", "noise")


def test_tag_chip_removes_its_tag_and_says_so_to_screen_readers(qtbot: QtBot) -> None:
    tags = TagEditor(name="trigger")
    qtbot.addWidget(tags)
    tags.set_tags(["cheese", "heat"])
    chip = tags._chips[0]
    assert chip.accessibleName() == "Remove trigger “cheese”"
    assert chip.toolTip() == "Remove “cheese”"
    with qtbot.waitSignal(tags.changed):
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert tags.tags() == ("heat",)


def test_tag_editor_backspace_in_empty_field_removes_the_last_tag(qtbot: QtBot) -> None:
    tags = TagEditor()
    qtbot.addWidget(tags)
    tags.set_tags(["a", "b"])
    qtbot.keyClick(tags.line, Qt.Key.Key_Backspace)
    assert tags.tags() == ("a",)


def test_tag_editor_offers_its_suggestions_to_the_completer(qtbot: QtBot) -> None:
    tags = TagEditor(suggestions=["Sleep", "alcohol"])
    qtbot.addWidget(tags)
    completer = tags.line.completer()
    assert completer is not None
    model = completer.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["alcohol", "Sleep"]


@OFFSCREEN_POPUP
def test_choosing_a_suggestion_adds_it_as_a_tag(qtbot: QtBot) -> None:
    tags = TagEditor(suggestions=["short sleep", "stress"])
    qtbot.addWidget(tags)
    tags.show()
    qtbot.keyClicks(tags.line, "sho")
    completer = tags.line.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup.isVisible()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tags.tags() == ("short sleep",) and tags.line.text() == "")


def test_field_problem_shows_the_reason_and_hides_when_fixed(qtbot: QtBot) -> None:
    field, problem = with_problem(TagEditor())
    qtbot.addWidget(field)
    field.show()
    problem.set_problem("The start is in the future.")
    assert problem.isVisible()
    assert problem.problem() == "The start is in the future."
    problem.set_problem(None)
    assert not problem.isVisible()
    assert problem.problem() == ""


def test_field_problem_describes_the_field_for_screen_readers(qtbot: QtBot) -> None:
    tags = TagEditor()
    qtbot.addWidget(tags)
    problem = FieldProblem(tags)
    problem.set_problem("A suspected trigger has no name.")
    assert tags.accessibleDescription() == "A suspected trigger has no name."


def test_show_error_shows_the_journal_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = ErrorBoxes()
    monkeypatch.setattr(feedback.QMessageBox, "warning", boxes)
    feedback.show_error(None, DiskFull("The disk is full; nothing was saved."))
    assert boxes.shown == ["The disk is full; nothing was saved."]


def test_show_error_raises_bugs_again_instead_of_hiding_them() -> None:
    with pytest.raises(ZeroDivisionError):
        feedback.show_error(None, ZeroDivisionError("a bug"))
