"""The report's PDF pages as images: for the dialog's preview and for the printer.

PySide6-Essentials ships no QtPdf, so pages are rasterised by poppler's `pdftoppm`,
a local program run as a subprocess (no network), when it is on PATH. Without it
the dialog falls back to a text preview and offers saving only.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageSize, QPainter

from journal.errors import JournalError
from journal.report import Paper

translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""

RENDERER = "pdftoppm"
PREVIEW_DPI = 110
PRINT_DPI = 300
"""Printers get pages at up to 300 dpi: sharp text, and a page stays ~35 MB in memory."""
TIMEOUT_SECONDS = 120

LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
    }
)

PAGE_SIZE_IDS = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class ReportNotPrinted(JournalError):
    """The report's pages could not be prepared for the printer."""


def default_paper(locale: QLocale | None = None) -> Paper:
    """Letter where it is the usual office paper (US, Canada, Mexico, Philippines), else A4."""
    territory = (locale or QLocale()).territory()
    return Paper.LETTER if territory in LETTER_TERRITORIES else Paper.A4


def can_render() -> bool:
    """Whether PDF pages can be turned into images on this computer."""
    return shutil.which(RENDERER) is not None


def first_page_image(pdf: bytes, dpi: int = PREVIEW_DPI) -> QImage | None:
    """Page 1 of `pdf` as an image, or None when it cannot be rendered here."""
    program = shutil.which(RENDERER)
    if program is None:
        return None
    command = [program, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
    try:
        done = subprocess.run(
            command, input=pdf, capture_output=True, timeout=TIMEOUT_SECONDS, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    image = QImage.fromData(done.stdout)
    return None if image.isNull() else image


def page_images(pdf: bytes, dpi: int) -> Iterator[QImage]:
    """Every page of `pdf` as an image, one at a time (a long report never sits whole
    in memory as pictures). Raises ReportNotPrinted when the pages cannot be made."""
    program = shutil.which(RENDERER)
    if program is None:
        raise ReportNotPrinted(
            translate(
                "report",
                "The report cannot be printed from here because the program pdftoppm "
                "(poppler-utils) is missing; save the PDF and print it from a PDF viewer.",
            )
        )
    with tempfile.TemporaryDirectory(prefix="mj-print-") as folder:
        command = [program, "-png", "-r", str(dpi), "-", str(Path(folder) / "page")]
        try:
            subprocess.run(
                command, input=pdf, capture_output=True, timeout=TIMEOUT_SECONDS, check=True
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise ReportNotPrinted(
                translate(
                    "report",
                    "The report's pages could not be prepared for the printer; "
                    "save the PDF and print it from a PDF viewer.",
                )
            ) from error
        pages = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        for page in pages:
            yield QImage(str(page))


def fitted(image: QSize, area: QRect) -> QRect:
    """The largest rectangle of the image's proportions centred in `area`."""
    scaled = image.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - scaled.width()) // 2
    top = area.top() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())


def paint_pages(pages: Iterable[QImage], device: QPagedPaintDevice) -> int:
    """Draw each page image on its own page of `device` (a QPrinter or QPdfWriter),
    filling the page while keeping its proportions. Returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise ReportNotPrinted(
            translate("report", "The printer could not be started; check it and try again.")
        )
    count = 0
    try:
        for image in pages:
            if count:
                device.newPage()
            area = painter.viewport()
            painter.drawImage(fitted(image.size(), area), image)
            count += 1
    finally:
        painter.end()
    return count
