"""The About box: what the app is, its version and licence, its privacy promise, credits.

Help > About calls `show_about(parent)`. The version comes from journal.__version__
(the same one `migraine-journal --version` prints); the Qt and Python versions are
shown too because they are the first thing a bug report needs. No links: the app
never reaches for the network, not even to open a web page.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal import __version__
from ui.kit import theme
from ui.kit.translations import QT_TRANSLATE_NOOP

LICENSE = "GPL-3.0-or-later"

CREDITS = (
    (QT_TRANSLATE_NOOP("AboutDialog", "Qt and PySide6"), "LGPL-3.0"),
    ("pyqtgraph", "MIT"),
    ("reportlab", "BSD"),
    ("sqlite-utils", "Apache-2.0"),
    (
        QT_TRANSLATE_NOOP("AboutDialog", "DejaVu fonts"),
        QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera licence"),
    ),
)
"""The libraries and fonts the app is built on, with their licences."""


class AboutDialog(QDialog):
    """Name, version, licence, the privacy promise and the credits, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Migraine Journal"))
        icon = QLabel()
        icon.setPixmap(theme.icon("app").pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.name = self._label("aboutName", self.tr("Migraine Journal"))
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.version = self._label("aboutVersion", self.tr("Version {0}").format(__version__))
        self.promise = self._label(
            "aboutPromise", self.tr("Your diary never leaves this computer.")
        )
        self.promise.setStyleSheet("font-weight: 600;")
        self.description = self._label(
            "aboutDescription",
            self.tr(
                "A private, offline diary of migraine attacks, medication and days. "
                "The journal is one file on your disk; the app never opens a network "
                "connection."
            ),
        )
        self.license = self._label(
            "aboutLicense",
            self.tr(
                "Free software under the GNU General Public License, version 3 or later "
                "({0}): you may use, study, share and change it."
            ).format(LICENSE),
        )
        lines = [f"{self.tr(name)} ({self.tr(licence)})" for name, licence in CREDITS]
        self.credits = self._label(
            "aboutCredits", self.tr("Built with {0}.").format(", ".join(lines))
        )
        self.platform = self._label(
            "aboutPlatform",
            self.tr("Qt {0}, PySide6 {1}, Python {2}").format(
                qVersion(), PySide6.__version__, platform.python_version()
            ),
        )
        self.platform.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.platform.setEnabled(False)  # muted: for bug reports, not for reading

        text = QVBoxLayout()
        for label in (
            self.name,
            self.version,
            self.promise,
            self.description,
            self.license,
            self.credits,
            self.platform,
        ):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box over `parent` (window-modal, not blocking); returns it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
