"""The CSV export for spreadsheets: three tables, UTF-8 with BOM, one column per
tracked factor, and attacks that the generic importer recognises again."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from journal import domain as d
from journal.exchange.csv_export import export_csv
from journal.exchange.generic_csv import plan_generic_csv
from journal.storage import Journal


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "spreadsheets need the UTF-8 byte order mark"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_a_folder_target_gets_attacks_doses_and_days(
    journal: Journal, tmp_path: Path, fill: Callable[[Journal], None]
) -> None:
    fill(journal)
    written = export_csv(journal, tmp_path / "export")
    assert [p.name for p in written] == ["attacks.csv", "doses.csv", "days.csv"]
    (attack,) = _read(tmp_path / "export" / "attacks.csv")
    assert attack["start"] == "2026-06-01T23:00:00+02:00"
    assert attack["duration_minutes"] == "540" and attack["pain"] == "3"
    assert attack["symptoms"] == "nausea; photophobia; phonophobia"
    assert attack["aura"] == "visual 20 min" and attack["note"] == "Über-long night"
    doses = _read(tmp_path / "export" / "doses.csv")
    assert [x["medication"] for x in doses] == ["Sumatriptan", "Sumatriptan"]
    assert doses[1]["attack_id"] == attack["id"] and doses[1]["pain_2h"] == "1"


def test_days_have_one_column_per_factor_and_say_whether_there_was_a_check_in(
    journal: Journal, tmp_path: Path, fill: Callable[[Journal], None]
) -> None:
    fill(journal)
    export_csv(journal, tmp_path)
    days = {row["day"]: row for row in _read(tmp_path / "days.csv")}
    assert days["2026-06-01"]["Sleep (h)"] == "5.5"
    assert days["2026-06-02"]["checked_in"] == "yes" and days["2026-06-02"]["Sleep (h)"] == ""
    assert days["2026-05-30"]["checked_in"] == "no" and days["2026-05-30"]["bleeding"] == "heavy"


def test_a_csv_file_target_gets_three_files_named_after_it(
    journal: Journal, tmp_path: Path
) -> None:
    written = export_csv(journal, tmp_path / "diary.csv")
    assert [p.name for p in written] == [
        "diary-attacks.csv",
        "diary-doses.csv",
        "diary-days.csv",
    ]
    assert _read(written[0]) == [] and (tmp_path / "diary-days.csv").exists()


def test_exported_attacks_imported_again_are_recognised_as_already_there(
    journal: Journal, tmp_path: Path, fill: Callable[[Journal], None]
) -> None:
    fill(journal)
    export_csv(journal, tmp_path)
    plan = plan_generic_csv(journal, tmp_path / "attacks.csv")
    assert plan.added_count == 0 and "1 already in the journal" in plan.preview()
    with Journal.open(tmp_path / "other.sqlite3") as other:
        (copied,) = plan_generic_csv(other, tmp_path / "attacks.csv").new["attacks"]
    original = journal.attacks.all()[0]
    assert (copied.start, copied.end, copied.pain, copied.type) == (
        original.start,
        original.end,
        original.pain,
        original.type,
    )
    assert copied.symptoms == original.symptoms


def test_a_headache_recorded_without_times_is_in_the_days_table(
    journal: Journal, tmp_path: Path
) -> None:
    with journal.atomic():
        journal.day_records.save(
            d.DayRecord(date(2026, 5, 12), d.DayRecordKind.MIGRAINE, pain_nrs=7, source="drip")
        )
        journal.day_records.save(d.DayRecord(date(2026, 5, 14), d.DayRecordKind.HEADACHE))
    export_csv(journal, tmp_path)
    days = {row["day"]: row for row in _read(tmp_path / "days.csv")}
    assert days["2026-05-12"]["day_record"] == "migraine"
    assert days["2026-05-12"]["day_record_pain_nrs"] == "7"
    assert days["2026-05-12"]["day_record_source"] == "drip"
    assert days["2026-05-12"]["checked_in"] == "no"
    assert days["2026-05-14"]["day_record"] == "headache"
    assert days["2026-05-14"]["day_record_pain"] == ""


def test_what_an_imported_file_said_is_a_column_of_its_own(
    journal: Journal, tmp_path: Path
) -> None:
    moment = datetime(2026, 3, 2, 8, 0).astimezone()
    facts = (
        d.FileFact("Attack Location", "Work"),
        d.FileFact("Attack Types", "Cluster", d.FactReason.TYPE_NOT_MATCHED),
    )
    journal.attacks.save(
        d.Attack(moment, None, end_unknown=True, note="mine", source="x", provenance=facts)
    )
    journal.day_records.save(
        d.DayRecord(
            moment.date(),
            d.DayRecordKind.MIGRAINE,
            pain=3,
            source="bearable",
            provenance=(d.FileFact("detail", "unbearable", d.FactReason.ABOVE_SEVERE),),
        )
    )
    export_csv(journal, tmp_path)
    (attack,) = _read(tmp_path / "attacks.csv")
    assert attack["note"] == "mine"
    assert attack["from_file"] == "Attack Location: Work; Attack Types: Cluster [type_not_matched]"
    (day,) = _read(tmp_path / "days.csv")
    assert day["day_record_from_file"] == "detail: unbearable [above_severe]"
