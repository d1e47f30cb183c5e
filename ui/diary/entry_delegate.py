"""How one entry of the day view is drawn: a bold title line, a muted detail line
that wraps, and the pain shade (or the medication amber) as a strip on the left.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.diary.models import DETAIL_ROLE, PAIN_ROLE
from ui.kit import theme

PADDING = 10
STRIP = 5


class EntryDelegate(QStyledItemDelegate):
    """A bold title line, a muted detail line, and the pain shade as a left strip."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _detail_rect(self, option: QStyleOptionViewItem, title_height: int) -> QRect:
        rect: QRect = option.rect
        return rect.adjusted(PADDING + STRIP + 6, PADDING + title_height + 2, -PADDING, -PADDING)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title_font, detail_font = self._fonts(option)
        title_height = QFontMetrics(title_font).height()
        width = max(200, option.rect.width() or 360) - 2 * PADDING - STRIP - 6
        detail = str(index.data(DETAIL_ROLE) or "")
        detail_height = 0
        if detail:
            detail_height = (
                QFontMetrics(detail_font)
                .boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, detail)
                .height()
                + 2
            )
        return QSize(width, title_height + detail_height + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = rect.adjusted(2, 3, -2, -3)
        border = QPen(
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        )
        border.setWidthF(2.0 if selected else 1.0)
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        pain = index.data(PAIN_ROLE)
        strip = QRect(card.left() + 4, card.top() + 6, STRIP, card.height() - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            theme.severity_colour(pain, palette)
            if pain is not None
            else theme.medication_colour(palette)
        )
        painter.drawRoundedRect(strip, 2, 2)
        title_font, detail_font = self._fonts(option)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(title_font)
        title_height = QFontMetrics(title_font).height()
        title_rect = QRect(
            rect.left() + PADDING + STRIP + 6,
            rect.top() + PADDING,
            rect.width() - 2 * PADDING - STRIP - 6,
            title_height,
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, str(index.data()))
        detail = str(index.data(DETAIL_ROLE) or "")
        if detail:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(detail_font)
            painter.drawText(
                self._detail_rect(option, title_height), Qt.TextFlag.TextWordWrap, detail
            )
        painter.restore()
