"""The two attack controls of the main window: "Attack now" and the open-attack banner.

"Attack now" is one click for someone in pain; its menu offers "started 15 / 30 /
60 min ago" and another time. While an attack is open, the banner says since when
and offers to end it now or open the attack screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal.validation import likely_end
from ui.kit import theme
from ui.kit.locale_text import moment_text
from ui.kit.time_fields import read_time, time_edit

MINUTES_AGO = (15, 30, 60)
UNDO_SECONDS = 30


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
    undo_requested = Signal(object)
    undo_changed = Signal()
    """An Undo was offered or went away (the window's Undo action follows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attackBanner")
        self.attack: d.Attack | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.also_label = QLabel(self)  # other attacks still open: a note under it
        self.also_label.setObjectName("alsoOpen")
        self.also_label.setTextFormat(Qt.TextFormat.PlainText)
        self.also_label.setWordWrap(True)
        self.also_label.hide()
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.label)
        texts.addWidget(self.also_label)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the attack screen: pain, symptoms, medication"))
        self.end_button = QPushButton(self.tr("&End attack now"), self)
        self.end_button.setToolTip(self.tr("The attack ends at the current time"))
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setToolTip(self.tr("The attack was ended by mistake: open it again"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.attack))
        self.end_button.clicked.connect(lambda: self.end_requested.emit(self.attack))
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(self.ended))
        row.addLayout(texts, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.end_button)
        row.addWidget(self.undo_button)
        self.ended: d.Attack | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.forget_undo)
        self.hide()

    def offer_undo(self, ended: d.Attack) -> None:
        """ "Attack ended — Undo" for a while after "End attack now"."""
        self.ended = ended
        self.attack = None
        self.also_label.hide()
        self.label.setText(self.tr("Attack ended — Undo if that was a mistake"))
        self.open_button.hide()
        self.end_button.hide()
        self.undo_button.show()
        self._undo_timer.start()
        self.show()
        self.undo_changed.emit()

    def forget_undo(self) -> None:
        had = self.ended is not None
        self.ended = None
        self.undo_button.hide()
        if self.attack is None:
            self.hide()
        if had:
            self.undo_changed.emit()

    def show_open(self, attacks: Sequence[d.Attack], now: datetime) -> None:
        """Show the latest of the open attacks (or hide the banner when there is
        none); when others are open too, say so: two open attacks overlap, most
        often one left open and forgotten (journal.validation.overlapping_attacks)."""
        latest = max(attacks, key=lambda a: a.start, default=None)
        self.show_attack(latest, now)
        others = sorted((a for a in attacks if a is not latest), key=lambda a: a.start)
        self.also_label.setVisible(latest is not None and bool(others))
        if latest is None or not others:
            return
        also = self.tr(
            "%n other attack is still open too, since {0}: end it if it is over.",
            "",
            len(others),
        )
        if len(others) > 1:
            also = self.tr(
                "%n other attacks are still open too, the first since {0}: end those that "
                "are over.",
                "",
                len(others),
            )
        self.also_label.setText(also.format(moment_text(others[0].start)))

    def show_attack(self, attack: d.Attack | None, now: datetime) -> None:
        """Show the open attack (or hide the banner when there is none)."""
        self.attack = attack
        if attack is None:
            if self.ended is None:
                self.hide()
            return
        self.forget_undo()
        self.open_button.show()
        self.end_button.show()
        since = f"{attack.start:%H:%M}"
        if attack.start.date() != now.date():
            since = moment_text(attack.start)
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


class ForgottenAttackDialog(QDialog):
    """ "An attack from Sat 21 Nov, 09:30 is still open. When did it end?"

    With `starting_new`, the buttons are "End it and start a new one" (exec returns
    END) and "It is still going on" (STILL_GOING); otherwise "End the attack" and
    "Cancel". The end offered is a few hours after the start, never now.
    """

    END = 2
    STILL_GOING = 3

    def __init__(
        self, attack: d.Attack, now: datetime, parent: QWidget | None = None, *, starting_new: bool
    ) -> None:
        super().__init__(parent)
        self.attack = attack
        self._now = now
        self.setWindowTitle(self.tr("An attack is still open"))
        form = QFormLayout(self)
        question = QLabel(
            self.tr("An attack from {0} is still open. When did it end?").format(
                moment_text(attack.start)
            ),
            self,
        )
        question.setWordWrap(True)
        form.addRow(question)
        self.end = time_edit(likely_end(attack.start, now), self)
        self.end.setAccessibleName(self.tr("End of the attack"))
        form.addRow(self.tr("&Ended"), self.end)
        row = QHBoxLayout()
        # made in the order they stand on screen, which is the order Tab takes
        second = self.tr("It is still going on") if starting_new else self.tr("Cancel")
        self.other_button = QPushButton(second, self)
        self.other_button.clicked.connect(
            lambda: self.done(self.STILL_GOING) if starting_new else self.reject()
        )
        first = self.tr("End it and start a new one") if starting_new else self.tr("End the attack")
        self.end_button = QPushButton(first, self)
        self.end_button.setDefault(True)
        self.end_button.clicked.connect(lambda: self.done(self.END))
        row.addStretch(1)
        row.addWidget(self.other_button)
        row.addWidget(self.end_button)
        form.addRow(row)

    def chosen_end(self) -> datetime:
        """The end typed, kept between the start and now."""
        return min(max(read_time(self.end), self.attack.start), self._now)
