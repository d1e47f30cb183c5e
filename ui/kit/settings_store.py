"""The window's own preferences, kept in QSettings (never in the journal file).

What is here is about this computer and this person's habits: where the journal
was moved to, the first day of the week, which pain scale the forms show, and the
reminders (off by default). The theme lives in ui.kit.theme; cycle tracking is a
journal setting (journal.operations), because it changes what the journal shows.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime

from journal.paths import ENV_VARIABLE, default_journal_path, real_path
from ui.kit.theme import settings

JOURNAL_PATH_KEY = "journal_path"
FIRST_DAY_KEY = "first_day_of_week"
PAIN_SCALE_KEY = "pain_scale"
REMINDERS_KEY = "reminders/enabled"
EVENING_TIME_KEY = "reminders/evening_time"
FOLLOW_UP_KEY = "reminders/follow_up"
FIRST_MEDICATIONS_KEY = "first_start/medications_offered"
"""Written by earlier versions (the first start's step is now a journal setting,
journal.operations.first_start); still wiped with the others."""
AUTO_LOCK_KEY = "privacy/auto_lock_minutes"
FOLDERS_GROUP = "folders"
"""The last folder used, per kind of file ("folders/report", "folders/export"...)."""
DEFAULT_EVENING = QTime(20, 30)
KEYS = (
    JOURNAL_PATH_KEY,
    FIRST_DAY_KEY,
    PAIN_SCALE_KEY,
    REMINDERS_KEY,
    EVENING_TIME_KEY,
    FOLLOW_UP_KEY,
    AUTO_LOCK_KEY,
    FIRST_MEDICATIONS_KEY,
)


class PainScale(StrEnum):
    """The pain scale the forms show: the 0-3 scale alone, or with the optional 0-10."""

    MILD_TO_SEVERE = "0-3"
    WITH_NUMERIC = "0-3+0-10"


def _flag(key: str, default: bool) -> bool:
    value = settings().value(key, default)
    return value in (True, "true", "1", 1)


def _store(key: str, value: object) -> None:
    store = settings()
    store.setValue(key, value)
    store.sync()


def forget_preferences() -> None:
    """Back to the defaults for everything kept here (the theme is ui.kit.theme's)."""
    store = settings()
    for key in KEYS:
        store.remove(key)
    store.remove(FOLDERS_GROUP)
    store.sync()


def settings_file() -> Path:
    """The file QSettings keeps the preferences in (removed by "Delete all my data")."""
    return Path(settings().fileName())


# -- where the journal is -----------------------------------------------------


def remembered_journal_path() -> Path | None:
    """Where "Move journal…" last put the journal, if it was moved."""
    value = str(settings().value(JOURNAL_PATH_KEY, "") or "")
    return Path(value) if value else None


def remember_journal_path(path: Path) -> None:
    _store(JOURNAL_PATH_KEY, str(path))


def journal_path_for_window(path: Path) -> Path:
    """The journal the window opens: `path`, unless it is only the default (no --db,
    no MIGRAINE_JOURNAL_DB) and the journal was moved elsewhere in the settings."""
    if os.environ.get(ENV_VARIABLE, "").strip() or Path(path) != real_path(default_journal_path()):
        return Path(path)
    remembered = remembered_journal_path()
    return real_path(remembered) if remembered is not None else Path(path)


# -- appearance ---------------------------------------------------------------


def first_day_of_week() -> Qt.DayOfWeek:
    """The chosen first day of the week, else the system locale's."""
    value = settings().value(FIRST_DAY_KEY, 0)
    try:
        number = int(str(value))
    except ValueError:
        number = 0
    if 1 <= number <= 7:
        return Qt.DayOfWeek(number)
    return QLocale.system().firstDayOfWeek()


def save_first_day_of_week(day: Qt.DayOfWeek | None) -> None:
    """Remember the first day of the week (None: follow the locale)."""
    _store(FIRST_DAY_KEY, 0 if day is None else day.value)


def follows_locale_week() -> bool:
    return str(settings().value(FIRST_DAY_KEY, 0)) in ("0", "")


def pain_scale() -> PainScale:
    value = str(settings().value(PAIN_SCALE_KEY, PainScale.MILD_TO_SEVERE.value))
    return PainScale(value) if value in PainScale.__members__.values() else PainScale("0-3")


def save_pain_scale(scale: PainScale) -> None:
    _store(PAIN_SCALE_KEY, scale.value)


# -- reminders ----------------------------------------------------------------


def reminders_enabled() -> bool:
    """Reminders are off until the person turns them on."""
    return _flag(REMINDERS_KEY, False)


def save_reminders_enabled(enabled: bool) -> None:
    _store(REMINDERS_KEY, enabled)


def evening_time() -> QTime:
    value = QTime.fromString(str(settings().value(EVENING_TIME_KEY, "")), "HH:mm")
    return value if value.isValid() else DEFAULT_EVENING


def save_evening_time(when: QTime) -> None:
    _store(EVENING_TIME_KEY, when.toString("HH:mm"))


def follow_up_reminders() -> bool:
    """Whether the 2-hour pain follow-up also notifies (when reminders are on)."""
    return _flag(FOLLOW_UP_KEY, True)


def save_follow_up_reminders(enabled: bool) -> None:
    _store(FOLLOW_UP_KEY, enabled)


# -- auto-lock ----------------------------------------------------------------

AUTO_LOCK_CHOICES = (0, 5, 15, 30)  # 0: off


def auto_lock_minutes() -> int:
    """Idle minutes before a protected journal locks itself; 0 (the default) is off."""
    try:
        value = int(str(settings().value(AUTO_LOCK_KEY, 0)))
    except ValueError:
        return 0
    return value if value in AUTO_LOCK_CHOICES else 0


def save_auto_lock_minutes(minutes: int) -> None:
    _store(AUTO_LOCK_KEY, minutes)


# -- where files were saved last -----------------------------------------------


def last_folder(kind: str, fallback: Path | None = None) -> Path:
    """The folder the person last saved (or opened) a file of this kind in ("report",
    "export", "import"), if it still exists; else `fallback` (the home folder)."""
    value = str(settings().value(f"{FOLDERS_GROUP}/{kind}", "") or "")
    folder = Path(value) if value else None
    if folder is not None and folder.is_dir():
        return folder
    return fallback if fallback is not None and fallback.is_dir() else Path.home()


def remember_folder(kind: str, chosen: Path) -> None:
    """Remember the folder of a file just saved or opened, for the next dialog."""
    folder = chosen if chosen.is_dir() else chosen.parent
    _store(f"{FOLDERS_GROUP}/{kind}", str(folder))
