"""The report dialog's preview pane: page 1 as a picture, or a calm sentence instead.

The page image is scaled to the pane (keeping its proportions) whenever the pane is
resized, so the dialog can be made larger to read the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

PAGE_MARGIN = 12
CAPTION_GAP = 6
"""Space between the caption and the page below it."""
MINIMUM_SIZE = (360, 440)
"""Small enough that the dialog, with its privacy sentence and buttons, fits a
600-pixel-high screen at its default size; the page scales up when there is room."""


class PagePreview(QFrame):
    """Shows the report's first page scaled to fit, a message, or a text outline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.image: QImage | None = None
        self.page = QLabel(self)
        self.page.setObjectName("reportPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setWordWrap(True)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page.setAccessibleName(self.tr("Preview of page 1"))
        self.page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(self)
        self.caption.setObjectName("reportPreviewCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        # The caption heads the page: right above it whatever the pane's shape, and
        # well inside the frame (below the page it floated or sat on the border).
        layout.setContentsMargins(PAGE_MARGIN, CAPTION_GAP + 2, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(CAPTION_GAP)
        layout.addWidget(self.caption)
        layout.addWidget(self.page, 1)

    def show_page(self, image: QImage) -> None:
        """Show `image` (page 1 of the PDF), scaled to the pane."""
        self.image = image
        self.page.setText("")
        self.caption.setText(self.tr("Page 1, as it will be printed"))
        self._scale()

    def show_message(self, text: str) -> None:
        """Show a sentence in place of the page (nothing recorded, a field to correct)."""
        self.image = None
        self.page.setPixmap(QPixmap())
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setText(text)
        self.page.setAccessibleDescription(text)
        self.caption.setText("")

    def show_text(self, intro: str, lines: list[str]) -> None:
        """An outline of page 1 when the PDF cannot be drawn on this computer."""
        self.image = None
        self.page.setPixmap(QPixmap())
        self.page.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.page.setText("\n\n".join([intro, *(f"• {line}" for line in lines)]))
        self.caption.setText(self.tr("A picture of the page needs pdftoppm (poppler-utils)."))

    def text(self) -> str:
        """The words shown instead of a page ("" while a page is shown)."""
        return self.page.text()

    def shown_pixmap(self) -> QPixmap:
        """The scaled page as drawn in the pane (null when none)."""
        return self.page.pixmap()

    def _scale(self) -> None:
        if self.image is None:
            return
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        ratio = self.devicePixelRatioF()
        size = self.page.contentsRect().size() * ratio
        if size.isEmpty():
            size = self.minimumSize() * ratio
        scaled = self.image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


class WrappedNote(QLabel):
    """A word-wrapped sentence that always keeps room for all its lines.

    A window's minimum size ignores how many lines a wrapped label needs, so at the
    report dialog's default size its privacy sentence was squeezed into the preview
    above it; this label asks for the height its lines need at its width.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
