"""The app's language: Qt translators for the user's locale, installed at start.

The app's own texts are compiled from journal/resources/translations/migraine_journal_<lang>.ts
into .qm files next to them (`make translations` refreshes both; the .qm files are
committed so a source checkout and the PyInstaller bundle need no build step). Qt's
own texts (standard buttons such as Cancel and Yes, file dialogs) come from the
qtbase_<lang>.qm files PySide6 ships. A locale with no translation is not an error:
the texts stay English. The locale also becomes QLocale's default, so dates and
numbers formatted through QLocale() follow it, and journal/'s language
(journal.i18n.set_language), so the sentences, dates and numbers that come from
journal/ are in the window's language too.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal import i18n
from journal.resources import resource_path

PREFIX = "migraine_journal"
"""Translation files are named migraine_journal_<lang>.qm (Qt picks the best match)."""

_installed: list[QTranslator] = []
"""The translators in use, kept alive here (Qt does not own them) and for removal."""


def translations_folder() -> Path:
    """Where the app's .ts sources and compiled .qm files are (bundled with the app)."""
    return resource_path("translations")


def qt_translations_folder() -> Path:
    """Where Qt's own translations (qtbase_de.qm ...) are: where Qt says, else in the
    PySide6 package (the PyInstaller bundle keeps them under PySide6/Qt/translations)."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if reported.is_dir():
        return reported
    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def install(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install the translations for `locale` (the system's when None) into `app`.

    Replaces what an earlier call installed, so calling it again switches language.
    Returns the names of the translation files that were loaded (empty for English or
    a language nobody translated yet).
    """
    remove(app)
    chosen = QLocale.system() if locale is None else locale
    QLocale.setDefault(chosen)
    i18n.set_language(chosen.name())  # journal/'s texts, dates and numbers follow the window
    loaded: list[str] = []
    for prefix, folder in (
        ("qtbase", qt_translations_folder()),
        (PREFIX, translations_folder()),
    ):
        translator = QTranslator(app)
        if translator.load(chosen, prefix, "_", str(folder)) and app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(Path(translator.filePath()).name)
    return loaded


def remove(app: QCoreApplication) -> None:
    """Take out the installed translations: the texts are English again."""
    while _installed:
        app.removeTranslator(_installed.pop())


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate under `context` and return it untranslated (typed
    stand-in for Qt's macro): for constants translated later, where they are shown."""
    del context
    return text
