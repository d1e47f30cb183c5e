"""The mouse wheel scrolls a form and never changes a field the person did not pick
(issue 16: wheeling down the check-in to reach Save turned the sleep to 2.5 h)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.app.main_window import MainWindow
from ui.kit import wheel_guard
from ui.kit.form_widgets import AmountSpin

DOWN = -120


def turn_wheel(widget: QWidget, steps: int = 1, delta: int = DOWN) -> None:
    """`steps` notches (down by default) with the pointer over the middle of `widget`."""
    inside = QPointF(widget.rect().center())
    for _ in range(steps):
        event = QWheelEvent(
            inside,
            QPointF(widget.mapToGlobal(inside.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def sleep_spin(window: MainWindow) -> AmountSpin:
    panel = window.checkin_column.checkin
    spins = [w for w in panel.findChildren(AmountSpin) if w.isVisible()]
    return next(spin for spin in spins if "Sleep" in spin.accessibleName())


def test_the_wheel_over_the_sleep_field_scrolls_the_check_in_and_keeps_the_value(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 700)
    area = window.checkin_column.area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # it must scroll
    spin = sleep_spin(window)
    before = spin.value()
    window.calendar.setFocus()
    turn_wheel(spin, 3)
    assert spin.value() == before  # the sleep is as it was
    assert not spin.hasFocus()
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never focuses it
    assert area.verticalScrollBar().value() > 0  # the check-in scrolled instead


def test_a_field_the_person_clicked_into_takes_the_wheel(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitActive(window)
    spin = sleep_spin(window)
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    turn_wheel(spin, delta=-DOWN)
    assert spin.value() > before


def test_no_field_in_a_scrolled_page_of_the_window_takes_wheel_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)  # lazy pages are built when shown
        qtbot.wait(10)
    fields = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, (QAbstractSpinBox, QComboBox, QAbstractSlider))
        and not isinstance(widget, QScrollBar)
        and in_scroll_area(widget)
    ]
    assert fields, "no field in a scrolled page found"
    wheel_focus = [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for w in fields
        if w.focusPolicy() == Qt.FocusPolicy.WheelFocus
    ]
    assert wheel_focus == []


def test_the_guard_watches_the_fields_not_every_event_of_the_app(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An application-wide filter would pass every event of every widget through
    Python (a slower start, docs/performance.md): only the fields are watched."""
    window.resize(1024, 700)
    label = QLabel("Not a field", window)
    window.show()
    qtbot.waitExposed(window)  # every widget polished
    asked: list[QObject] = []  # what the guard's filter looked at
    guarded = wheel_guard.is_guarded

    def recording(widget: QObject) -> bool:
        asked.append(widget)
        return guarded(widget)

    monkeypatch.setattr(wheel_guard, "is_guarded", recording)
    turn_wheel(label)
    spin = sleep_spin(window)
    turn_wheel(spin)
    assert label not in asked and window not in asked
    assert spin in asked
