"""The Appearance and Reminders pages of the settings dialog.

Each choice is saved the moment it is made (ui.kit.settings_store, ui.kit.theme) and shown
in the running window at once where the window can show it (theme, first day of
the week, cycle tracking). Reminders are off by default.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.cycle.dialogs import CycleTrackingSwitch
from ui.kit import settings_store, theme
from ui.kit.locale_text import moment_text
from ui.kit.settings_store import PainScale

if TYPE_CHECKING:
    from ui.settings.host import JournalFile

DAYS = (
    Qt.DayOfWeek.Monday,
    Qt.DayOfWeek.Tuesday,
    Qt.DayOfWeek.Wednesday,
    Qt.DayOfWeek.Thursday,
    Qt.DayOfWeek.Friday,
    Qt.DayOfWeek.Saturday,
    Qt.DayOfWeek.Sunday,
)


def page_column(page: QWidget) -> QVBoxLayout:
    """The column a settings page lays its rows in: every page's margins and spacing."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(12)
    return layout


class AppearancePage(QWidget):
    """Theme, first day of the week, date format note, pain scale, cycle tracking."""

    def __init__(self, session: JournalFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(18)
        self.theme_box = QComboBox(self)
        for choice, text in (
            (theme.Theme.SYSTEM, self.tr("Follow the system")),
            (theme.Theme.LIGHT, self.tr("Light")),
            (theme.Theme.DARK, self.tr("Dark")),
            (theme.Theme.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme_box.addItem(text, choice.value)
        self.theme_box.setCurrentIndex(self.theme_box.findData(theme.saved_theme().value))
        self.theme_box.currentIndexChanged.connect(self._theme_chosen)
        form.addRow(self.tr("Theme"), self.theme_box)

        locale = QLocale.system()
        self.week_box = QComboBox(self)
        system_day = locale.dayName(locale.firstDayOfWeek().value)
        self.week_box.addItem(self.tr("As this computer ({0})").format(system_day), 0)
        for day in DAYS:
            self.week_box.addItem(locale.dayName(day.value), day.value)
        chosen = settings_store.first_day_of_week().value
        shown = 0 if settings_store.follows_locale_week() else chosen
        self.week_box.setCurrentIndex(self.week_box.findData(shown))
        self.week_box.currentIndexChanged.connect(self._week_chosen)
        form.addRow(self.tr("First day of the week"), self.week_box)

        # the window's own way of writing a day with its time (ui.kit.locale_text)
        example = moment_text(datetime(2026, 11, 21, 14, 5), today=date(2000, 1, 1))
        date_note = QLabel(
            self.tr("Dates and times follow this computer's language settings (e.g. {0}).").format(
                example
            ),
            self,
        )
        date_note.setWordWrap(True)
        form.addRow(self.tr("Dates and times"), date_note)

        scale = QWidget(self)
        scale_layout = QVBoxLayout(scale)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        self.scale_short = QRadioButton(self.tr("None, mild, moderate, severe (0-3)"), scale)
        self.scale_numeric = QRadioButton(self.tr("0-3, and also the optional 0-10 number"), scale)
        self.scale_group = QButtonGroup(self)
        for button in (self.scale_short, self.scale_numeric):
            self.scale_group.addButton(button)
            scale_layout.addWidget(button)
        current = settings_store.pain_scale()
        self.scale_numeric.setChecked(current is PainScale.WITH_NUMERIC)
        self.scale_short.setChecked(current is PainScale.MILD_TO_SEVERE)
        self.scale_numeric.toggled.connect(self._scale_chosen)
        form.addRow(self.tr("Pain scale"), scale)

        self.cycle_switch = CycleTrackingSwitch(session.session, self)
        form.addRow(self.tr("Cycle"), self.cycle_switch)

    def _theme_chosen(self, _index: int) -> None:
        self._session.set_theme(theme.Theme(self.theme_box.currentData()))

    def _week_chosen(self, _index: int) -> None:
        number = int(self.week_box.currentData())
        settings_store.save_first_day_of_week(Qt.DayOfWeek(number) if number else None)
        self._session.set_first_day_of_week(settings_store.first_day_of_week())

    def _scale_chosen(self, numeric: bool) -> None:
        settings_store.save_pain_scale(
            PainScale.WITH_NUMERIC if numeric else PainScale.MILD_TO_SEVERE
        )


class RemindersPage(QWidget):
    """Reminders on/off (off by default), the evening time, the 2-hour follow-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_column(self)
        self.enabled = QCheckBox(self.tr("Remind me while the app is open"), self)
        self.enabled.setChecked(settings_store.reminders_enabled())
        layout.addWidget(self.enabled)
        details = QWidget(self)
        form = QFormLayout(details)
        form.setContentsMargins(24, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.evening = QTimeEdit(settings_store.evening_time(), details)
        self.evening.setDisplayFormat(QLocale.system().timeFormat(QLocale.FormatType.ShortFormat))
        form.addRow(self.tr("Evening check-in (only if the day has no entry) at"), self.evening)
        self.follow_up = QCheckBox(self.tr("Two hours after a dose, the pain follow-up"), details)
        self.follow_up.setChecked(settings_store.follow_up_reminders())
        form.addRow(self.follow_up)
        layout.addWidget(details)
        note = QLabel(
            self.tr(
                "Reminders never show health details: only “Time for your evening "
                "check-in” or “A follow-up question is waiting”."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self._details = details
        details.setEnabled(self.enabled.isChecked())
        self.enabled.toggled.connect(self._switched)
        self.evening.timeChanged.connect(settings_store.save_evening_time)
        self.follow_up.toggled.connect(settings_store.save_follow_up_reminders)

    def _switched(self, enabled: bool) -> None:
        settings_store.save_reminders_enabled(enabled)
        self._details.setEnabled(enabled)
