"""Pages: footer everywhere, paper sizes, the empty span, fonts, long spans."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Line, String

from journal import domain as d
from journal.analysis.diary import Diary
from journal.analysis.summary import summarize
from journal.report import Paper, ReportOptions, build_report
from journal.report.charts import BOTTOM, cycle_day_chart, monthly_chart
from journal.report.summary_page import chart_figures

Pages = Callable[[bytes], list[str]]
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def test_every_page_has_the_footer_with_span_page_count_app_and_date(
    demo_diary: Diary, demo_end: date, read_pdf: Pages
) -> None:
    first = date(2025, 11, 25)
    pages = read_pdf(build_report(demo_diary, ReportOptions(first, demo_end), demo_end))
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert (
            f"Diary 25 Nov 2025 to 24 Nov 2026 · page {number} of {len(pages)} · "
            "from Migraine Journal · printed 24 Nov 2026"
        ) in page


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper_size_applies_to_every_page(
    make_small_diary: Callable[..., Diary], paper: Paper, size: tuple[int, int]
) -> None:
    pdf = build_report(make_small_diary(), ReportOptions(*MARCH, paper=paper), MARCH[1])
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) > 1
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_span_without_entries_gives_one_page_saying_so(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    options = ReportOptions(date(2025, 1, 1), date(2025, 3, 31))
    pages = read_pdf(build_report(make_small_diary(), options, date(2026, 4, 1)))
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "Nothing was recorded in the diary from 1 Jan 2025 to 31 Mar 2025" in text
    assert "page 1 of 1" in text


def test_empty_diary_gives_one_page_too(read_pdf: Pages) -> None:
    pages = read_pdf(build_report(Diary(), ReportOptions(*MARCH), MARCH[1]))
    assert len(pages) == 1
    assert "Nothing was recorded" in pages[0]


def test_dejavu_sans_is_embedded(make_small_diary: Callable[..., Diary]) -> None:
    pdf = build_report(make_small_diary(), ReportOptions(*MARCH), MARCH[1])
    reader = PdfReader(BytesIO(pdf))
    embedded = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for reference in fonts.values():
            font = reference.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor and "/FontFile2" in descriptor.get_object():
                    embedded.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded)
    assert not any("Helvetica" in name for name in embedded)


def test_every_font_in_the_pdf_is_embedded(
    make_small_diary: Callable[..., Diary], demo_diary: Diary, demo_end: date
) -> None:
    """What `pdffonts` lists: reportlab's default Helvetica (a canvas's first font, a
    table cell's default) must never be referenced, even unembedded."""
    for diary, span, today in (
        (make_small_diary(), MARCH, MARCH[1]),
        (demo_diary, (date(2025, 11, 25), demo_end), demo_end),
    ):
        pdf = build_report(diary, ReportOptions(*span), today)
        reader = PdfReader(BytesIO(pdf))
        names = set()
        for page in reader.pages:
            for reference in page["/Resources"]["/Font"].values():
                font = reference.get_object()
                names.add(str(font["/BaseFont"]))
                for descendant in font.get("/DescendantFonts", [font]):
                    descriptor = descendant.get_object().get("/FontDescriptor")
                    assert descriptor is not None, font["/BaseFont"]
                    assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
        assert names and all("DejaVuSans" in name for name in names), names


def test_letters_of_every_language_print(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    options = ReportOptions(*MARCH, patient_name="Łucja Ørsted-Đurić Σοφία")
    assert (
        "Łucja Ørsted-Đurić Σοφία"
        in read_pdf(build_report(make_small_diary(), options, MARCH[1]))[0]
    )


def test_spans_over_two_years_chart_yearly_averages(demo_diary: Diary, demo_end: date) -> None:
    ibuprofen = demo_diary.medications[0]
    earlier = d.Dose(ibuprofen.id, datetime(2024, 1, 1, 9, 0, tzinfo=UTC))  # the diary's start
    diary = dataclasses.replace(demo_diary, doses=(earlier, *demo_diary.doses))
    summary = summarize(diary, date(2024, 1, 1), demo_end, demo_end)
    labels, migraine, *_, caption = chart_figures(summary.months)
    assert labels == ["2024", "2025", "2026"]
    assert "by year" in caption
    months_2026 = [m for m in summary.months if m.month.startswith("2026")]
    assert migraine[2] == pytest.approx(
        sum(m.tally.migraine_days for m in months_2026) / len(months_2026)
    )


def _strings(drawing: object) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, String):
            found.append(node.text)
        for child in getattr(node, "contents", []):
            walk(child)

    walk(drawing)
    return found


def test_monthly_chart_draws_both_overuse_thresholds_as_dashed_lines() -> None:
    drawing = monthly_chart(["Jan 26"], [3], [5], [12], width=400, height=150)
    dashed = [n for n in drawing.contents if isinstance(n, Line) and n.strokeDashArray]
    assert len(dashed) == 2
    texts = _strings(drawing)
    assert any(t.startswith("10 days") for t in texts)
    assert any(t.startswith("15 days") for t in texts)


def test_cycle_day_chart_has_no_day_zero_and_labels_the_window() -> None:
    drawing = cycle_day_chart({-2: 2, 1: 3, 9: 1}, width=400)
    axis = [n for n in drawing.contents if isinstance(n, String) and n.y == BOTTOM - 9]
    days = [n.text for n in sorted(axis, key=lambda n: n.x)]
    assert "0" not in days
    assert days[days.index("-1") + 1] == "1"
    assert "perimenstrual window, days -2 to +3" in _strings(drawing)
