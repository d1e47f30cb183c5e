"""The attack screen: what someone in pain sees right after pressing "Attack now".

Dark and calm whatever the system theme, big targets for one hand on the mouse, no
animation. Every tap is saved at once as its own operation, so closing the app at
any moment loses nothing; "Done for now" leaves the attack open, "Attack is over"
ends it. One started by a click on "Attack now" and left at once with nothing
chosen (Esc) was a mistake: it is discarded, with an Undo in the day view.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.errors import JournalError
from ui.attack import screen_layout
from ui.attack.screen_medication import TookMedication
from ui.kit import low_light, vocabulary
from ui.kit.feedback import show_error
from ui.kit.flow_layout import FlowGrid
from ui.kit.locale_text import moment_text
from ui.kit.widgets import PainSelector
from ui.session import Session

PAIN_BUTTON_HEIGHT = 64
"""Tall enough for two lines and a shaky hand (>= 56 px), short enough for a laptop."""

DISCARD_WITHIN_SECONDS = 60
"""An attack just started by one click whose screen is left (Esc, close) within this
time with nothing chosen was started by mistake: it is discarded, with an Undo."""


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def minutes_ago(start: datetime, now: datetime) -> str:
    """'just now', '35 min ago', '2 h 10 min ago' or '3 days ago'."""
    minutes = max(0, int((now - start).total_seconds() // 60))
    if minutes < 1:
        return translate("AttackScreen", "just now")
    if minutes < 60:
        return translate("AttackScreen", "{0} min ago").format(minutes)
    if minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        if rest:
            return translate("AttackScreen", "{0} h {1} min ago").format(hours, rest)
        return translate("AttackScreen", "{0} h ago").format(hours)
    return translate("AttackScreen", "{0} days ago").format(minutes // (24 * 60))


def _row(buttons: dict[Any, QPushButton]) -> FlowGrid:
    row = FlowGrid(columns=len(buttons), spacing=8)
    for button in buttons.values():
        row.addWidget(button)
    return row


class AttackScreen(QDialog):
    """Pain, symptoms and medication for an open attack, each saved at once.

    `attack_changed(d.Attack)` is emitted after every save; `ended` tells whether
    the user ended the attack here.
    """

    attack_changed = Signal(object)
    discarded = Signal(object)
    """The attack was just started here by mistake and left at once with nothing
    chosen: it was deleted (the operations.DeletedAttack, for Undo)."""

    def __init__(
        self,
        session: Session,
        attack: d.Attack,
        parent: QWidget | None = None,
        *,
        just_started: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reads = session.reads
        self._attack = attack
        self._unsaved = False
        self._just_started = just_started
        self._touched = False
        self._opened = time.monotonic()
        earlier = session.reads.doses_for_attack(attack.id)
        self._peak_floor = max([attack.pain or 0, *(x.pain_at_dose or 0 for x in earlier)])
        self.ended = False
        self.setObjectName("attackScreen")
        self._body = low_light.body(self)
        self._fitted = False
        self._build()
        self._update_started()
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._update_started)
        self._clock.start()
        self.done_button.setFocus()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        """The choices scroll if the screen is short; the two ways out stay in a
        footer below them, always visible (a 1366×768 laptop has ~700 px to spare)."""
        outer = QVBoxLayout(self._body)
        outer.setContentsMargins(28, 10, 28, 10)
        outer.setSpacing(8)
        content = QWidget(self._body)
        content.setObjectName("lowLight")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(2)  # the rows of big buttons keep their own gaps
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self._update_title()
        self.started_label = QLabel(self)
        self.started_label.setObjectName("started")
        layout.addLayout(screen_layout.heading(self.title, self.started_label))

        self.pain = PainSelector(self, large=True)
        for button in self.pain.buttons():
            button.setMinimumHeight(PAIN_BUTTON_HEIGHT)
        self.pain.set_value(self._attack.pain)
        self.pain.changed.connect(self._pain_picked)
        self._sections = [
            screen_layout.section_row(self, self.tr("How bad is the pain?"), self.pain)
        ]

        self._add_kind_and_features()
        self._add_symptoms()
        self.medication = TookMedication(self._session, self._attack, self.pain.value, self)
        self.medication.dose_recorded.connect(self._dose_recorded)
        self.medication.buttons_changed.connect(self._content_grew)
        self.medication.result_shown.connect(self._show_result)
        self._sections.append(
            screen_layout.section_row(self, self.tr("Took medication"), self.medication)
        )
        for row in self._sections:
            layout.addLayout(row)
        layout.addStretch(1)
        self.choices_area = screen_layout.ChoicesArea(content, self._body)
        outer.addWidget(self.choices_area, 1)
        screen_layout.align_sections(self._sections)  # measured in the screen's own fonts
        self.footer = QWidget(self._body)
        self.footer.setLayout(self._actions())
        outer.addWidget(self.footer)

    def _add_kind_and_features(self) -> None:
        """What kind of headache, and the three pain features of ICHD-3 1.1 C (the
        fourth, moderate or severe, is the pain above). Nothing is chosen for the
        patient: an attack whose kind was not picked is "type not given"."""
        self.type_buttons: dict[d.AttackType, QPushButton] = {}
        for attack_type, label in (
            (d.AttackType.MIGRAINE, self.tr("Migraine")),
            (d.AttackType.HEADACHE, self.tr("Headache")),
            (d.AttackType.NOT_SURE, self.tr("Not sure")),
        ):
            button = screen_layout.toggle_button(self, label, self._attack.type == attack_type)
            button.clicked.connect(lambda on, t=attack_type: self.choose_type(t, on))
            self.type_buttons[attack_type] = button
        self.feature_buttons: dict[str, QPushButton] = {}
        for feature, label in (
            ("unilateral", self.tr("On one side")),
            ("pulsating", self.tr("Throbbing")),
            ("worse_with_activity", self.tr("Worse when moving")),
        ):
            button = screen_layout.toggle_button(self, label, bool(getattr(self._attack, feature)))
            button.toggled.connect(lambda on, f=feature: self.toggle_feature(f, on))
            self.feature_buttons[feature] = button
        self._sections.append(
            screen_layout.section_row(self, self.tr("What is it?"), _row(self.type_buttons))
        )
        self._sections.append(
            screen_layout.section_row(self, self.tr("The pain is"), _row(self.feature_buttons))
        )

    def _add_symptoms(self) -> None:
        self.symptom_buttons: dict[str, QPushButton] = {}
        row = FlowGrid(columns=4, spacing=8)
        # Four share a row whatever the language: their texts wrap (ui.kit.wrapping).
        for symptom, label in (
            (d.Symptom.NAUSEA, self.tr("Nausea")),
            (d.Symptom.VOMITING, self.tr("Vomiting")),
            (d.Symptom.PHOTOPHOBIA, self.tr("Light sensitivity")),
            (d.Symptom.PHONOPHOBIA, self.tr("Sound sensitivity")),
        ):
            button = screen_layout.toggle_button(self, label, self._attack.has_symptom(symptom))
            button.toggled.connect(lambda on, s=symptom: self.toggle_symptom(s, on))
            self.symptom_buttons[symptom] = button
            row.addWidget(button)
        self._sections.append(screen_layout.section_row(self, self.tr("Symptoms"), row))

        self.aura_buttons: dict[d.AuraType, QPushButton] = {}
        row = FlowGrid(columns=3, spacing=8)
        having = {aura.type for aura in self._attack.aura}
        for aura_type, label in (
            (d.AuraType.VISUAL, self.tr("Flashes or spots")),
            (d.AuraType.SENSORY, self.tr("Tingling or numbness")),
            (d.AuraType.SPEECH, self.tr("Trouble speaking")),
        ):
            button = screen_layout.toggle_button(self, label, aura_type in having)
            button.toggled.connect(lambda on, t=aura_type: self.toggle_aura(t, on))
            self.aura_buttons[aura_type] = button
            row.addWidget(button)
        self._sections.append(screen_layout.section_row(self, self.tr("Aura"), row))

    def _actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 8, 0)
        self.done_button = QPushButton(self.tr("Done for now"), self)
        self.done_button.setObjectName("done")
        self.done_button.setToolTip(self.tr("Keep the attack open and close this screen (Esc)"))
        self.over_button = QPushButton(self.tr("Attack is over"), self)
        self.over_button.setObjectName("over")
        self.over_button.setToolTip(self.tr("End the attack now"))
        for button in (self.done_button, self.over_button):
            button.setAutoDefault(False)
            button.setMinimumHeight(60)
            actions.addWidget(button)
        self.done_button.clicked.connect(self.done_for_now)
        self.over_button.clicked.connect(self.attack_is_over)
        return actions

    # -- size ----------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        """Sized from the content on first show, unless the caller chose a size (Qt
        alone would stop at 2/3 of the screen and clip the choices, or hide them)."""
        if visible and not self._fitted:
            self._fitted = self.testAttribute(Qt.WidgetAttribute.WA_Resized)
            if not self._fitted:
                self.fit_to_screen()
        super().setVisible(visible)

    def available_area(self) -> QRect:
        """Where the screen may be: the screen's free area, less a title bar."""
        return screen_layout.available_area(self.parentWidget() or self)

    def fit_to_screen(self, available: QRect | None = None, *, grow_only: bool = False) -> None:
        """Take the size the content needs, within `available` (the screen's free
        area by default); with `grow_only`, never shrink (nothing jumps after Undo)."""
        self._fitted = True
        area = self.available_area() if available is None else available
        screen_layout.fit_window(self.choices_area, area, grow_only=grow_only)

    def _content_grew(self) -> None:
        if self._fitted:
            self.fit_to_screen(grow_only=True)

    def _show_result(self) -> None:
        """After a dose: grow to show what was taken and Undo, or scroll to them
        (now, and again once the layouts have settled)."""
        self._content_grew()
        show = functools.partial(screen_layout.reveal, self.choices_area, self.medication.result)
        show()
        QTimer.singleShot(0, self, show)

    # -- state ---------------------------------------------------------------

    @property
    def attack(self) -> d.Attack:
        """The attack as last saved (or as last tried, if saving failed)."""
        return self._attack

    def _update_started(self) -> None:
        start, now = self._attack.start, d.local_now()
        when = f"{start:%H:%M}" if start.date() == now.date() else moment_text(start)
        self.started_label.setText(
            self.tr("Started {0} ({1})").format(when, minutes_ago(start, now))
        )

    def _save(self, attack: d.Attack) -> bool:
        self._attack = attack
        try:
            self._attack = self._session.run_by(self, operations.save_attack, attack)
        except JournalError as error:
            self._unsaved = True
            show_error(self, error)
            return False
        self._unsaved = False
        self._touched = True
        self._update_title()
        self.attack_changed.emit(self._attack)
        return True

    def title_text(self) -> str:
        """The screen's title in the words of the type chosen."""
        return vocabulary.attack_title(self._attack.type)

    def _update_title(self) -> None:
        text = self.title_text()
        self.title.setText(text)
        self.setWindowTitle(text)

    def set_pain(self, pain: int) -> None:
        """Pain now, as picked; the attack keeps the highest pain as its peak."""
        self.pain.set_value(pain)
        self._pain_picked(pain)

    def _pain_picked(self, pain: int | None) -> None:
        if pain is None:
            return
        peak = max(self._peak_floor, pain)
        self._save(dataclasses.replace(self._attack, pain=peak))

    def choose_type(self, attack_type: d.AttackType, on: bool) -> None:
        """One kind at most; tapping the chosen one again takes the choice back
        ("type not given")."""
        for other, button in self.type_buttons.items():
            if other != attack_type:
                button.setChecked(False)  # `clicked` is the user's: no save from here
        self._save(
            dataclasses.replace(self._attack, type=attack_type if on else d.AttackType.NOT_GIVEN)
        )

    def toggle_feature(self, feature: str, on: bool) -> None:
        """A pain feature: one side, throbbing, worse when moving."""
        self._save(dataclasses.replace(self._attack, **{feature: on}))  # type: ignore[arg-type]

    def toggle_symptom(self, symptom: str, on: bool) -> None:
        others = tuple(s for s in self._attack.symptoms if s != symptom)
        self._save(dataclasses.replace(self._attack, symptoms=(*others, symptom) if on else others))

    def toggle_aura(self, aura_type: d.AuraType, on: bool) -> None:
        kept = tuple(a for a in self._attack.aura if a.type != aura_type)
        if on:
            kept = (*kept, d.AuraSymptom(aura_type))
        self._save(dataclasses.replace(self._attack, aura=kept))

    def _dose_recorded(self, dose: d.Dose) -> None:
        """Pain noted at a dose is a fact: the peak never drops below it."""
        self._touched = True
        if dose.pain_at_dose is not None:
            self._peak_floor = max(self._peak_floor, dose.pain_at_dose)

    # -- leaving -------------------------------------------------------------

    def done_for_now(self) -> None:
        """Close, leaving the attack open; retries a save that failed earlier."""
        if self._unsaved and not self._save(self._attack):
            return
        self.accept()

    def attack_is_over(self) -> None:
        if self._unsaved and not self._save(self._attack):
            return
        try:
            end = max(d.local_now(), self._attack.start)
            self._attack = self._session.run_by(self, operations.end_attack, self._attack.id, end)
        except JournalError as error:
            show_error(self, error)
            return
        self.ended = True
        self.attack_changed.emit(self._attack)
        self.accept()

    def reject(self) -> None:
        """Esc and the window's close button mean "done for now": nothing is lost. An
        attack just started by one click and left within a minute with nothing chosen
        was started by mistake: it is discarded, and `discarded` offers its Undo."""
        quick = time.monotonic() - self._opened < DISCARD_WITHIN_SECONDS
        if not (self._just_started and quick and not self._touched and not self._unsaved):
            self.done_for_now()
            return
        try:
            deleted = self._session.run_by(self, operations.delete_attack, self._attack.id)
        except JournalError as error:
            show_error(self, error)
            return
        self.discarded.emit(deleted)
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 0-3 pick the pain wherever the focus is."""
        if event.text() in {"0", "1", "2", "3"}:
            self.set_pain(int(event.text()))
            return
        super().keyPressEvent(event)
