"""The report dialog's preview pane: page 1 as a picture, or a calm sentence instead.

The page image is scaled to the pane (keeping its proportions) whenever the pane is
resized, so the dialog can be made larger to read the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

PAGE_MARGIN = 12


class PagePreview(QFrame):
    """Shows the report's first page scaled to fit, a message, or a text outline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(380, 520)
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
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, 6)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.caption)

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
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
