"""The page frame: margins, paper size, the footer on every page, and metadata.

"Page X of Y" needs the page count, which is known only at the end, so the canvas
keeps each page's state and draws the footers when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from journal.i18n import N_, _
from journal.report.fonts import register_fonts
from journal.report.styles import MARGIN, RULE, report_styles
from journal.report.wording import day_text

APP_TITLE = "Migraine Journal"
TITLE = N_("Headache diary summary")


def footer_text(first: date, last: date, printed: date, page: int, pages: int) -> str:
    return _(
        "Diary {first} to {last}   ·   page {page} of {pages}   ·   from {app}   ·   "
        "printed {printed}"
    ).format(
        first=day_text(first),
        last=day_text(last),
        page=page,
        pages=pages,
        app=APP_TITLE,
        printed=day_text(printed),
    )


def _canvas_maker(first: date, last: date, printed: date) -> Callable[..., Canvas]:
    styles = report_styles()

    class FooteredCanvas(Canvas):  # type: ignore[misc]
        """Draws every page's footer once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(footer_text(first, last, printed, number, total))
                super().showPage()
            super().save()

        def _footer(self, text: str) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, MARGIN - 4, width - MARGIN, MARGIN - 4)
            room = width - 2 * MARGIN  # a long language gets a smaller footer, never a cut one
            size = min(7.5, 7.5 * room / max(1.0, self.stringWidth(text, styles.regular, 7.5)))
            self.setFont(styles.regular, size)
            self.drawCentredString(width / 2, MARGIN - 14, text)
            self.restoreState()

    return FooteredCanvas


def render_pdf(
    story: Sequence[Flowable],
    *,
    page_size: tuple[float, float],
    first: date,
    last: date,
    printed: date,
) -> bytes:
    """Lay out `story` on pages and return the PDF.

    The metadata names the app and the span only: a patient's name appears in the
    page body when typed into the report, never as the document's author.
    """
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6,
        title=_(TITLE),
        author=APP_TITLE,
        subject=_("Headache diary from {first} to {last}").format(
            first=day_text(first), last=day_text(last)
        ),
        creator=APP_TITLE,
        producer=APP_TITLE,
        keywords="",
        # reportlab's canvas starts every page in Helvetica, a font it never embeds:
        # start in the embedded one, so every font in the file is embedded
        initialFontName=register_fonts()[0],
    )
    document.build(list(story), canvasmaker=_canvas_maker(first, last, printed))
    return buffer.getvalue()
