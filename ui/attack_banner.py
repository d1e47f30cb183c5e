"""The two attack controls of the main window: "Attack now" and the open-attack banner.

"Attack now" is one click for someone in pain; its menu offers "started 15 / 30 /
60 min ago" and another time. While an attack is open, the banner says since when
and offers to end it now or open the attack screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from journal import domain as d
from ui import theme
from ui.time_fields import read_time, time_edit

MINUTES_AGO = (15, 30, 60)


class AttackNowButton(QToolButton):
    """Click: an attack starting now. Menu: started some minutes ago, or another time.

    Emits `start_requested(minutes_ago: int)` or `other_time_requested()`.
    """

    start_requested = Signal(int)
    other_time_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attackNow")
        self.setText(self.tr("Attack now"))
        self.setIcon(theme.icon("attack"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolTip(self.tr("Start an attack at the current time (Ctrl+N)"))
        self.setAccessibleName(self.tr("Attack now"))
        self.setMinimumHeight(44)
        self.clicked.connect(lambda: self.start_requested.emit(0))
        menu = QMenu(self.tr("Attack started &earlier"), self)
        for minutes in MINUTES_AGO:
            action = menu.addAction(self.tr("Started {0} min ago").format(minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.start_requested.emit(m))
        menu.addSeparator()
        menu.addAction(self.tr("Other time…")).triggered.connect(self.other_time_requested.emit)
        self.setMenu(menu)


class OpenAttackBanner(QFrame):
    """ "Attack in progress since 14:05 — End attack now / Open"; hidden when none is open.

    Emits `end_requested(attack)` and `open_requested(attack)`.
    """

    end_requested = Signal(object)
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attackBanner")
        self.attack: d.Attack | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the attack screen: pain, symptoms, medication"))
        self.end_button = QPushButton(self.tr("&End attack now"), self)
        self.end_button.setToolTip(self.tr("The attack ends at the current time"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.attack))
        self.end_button.clicked.connect(lambda: self.end_requested.emit(self.attack))
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.end_button)
        self.hide()

    def show_attack(self, attack: d.Attack | None, now: datetime) -> None:
        """Show the open attack (or hide the banner when there is none)."""
        self.attack = attack
        if attack is None:
            self.hide()
            return
        since = f"{attack.start:%H:%M}"
        if attack.start.date() != now.date():
            since = f"{attack.start:%a %d %b, %H:%M}"
        self.label.setText(self.tr("Attack in progress since {0}").format(since))
        self.show()


class StartTimeDialog(QDialog):
    """Asks when an attack started, for "Other time…"."""

    def __init__(self, default: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When did it start?"))
        form = QFormLayout(self)
        self.start = time_edit(default, self)
        self.start.setAccessibleName(self.tr("Start of the attack"))
        form.addRow(self.tr("&Started"), self.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start attack"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> datetime:
        return read_time(self.start)
