"""Privacy: notes and the cycle can be left out; no name in metadata unless typed."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from journal.analysis.diary import Diary
from journal.report import ReportOptions, build_report

Pages = Callable[[bytes], list[str]]
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
SECRET = "Zebra-note about my boss"


def _text(diary: Diary, read_pdf: Pages, **choices: object) -> str:
    options = ReportOptions(*MARCH, **choices)  # type: ignore[arg-type]
    return " ".join("\n".join(read_pdf(build_report(diary, options, MARCH[1]))).split())


def test_free_text_notes_print_only_when_included(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    diary = make_small_diary(note=SECRET)
    assert SECRET in _text(diary, read_pdf)
    assert "Zebra" not in _text(diary, read_pdf, include_notes=False)


def test_demo_report_without_notes_and_cycle_shows_neither(
    demo_diary: Diary, demo_end: date, read_pdf: Pages
) -> None:
    options = ReportOptions(date(2025, 11, 25), demo_end, include_notes=False, include_cycle=False)
    pdf = build_report(demo_diary, options, demo_end)
    text = " ".join("\n".join(read_pdf(pdf)).split()).casefold()
    notes = [a.note for a in demo_diary.attacks] + [e.note for e in demo_diary.day_entries]
    notes += [t.note for t in demo_diary.treatments] + [v.text for v in demo_diary.visit_notes]
    assert [n for n in notes if n.strip()], "the demo must hold notes for this test to mean much"
    for note in notes:
        if note.strip():
            assert " ".join(note.split()).casefold() not in text, note
    for word in ("menstru", "period", "cycle", "contracepti", "pill", "bleeding"):
        assert word not in text, word


def test_cycle_section_and_period_row_print_only_when_included(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    diary = make_small_diary(aura=True, pill=True)
    shown = _text(diary, read_pdf)
    assert "Menstrual cycle and hormones" in shown
    assert "Period" in shown
    assert "contraceptive" in shown
    hidden = _text(diary, read_pdf, include_cycle=False)
    for word in ("Menstrual", "menstrual", "Period", "period", "cycle day", "contracepti", "pill"):
        assert word not in hidden, word


def test_safety_note_when_aura_and_combined_contraceptive_are_both_recorded(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    note = "Migraine with aura is widely considered a contraindication"
    assert note in _text(make_small_diary(aura=True, pill=True), read_pdf)
    assert note not in _text(make_small_diary(aura=True, pill=False), read_pdf)
    assert note not in _text(make_small_diary(aura=False, pill=True), read_pdf)


def _metadata(pdf: bytes) -> str:
    info = PdfReader(BytesIO(pdf)).metadata or {}
    return " ".join(str(value) for value in info.values())


def test_metadata_names_the_app_and_no_person(make_small_diary: Callable[..., Diary]) -> None:
    pdf = build_report(make_small_diary(), ReportOptions(*MARCH), MARCH[1])
    info = PdfReader(BytesIO(pdf)).metadata
    assert info is not None
    assert info.author == "Migraine Journal"
    assert info.title == "Headache diary summary"
    login = getpass.getuser()
    assert login not in _metadata(pdf) or login in "Migraine Journal"
    assert "anonymous" not in _metadata(pdf)


def test_typed_name_prints_in_the_body_but_never_in_metadata(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    options = ReportOptions(*MARCH, patient_name="Anna Beispiel", birth_date=date(1988, 4, 2))
    pdf = build_report(make_small_diary(), options, MARCH[1])
    assert "Patient: Anna Beispiel, born 2 Apr 1988" in read_pdf(pdf)[0]
    assert "Anna" not in _metadata(pdf)
    assert "Beispiel" not in _metadata(pdf)


def test_no_patient_line_unless_a_name_or_birth_date_is_typed(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    pdf = build_report(make_small_diary(), ReportOptions(*MARCH), MARCH[1])
    assert "Patient" not in read_pdf(pdf)[0]
    assert "born" not in read_pdf(pdf)[0]


def test_what_an_imported_file_said_prints_with_the_notes_in_the_reports_language(
    make_small_diary: Callable[..., Diary], read_pdf: Pages
) -> None:
    import dataclasses

    from journal import domain as d

    diary = make_small_diary()
    facts = (
        d.FileFact("Premonitory Symptoms", "Yawning"),
        d.FileFact("Attack Types", "Cluster headache", d.FactReason.TYPE_NOT_MATCHED),
        d.FileFact(reason=d.FactReason.DOSE_TIME_UNKNOWN),  # bookkeeping: not for the doctor
    )
    first = dataclasses.replace(diary.attacks[0], source="migraine-buddy", provenance=facts)
    diary = dataclasses.replace(diary, attacks=(first, *diary.attacks[1:]))
    english = _text(diary, read_pdf)
    assert (
        "From the imported file: Premonitory Symptoms: Yawning; type in the file: "
        "Cluster headache" in english
    )
    assert "time taken" not in english
    german = _text(diary, read_pdf, language="de")
    assert "Aus der importierten Datei: Premonitory Symptoms: Yawning; Art in der Datei" in german
    assert "Yawning" not in _text(diary, read_pdf, include_notes=False)
