"""The About box: version, licence, the privacy promise and the credits."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal import __version__
from ui.app.about import AboutDialog, show_about


def _text(dialog: QDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, f"no label {name}"
    return label.text()


def test_about_box_shows_the_version_that_dash_dash_version_prints(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert _text(dialog, "aboutName") == "Migraine Journal"
    assert _text(dialog, "aboutVersion") == f"Version {__version__}"


def test_about_box_names_the_licence_and_the_privacy_promise(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "GPL-3.0-or-later" in _text(dialog, "aboutLicense")
    assert _text(dialog, "aboutPromise") == "Your diary never leaves this computer."


def test_about_box_credits_every_library_and_the_fonts(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    credits = _text(dialog, "aboutCredits")
    for name in ("Qt", "PySide6", "pyqtgraph", "reportlab", "sqlite-utils", "DejaVu"):
        assert name in credits


def test_about_box_shows_the_app_icon(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    pixmaps = [label.pixmap() for label in dialog.findChildren(QLabel)]
    assert any(not pixmap.isNull() and pixmap.width() == 64 for pixmap in pixmaps)


def test_show_about_opens_over_its_parent_without_blocking_and_close_ends_it(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = show_about(parent)
    assert dialog.isVisible()
    assert dialog.parent() is parent
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert not dialog.isVisible()
