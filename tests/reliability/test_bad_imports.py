"""Hypothesis-made import files: a valid export, mutated (fields dropped or given
wrong types, huge numbers, odd dates, unicode, broken JSON). Every file is either
imported or refused with ImportFileError/JournalError, and a refused import leaves
the journal exactly as it was."""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import domain as d
from journal.errors import JournalError
from journal.exchange.json_format import export_document, import_json
from journal.exchange.sections import SECTIONS
from journal.storage import Journal

EXAMPLES = 2000
CEST = timezone(timedelta(hours=2))

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "2026-02-30",
            "2026-06-01T25:00:00+02:00",
            "2026-06-01T10:00:00",
            "9999-12-31T23:59:59+14:00",
            "0001-01-01",
            "-1",
            "NaN",
            "😀 漢字 \u202e",
            "\x00",
            "x" * 5000,
            "migraine",
            "triptan",
        ]
    ),
    st.lists(st.integers(), max_size=3),
    st.lists(st.text(max_size=4), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def every_record_type(journal: Journal) -> None:
    """One or more records of each section the export holds."""
    med = journal.medications.save(
        d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, d.Use.ACUTE, "50 mg")
    )
    attack = journal.attacks.save(
        d.Attack(
            start=datetime(2026, 6, 1, 23, 0, tzinfo=CEST),
            end=datetime(2026, 6, 2, 8, 0, tzinfo=CEST),
            pain=3,
            symptoms=("nausea", "photophobia"),
            aura=(d.AuraSymptom(d.AuraType.VISUAL, 20),),
            note="Über-long night",
        )
    )
    taken = datetime(2026, 6, 1, 23, 30, tzinfo=CEST)
    journal.doses.save(d.Dose(med.id, taken, "50 mg", attack.id, 3, 1))
    sleep = journal.factors.save(d.Factor("Sleep", d.FactorKind.AMOUNT, "h"))
    journal.day_entries.save(d.DayEntry(date(2026, 6, 1), (d.FactorValue(sleep.id, 5.5),)))
    journal.bleeding_days.save(d.BleedingDay(date(2026, 5, 30), d.Flow.HEAVY))
    journal.phases.save(d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CYCLIC, date(2026, 1, 1)))
    course = journal.treatments.save(
        d.Treatment("Infusions", d.TreatmentKind.PROCEDURE, date(2026, 4, 1), date(2026, 4, 5))
    )
    session = journal.sessions.save(
        d.TreatmentSession(course.id, datetime(2026, 4, 1, 10, 0, tzinfo=CEST), "0.5 mg/kg")
    )
    journal.side_effects.save(
        d.SideEffect(course.id, "dizziness", d.Severity.MODERATE, date(2026, 4, 1), session.id)
    )
    journal.midas.save(d.MidasEntry(date(2026, 6, 1), 2, 3, 4, 1, 2, 20, 6))
    journal.hit6.save(d.Hit6Entry(date(2026, 6, 1), 61))
    journal.visit_notes.save(d.VisitNote("Is the pill still safe with aura?"))
    journal.set_setting("cycle_tracking", "on")


@st.composite
def mutated_file(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    document = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        sections = [k for k, v in document.items() if isinstance(v, list) and v]
        kind = draw(
            st.sampled_from(
                [
                    "field",
                    "field",
                    "field",
                    "drop field",
                    "new id",
                    "drop section",
                    "section type",
                    "duplicate",
                    "top level",
                    "nested",
                ]
            )
        )
        if kind == "top level" or not sections:
            key = draw(st.sampled_from(["format", "version", "settings", "extra", "attacks"]))
            document[key] = draw(ODD_VALUES)
            continue
        section = draw(st.sampled_from(sections))
        entries = document[section]
        index = draw(st.integers(0, len(entries) - 1))
        entry = entries[index]
        if kind == "drop section":
            del document[section]
        elif kind == "section type":
            document[section] = draw(ODD_VALUES)
        elif kind == "duplicate":
            entries.append(copy.deepcopy(entry))
        elif not isinstance(entry, dict):
            entries[index] = draw(ODD_VALUES)
        elif kind == "new id":
            entry["id"] = draw(st.one_of(st.uuids().map(str), ODD_VALUES))
        elif kind == "drop field" and entry:
            del entry[draw(st.sampled_from(sorted(entry)))]
        elif kind == "nested":
            lists = [k for k, v in entry.items() if isinstance(v, list) and v]
            if lists:
                inner = entry[draw(st.sampled_from(lists))]
                item = draw(st.integers(0, len(inner) - 1))
                if isinstance(inner[item], dict) and inner[item]:
                    inner[item][draw(st.sampled_from(sorted(inner[item])))] = draw(ODD_VALUES)
                else:
                    inner[item] = draw(ODD_VALUES)
        elif entry:
            entry[draw(st.sampled_from(sorted(entry)))] = draw(ODD_VALUES)
    text = json.dumps(document, ensure_ascii=False).encode("utf-8")
    damage = draw(st.integers(0, 30))
    if damage == 0:
        text = text[: draw(st.integers(0, len(text)))]  # a file cut short
    elif damage == 1:
        text = text.replace(b"\xc3\x9c", b"\xff", 1)  # not UTF-8
    return text


def snapshot(journal: Journal) -> tuple[Any, ...]:
    return (*(sorted(s.repository(journal).ids()) for s in SECTIONS), journal.settings())


def test_generated_import_files_never_crash_and_a_refused_one_changes_nothing(
    tmp_path: Path, figures: Counter[str]
) -> None:
    source = Journal.in_memory()
    every_record_type(source)
    base = export_document(source)
    journal = Journal.open(tmp_path / "journal.sqlite3")
    ibuprofen = journal.medications.save(d.Medication("Ibuprofen"))
    start = datetime(2026, 3, 1, 8, 0, tzinfo=CEST)
    attack = journal.attacks.save(d.Attack(start=start, pain=2))
    journal.doses.save(d.Dose(ibuprofen.id, start, "400 mg", attack.id))
    journal.factors.save(d.Factor("Water", d.FactorKind.AMOUNT, "l"))
    import_file = tmp_path / "import.json"
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(content=mutated_file(base))
    def attempt(content: bytes) -> None:
        import_file.write_bytes(content)
        before = snapshot(journal)
        try:
            import_json(journal, import_file)
        except JournalError as refused:
            outcomes["refused"] += 1
            outcomes[type(refused).__name__] += 1
            figures["bad_imports"] += 1
            assert str(refused) and "\n" not in str(refused) and "Traceback" not in str(refused)
            if snapshot(journal) != before:
                figures["import_changes"] += 1
                raise AssertionError("a refused import changed the journal") from refused
        except Exception:
            figures["import_crashes"] += 1
            raise
        else:
            outcomes["imported"] += 1

    try:
        attempt()
    finally:
        journal.close()
    print(f"generated import files: {dict(outcomes)}")
    assert outcomes["refused"] > EXAMPLES // 2 and outcomes["imported"] > 0, outcomes
