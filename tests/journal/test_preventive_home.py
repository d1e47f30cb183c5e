"""A preventive medication has one home, its course in Treatments (issue 16, item 11):
migration 0008 merges a drug entered in both Medications and Treatments without losing
anything, a new course is linked to its drug (never a second record of it), the
summary and the report count each preventive once, and acute counting is unchanged."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from journal import cli
from journal import domain as d
from journal import operations as ops
from journal.demo import write_demo
from journal.errors import ValidationError
from journal.storage import Journal
from journal.storage.schema import APPLICATION_ID, migrations
from tests.journal.report.conftest import pdf_pages

MADE = "2026-01-01T09:00:00+00:00"
DRUG_IDS_0008 = uuid.UUID("6f1d3c52-7a0e-4b8e-9a55-0f3c2b1d9e08")


def _rows(path: Path, table: str) -> dict[str, dict[str, Any]]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return {row["id"]: dict(row) for row in connection.execute(f"SELECT * FROM {table}")}
    finally:
        connection.close()


def _insert(db: Database, table: str, **row: Any) -> None:
    row.setdefault("created", MADE)
    row.setdefault("updated", MADE)
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def _journal_before_0008(path: Path) -> None:
    """A journal as earlier versions let a person keep it: propranolol entered in
    Medications (with its usual dose and a month of daily doses) and again, by hand,
    as a course in Treatments; Topamax only as a course; naproxen an acute drug
    also tried as a short preventive course; magnesium only in Medications."""
    db = Database(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="0008_one_home_for_preventives")
    medications = (
        ("m-prop", "Propranolol", "beta_blocker", "preventive", "80 mg"),
        ("m-suma", "Sumatriptan", "triptan", "acute", "50 mg"),
        ("m-nap", "Naproxen", "simple_analgesic", "acute", "500 mg"),
        ("m-mag", "Magnesium", "supplement", "preventive", "400 mg"),
    )
    for id_, name, med_class, use, dose in medications:
        _insert(db, "medications", id=id_, name=name, med_class=med_class, use=use,
                default_dose=dose)  # fmt: skip
    _insert(db, "attacks", id="a1", start="2026-03-10T08:00:00+01:00",
            end="2026-03-10T20:00:00+01:00", type="migraine", pain=2,
            unilateral=1, pulsating=1, symptoms='["nausea"]')  # fmt: skip
    for day in range(1, 21):
        taken = f"2026-03-{day:02d}T08:00:00+01:00"
        _insert(db, "doses", id=f"d-prop-{day}", medication_id="m-prop", taken=taken,
                amount="80 mg")  # fmt: skip
        _insert(db, "doses", id=f"d-mag-{day}", medication_id="m-mag", taken=taken)
    _insert(db, "doses", id="d-suma", medication_id="m-suma", taken="2026-03-10T09:00:00+01:00",
            attack_id="a1", pain_at_dose=2, pain_2h=0)  # fmt: skip
    _insert(db, "doses", id="d-nap", medication_id="m-nap", taken="2026-03-12T09:00:00+01:00")
    _insert(db, "treatments", id="t-prop", name="propranolol", kind="preventive_medication",
            start="2026-03-01", dose="40 mg daily", note="Dr Weber's plan")  # fmt: skip
    _insert(db, "treatments", id="t-topa", name="Topamax", kind="preventive_medication",
            start="2025-10-01", end="2025-12-01", reason_stopped="tingling",
            created="2025-10-01T12:00:00+00:00")  # fmt: skip
    _insert(db, "treatments", id="t-nap", name="Naproxen", kind="preventive_medication",
            start="2026-03-01", end="2026-03-31", dose="500 mg twice daily")  # fmt: skip
    _insert(db, "side_effects", id="s1", treatment_id="t-prop", name="fatigue", severity="mild",
            day="2026-03-05", note="afternoons")  # fmt: skip
    db.conn.commit()
    db.close()


@pytest.fixture
def migrated(tmp_path: Path) -> tuple[Path, dict[str, dict[str, dict[str, Any]]]]:
    """The old journal upgraded by opening it; with its tables as they were before."""
    path = tmp_path / "old.sqlite3"
    _journal_before_0008(path)
    before = {table: _rows(path, table) for table in ("medications", "doses", "treatments",
                                                       "side_effects", "attacks")}  # fmt: skip
    Journal.open(path).close()
    return path, before


def test_0008_merges_the_drug_in_both_homes_into_one_course_and_loses_nothing(
    migrated: tuple[Path, dict[str, dict[str, dict[str, Any]]]],
) -> None:
    path, before = migrated
    with Journal.open(path) as journal:
        courses = {t.id: t for t in journal.treatments.all()}
        medications = {m.id: m for m in journal.medications.all()}
        by_drug = ops.courses_by_drug(journal)
    course = courses["t-prop"]
    assert course.medication_id == "m-prop"  # one drug, one course: linked, not copied
    assert course.dose == "40 mg daily; 80 mg"  # the usual dose from Medications is kept
    assert course.note == "Dr Weber's plan"  # the user's own note
    assert (course.name, course.start, course.end) == ("propranolol", date(2026, 3, 1), None)
    assert [t.id for t in by_drug["m-prop"]] == ["t-prop"]
    # nothing deleted or moved: every dose, side effect and attack is as it was
    for table in ("doses", "side_effects", "attacks"):
        rows = _rows(path, table)  # with the columns later migrations add (0009's provenance)
        kept = {i: {k: row[k] for k in before[table][i]} for i, row in rows.items()}
        assert kept == before[table]
    after = _rows(path, "medications")
    assert {k: after[k] for k in before["medications"]} == before["medications"]
    # a course with no medication gets its drug record, made from the course
    drug_id = str(uuid.uuid5(DRUG_IDS_0008, "t-topa"))
    assert courses["t-topa"].medication_id == drug_id
    made = medications[drug_id]
    assert (made.name, made.med_class, made.use, made.default_dose) == (
        "Topamax",
        d.MedicationClass.ANTICONVULSANT,
        d.Use.PREVENTIVE,
        "",
    )
    assert made.created == "2025-10-01T12:00:00+00:00"
    assert courses["t-topa"].reason_stopped == "tingling"
    # an acute drug keeps its role; a preventive without a course gets no made-up dates
    assert courses["t-nap"].medication_id is None
    assert medications["m-nap"].use is d.Use.ACUTE
    assert "m-mag" not in by_drug and len(courses) == 3
    assert set(after) == set(before["medications"]) | {drug_id}


def _summary(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code = cli.main(
        ["summary", "--db", str(path), "--from", "2026-03-01", "--to", "2026-03-31", "--json"]
    )
    assert code == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_after_0008_the_summary_and_the_report_count_each_preventive_once(
    migrated: tuple[Path, dict[str, dict[str, dict[str, Any]]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path, _ = migrated
    with Journal.open(path) as journal:
        assert ops.courses_by_drug(journal)["m-prop"][0].id == "t-prop"
    summary = _summary(path, capsys)
    names = Counter(t["name"].casefold() for t in summary["treatments"])
    assert names["propranolol"] == 1 and set(names.values()) == {1}
    # acute counting is unchanged: the triptan and the naproxen dose, never the
    # daily propranolol or magnesium
    classes = {k: v for k, v in summary["acute_medication_days"].items() if v}
    assert classes == {"triptan": 1, "simple_analgesic": 1}
    pdf = tmp_path / "report.pdf"
    code = cli.main(
        ["report", "--db", str(path), "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(pdf)]
    )
    assert code == 0
    first_page = pdf_pages(pdf.read_bytes())[0].casefold()
    assert first_page.count("propranolol") == 1  # under "Preventive treatments now"


def test_a_preventive_course_is_linked_to_its_drug_and_never_makes_a_second_one(
    journal: Journal,
) -> None:
    brand = ops.save_medication(
        journal, d.Medication("Inderal", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE)
    )
    naproxen = ops.save_medication(
        journal, d.Medication("Naproxen", d.MedicationClass.SIMPLE_ANALGESIC, d.Use.ACUTE)
    )
    kind = d.TreatmentKind.PREVENTIVE_MEDICATION
    first = date(2026, 3, 1)
    propranolol = ops.save_treatment(journal, d.Treatment("Propranolol", kind, first))
    assert propranolol.medication_id == brand.id  # a brand and its generic are one drug
    candesartan = ops.save_treatment(journal, d.Treatment("Candesartan", kind, first))
    drug = journal.medications.get(str(candesartan.medication_id))
    assert (drug.name, drug.med_class, drug.use) == (
        "Candesartan",
        d.MedicationClass.ANGIOTENSIN_BLOCKER,
        d.Use.PREVENTIVE,
    )
    chosen = d.Medication("Flunarizine", d.MedicationClass.OTHER)
    flunarizine = ops.save_treatment(journal, d.Treatment("Flunarizine", kind, first), drug=chosen)
    assert journal.medications.get(str(flunarizine.medication_id)).med_class is (
        d.MedicationClass.OTHER
    )
    mini = ops.save_treatment(journal, d.Treatment("Naproxen", kind, first))
    assert mini.medication_id is None and journal.medications.get(naproxen.id).use is d.Use.ACUTE
    infusions = ops.save_treatment(
        journal, d.Treatment("Ketamine", d.TreatmentKind.PROCEDURE, first)
    )
    assert infusions.medication_id is None
    names = sorted(m.name for m in journal.medications.all())
    assert names == ["Candesartan", "Flunarizine", "Inderal", "Naproxen"]
    # the drug's name is its course's, changed in Treatments
    ops.save_treatment(journal, d.Treatment("Candesartan cilexetil", kind, first, id=candesartan.id,
                                            medication_id=candesartan.medication_id))  # fmt: skip
    assert journal.medications.get(drug.id).name == "Candesartan cilexetil"


def test_a_course_an_import_left_unlinked_is_its_drugs_and_is_linked_when_saved(
    journal: Journal,
) -> None:
    drug = ops.save_medication(
        journal, d.Medication("Propranolol", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE)
    )
    kind = d.TreatmentKind.PREVENTIVE_MEDICATION
    course = journal.treatments.save(d.Treatment("propranolol", kind, date(2026, 3, 1)))
    assert [t.id for t in ops.courses_by_drug(journal)[drug.id]] == [course.id]
    assert ops.save_treatment(journal, course).medication_id == drug.id
    assert len(journal.medications.all()) == 1


def test_medications_cannot_rename_or_re_use_a_drug_kept_in_treatments(journal: Journal) -> None:
    course = ops.save_treatment(
        journal,
        d.Treatment("Propranolol", d.TreatmentKind.PREVENTIVE_MEDICATION, date(2026, 3, 1)),
    )
    drug = journal.medications.get(str(course.medication_id))
    for changed in ({"name": "Propranolol XL"}, {"use": d.Use.ACUTE}):
        with pytest.raises(ValidationError, match="kept in Treatments"):
            ops.save_medication(journal, d.Medication(**{**drug.__dict__, **changed}))
    other = ops.save_medication(
        journal, d.Medication(**{**drug.__dict__, "med_class": d.MedicationClass.OTHER})
    )
    assert other.med_class is d.MedicationClass.OTHER  # the class is the drug's own


def test_deleting_a_course_takes_its_drug_only_when_nothing_else_holds_it(
    journal: Journal,
) -> None:
    kind = d.TreatmentKind.PREVENTIVE_MEDICATION
    alone = ops.save_treatment(journal, d.Treatment("Candesartan", kind, date(2026, 3, 1)))
    dosed = ops.save_treatment(journal, d.Treatment("Propranolol", kind, date(2026, 3, 1)))
    journal.doses.save(d.Dose(str(dosed.medication_id), d.local_now()))
    ops.delete_treatment(journal, alone.id)
    ops.delete_treatment(journal, dosed.id)
    assert [m.name for m in journal.medications.all()] == ["Propranolol"]


def test_the_demo_keeps_each_preventive_in_one_home(journal: Journal) -> None:
    write_demo(journal, months=12, seed=3, end=date(2026, 11, 24))
    preventives = [m for m in journal.medications.all() if m.use is d.Use.PREVENTIVE]
    by_drug = ops.courses_by_drug(journal)
    assert {m.name for m in preventives} == {"Propranolol", "Topiramate"}
    for medication in preventives:
        assert len(by_drug[medication.id]) == 1
        # its dose and its stop are its course's, not written a second time
        assert (medication.default_dose, medication.retired) == ("", False)
