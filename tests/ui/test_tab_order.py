"""Tab goes through the window as it reads: the day's buttons left to right (Period…
before Edit… and Delete), the check-in's buttons as on screen, and the month's
Today ‹ › are reached by Tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.app.main_window import MainWindow


def _tab_chain(start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(count):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def _in_order(chain: list[QWidget], expected: list[QWidget]) -> bool:
    positions = [chain.index(widget) for widget in expected]
    return positions == sorted(positions)


def test_the_days_buttons_tab_as_on_screen(window: MainWindow) -> None:
    view = window.day_view
    chain = _tab_chain(view.add_attack_button, 40)
    expected = [
        view.add_dose_button,
        view.period_button,
        view.edit_button,
        view.delete_button,
    ]
    assert _in_order(chain, expected)


def test_the_check_in_buttons_tab_as_on_screen(window: MainWindow) -> None:
    panel = window.checkin_column.checkin
    chain = _tab_chain(panel.note, 40)
    expected = [panel.manage_button, panel.clear_button, panel.nothing_button, panel.save_button]
    assert _in_order(chain, expected)


def test_today_and_the_month_arrows_are_reached_by_tab(window: MainWindow) -> None:
    calendar = window.calendar
    for button in (calendar.today_button, calendar.previous_button, calendar.next_button):
        assert button.focusPolicy() & button.focusPolicy().TabFocus
    chain = _tab_chain(calendar.today_button, 10)
    assert _in_order(chain, [calendar.previous_button, calendar.next_button, calendar.grid])
