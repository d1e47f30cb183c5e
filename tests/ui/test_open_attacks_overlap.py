"""Issue 16 item 4: two open attacks overlap (one left open long ago, one today); the
banner named only today's. It names the other too, as a note that blocks nothing."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from journal import domain as d
from journal import operations
from journal.storage import Journal
from ui.app.main_window import MainWindow
from ui.kit.locale_text import moment_text


def test_the_banner_says_another_attack_is_still_open_too(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    today = operations.start_attack(journal, d.local_now() - timedelta(minutes=20))
    window.refresh()
    assert window.banner.also_label.isHidden()  # one open attack: nothing more to say
    forgotten = operations.save_attack(
        journal, d.Attack(start=d.local_now() - timedelta(days=30), pain=2)
    )
    window.refresh()
    assert window.banner.label.text() == f"Attack in progress since {today.start:%H:%M}"
    assert window.banner.also_label.isVisible()
    assert window.banner.also_label.text() == (
        f"1 other attack is still open too, since {moment_text(forgotten.start)}: "
        "end it if it is over."
    )
    assert window.banner.open_button.isEnabled() and window.banner.end_button.isEnabled()
    assert window.banner.attack is not None and window.banner.attack.id == today.id
    window.banner.resize(1000, window.banner.sizeHint().height())
    window.banner.grab().save("/tmp/t1-banner-two-open.png")
