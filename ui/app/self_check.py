"""`migraine-journal --self-check`: prove an installed or bundled app has all it needs.

Used by `make package` on the freshly built bundle (offscreen, no display needed) and
handy for a person whose app will not start. Each step loads something the app cannot
work without: the Qt modules, the app icon, the DejaVu font, the report's fonts, a
chart, the German translation, an in-memory journal, the main window. Nothing is
written to disk and the real journal is never opened. Prints "self-check ok" and
returns 0, or one sentence naming the step that failed and returns 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from journal import i18n
from journal.i18n import N_, _
from journal.resources import resource_path

OK = "self-check ok"
"""Printed on success, in every language: build scripts and bundles read it."""


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise RuntimeError(_("{path} is missing").format(path=path))
    return path


def _qt_modules() -> None:
    import PySide6.QtGui
    import PySide6.QtSvg
    import PySide6.QtWidgets  # noqa: F401


def _application() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([sys.argv[0] if sys.argv else "migraine-journal"])


def _app_icon() -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    path = _existing(resource_path("icons/app.svg"))
    if not QSvgRenderer(str(path)).isValid():
        raise RuntimeError(_("the app icon {path} cannot be read").format(path=path))
    if QIcon(str(path)).pixmap(64, 64).isNull():
        raise RuntimeError(_("the SVG icon plugin is missing"))


def _interface_font() -> None:
    from PySide6.QtGui import QFontDatabase

    path = _existing(resource_path("fonts/DejaVuSans.ttf"))
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id == -1:
        raise RuntimeError(_("the font {path} cannot be loaded").format(path=path))
    QFontDatabase.removeApplicationFont(font_id)


def _report_fonts() -> None:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from journal.report.fonts import register_fonts

    regular, _bold = register_fonts()
    pdf = Canvas(BytesIO())
    pdf.setFont(regular, 11)
    pdf.drawString(72, 720, "Migraine Journal · Kopfschmerz · 偏頭痛")
    pdf.save()


def _chart() -> None:
    import pyqtgraph

    plot = pyqtgraph.PlotWidget()
    plot.plot([1, 2, 3], [3, 1, 2])
    plot.deleteLater()


def _translations() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.kit import translations

    app = QApplication.instance()
    assert app is not None
    spoken = i18n.language()  # installing German makes journal/'s texts German too
    try:
        loaded = translations.install(app, QLocale(QLocale.Language.German))
    finally:
        translations.remove(app)
        QLocale.setDefault(QLocale.system())
        i18n.set_language(spoken)
    if not any(name.startswith(translations.PREFIX) for name in loaded):
        raise RuntimeError(_("the German translation of the app is missing"))


def _journal_and_window() -> None:
    from journal.storage import Journal

    journal = Journal.in_memory()
    try:
        from ui.app import start as app

        create = getattr(app, "create_main_window", None)
        if create is not None:
            window = create(journal)
            window.close()  # stops its timers before the journal closes
            window.deleteLater()
    finally:
        journal.close()


STEPS: list[tuple[str, Callable[[], None]]] = [
    (N_("loading Qt"), _qt_modules),
    (N_("starting Qt"), _application),
    (N_("loading the app icon"), _app_icon),
    (N_("loading the DejaVu font"), _interface_font),
    (N_("preparing the report's fonts"), _report_fonts),
    (N_("drawing a chart"), _chart),
    (N_("loading the German translation"), _translations),
    (N_("opening a journal and the main window"), _journal_and_window),
]
"""Each step's name (marked; translated when a step fails) and what it does."""


def run_self_check() -> int:
    """Run every step; print "self-check ok" (0) or which step failed and why (1)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, step in STEPS:
        try:
            step()
        except Exception as error:
            reason = str(error).rstrip(".") or type(error).__name__
            # {step} is one of the steps above ("loading the app icon")
            sentence = _("self-check failed while {step}: {reason}.")
            print(sentence.format(step=_(name), reason=reason), file=sys.stderr)
            return 1
    print(OK)
    return 0
